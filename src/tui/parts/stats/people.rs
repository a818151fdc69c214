//! The people behind a number of the stats, listed in the chart's place: Enter opens one.

use super::People;
use crate::say;
use crate::tui::parts::safe;
use crate::tui::theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, people: &People) {
    let width = usize::from(area.width);
    let fit = crate::domain::text::fit_screen;
    let mut lines = vec![Line::from(Span::styled(
        fit(
            &say!(
                "statscreen-people-title",
                what = people.title.as_str(),
                count = people.total
            ),
            width,
        ),
        theme::title(),
    ))];
    let height = usize::from(area.height).saturating_sub(2);
    for (row, (_, name)) in people
        .rows
        .iter()
        .enumerate()
        .skip(people.scroll.offset)
        .take(height)
    {
        let line = Line::from(format!("  {}", fit(&safe(name), width.saturating_sub(2))));
        lines.push(if row == people.scroll.selected {
            line.style(theme::selected())
        } else {
            line
        });
    }
    let shown_to = (people.scroll.offset + height).min(people.rows.len());
    if shown_to == people.rows.len()
        && let Some(more) = more_line(people.rows.len(), people.total)
    {
        lines.push(more);
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// How many more there are than shown, as the people list's last line says it.
fn more_line(shown: usize, total: usize) -> Option<Line<'static>> {
    (total > shown).then(|| {
        Line::from(Span::styled(
            format!("  {}", say!("review-more", count = total - shown)),
            theme::dim(),
        ))
    })
}
