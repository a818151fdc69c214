//! The rules every stored contact keeps: what is trimmed and folded to one form before it is
//! kept, the size limits, and the ranges of its numbers. A broken rule is a [`ContactProblem`]
//! that says which rule, so the screen can point at the field without reading the words.

use super::super::text::nfc;
use super::{Contact, ContactId};
use crate::domain::Invalid;

/// Size limits that keep one record from swallowing the notebook; checked before every write.
pub mod limits {
    /// A name, company, title, tag, label, email or phone, in characters.
    pub const SHORT_TEXT: usize = 500;
    /// A note, profile or free-text field, in bytes.
    pub const LONG_TEXT: usize = 1 << 20;
    /// Emails, phones, tags or occasions on one contact.
    pub const LIST_ITEMS: usize = 200;
    /// Verbatim vCard properties kept for one contact, in bytes all together: room for the
    /// largest photos address books hold. A card over it is refused and named, never cut.
    pub const VCARD_EXTRA: usize = 64 << 20;
}

/// The rule a contact broke, with what its message names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContactProblem {
    NoName,
    /// A short field (name, company, tag, email or phone…) over [`limits::SHORT_TEXT`]
    /// characters; it carries the field's name.
    TooLong(&'static str),
    /// A free-text field over [`limits::LONG_TEXT`] bytes.
    TooLarge(&'static str),
    /// More than [`limits::LIST_ITEMS`] emails, phones, tags or occasions.
    TooMany(&'static str),
    KeptCardTooLarge,
    Grade(u8),
    Cadence(u32),
    ReferredByThemselves,
}

impl std::fmt::Display for ContactProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match *self {
            ContactProblem::NoName => crate::say!("contact-no-name"),
            ContactProblem::TooLong(field) => {
                crate::say!("contact-too-long", field = field, max = limits::SHORT_TEXT)
            }
            ContactProblem::TooLarge(field) => crate::say!("contact-too-large", field = field),
            ContactProblem::TooMany(field) => {
                crate::say!("contact-too-many", field = field, max = limits::LIST_ITEMS)
            }
            ContactProblem::KeptCardTooLarge => {
                crate::say!(
                    "contact-kept-card-too-large",
                    max = limits::VCARD_EXTRA >> 20
                )
            }
            ContactProblem::Grade(grade) => crate::say!("contact-grade-outside", grade = grade),
            ContactProblem::Cadence(days) => crate::say!("contact-cadence-outside", days = days),
            ContactProblem::ReferredByThemselves => crate::say!("contact-referred-by-themselves"),
        })
    }
}

impl std::error::Error for ContactProblem {}

impl From<ContactProblem> for Invalid {
    fn from(problem: ContactProblem) -> Invalid {
        Invalid(problem.to_string())
    }
}

impl Contact {
    /// Trims and de-duplicates what the user typed, then checks every rule a stored contact keeps.
    pub fn normalize_and_validate(&mut self) -> Result<(), ContactProblem> {
        self.name = nfc(self.name.trim());
        if self.name.is_empty() {
            return Err(ContactProblem::NoName);
        }
        self.normalize();
        self.check_lengths()?;
        self.check_counts()?;
        self.check_numbers()?;
        if self.referred_by == Some(self.id) && self.id != ContactId::UNASSIGNED {
            return Err(ContactProblem::ReferredByThemselves);
        }
        Ok(())
    }

    /// Every text in NFC and trimmed, blank optional fields gone, tags without `#` and each once
    /// (ignoring case), blank emails and phones dropped.
    fn normalize(&mut self) {
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
        // The written form only stands while it agrees with the birthday kith reminds on.
        if let Some(written) = &self.birthday_as_written
            && written.day() != self.birthday
        {
            self.birthday_as_written = None;
        }
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
    }

