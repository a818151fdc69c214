//! A contact: a person the owner keeps a relationship with, and everything known about them.

use super::{ContactId, Invalid, PartialDate, parse_named, serde_time};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Size limits that keep one record from swallowing the notebook; checked before every write.
pub mod limits {
    /// A name, company, title, tag, label, email or phone, in characters.
    pub const SHORT_TEXT: usize = 500;
    /// A note, profile or free-text field, in bytes.
    pub const LONG_TEXT: usize = 1 << 20;
    /// Emails, phones, tags or occasions on one contact.
    pub const LIST_ITEMS: usize = 200;
    /// Verbatim vCard properties kept for one contact, in bytes all together.
    pub const VCARD_EXTRA: usize = 12 << 20;
}

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
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An email address or phone number, with an optional label such as "work" or "mobile".
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Labeled {
    pub value: String,
    pub label: Option<String>,
}

impl Labeled {
    /// Reads `value` or `label:value`; a label is letters only, so `+34 600` or `ana@x.com`
    /// are never mistaken for one.
    pub fn parse(input: &str) -> Labeled {
        if let Some((label, value)) = input.split_once(':') {
            let label = label.trim();
            if !label.is_empty()
                && label.chars().all(char::is_alphabetic)
                && !value.trim().is_empty()
            {
                return Labeled {
                    value: value.trim().to_string(),
                    label: Some(label.to_string()),
                };
            }
        }
        Labeled {
            value: input.trim().to_string(),
            label: None,
        }
    }
}

impl fmt::Display for Labeled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.label {
            Some(label) => write!(f, "{} ({label})", self.value),
            None => f.write_str(&self.value),
        }
    }
}

/// A dated occasion that recurs yearly: an anniversary, a first purchase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occasion {
    pub label: String,
    pub date: PartialDate,
}

