//! The stats screen drawn: a title with the day, a tab per chart, the chart shown (or the people
//! behind its selected number) and a line saying the selected number in words.

use super::{Panel, StatsView, charts, people};
use crate::say;
use crate::tui::theme;
use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Tabs};

pub fn render(frame: &mut Frame, area: Rect, view: &StatsView, today: NaiveDate) {
    frame.render_widget(Clear, area);
    let date = crate::words::dates::day(today, crate::words::dates::DayStyle::Long);
    let title = format!(" {} ", say!("statscreen-title", date = date));
    let block = Block::bordered()
        .title(Span::styled(title, theme::title()))
        .border_style(theme::border(true));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [tabs, _, body, detail] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    render_tabs(frame, tabs, view);
    if let Some(listed) = &view.people {
        people::render(frame, body, listed);
        return;
    }
    let said = charts::render(frame, body, view);
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(
            crate::domain::text::fit_screen(&said, usize::from(detail.width)),
            theme::title(),
        ))),
        detail,
    );
}

/// One tab per chart, the one shown marked; on a narrow screen the tabs before the one shown
/// give way so it stays in sight.
fn render_tabs(frame: &mut Frame, area: Rect, view: &StatsView) {
    let titles: Vec<String> = Panel::ALL.iter().map(|p| p.title()).collect();
    let shown = view.panel.index();
    let width = |from: usize| -> usize {
        titles[from..]
            .iter()
            .map(|t| crate::text::terminal_width(t) + 3)
            .sum()
    };
    let first = (0..shown)
        .find(|&from| width(from) <= usize::from(area.width))
        .unwrap_or(shown);
    let tabs = Tabs::new(titles[first..].to_vec())
        .select(shown - first)
        .style(theme::dim())
        .highlight_style(theme::selected())
        .divider("│");
    frame.render_widget(tabs, area);
}
