//! The note's `>>`/`<<` lines as the editor reads them: the day each one means, said back under
//! the note while it is typed, and the check before a save (a line that does not read keeps the
//! note unsaved; a day already past is asked about once).

use crate::domain::{CaptureError, CaptureLine, capture_lines, day_said};
use crate::say;
use crate::tui::action::Effect;
use crate::tui::parts::questions::update::{ask, past_said};
use crate::tui::state::*;
use crate::tui::theme;
use chrono::NaiveDate;
use ratatui::text::{Line, Span};

/// Before a note is saved: `Some` (what to do instead) when one of its capture lines does not
/// read, or, unless `past_ok`, when one falls on a day already past.
pub(crate) fn before_saving(state: &mut State, text: &str, past_ok: bool) -> Option<Vec<Effect>> {
    let today = state.today;
    let lines = capture_lines(text, today);
    if let Some(CaptureLine {
        line,
        read: Err(problem),
        ..
    }) = lines.iter().find(|l| l.read.is_err())
    {
        let problem = CaptureError {
            line: *line,
            problem: problem.clone(),
        };
        if let Some(editor) = state.layers.editor_mut() {
            editor.field = EditorField::Text;
        }
        state.error(say!(
            "editor-capture-refused",
            problem = problem.to_string()
        ));
        return Some(vec![]);
    }
    let past = lines.iter().find_map(|l| match &l.read {
        Ok(c) if c.due < today && !past_ok => Some(past_said(&l.when, c.due, today, Some(l.line))),
        _ => None,
    });
    past.map(|said| {
        ask(
            state,
            Question::PastDate {
                said,
                then: PastThen::Note,
            },
        );
        vec![]
    })
}

/// The day each capture line of `text` means ("line 2 → Fri 4 Dec"), or `None` without any.
pub(crate) fn said_back(text: &str, today: NaiveDate) -> Option<Line<'static>> {
    let lines = capture_lines(text, today);
    if lines.is_empty() {
        return None;
    }
    let mut spans = vec![Span::raw(" ")];
    for l in lines {
        let span = match l.read {
            Ok(c) if c.due < today => Span::styled(
                say!(
                    "editor-capture-past",
                    line = l.line,
                    day = day_said(c.due, today)
                ),
                theme::overdue(),
            ),
            Ok(c) => Span::styled(
                say!(
                    "editor-capture-day",
                    line = l.line,
                    day = day_said(c.due, today)
                ),
                theme::amount(),
            ),
            Err(_) => Span::styled(
                say!("editor-capture-unread", line = l.line),
                theme::overdue(),
            ),
        };
        spans.extend([span, Span::raw(" ")]);
    }
    Some(Line::from(spans))
}
