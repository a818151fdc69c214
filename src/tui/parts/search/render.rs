//! Drawing search: the notes a `#` search found, listed in place of the contacts, and the
//! query line under the list.

use crate::domain::text::fit_screen as fit;
use crate::say;
use crate::tui::parts::safe;
use crate::tui::state::{ContactList, NoteResults, SearchLine};
use crate::tui::theme;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Two lines a note found by a `#` search: who and when, then the line that matched.
pub fn note_lines(notes: &NoteResults, width: usize, height: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::with_capacity(height);
    for (index, hit) in notes
        .hits
        .iter()
        .enumerate()
        .skip(notes.scroll.offset)
        .take(height / 2)
    {
        let style = if index == notes.scroll.selected {
            theme::selected()
        } else {
            ratatui::style::Style::default()
        };
        let head = format!(
            "{} {} ",
            crate::words::dates::iso(hit.at),
            hit.channel.said()
        );
        let name = fit(&safe(&hit.name), width.saturating_sub(head.len()));
        lines
            .push(Line::from(vec![Span::styled(head, theme::dim()), Span::raw(name)]).style(style));
        lines.push(
            Line::from(Span::raw(fit(&format!("  {}", safe(&hit.snippet)), width))).style(style),
        );
    }
    lines
}

/// The query line under the list while searching.
pub fn search_line(
    search: &SearchLine,
    list: &ContactList,
    notes: Option<&NoteResults>,
) -> Paragraph<'static> {
    let query = search.input.lines().join(" ");
    let mut spans = vec![
        Span::styled("/", theme::key()),
        Span::raw(safe(&query)),
        Span::styled(" ", theme::cursor()),
    ];
    // Nothing found: say so, and where else to look.
    let said = match notes {
        Some(n) if n.hits.is_empty() && !query.trim_start_matches('#').trim().is_empty() => {
            Some(say!("search-no-match-try-contacts"))
        }
        None if list.is_empty() => Some(say!("search-no-match-try-notes")),
        _ => None,
    };
    if let Some(said) = said {
        spans.push(Span::styled(format!("  {said}"), theme::dim()));
    }
    Paragraph::new(Line::from(spans))
}
