//! The review screen: the day's attention list, section by section.

use crate::domain::text::fit_screen as fit;
use crate::review::ItemWhen;
use crate::say;
use crate::tui::action::Action;
use crate::tui::keymap::label_of;
use crate::tui::parts::safe;
use crate::tui::state::Focus;
use crate::tui::state::{ReviewRow, ReviewView};
use crate::tui::theme;
use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

pub fn render(frame: &mut Frame, area: Rect, view: &ReviewView, today: NaiveDate) {
    frame.render_widget(Clear, area);
    let date = crate::words::dates::day(today, crate::words::dates::DayStyle::Long);
    let title = format!(" {} ", say!("review-title", date = date));
    let block = Block::bordered()
        .title(Span::styled(title, theme::title()))
        .border_style(theme::border(true));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let review = &view.review;
    let name_width = 24.min(width / 3);
    let mut lines = Vec::new();
    for (row_index, row) in view
        .rows
        .iter()
        .enumerate()
        .skip(view.scroll.offset)
        .take(usize::from(inner.height))
    {
        let line = match *row {
            ReviewRow::Blank => Line::from(""),
            ReviewRow::Title(s) => {
                let section = &review.sections[s];
                let count = section.items.len() + section.more;
                Line::from(Span::styled(
                    format!(
                        "{} ({count})",
                        section.kind.title(review.days, review.occasion_days)
                    ),
                    theme::title(),
                ))
            }
            ReviewRow::Nothing(_) => Line::from(Span::styled(
                format!("  {}", say!("review-nothing")),
                theme::dim(),
            )),
            ReviewRow::More(s) => {
                let more = format!("  {}", say!("review-more", count = review.sections[s].more));
                if row_index == view.scroll.selected {
                    let key = label_of(Focus::Review, Action::Open);
                    let hint = format!("  {}", say!("reach-review-more-open", key = key));
                    Line::from(vec![Span::raw(more), Span::styled(hint, theme::dim())])
                        .style(theme::selected())
                } else {
                    Line::from(Span::styled(more, theme::dim()))
                }
            }
            ReviewRow::Item(s, i) => {
                let item = &review.sections[s].items[i];
                let (when, late) = match item.when {
                    ItemWhen::Due(d) => (
                        crate::words::dates::day(d, crate::words::dates::DayStyle::Short),
                        d < today,
                    ),
                    ItemWhen::On { date, .. } => (
                        crate::words::dates::day(date, crate::words::dates::DayStyle::Short),
                        false,
                    ),
                    ItemWhen::Silent { days, .. } => (say!("review-silent", days = days), true),
                };
                let what = match item.direction {
                    Some(d) => format!("{}: {}", d.as_str(), safe(&item.what)),
                    None => safe(&item.what),
                };
                let used = 2 + 11 + 2 + name_width + 2;
                let line = Line::from(vec![
                    Span::raw("  "),
                    Span::styled(
                        format!("{when:<11}"),
                        if late { theme::overdue() } else { theme::dim() },
                    ),
                    Span::raw("  "),
                    Span::raw(fit(&safe(&item.name), name_width)),
                    Span::raw("  "),
                    Span::raw(fit(&what, width.saturating_sub(used))),
                ]);
                if row_index == view.scroll.selected {
                    line.style(theme::selected())
                } else {
                    line
                }
            }
        };
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
