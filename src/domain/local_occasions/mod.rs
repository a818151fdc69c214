//! Local occasions people send greetings for: Diwali, Holi, Durga Puja, Pohela Boishakh, the
//! Eids, Sant Jordi, La Diada, the Catalan name days and the new years of several calendars.
//! A contact opts in to some, on their own or through a tag (`Celebration`); the review then
//! lists them as greetings to send.
//!
//! Each occasion has a stable id (the command line's and the backup's word) and a code (the
//! stored byte, only ever appended). The fixed-date ones fall on the same day every year; the
//! lunar ones come from the table in `lunar.rs`, which ends in `LAST_YEAR` (past it they are
//! not shown, never guessed); a name day falls on the day of the saint of the contact's given
//! name (`name_days.rs`).

mod celebration;
mod lunar;
mod name_days;
#[cfg(test)]
mod tests;

use chrono::{Datelike, NaiveDate};

pub use celebration::{Celebrant, Celebration};
pub use lunar::{FIRST_YEAR, LAST_YEAR};
pub use name_days::{given_name, name_day};

/// A local occasion. Stored by its code: variants are only ever appended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LocalOccasion {
    NewYear,
    SantJordi,
    LaDiada,
    PohelaBoishakh,
    NameDay,
    Diwali,
    Holi,
    DurgaPuja,
    EidAlFitr,
    EidAlAdha,
    NewYearHindu,
    NewYearGujarati,
    NewYearIslamic,
}

/// When an occasion falls.
enum Falls {
    /// The same day every year.
    Fixed(u8, u8),
    /// The table's days.
    Table(&'static [lunar::Day]),
    /// The day of the contact's given name.
    NameDay,
}

impl LocalOccasion {
    /// Every occasion, in the order lists show them.
    pub const ALL: [LocalOccasion; 13] = [
        LocalOccasion::Diwali,
        LocalOccasion::Holi,
        LocalOccasion::DurgaPuja,
        LocalOccasion::PohelaBoishakh,
        LocalOccasion::EidAlFitr,
        LocalOccasion::EidAlAdha,
        LocalOccasion::SantJordi,
        LocalOccasion::LaDiada,
        LocalOccasion::NameDay,
        LocalOccasion::NewYear,
        LocalOccasion::NewYearHindu,
        LocalOccasion::NewYearGujarati,
        LocalOccasion::NewYearIslamic,
    ];

    /// The stable id the command line, the form and the backup use.
    pub fn id(self) -> &'static str {
        match self {
            LocalOccasion::NewYear => "new-year",
            LocalOccasion::SantJordi => "sant-jordi",
            LocalOccasion::LaDiada => "la-diada",
            LocalOccasion::PohelaBoishakh => "pohela-boishakh",
            LocalOccasion::NameDay => "name-day",
            LocalOccasion::Diwali => "diwali",
            LocalOccasion::Holi => "holi",
            LocalOccasion::DurgaPuja => "durga-puja",
            LocalOccasion::EidAlFitr => "eid-al-fitr",
            LocalOccasion::EidAlAdha => "eid-al-adha",
            LocalOccasion::NewYearHindu => "new-year-hindu",
            LocalOccasion::NewYearGujarati => "new-year-gujarati",
            LocalOccasion::NewYearIslamic => "new-year-islamic",
        }
    }

    /// The stored byte.
    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn from_code(code: u8) -> Option<LocalOccasion> {
        Self::ALL.into_iter().find(|o| o.code() == code)
    }

    /// The occasion an id names (ignoring case and surrounding spaces), or the error that lists
    /// the known ids and suggests the nearest.
    pub fn parse(input: &str) -> Result<LocalOccasion, UnknownOccasion> {
        let wanted = input.trim().to_lowercase().replace(['_', ' '], "-");
        Self::ALL
            .into_iter()
            .find(|o| o.id() == wanted)
            .ok_or_else(|| UnknownOccasion::of(input))
    }

    /// The occasion's name in the language kith speaks.
    pub fn name(self) -> String {
        match self {
            LocalOccasion::NewYear => crate::say!("occasion-new-year"),
            LocalOccasion::SantJordi => crate::say!("occasion-sant-jordi"),
            LocalOccasion::LaDiada => crate::say!("occasion-la-diada"),
            LocalOccasion::PohelaBoishakh => crate::say!("occasion-pohela-boishakh"),
            LocalOccasion::NameDay => crate::say!("occasion-name-day"),
            LocalOccasion::Diwali => crate::say!("occasion-diwali"),
            LocalOccasion::Holi => crate::say!("occasion-holi"),
            LocalOccasion::DurgaPuja => crate::say!("occasion-durga-puja"),
            LocalOccasion::EidAlFitr => crate::say!("occasion-eid-al-fitr"),
            LocalOccasion::EidAlAdha => crate::say!("occasion-eid-al-adha"),
            LocalOccasion::NewYearHindu => crate::say!("occasion-new-year-hindu"),
            LocalOccasion::NewYearGujarati => crate::say!("occasion-new-year-gujarati"),
            LocalOccasion::NewYearIslamic => crate::say!("occasion-new-year-islamic"),
        }
    }

