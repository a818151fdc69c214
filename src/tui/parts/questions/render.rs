//! Questions asked before something that cannot be undone.

use crate::say;
use crate::tui::layout::centered;
use crate::tui::parts::safe;
use crate::tui::state::Question;
use crate::tui::theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use ratatui_textarea::TextArea;

/// `today` resolves a snooze date typed in words, shown before it is confirmed.
pub fn render(frame: &mut Frame, area: Rect, question: &Question, today: chrono::NaiveDate) {
    let popup = centered(area, 64, 7);
    frame.render_widget(Clear, popup);
    let (title, lines) = match question {
        Question::QuitUnsaved { problem, rescued } => (
            say!("question-quit-title"),
            quit_unsaved(problem, rescued.as_deref()),
        ),
        Question::Import { path } => import(path),
        Question::Snooze { what, when, .. } => {
            (say!("question-snooze-title"), snooze(what, when, today))
        }
        Question::Resolve { what, text, .. } => resolve(what, text),
        Question::Archive { name, reason, .. } => archive(name, reason),
        Question::MergeWho { name, other, .. } => (
            say!("question-merge-who-title"),
            vec![
                Line::from(say!("question-merge-who", name = safe(name))),
                typed(say!("question-merge-who-label"), other),
                Line::from(""),
                keys(&[
                    ("Enter", say!("question-merge-find")),
                    ("Esc", say!("question-cancel")),
                ]),
            ],
        ),
        Question::Merge {
            keep_name,
            absorb_name,
            moving: (interactions, followups),
            ..
        } => (
            say!("question-merge-title"),
            merge(absorb_name, keep_name, (*interactions, *followups)),
        ),
        Question::Replay { pending, forward } => replay(&pending.what, *forward),
        Question::PastDate { said, .. } => (
            say!("question-past-title"),
            vec![
                Line::from(safe(said)),
                Line::from(""),
                keys(&[
                    ("y", say!("question-past-yes")),
                    ("n", say!("question-past-no")),
                ]),
            ],
        ),
        Question::DeleteContact { name, .. } => (
            say!("delete-screen-title"),
            vec![
                Line::from(say!("delete-screen-ask", name = safe(name))),
                Line::from(""),
                keys(&[
                    ("y", say!("question-delete-yes")),
                    ("n", say!("question-delete-no")),
                ]),
            ],
        ),
        Question::Restore { name, .. } => restore(name),
        Question::CloseInvoice { off, said, .. } => close_invoice(*off, said),
        Question::DeleteInteraction { summary, .. } => (
            say!("question-delete-title"),
            vec![
                Line::from(say!("question-delete-ask")),
                Line::from(Span::styled(safe(summary), theme::dim())),
                Line::from(""),
                keys(&[
                    ("y", say!("question-delete-yes")),
                    ("n", say!("question-delete-no")),
                ]),
            ],
        ),
    };
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", crate::text::keep_columns(&title)),
            theme::title(),
        ))
        .border_style(theme::border(true));
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(block),
        popup,
    );
}

/// Import a file or folder: which?
fn import(path: &TextArea<'static>) -> (String, Vec<Line<'static>>) {
    (
        say!("question-import-title"),
        vec![
            Line::from(say!("question-import-what")),
            typed(say!("question-import-path"), path),
            Line::from(""),
            keys(&[
                ("Enter", say!("question-import-yes")),
                ("Esc", say!("question-cancel")),
            ]),
        ],
    )
}

/// `A`: archive this contact, and why?
fn archive(name: &str, reason: &TextArea<'static>) -> (String, Vec<Line<'static>>) {
    (
        say!("question-archive-title"),
        vec![
            Line::from(say!("question-archive-ask", name = safe(name))),
            typed(say!("question-archive-reason"), reason),
            super::archive::offer(),
            keys(&[
                ("Enter", say!("question-archive-yes")),
                ("Esc", say!("question-cancel")),
            ]),
        ],
    )
}

/// `U`: take this contact out of the archive?
fn restore(name: &str) -> (String, Vec<Line<'static>>) {
    (
        say!("reach-restore-title"),
        vec![
            Line::from(say!("reach-restore-ask", name = safe(name))),
            Line::from(""),
            keys(&[
                ("y", say!("reach-restore-yes")),
                ("n", say!("question-cancel")),
            ]),
        ],
    )
}

