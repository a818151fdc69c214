//! One folder (or file) per screen part: the part's own state types (`mod.rs`), its update for
//! the actions that concern it (`update.rs`) and its drawing (`render.rs`, from `&State` only).
//! `tui/update.rs` routes each action to its part; `tui/render.rs` draws the parts in order.

pub mod editor;
pub mod forms;
pub mod header;
pub mod help;
pub mod list;
pub mod message_log;
pub mod questions;
pub mod review;
pub mod search;
pub mod stats;
pub mod status;
pub mod timeline;

use crate::domain::text::{display_line, keep_columns};
use crate::say;
use crate::tui::theme;
use ratatui::text::Span;
use ratatui_textarea::TextArea;

/// A stored string made safe for one screen line, its columns kept for the screen
/// (`text::keep_columns`).
pub fn safe(s: &str) -> String {
    keep_columns(&display_line(s)).into_owned()
}

/// "today", "1d", "12d", "3y": how long ago, in at most four columns.
pub fn days_ago(today: chrono::NaiveDate, at: Option<chrono::NaiveDateTime>) -> String {
    let Some(at) = at else { return "—".into() };
    match (today - at.date()).num_days() {
        n if n <= 0 => say!("time-today"),
        n if n < 1000 => say!("time-days", days = n),
        n => say!("time-years", years = n / 365),
    }
}

/// Marks a key named inside a sentence (`say!("…", key = key("n"))`), so [`keyed`] can draw
/// it in the key style. Key names are not words: the sentence around them is.
pub fn key(name: &str) -> String {
    format!("{KEY_OPENS}{name}{KEY_CLOSES}")
}

const KEY_OPENS: char = '\u{E000}';
const KEY_CLOSES: char = '\u{E001}';

/// A sentence that names keys marked by [`key`], as spans: the words in `style`, each key in
/// the key style.
pub fn keyed(said: &str, style: ratatui::style::Style) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut rest = said;
    while let Some((words, after)) = rest.split_once(KEY_OPENS) {
        let (name, after) = after.split_once(KEY_CLOSES).unwrap_or((after, ""));
        if !words.is_empty() {
            spans.push(Span::styled(words.to_string(), style));
        }
        spans.push(Span::styled(name.to_string(), theme::key()));
        rest = after;
    }
    if !rest.is_empty() {
        spans.push(Span::styled(rest.to_string(), style));
    }
    spans
}

/// A one-line text input.
pub fn line_input(text: &str) -> TextArea<'static> {
    let mut input = TextArea::new(vec![text.to_string()]);
    input.set_cursor_line_style(ratatui::style::Style::default());
    input.move_cursor(ratatui_textarea::CursorMove::End);
    input
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn how_long_ago_fits_four_columns() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
        let ago = |days: i64| {
            days_ago(
                today,
                (today - chrono::Duration::days(days)).and_hms_opt(9, 0, 0),
            )
        };
        assert_eq!(ago(0), "today");
        assert_eq!(ago(12), "12d");
        assert_eq!(ago(999), "999d");
        assert_eq!(ago(1200), "3y");
        assert_eq!(days_ago(today, None), "—");
    }

    #[test]
    fn a_key_named_in_a_sentence_is_its_own_span() {
        let said = say!("timeline-welcome-keys", help = key("?"), quit = key("q"));
        let spans = keyed(&said, theme::dim());
        let texts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["?", " shows every key, ", "q", " quits."]);
        assert_eq!(spans[0].style, theme::key());
        assert_eq!(spans[1].style, theme::dim());
    }

    #[test]
    fn numbers_and_plurals_read_as_they_always_did() {
        assert_eq!(
            say!("status-overdue", count = 12_345_usize),
            "12345 overdue"
        );
        assert_eq!(say!("editor-saved", count = 0_usize), "Note saved");
        assert_eq!(
            say!("editor-saved", count = 1_usize),
            "Note saved with 1 follow-up"
        );
        assert_eq!(
            say!("editor-saved", count = 21_usize),
            "Note saved with 21 follow-ups"
        );
        assert_eq!(
            say!("exit-crash-safe").lines().count(),
            2,
            "the crash report's last two lines"
        );
    }
}
