//! Questions asked before something that cannot be undone.

use super::safe;
use crate::tui::layout::centered;
use crate::tui::state::Question;
use crate::tui::theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

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
                Line::from(vec![
                    Span::styled("y", theme::key()),
                    Span::raw(" quit   "),
                    Span::styled("n", theme::key()),
                    Span::raw(" stay and keep writing"),
                ]),
            ],
        ),
        Question::Import { path } => (
            " Import contacts ",
            vec![
                Line::from("A .vcf or .csv file, a folder of .vcf files, or a kith backup:"),
                Line::from(vec![
                    Span::styled("Path: ", theme::label()),
                    Span::raw(safe(&path.lines().join(" "))),
                    Span::styled(" ", theme::cursor()),
                ]),
                Line::from(""),
                Line::from(vec![
                    Span::styled("Enter", theme::key()),
                    Span::raw(" import   "),
                    Span::styled("Esc", theme::key()),
                    Span::raw(" cancel"),
                ]),
            ],
        ),
        Question::Snooze { what, when, .. } => {
            let typed = when.lines().join(" ");
            let resolved = if typed.trim().is_empty() {
                Span::styled("tomorrow, fri, in 3 days, 12-01…", theme::dim())
            } else {
                match crate::domain::parse_when(&typed, today) {
                    Ok(day) => {
                        Span::styled(format!("→ {}", day.format("%a %d %b %Y")), theme::amount())
                    }
                    Err(_) => Span::styled("✗ not a date kith can read", theme::overdue()),
                }
            };
            (
                " Snooze to ",
                vec![
                    Line::from(safe(what)),
                    Line::from(vec![
                        Span::styled("When: ", theme::label()),
                        Span::raw(safe(&typed)),
                        Span::styled(" ", theme::cursor()),
                    ]),
                    Line::from(resolved),
                    Line::from(vec![
                        Span::styled("Enter", theme::key()),
                        Span::raw(" snooze   "),
                        Span::styled("Esc", theme::key()),
                        Span::raw(" cancel"),
                    ]),
                ],
            )
        }
        Question::Archive { name, reason, .. } => (
            " Archive contact ",
            vec![
                Line::from(format!("Archive {}? Their history is kept.", safe(name))),
                Line::from(vec![
                    Span::styled("Reason: ", theme::label()),
                    Span::raw(safe(&reason.lines().join(" "))),
                    Span::styled(" ", theme::cursor()),
                ]),
                Line::from(""),
                Line::from(vec![
                    Span::styled("Enter", theme::key()),
                    Span::raw(" archive   "),
                    Span::styled("Esc", theme::key()),
                    Span::raw(" cancel"),
                ]),
            ],
        ),
        Question::DeleteInteraction { summary, .. } => (
            " Delete interaction ",
            vec![
                Line::from("Delete this interaction for good?"),
                Line::from(Span::styled(safe(summary), theme::dim())),
                Line::from(""),
                Line::from(vec![
                    Span::styled("y", theme::key()),
                    Span::raw(" delete   "),
                    Span::styled("n", theme::key()),
                    Span::raw(" keep"),
                ]),
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
