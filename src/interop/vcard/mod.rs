//! vCard in and out. `decode` makes text of what every producer writes (2.1, 3.0, 4.0, their
//! charsets and quirks), `lines` cuts it into properties (read by `property`) with their line
//! numbers; calcard then reads each card's values, and `read` makes contacts of them. Fields kith models become contact fields, whole: the
//! structured name, every ORG unit, every TYPE and preference and group of an email or phone,
//! dates in every form. Every other property (addresses, photos, UID, X- properties…) is kept
//! verbatim in `vcard_extra` and written back, in the version being written (`write`).

mod decode;
mod fields;
pub(crate) mod kept;
pub mod lines;
mod property;
mod read;
mod write;

pub use kept::{is_uid_line, uid_of};
pub use read::{read_cards, read_file, read_text};
pub use write::{write_card, write_cards};

pub(crate) use kept::{
    DATE_PROPERTIES, date_property, kept_property, media_type_into_data, pref_for_version,
    read_date, verbatim,
};

use crate::domain::Contact;
use crate::interop::notes::{CardNote, FileNote};
use lines::Damage;

/// A contact read from a vCard, with the card's UID for matching on a later import.
#[derive(Debug, Clone)]
pub struct Card {
    pub contact: Contact,
    pub uid: Option<String>,
    /// What was read leniently (a card named after its email, a birthday in words).
    pub notes: Vec<CardNote>,
    /// The line of the file where the card begins.
    pub line: usize,
    /// The file it was read from, when an import reads several (a folder); set by the import.
    pub file: Option<std::path::PathBuf>,
}

/// Everything read from one file: the cards, the damage that stopped others, and what was
/// read leniently about the file as a whole.
#[derive(Debug, Default)]
pub struct ReadCards {
    pub cards: Vec<Card>,
    pub damaged: Vec<Damage>,
    pub notes: Vec<FileNote>,
}

#[cfg(test)]
mod reading_tests;
#[cfg(test)]
mod tests;
