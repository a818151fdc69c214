//! The `?` overlay: every key, generated from the keymap table; and in its place (`L`), the
//! messages the status bar said, newest first (`message_log.rs`). It scrolls a line or a page
//! at a time and stops where its last line is at the bottom of the box.

use super::message_log;
use crate::say;
use crate::tui::action::Action;
use crate::tui::keymap::{help_sections, label_of};
use crate::tui::layers::{HelpPage, HelpView};
use crate::tui::layout::centered;
use crate::tui::state::{Focus, Layer, State};
use crate::tui::theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

/// The box is the screen's height less a line above and below; its border takes two more.
const AROUND: u16 = 4;

/// The keys box is this wide; the messages box takes the screen less two columns each side.
const KEYS_WIDTH: u16 = 60;

/// Opens the keys (`Action::Help`) or the messages, at their top.
pub fn open(state: &mut State, action: Action) -> Vec<crate::tui::action::Effect> {
    let page = match action {
        Action::Messages => HelpPage::Messages,
        _ => HelpPage::Keys,
    };
    state.layers.open(Layer::Help(HelpView { page, scroll: 0 }));
    vec![]
}

/// How many lines of keys the box shows on a screen `height` lines high.
fn shown_rows(height: u16) -> u16 {
    height.saturating_sub(AROUND).max(1)
}

/// The box's width on a screen `width` columns wide.
fn box_width(page: HelpPage, width: u16) -> u16 {
    match page {
        HelpPage::Keys => KEYS_WIDTH,
        HelpPage::Messages => width.saturating_sub(AROUND),
    }
}

/// The furthest the box scrolls: its last line at the bottom.
fn last_scroll(lines: &[Line], height: u16) -> u16 {
    let total = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    total.saturating_sub(shown_rows(height))
}

/// A page of the help box, for PgUp and PgDn.
pub fn page(state: &State) -> usize {
    usize::from(shown_rows(state.size.1))
}

/// Scrolls the open help box by `delta` lines, no further than its ends.
pub fn scroll_by(state: &mut State, delta: isize) {
    let Some(page) = state.layers.help().map(|view| view.page) else {
        return;
    };
    let (width, height) = state.size;
    let last = last_scroll(&lines(state, page, width), height) as isize;
    if let Some(view) = state.layers.help_mut() {
        view.scroll = (view.scroll as isize + delta.clamp(-1000, 1000)).clamp(0, last) as u16;
    }
}

fn lines(state: &State, page: HelpPage, width: u16) -> Vec<Line<'static>> {
    match page {
        HelpPage::Keys => key_lines(),
        HelpPage::Messages => {
            let inside = box_width(page, width).min(width).saturating_sub(2);
            message_log::lines(&state.said, usize::from(inside))
        }
    }
}

fn key_lines() -> Vec<Line<'static>> {
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

pub fn render(frame: &mut Frame, area: Rect, state: &State, view: HelpView) {
    let lines = lines(state, view.page, area.width);
    // A smaller screen since the last scroll shows the end, not a blank page.
    let scroll = view.scroll.min(last_scroll(&lines, area.height));
    let popup = centered(
        area,
        box_width(view.page, area.width),
        area.height.saturating_sub(2),
    );
    frame.render_widget(Clear, popup);
    let key = label_of(Focus::Help, Action::Back);
    let title = match view.page {
        HelpPage::Keys => say!("help-title", key = key),
        HelpPage::Messages => say!("messages-title", key = key),
    };
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", crate::text::keep_columns(&title)),
            theme::title(),
        ))
        .border_style(theme::border(true));
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll, 0)).block(block),
        popup,
    );
}
