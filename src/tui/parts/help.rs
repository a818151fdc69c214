//! The `?` overlay: every key, generated from the keymap table. It scrolls a line or a page
//! at a time and stops where its last line is at the bottom of the box.

use crate::say;
use crate::tui::action::Action;
use crate::tui::keymap::{help_sections, label_of};
use crate::tui::layout::centered;
use crate::tui::state::{Focus, State};
use crate::tui::theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

/// The box is the screen's height less a line above and below; its border takes two more.
const AROUND: u16 = 4;

/// How many lines of keys the box shows on a screen `height` lines high.
fn shown_rows(height: u16) -> u16 {
    height.saturating_sub(AROUND).max(1)
}

/// The furthest the box scrolls: its last line at the bottom.
fn last_scroll(height: u16) -> u16 {
    let total = u16::try_from(lines().len()).unwrap_or(u16::MAX);
    total.saturating_sub(shown_rows(height))
}

/// A page of the help box, for PgUp and PgDn.
pub fn page(state: &State) -> usize {
    usize::from(shown_rows(state.size.1))
}

/// Scrolls the open help box by `delta` lines, no further than its ends.
pub fn scroll_by(state: &mut State, delta: isize) {
    let last = last_scroll(state.size.1) as isize;
    if let Some(scroll) = state.layers.help_mut() {
        *scroll = (*scroll as isize + delta.clamp(-1000, 1000)).clamp(0, last) as u16;
    }
}

fn lines() -> Vec<Line<'static>> {
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
    lines
}

pub fn render(frame: &mut Frame, area: Rect, scroll: u16) {
    // A smaller screen since the last scroll shows the end, not a blank page.
    let scroll = scroll.min(last_scroll(area.height));
    let lines = lines();
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
