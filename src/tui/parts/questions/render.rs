//! Questions asked before something that cannot be undone.

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
            " Quit without saving? ",
            vec![
                Line::from(format!(
                    "The note is not in the notebook ({}).",
                    safe(problem)
                )),
                match rescued {
                    Some(path) => Line::from(format!(
                        "A copy is in {}",
                        safe(&path.display().to_string())
                    )),
                    None => Line::from(Span::styled(
                        "No copy could be written anywhere: quitting loses it.",
                        theme::overdue(),
                    )),
                },
                Line::from(""),
                keys(&[("y", "quit"), ("n", "stay and keep writing")]),
            ],
        ),
        Question::Import { path } => (
            " Import contacts ",
            vec![
                Line::from("A .vcf or .csv file, a folder of .vcf files, or a kith backup:"),
                typed("Path: ", path),
                Line::from(""),
                keys(&[("Enter", "import"), ("Esc", "cancel")]),
            ],
        ),
        Question::Snooze { what, when, .. } => (" Snooze to ", snooze(what, when, today)),
        Question::Archive { name, reason, .. } => (
            " Archive contact ",
            vec![
                Line::from(format!("Archive {}? Their history is kept.", safe(name))),
                typed("Reason: ", reason),
                Line::from(""),
                keys(&[("Enter", "archive"), ("Esc", "cancel")]),
            ],
        ),
        Question::MergeWho { name, other, .. } => (
            " Merge into this contact ",
            vec![
                Line::from(format!(
                    "Which other record of {} is the same person?",
                    safe(name)
                )),
                typed("Name or id: ", other),
                Line::from(""),
                keys(&[("Enter", "find"), ("Esc", "cancel")]),
            ],
        ),
        Question::Merge {
            keep_name,
            absorb_name,
            moving: (interactions, followups),
            ..
        } => (
            " Merge contacts ",
            vec![
                Line::from(format!(
                    "Merge {} into {}?",
                    safe(absorb_name),
                    safe(keep_name)
                )),
                Line::from(Span::styled(
                    format!(
                        "{interactions} interactions and {followups} follow-ups move; the other record goes."
                    ),
                    theme::dim(),
                )),
                Line::from(""),
                keys(&[("y", "merge"), ("n", "keep both")]),
            ],
        ),
        Question::DeleteInteraction { summary, .. } => (
            " Delete interaction ",
            vec![
                Line::from("Delete this interaction for good?"),
                Line::from(Span::styled(safe(summary), theme::dim())),
                Line::from(""),
                keys(&[("y", "delete"), ("n", "keep")]),
            ],
        ),
    };
    let block = Block::bordered()
        .title(Span::styled(title, theme::title()))
        .border_style(theme::border(true));
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(block),
        popup,
    );
}

/// The day a snooze typed in words lands on, shown before it is confirmed.
fn snooze(what: &str, when: &TextArea<'static>, today: chrono::NaiveDate) -> Vec<Line<'static>> {
    let text = when.lines().join(" ");
    let resolved = if text.trim().is_empty() {
        Span::styled("tomorrow, fri, in 3 days, 12-01…", theme::dim())
    } else {
        match crate::domain::parse_when(&text, today) {
            Ok(day) => Span::styled(format!("→ {}", day.format("%a %d %b %Y")), theme::amount()),
            Err(_) => Span::styled("✗ not a date kith can read", theme::overdue()),
        }
    };
    vec![
        Line::from(safe(what)),
        typed("When: ", when),
        Line::from(resolved),
        keys(&[("Enter", "snooze"), ("Esc", "cancel")]),
    ]
}

/// A one-line answer being typed, with its cursor.
fn typed(label: &'static str, input: &TextArea<'static>) -> Line<'static> {
    Line::from(vec![
        Span::styled(label, theme::label()),
        Span::raw(safe(&input.lines().join(" "))),
        Span::styled(" ", theme::cursor()),
    ])
}

/// The answers and their keys: "Enter import   Esc cancel".
fn keys(pairs: &[(&'static str, &'static str)]) -> Line<'static> {
    let mut spans = Vec::new();
    for (i, (key, what)) in pairs.iter().enumerate() {
        spans.push(Span::styled(*key, theme::key()));
        let gap = if i + 1 < pairs.len() { "   " } else { "" };
        spans.push(Span::raw(format!(" {what}{gap}")));
    }
    Line::from(spans)
}
