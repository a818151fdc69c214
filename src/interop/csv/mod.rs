//! Contacts in CSV, as Google Contacts and Outlook write it (the column mapping is in the
//! README). Columns kith does not know are reported once per file, not dropped silently.
//!
//! A cell a spreadsheet would run as a formula is written with a `'` in front, as OWASP
//! advises (see [`guard`]); reading takes the guard off again, so kith's own CSV reads back
//! exactly as it was written.
//!
//! `detect` finds a file's encoding and delimiter and knows other names of the columns, `read`
//! reads its rows (the columns it knows are in `columns`), `write` writes them,
//! `guard` keeps formulas from running.

mod address;
mod columns;
pub mod detect;
mod guard;
mod localized;
mod read;
mod write;

pub use guard::{guard, unguard};
pub use read::read_csv;
pub use write::{CsvLayout, write_csv};

use super::vcard::Card;
use std::collections::BTreeSet;

/// Cards read from a CSV file, and the non-empty columns no field takes.
#[derive(Debug)]
pub struct CsvRead {
    pub cards: Vec<Card>,
    pub unknown_columns: BTreeSet<String>,
    /// The byte between fields: comma, semicolon or tab.
    pub delimiter: u8,
    /// The language of the header row when it was not English (Thunderbird writes its
    /// headings in its interface's language).
    pub headings_in: Option<&'static str>,
}
