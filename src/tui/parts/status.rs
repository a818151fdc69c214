//! The status bar: the last message, or the keys of the focused pane.

use crate::say;
use crate::tui::keymap::{hints, typed_hints};
use crate::tui::parts::safe;
use crate::tui::state::{Focus, Level, State};
use crate::tui::theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, state: &State) {
    let line = match (&state.status, &state.unwritable) {
        (Some(message), _) => {
            let style = match message.level {
                Level::Info => theme::info(),
                Level::Error => theme::error(),
            };
            Line::from(Span::styled(format!(" {} ", safe(&message.text)), style))
        }
        // While the notebook refuses the note, say so until it is kept: keys come and go.
        (None, Some(unwritable)) => {
            let kept = match &unwritable.rescued {
                Some(path) => say!("status-copy-in", path = path.display().to_string()),
                None => say!("status-no-copy"),
            };
            let said = say!(
                "status-unwritable",
                problem = safe(&unwritable.problem),
                kept = safe(&kept)
            );
            Line::from(Span::styled(format!(" {said} "), theme::error()))
        }
        (None, None) => {
            let mut spans = Vec::new();
            if state.read_only {
                spans.push(Span::styled(say!("status-read-only"), theme::error()));
                spans.push(Span::styled(" · ", theme::dim()));
            }
            for (i, (keys, what)) in shown_hints(state).into_iter().enumerate() {
                if i > 0 {
                    spans.push(Span::styled(" · ", theme::dim()));
                }
                spans.push(Span::styled(keys, theme::key()));
                spans.push(Span::raw(format!(" {what}")));
            }
            Line::from(spans)
        }
    };
    let (overdue, today) = state.due_counts;
    let counts = Line::from(vec![
        Span::styled(
            say!("status-overdue", count = overdue),
            if overdue > 0 {
                theme::overdue()
            } else {
                theme::dim()
            },
        ),
        Span::styled(" · ", theme::dim()),
        Span::styled(
            format!("{} ", say!("status-today", count = today)),
            if today > 0 {
                theme::title()
            } else {
                theme::dim()
            },
        ),
    ]);
    let counts_width = counts.width() as u16;
    let [left, right] = ratatui::layout::Layout::horizontal([
        ratatui::layout::Constraint::Fill(1),
        ratatui::layout::Constraint::Length(counts_width + 1),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(line), left);
    frame.render_widget(Paragraph::new(counts).right_aligned(), right);
}

/// The keys of the focused part; a question that takes typed text says its own.
fn shown_hints(state: &State) -> Vec<(String, String)> {
    if state.focus() == Focus::Confirm && state.takes_text() {
        return typed_hints();
    }
    (hints(state.focus()).into_iter())
        .map(|(keys, what)| (keys.to_owned(), what.to_owned()))
        .collect()
}
