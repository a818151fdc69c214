//! The messages the status bar said, kept so one that did not fit, or went at the next key,
//! can be read whole: the last [`KEPT`] in memory for as long as the screen is open, shown
//! newest first in the help box's place (`L`), each wrapped to the box's width.

use crate::text::terminal_width;
use crate::tui::parts::safe;
use crate::tui::theme;
use ratatui::text::{Line, Span};
use std::collections::VecDeque;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Error,
}

/// One message the status bar says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusMessage {
    pub text: String,
    pub level: Level,
}

/// How many messages are kept; the oldest goes first.
pub const KEPT: usize = 50;

/// The last messages said, oldest first.
#[derive(Debug, Default)]
pub struct MessageLog(VecDeque<StatusMessage>);

impl MessageLog {
    pub fn push(&mut self, message: StatusMessage) {
        if self.0.len() == KEPT {
            self.0.pop_front();
        }
        self.0.push_back(message);
    }

    /// Newest first.
    pub fn newest_first(&self) -> impl Iterator<Item = &StatusMessage> {
        self.0.iter().rev()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The log's lines for a box `width` columns inside: each message wrapped, a blank line between.
pub fn lines(log: &MessageLog, width: usize) -> Vec<Line<'static>> {
    if log.is_empty() {
        return vec![Line::from(Span::styled(
            crate::say!("messages-none"),
            theme::dim(),
        ))];
    }
    let mut lines = Vec::new();
    for message in log.newest_first() {
        if !lines.is_empty() {
            lines.push(Line::from(""));
        }
        let style = match message.level {
            Level::Info => theme::info(),
            Level::Error => theme::error(),
        };
        for row in wrap(&safe(&message.text), width.max(1)) {
            lines.push(Line::from(Span::styled(row, style)));
        }
    }
    lines
}

/// Cuts `text` into rows of at most `width` columns, between words where it can, inside a
/// word longer than a row.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut rows = Vec::new();
    let mut row = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let room = if row.is_empty() { 0 } else { 1 };
        if !row.is_empty() && terminal_width(&row) + room + terminal_width(word) > width {
            rows.push(std::mem::take(&mut row));
        }
        if !row.is_empty() {
            row.push(' ');
        }
        for c in word.chars() {
            let mut one = [0; 4];
            if !row.is_empty()
                && terminal_width(&row) + terminal_width(c.encode_utf8(&mut one)) > width
            {
                rows.push(std::mem::take(&mut row));
            }
            row.push(c);
        }
    }
    if !row.is_empty() || rows.is_empty() {
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_word_and_no_row_is_too_wide() {
        let text = "the notebook could not be written: a very long reason indeed";
        let rows = wrap(text, 12);
        assert!(rows.iter().all(|r| terminal_width(r) <= 12), "{rows:?}");
        assert_eq!(rows.join(" "), text);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn the_log_keeps_the_last_fifty_newest_first() {
        let mut log = MessageLog::default();
        for i in 0..60 {
            log.push(StatusMessage {
                text: i.to_string(),
                level: Level::Info,
            });
        }
        let kept: Vec<_> = log.newest_first().map(|m| m.text.as_str()).collect();
        assert_eq!(kept.len(), KEPT);
        assert_eq!((kept[0], kept[KEPT - 1]), ("59", "10"));
    }
}
