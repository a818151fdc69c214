//! One folder (or file) per screen part: the part's own state types (`mod.rs`), its update for
//! the actions that concern it (`update.rs`) and its drawing (`render.rs`, from `&State` only).
//! `tui/update.rs` routes each action to its part; `tui/render.rs` draws the parts in order.

pub mod editor;
pub mod forms;
pub mod header;
pub mod help;
pub mod list;
pub mod questions;
pub mod review;
pub mod search;
pub mod status;
pub mod timeline;

use crate::domain::text::display_line;
use ratatui_textarea::TextArea;

/// A stored string made safe for one screen line.
pub fn safe(s: &str) -> String {
    display_line(s).into_owned()
}

/// "today", "1d", "12d", "3y": how long ago, in at most four columns.
pub fn days_ago(today: chrono::NaiveDate, at: Option<chrono::NaiveDateTime>) -> String {
    let Some(at) = at else { return "—".into() };
    match (today - at.date()).num_days() {
        n if n <= 0 => "today".into(),
        n if n < 1000 => format!("{n}d"),
        n => format!("{}y", n / 365),
    }
}

/// A one-line text input.
pub fn line_input(text: &str) -> TextArea<'static> {
    let mut input = TextArea::new(vec![text.to_string()]);
    input.set_cursor_line_style(ratatui::style::Style::default());
    input.move_cursor(ratatui_textarea::CursorMove::End);
    input
}