/// `u`, `C-r`: what the undo (`forward`: redo) would take back, asked once.
fn replay(what: &str, forward: bool) -> (String, Vec<Line<'static>>) {
    let (title, ask, yes) = if forward {
        (
            say!("undo-screen-redo-title"),
            say!("undo-screen-redo-ask", what = safe(what)),
            say!("undo-screen-redo-yes"),
        )
    } else {
        (
            say!("undo-screen-title"),
            say!("undo-screen-ask", what = safe(what)),
            say!("undo-screen-yes"),
        )
    };
    let lines = vec![
        Line::from(ask),
        Line::from(""),
        keys(&[("y", yes), ("n", say!("undo-screen-no"))]),
    ];
    (title, lines)
}

/// Where the note is that the notebook refused, or that it is nowhere else.
fn quit_unsaved(problem: &str, rescued: Option<&std::path::Path>) -> Vec<Line<'static>> {
    vec![
        Line::from(say!("question-quit-not-saved", problem = safe(problem))),
        match rescued {
            Some(path) => Line::from(say!(
                "question-quit-copy",
                path = safe(&path.display().to_string())
            )),
            None => Line::from(Span::styled(
                say!("question-quit-no-copy"),
                theme::overdue(),
            )),
        },
        Line::from(""),
        keys(&[
            ("y", say!("question-quit-yes")),
            ("n", say!("question-quit-no")),
        ]),
    ]
}

/// Which record goes into which, and what moves with it.
fn merge(
    absorb: &str,
    keep: &str,
    (interactions, followups): (usize, usize),
) -> Vec<Line<'static>> {
    vec![
        Line::from(say!(
            "question-merge-ask",
            absorb = safe(absorb),
            keep = safe(keep)
        )),
        Line::from(Span::styled(
            say!(
                "question-merge-moving",
                interactions = interactions,
                followups = followups
            ),
            theme::dim(),
        )),
        Line::from(""),
        keys(&[
            ("y", say!("question-merge-yes")),
            ("n", say!("question-merge-no")),
        ]),
    ]
}

/// The day a snooze typed in words lands on, shown before it is confirmed.
/// How a complaint was settled: the title, the complaint, and the words typed.
fn resolve(what: &str, text: &TextArea<'static>) -> (String, Vec<Line<'static>>) {
    let lines = vec![
        Line::from(say!("question-resolve-ask", what = safe(what))),
        typed(say!("question-resolve-text"), text),
        Line::from(""),
        keys(&[
            ("Enter", say!("question-resolve-yes")),
            ("Esc", say!("question-cancel")),
        ]),
    ];
    (say!("question-resolve-title"), lines)
}

fn snooze(what: &str, when: &TextArea<'static>, today: chrono::NaiveDate) -> Vec<Line<'static>> {
    let text = when.lines().join(" ");
    let resolved = if text.trim().is_empty() {
        Span::styled(say!("question-snooze-hint"), theme::dim())
    } else {
        match crate::domain::parse_when(&text, today) {
            Ok(day) => Span::styled(
                format!(
                    "→ {}",
                    crate::words::dates::day(day, crate::words::dates::DayStyle::Long)
                ),
                theme::amount(),
            ),
            Err(_) => Span::styled(say!("form-followup-not-a-date"), theme::overdue()),
        }
    };
    vec![
        Line::from(safe(what)),
        typed(say!("question-snooze-when"), when),
        Line::from(resolved),
        keys(&[
            ("Enter", say!("question-snooze-yes")),
            ("Esc", say!("question-cancel")),
        ]),
    ]
}

/// A one-line answer being typed after its label, with its cursor.
fn typed(label: String, input: &TextArea<'static>) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label} "), theme::label()),
        Span::raw(safe(&input.lines().join(" "))),
        Span::styled(" ", theme::cursor()),
    ])
}

/// The answers and their keys: "Enter import   Esc cancel".
fn keys(pairs: &[(&'static str, String)]) -> Line<'static> {
    let mut spans = Vec::new();
    for (i, (key, what)) in pairs.iter().enumerate() {
        spans.push(Span::styled(*key, theme::key()));
        let gap = if i + 1 < pairs.len() { "   " } else { "" };
        spans.push(Span::raw(format!(" {what}{gap}")));
    }
    Line::from(spans)
}

/// The question's title and lines.
fn close_invoice(off: bool, said: &(String, String, String)) -> (String, Vec<Line<'static>>) {
    let (label, name, left) = said;
    let state = if off { "written_off" } else { "void" };
    let asked = say!(
        "owed2-screen-close-ask",
        state = state,
        label = safe(label),
        name = safe(name),
        left = left.as_str()
    );
    (
        say!("owed2-screen-close-title", state = state),
        vec![
            Line::from(asked),
            Line::from(""),
            keys(&[
                ("y", say!("owed2-screen-close-yes", state = state)),
                ("n", say!("owed2-screen-close-no")),
            ]),
        ],
    )
}
