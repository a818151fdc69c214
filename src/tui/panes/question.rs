//! Questions asked before something that cannot be undone.

use super::safe;
use crate::tui::layout::centered;
use crate::tui::state::Question;
use crate::tui::theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

pub fn render(frame: &mut Frame, area: Rect, question: &Question) {
    let popup = centered(area, 64, 7);
    frame.render_widget(Clear, popup);
    let (title, lines) = match question {
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
