//! The status bar: the last message, or the keys of the focused pane, as many as fit: `?` always,
//! then the pane's own keys, then those it shares, each hint whole or not at all.

use crate::say;
use crate::text::{keep_columns, terminal_width};
use crate::tui::action::Action;
use crate::tui::keymap::{keymap, typed_hints};
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
                spans.push(Span::styled(
                    keep_columns(&say!("status-read-only")).into_owned(),
                    theme::error(),
                ));
                spans.push(Span::styled(" · ", theme::dim()));
            }
            let room = usize::from(area.width.saturating_sub(counts_width(state) + 1))
                .saturating_sub(Line::from(spans.clone()).width());
            for (i, (keys, what)) in fitted(shown_hints(state), room).into_iter().enumerate() {
                if i > 0 {
                    spans.push(Span::styled(" · ", theme::dim()));
                }
                spans.push(Span::styled(keep_columns(&keys).into_owned(), theme::key()));
                spans.push(Span::raw(format!(" {}", keep_columns(&what))));
            }
            Line::from(spans)
        }
    };
    let counts = counts(state);
    let counts_width = counts.width() as u16;
    let [left, right] = ratatui::layout::Layout::horizontal([
        ratatui::layout::Constraint::Fill(1),
        ratatui::layout::Constraint::Length(counts_width + 1),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(line), left);
    frame.render_widget(Paragraph::new(counts).right_aligned(), right);
}

fn counts_width(state: &State) -> u16 {
    counts(state).width() as u16
}

/// "2 overdue · 1 today", at the right, each word in the columns a terminal draws it in.
fn counts(state: &State) -> Line<'static> {
    let (overdue, today) = state.due_counts;
    Line::from(vec![
        Span::styled(
            keep_columns(&say!("status-overdue", count = overdue)).into_owned(),
            if overdue > 0 {
                theme::overdue()
            } else {
                theme::dim()
            },
        ),
        Span::styled(" · ", theme::dim()),
        Span::styled(
            format!("{} ", keep_columns(&say!("status-today", count = today))),
            if today > 0 {
                theme::title()
            } else {
                theme::dim()
            },
        ),
    ])
}

/// A hint and how much it matters: `?` first, then the keys of the focused part alone, then
/// those it shares with others; within each, the table's order.
struct Hint {
    keys: String,
    what: String,
    rank: (u8, usize),
}

/// The keys of the focused part; a question that takes typed text says its own.
fn shown_hints(state: &State) -> Vec<Hint> {
    let focus = state.focus();
    if focus == Focus::Confirm && state.takes_text() {
        return (typed_hints().into_iter().enumerate())
            .map(|(i, (keys, what))| Hint {
                keys,
                what,
                rank: (2, i),
            })
            .collect();
    }
    (keymap().iter())
        .filter(|b| b.hint && b.focus.contains(&focus) && !b.label.is_empty())
        .enumerate()
        .map(|(i, b)| {
            let weight = match b.focus {
                _ if b.action == Action::Help => 0,
                [only] if *only == focus => 1,
                _ => 2,
            };
            Hint {
                keys: b.label.clone(),
                what: b.what.clone(),
                rank: (weight, i),
            }
        })
        .collect()
}

/// The hints that fit in `room` columns, in their own order: taken by how much they matter,
/// each that still fits (`?` always), so the least that matter are the ones left out.
fn fitted(hints: Vec<Hint>, room: usize) -> Vec<(String, String)> {
    let mut by_rank: Vec<usize> = (0..hints.len()).collect();
    by_rank.sort_by_key(|&i| hints[i].rank);
    let mut kept = vec![false; hints.len()];
    let mut used = 0;
    for i in by_rank {
        let hint = &hints[i];
        // " · " before every hint but the first.
        let gap = if used == 0 { 0 } else { 3 };
        let width = gap + terminal_width(&hint.keys) + 1 + terminal_width(&hint.what);
        if hint.rank.0 == 0 || used + width <= room {
            kept[i] = true;
            used += width;
        }
    }
    (hints.into_iter().zip(kept))
        .filter_map(|(h, kept)| kept.then_some((h.keys, h.what)))
        .collect()
}