    /// Short fields within [`limits::SHORT_TEXT`] characters, free text within
    /// [`limits::LONG_TEXT`] bytes.
    fn check_lengths(&self) -> Result<(), ContactProblem> {
        let short = |what: &'static str, v: &str| {
            if v.chars().count() > limits::SHORT_TEXT {
                Err(ContactProblem::TooLong(what))
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
        for u in &self.org_units {
            short("organisation unit", u)?;
        }
        if let Some(parts) = &self.name_parts {
            short("structured name", &parts.full_name())?;
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
                return Err(ContactProblem::TooLarge(what));
            }
        }
        Ok(())
    }

    /// Lists within [`limits::LIST_ITEMS`], kept vCard properties within
    /// [`limits::VCARD_EXTRA`].
    fn check_counts(&self) -> Result<(), ContactProblem> {
        for (what, n) in [
            ("emails", self.emails.len()),
            ("phones", self.phones.len()),
            ("tags", self.tags.len()),
            ("occasions", self.occasions.len()),
        ] {
            if n > limits::LIST_ITEMS {
                return Err(ContactProblem::TooMany(what));
            }
        }
        if self.vcard_extra.iter().map(String::len).sum::<usize>() > limits::VCARD_EXTRA {
            return Err(ContactProblem::KeptCardTooLarge);
        }
        Ok(())
    }

    /// The grade is 1 to 10, the cadence 1 to 3650 days.
    fn check_numbers(&self) -> Result<(), ContactProblem> {
        if let Some(g) = self.grade
            && !(1..=10).contains(&g)
        {
            return Err(ContactProblem::Grade(g));
        }
        if let Some(c) = self.cadence_days
            && !(1..=3650).contains(&c)
        {
            return Err(ContactProblem::Cadence(c));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CardDate, PartialDate};
    use chrono::NaiveDateTime;

    fn now() -> NaiveDateTime {
        crate::domain::test_morning()
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
        let err = graded.normalize_and_validate().unwrap_err();
        assert_eq!(err, ContactProblem::Grade(11));
        assert!(err.to_string().contains("grade"), "{err}");
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
    fn a_written_birthday_stands_only_while_it_says_the_same_day() {
        let mut c = Contact::new("A", now());
        let day = PartialDate::parse("1953-10-15").unwrap();
        c.birthday = Some(day);
        c.birthday_as_written = Some(CardDate::DayTime {
            day,
            time: "231000Z".into(),
        });
        c.normalize_and_validate().unwrap();
        assert!(c.birthday_as_written.is_some());
        c.birthday = Some(PartialDate::parse("--05-14").unwrap());
        c.normalize_and_validate().unwrap();
        assert_eq!(c.birthday_as_written, None);
        c.birthday = None;
        c.birthday_as_written = Some(CardDate::Text("circa 1800".into()));
        c.normalize_and_validate().unwrap();
        assert!(c.birthday_as_written.is_some());
    }

    #[test]
    fn each_broken_rule_says_what_it_always_said() {
        let cases = [
            (ContactProblem::NoName, "a contact needs a name"),
            (
                ContactProblem::TooLong("company"),
                "the company is longer than 500 characters",
            ),
            (
                ContactProblem::TooLarge("how we met"),
                "the how we met is longer than 1 MiB",
            ),
            (
                ContactProblem::TooMany("tags"),
                "a contact can have at most 200 tags",
            ),
            (
                ContactProblem::KeptCardTooLarge,
                "the kept vCard properties are larger than 64 MiB",
            ),
            (ContactProblem::Grade(0), "grade 0 is outside 1 to 10"),
            (
                ContactProblem::Cadence(0),
                "a cadence of 0 days is outside 1 to 3650",
            ),
            (
                ContactProblem::ReferredByThemselves,
                "a contact cannot be referred by themselves",
            ),
        ];
        for (problem, words) in cases {
            assert_eq!(problem.to_string(), words);
            assert_eq!(Invalid::from(problem).0, words);
        }
        let mut cadence = Contact::new("A", now());
        cadence.cadence_days = Some(4000);
        assert_eq!(
            cadence.normalize_and_validate(),
            Err(ContactProblem::Cadence(4000))
        );
        let mut long = Contact::new("A", now());
        long.company = Some("x".repeat(501));
        assert_eq!(
            long.normalize_and_validate(),
            Err(ContactProblem::TooLong("company"))
        );
    }
}
