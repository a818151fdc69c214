//! A contact: a person the owner keeps a relationship with, and everything known about them.
//! The values it is built from are in `parts.rs`; the rules it keeps, in `rules.rs`.

use super::{CardDate, ContactId, Invalid, PartialDate, parse_named, serde_time};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use std::fmt;

mod parts;
mod rules;

pub use parts::{Labeled, NameParts, Occasion};
pub use rules::{ContactProblem, limits};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Kind {
    Customer,
    Prospect,
    Employee,
    Partner,
    Supplier,
    Other,
    // New kinds are only ever appended: stored records name variants by position.
}

impl Kind {
    /// The kind a contact made by hand starts with, on the command line and in the screen's
    /// form alike (a contact read from another tool's file is "other" unless it says).
    pub const DEFAULT: Kind = Kind::Customer;

    pub const ALL: [(Kind, &'static str); 6] = [
        (Kind::Customer, "customer"),
        (Kind::Prospect, "prospect"),
        (Kind::Employee, "employee"),
        (Kind::Partner, "partner"),
        (Kind::Supplier, "supplier"),
        (Kind::Other, "other"),
    ];

    pub fn parse(input: &str) -> Result<Kind, Invalid> {
        parse_named(input, &Self::ALL, "kind")
    }

    pub fn as_str(&self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(k, _)| k == self)
            .map_or("other", |(_, n)| n)
    }

    /// The kind in the words of the language kith speaks (in English, as [`Kind::as_str`]).
    pub fn said(&self) -> String {
        match self {
            Kind::Customer => crate::say!("kind-customer"),
            Kind::Prospect => crate::say!("kind-prospect"),
            Kind::Employee => crate::say!("kind-employee"),
            Kind::Partner => crate::say!("kind-partner"),
            Kind::Supplier => crate::say!("kind-supplier"),
            Kind::Other => crate::say!("kind-other"),
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why and when a contact was archived (a customer who left).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Archived {
    pub reason: String,
    #[serde(with = "serde_time::datetime")]
    pub at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: ContactId,
    pub name: String,
    pub company: Option<String>,
    pub title: Option<String>,
    pub kind: Kind,
    pub emails: Vec<Labeled>,
    pub phones: Vec<Labeled>,
    pub tags: Vec<String>,
    /// What the owner has in common with this person.
    pub interests: Option<String>,
    pub how_we_met: Option<String>,
    pub referred_by: Option<ContactId>,
    pub birthday: Option<PartialDate>,
    pub occasions: Vec<Occasion>,
    /// Keep in touch at least every this many days.
    pub cadence_days: Option<u32>,
    /// How strong the relationship is, 1 to 10.
    pub grade: Option<u8>,
    pub profile: String,
    pub archived: Option<Archived>,
    #[serde(with = "serde_time::datetime")]
    pub created_at: NaiveDateTime,
    #[serde(with = "serde_time::datetime")]
    pub updated_at: NaiveDateTime,
    /// vCard properties kith does not model, kept verbatim so an export writes them back.
    pub vcard_extra: Vec<String>,
    // Fields below were added by record version 2; new fields are only ever appended.
    /// The structured name, when an address book gave one.
    pub name_parts: Option<NameParts>,
    /// Organisation units after the company (a department, a team).
    pub org_units: Vec<String>,
    /// The birthday as an address book wrote it, when that says more or other than a day of the
    /// year (a time of day, only a year and month, words); `birthday` is its day, if any.
    pub birthday_as_written: Option<CardDate>,
}

impl Contact {
    /// A new, not yet stored contact of kind "other".
    pub fn new(name: impl Into<String>, now: NaiveDateTime) -> Contact {
        Contact {
            id: ContactId::UNASSIGNED,
            name: name.into(),
            company: None,
            title: None,
            kind: Kind::Other,
            emails: Vec::new(),
            phones: Vec::new(),
            tags: Vec::new(),
            interests: None,
            how_we_met: None,
            referred_by: None,
            birthday: None,
            occasions: Vec::new(),
            cadence_days: None,
            grade: None,
            profile: String::new(),
            archived: None,
            created_at: now,
            updated_at: now,
            vcard_extra: Vec::new(),
            name_parts: None,
            org_units: Vec::new(),
            birthday_as_written: None,
        }
    }

    /// Carries over, after an edit, what the form does not show: the types and groups of the
    /// emails and phones that did not change, the structured name while the name still reads
    /// the same, the written form of the birthday while it is still the same day.
    pub fn keep_details_from(&mut self, before: &Contact) {
        Labeled::keep_details(&mut self.emails, &before.emails);
        Labeled::keep_details(&mut self.phones, &before.phones);
        if self.name.trim() != before.name.trim() {
            self.name_parts = None;
        }
        if self.company.is_none() && before.company.is_some() {
            self.org_units.clear();
        }
    }

    pub fn is_archived(&self) -> bool {
        self.archived.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> NaiveDateTime {
        crate::domain::test_morning()
    }

    #[test]
    fn kinds_parse_by_name_in_any_case() {
        assert_eq!(Kind::parse("Customer").unwrap(), Kind::Customer);
        assert_eq!(Kind::parse("SUPPLIER").unwrap(), Kind::Supplier);
        let err = Kind::parse("friend").unwrap_err();
        assert!(err.0.contains("customer, prospect"), "{err}");
        for (k, n) in Kind::ALL {
            assert_eq!(Kind::parse(n).unwrap(), k);
            assert_eq!(k.to_string(), n);
        }
    }

    #[test]
    fn an_edit_keeps_what_the_form_does_not_show() {
        let mut before = Contact::new("Núria Puig", now());
        before.phones = vec![Labeled {
            value: "+34 600".into(),
            label: Some("cell".into()),
            types: vec!["cell".into(), "work".into()],
            pref: Some(1),
            group: Some("item1".into()),
            group_label: Some("Botiga".into()),
        }];
        before.name_parts = Some(NameParts::guess("Núria Puig"));
        let mut edited = before.clone();
        edited.phones = vec![Labeled::parse("cell:+34 600"), Labeled::parse("+34 700")];
        edited.keep_details_from(&before);
        assert_eq!(edited.phones[0], before.phones[0]);
        assert!(edited.phones[1].types.is_empty());
        assert!(edited.name_parts.is_some());
        edited.name = "Núria Puig i Vila".into();
        edited.keep_details_from(&before);
        assert_eq!(edited.name_parts, None, "a new name drops the old parts");
    }
}
