//! The `?` overlay: every key, generated from the keymap table.

use crate::say;
use crate::tui::action::Action;
use crate::tui::keymap::{help_sections, label_of};
use crate::tui::layout::centered;
use crate::tui::state::Focus;
use crate::tui::theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

pub fn render(frame: &mut Frame, area: Rect, scroll: u16) {
    let mut lines = Vec::new();
    for (title, rows) in help_sections() {
        if !lines.is_empty() {
            lines.push(Line::from(""));
        }
        lines.push(Line::from(Span::styled(title, theme::title())));
        for (keys, what) in rows {
            lines.push(Line::from(vec![
                Span::styled(format!("  {keys:<9}"), theme::key()),
                Span::raw(what),
            ]));
        }
    }
    let popup = centered(area, 60, area.height.saturating_sub(2));
    frame.render_widget(Clear, popup);
    let block = Block::bordered()
        .title(Span::styled(
            format!(
                " {} ",
                say!("help-title", key = label_of(Focus::Help, Action::Back))
            ),
            theme::title(),
        ))
        .border_style(theme::border(true));
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll, 0)).block(block),
        popup,
    );
}