impl Occasion {
    /// Reads `LABEL=DATE`, e.g. `anniversary=2019-06-01`.
    pub fn parse(input: &str) -> Result<Occasion, Invalid> {
        let (label, date) = input.split_once('=').ok_or_else(|| {
            Invalid(format!(
                "'{input}' is not an occasion: write LABEL=DATE, e.g. anniversary=2019-06-01"
            ))
        })?;
        let label = label.trim();
        if label.is_empty() {
            return Err(Invalid(format!("'{input}' has no label before '='")));
        }
        Ok(Occasion {
            label: label.to_string(),
            date: PartialDate::parse(date).map_err(|e| Invalid(format!("{label} {e}")))?,
        })
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
        }
    }

    /// Trims and de-duplicates what the user typed, then checks every rule a stored contact keeps.
    pub fn normalize_and_validate(&mut self) -> Result<(), Invalid> {
        use super::text::nfc;
        self.name = nfc(self.name.trim());
        if self.name.is_empty() {
            return Err(Invalid::new("a contact needs a name"));
        }
        for field in [
            &mut self.company,
            &mut self.title,
            &mut self.interests,
            &mut self.how_we_met,
        ] {
            if let Some(v) = field {
                *v = nfc(v.trim());
                if v.is_empty() {
                    *field = None;
                }
            }
        }
        self.profile = nfc(&self.profile);
        let mut seen = std::collections::HashSet::new();
        self.tags = self
            .tags
            .iter()
            .map(|t| nfc(t.trim().trim_start_matches('#')))
            .filter(|t| !t.is_empty() && seen.insert(t.to_lowercase()))
            .collect();
        for list in [&mut self.emails, &mut self.phones] {
            list.retain(|l| !l.value.trim().is_empty());
            for item in list.iter_mut() {
                item.value = nfc(item.value.trim());
            }
        }
        let short = |what: &str, v: &str| {
            if v.chars().count() > limits::SHORT_TEXT {
                Err(Invalid(format!(
                    "the {what} is longer than {} characters",
                    limits::SHORT_TEXT
                )))
            } else {
                Ok(())
            }
        };
        short("name", &self.name)?;
        for (what, v) in [("company", &self.company), ("title", &self.title)] {
            if let Some(v) = v {
                short(what, v)?;
            }
        }
        for t in &self.tags {
            short("tag", t)?;
        }
        for l in self.emails.iter().chain(&self.phones) {
            short("email or phone", &l.value)?;
        }
        for o in &self.occasions {
            short("occasion label", &o.label)?;
        }
        for (what, len) in [
            ("profile", self.profile.len()),
            ("interests", self.interests.as_ref().map_or(0, String::len)),
            (
                "how we met",
                self.how_we_met.as_ref().map_or(0, String::len),
            ),
        ] {
            if len > limits::LONG_TEXT {
                return Err(Invalid(format!("the {what} is longer than 1 MiB")));
            }
        }
        for (what, n) in [
            ("emails", self.emails.len()),
            ("phones", self.phones.len()),
            ("tags", self.tags.len()),
            ("occasions", self.occasions.len()),
        ] {
            if n > limits::LIST_ITEMS {
                return Err(Invalid(format!(
                    "a contact can have at most {} {what}",
                    limits::LIST_ITEMS
                )));
            }
        }
        if self.vcard_extra.iter().map(String::len).sum::<usize>() > limits::VCARD_EXTRA {
            return Err(Invalid::new(
                "the kept vCard properties are larger than 12 MiB",
            ));
        }
        if let Some(g) = self.grade
            && !(1..=10).contains(&g)
        {
            return Err(Invalid(format!("grade {g} is outside 1 to 10")));
        }
        if let Some(c) = self.cadence_days
            && !(1..=3650).contains(&c)
        {
            return Err(Invalid(format!(
                "a cadence of {c} days is outside 1 to 3650"
            )));
        }
        if self.referred_by == Some(self.id) && self.id != ContactId::UNASSIGNED {
            return Err(Invalid::new("a contact cannot be referred by themselves"));
        }
        Ok(())
    }

    pub fn is_archived(&self) -> bool {
        self.archived.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
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
    fn labels_are_read_only_when_they_look_like_labels() {
        assert_eq!(
            Labeled::parse("work:ana@forn.cat").label.as_deref(),
            Some("work")
        );
        assert_eq!(Labeled::parse("ana@forn.cat").label, None);
        assert_eq!(Labeled::parse("+34 600 111 222").value, "+34 600 111 222");
        assert_eq!(
            Labeled::parse("mòbil:+34 600").label.as_deref(),
            Some("mòbil")
        );
        assert_eq!(Labeled::parse("tel:").label, None);
    }

    #[test]
    fn validation_trims_and_rejects() {
        let mut c = Contact::new("  Núria Puig  ", now());
        c.tags = vec![
            "#wholesale".into(),
            "Wholesale".into(),
            " ".into(),
            "vip".into(),
        ];
        c.company = Some("   ".into());
        c.normalize_and_validate().unwrap();
        assert_eq!(c.name, "Núria Puig");
        assert_eq!(c.tags, vec!["wholesale", "vip"]);
        assert_eq!(c.company, None);

        let mut empty = Contact::new("   ", now());
        assert!(empty.normalize_and_validate().is_err());
        let mut graded = Contact::new("A", now());
        graded.grade = Some(11);
        assert!(
            graded
                .normalize_and_validate()
                .unwrap_err()
                .0
                .contains("grade")
        );
        let mut cadence = Contact::new("A", now());
        cadence.cadence_days = Some(0);
        assert!(cadence.normalize_and_validate().is_err());
        let mut long = Contact::new("x".repeat(501), now());
        assert!(long.normalize_and_validate().is_err());
    }

    #[test]
    fn names_are_stored_in_nfc() {
        let mut c = Contact::new("Jose\u{301}", now());
        c.normalize_and_validate().unwrap();
        assert_eq!(c.name, "José");
    }

    #[test]
    fn occasions_parse() {
        let o = Occasion::parse("anniversary=2019-06-01").unwrap();
        assert_eq!(o.label, "anniversary");
        assert!(Occasion::parse("anniversary").is_err());
        assert!(Occasion::parse("=2019-06-01").is_err());
    }
}