    fn falls(self) -> Falls {
        match self {
            LocalOccasion::NewYear => Falls::Fixed(1, 1),
            LocalOccasion::SantJordi => Falls::Fixed(4, 23),
            LocalOccasion::LaDiada => Falls::Fixed(9, 11),
            LocalOccasion::PohelaBoishakh => Falls::Fixed(4, 14),
            LocalOccasion::NameDay => Falls::NameDay,
            LocalOccasion::Diwali => Falls::Table(lunar::DIWALI),
            LocalOccasion::Holi => Falls::Table(lunar::HOLI),
            LocalOccasion::DurgaPuja => Falls::Table(lunar::DURGA_PUJA),
            LocalOccasion::EidAlFitr => Falls::Table(lunar::EID_AL_FITR),
            LocalOccasion::EidAlAdha => Falls::Table(lunar::EID_AL_ADHA),
            LocalOccasion::NewYearHindu => Falls::Table(lunar::NEW_YEAR_HINDU),
            LocalOccasion::NewYearGujarati => Falls::Table(lunar::NEW_YEAR_GUJARATI),
            LocalOccasion::NewYearIslamic => Falls::Table(lunar::NEW_YEAR_ISLAMIC),
        }
    }

    /// Whether the occasion's dates come from the table (and so end with it).
    pub fn is_from_table(self) -> bool {
        matches!(self.falls(), Falls::Table(_))
    }

    /// The days the occasion falls on from `from` to `to`, both included: none for a name day,
    /// whose day is the contact's (see [`name_day_dates`]), and none past the table's end.
    pub fn dates_between(self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        match self.falls() {
            Falls::Fixed(month, day) => fixed_between(month, day, from, to),
            Falls::Table(days) => days
                .iter()
                .filter_map(|&(y, m, d)| NaiveDate::from_ymd_opt(y, m.into(), d.into()))
                .filter(|d| (from..=to).contains(d))
                .collect(),
            Falls::NameDay => Vec::new(),
        }
    }
}

/// The days from `from` to `to` (both included) that are `month`-`day` in some year; 29
/// February outside leap years is not one.
pub fn fixed_between(month: u8, day: u8, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    (from.year()..=to.year())
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month.into(), day.into()))
        .filter(|d| (from..=to).contains(d))
        .collect()
}

/// Whether the table ends before `to`: the lunar occasions after its last year are not shown.
pub fn table_ends_before(to: NaiveDate) -> bool {
    to.year() > LAST_YEAR
}

/// An occasion id kith does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownOccasion {
    pub given: String,
    /// The known id nearest to what was given, when one is near enough to be a typo.
    pub nearest: Option<&'static str>,
}

impl UnknownOccasion {
    fn of(input: &str) -> UnknownOccasion {
        let wanted = input.trim().to_lowercase();
        let nearest = LocalOccasion::ALL
            .into_iter()
            .map(|o| {
                (
                    crate::text::distance::edit_distance(&wanted, o.id()),
                    o.id(),
                )
            })
            .min()
            .filter(|(n, id)| *n <= 3.max(id.len() / 3))
            .map(|(_, id)| id);
        UnknownOccasion {
            given: input.to_string(),
            nearest,
        }
    }

    /// Every known id, comma-separated.
    pub fn known() -> String {
        let ids: Vec<&str> = LocalOccasion::ALL.iter().map(|o| o.id()).collect();
        ids.join(", ")
    }
}

impl std::fmt::Display for UnknownOccasion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self.nearest {
            Some(nearest) => crate::say!(
                "occasion-unknown-nearest",
                given = self.given.as_str(),
                nearest = nearest,
                known = Self::known()
            ),
            None => crate::say!(
                "occasion-unknown",
                given = self.given.as_str(),
                known = Self::known()
            ),
        })
    }
}

/// The days from `from` to `to` (both included) of the name day of a contact named `name`.
pub fn name_day_dates(name: &str, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    name_day(name).map_or_else(Vec::new, |(m, d)| fixed_between(m, d, from, to))
}
