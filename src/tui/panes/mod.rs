//! One file per pane or overlay. Each draws from `&State` only.

pub mod contacts;
pub mod editor;
pub mod form;
pub mod header;
pub mod help;
pub mod question;
pub mod review;
pub mod status;
pub mod timeline;

use crate::domain::text::display_line;

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
