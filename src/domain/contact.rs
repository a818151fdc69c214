//! A contact: a person the owner keeps a relationship with, and everything known about them.

use super::{CardDate, ContactId, Invalid, PartialDate, parse_named, serde_time};
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
    /// Verbatim vCard properties kept for one contact, in bytes all together: room for the
    /// largest photos address books hold. A card over it is refused and named, never cut.
    pub const VCARD_EXTRA: usize = 64 << 20;
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

/// An email address or phone number, with an optional label such as "work" or "mobile", and
/// what an address book said of it: every TYPE, its preference, the group that ties it to a
/// label of its own (`item1.TEL` with `item1.X-ABLabel`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Labeled {
    pub value: String,
    pub label: Option<String>,
    /// Every TYPE of the vCard property, lower case (`cell`, `work`, `fax`…), in order.
    pub types: Vec<String>,
    /// Preference, 1 (most preferred) to 100.
    pub pref: Option<u8>,
    /// The vCard property group (`item1`).
    pub group: Option<String>,
    /// The group's own label (`X-ABLabel`), as written.
    pub group_label: Option<String>,
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
                    ..Labeled::default()
                };
            }
        }
        Labeled {
            value: input.trim().to_string(),
            ..Labeled::default()
        }
    }

    /// What a person calls this kind of number or address: the group's label when it has one,
    /// else its types in words ("mobile, work"), else the typed label.
    pub fn kind_in_words(&self) -> Option<String> {
        if let Some(l) = &self.group_label {
            // Apple writes its standard labels as `_$!<Mobile>!$_`.
            let l = l.trim_start_matches("_$!<").trim_end_matches(">!$_");
            if !l.trim().is_empty() {
                return Some(l.to_string());
            }
        }
        let words: Vec<&str> = self
            .types
            .iter()
            .filter(|t| !matches!(t.as_str(), "internet" | "voice" | "x400" | "pref"))
            .map(|t| match t.as_str() {
                "cell" => "mobile",
                other => other,
            })
            .collect();
        if words.is_empty() {
            self.label.clone()
        } else {
            Some(words.join(", "))
        }
    }

    /// After an edit that retyped the list as text (`work:ana@x.cat, …`): each item whose value
    /// and label are unchanged gets back the types, preference and group it had.
    pub fn keep_details(edited: &mut [Labeled], before: &[Labeled]) {
        for item in edited.iter_mut() {
            if let Some(old) = before
                .iter()
                .find(|o| o.value == item.value && o.label == item.label)
            {
                item.types = old.types.clone();
                item.pref = old.pref;
                item.group = old.group.clone();
                item.group_label = old.group_label.clone();
            }
        }
    }
}

/// The five parts of a structured name (vCard N), each possibly several words or values.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameParts {
    pub family: Vec<String>,
    pub given: Vec<String>,
    pub additional: Vec<String>,
    pub prefixes: Vec<String>,
    pub suffixes: Vec<String>,
}

impl NameParts {
    /// The parts in reading order: "Dr. Ana Maria Puig Jr.".
    pub fn full_name(&self) -> String {
        [
            &self.prefixes,
            &self.given,
            &self.additional,
            &self.family,
            &self.suffixes,
        ]
        .iter()
        .flat_map(|p| p.iter())
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
    }

    /// Parts for a name typed as one line: the last word is the family name, the rest given
    /// names, as most address books guess.
    pub fn guess(name: &str) -> NameParts {
        let words: Vec<&str> = name.split_whitespace().collect();
        match words.split_last() {
            Some((last, rest)) if !rest.is_empty() => NameParts {
                family: vec![(*last).to_string()],
                given: vec![rest.join(" ")],
                ..NameParts::default()
            },
            _ => NameParts {
                given: vec![name.trim().to_string()],
                ..NameParts::default()
            },
        }
    }
}

impl fmt::Display for Labeled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind_in_words() {
            Some(kind) => write!(f, "{} ({kind})", self.value),
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
            return Err(Invalid(format!(
                "the kept vCard properties are larger than {} MiB",
                limits::VCARD_EXTRA >> 20
            )));
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
    fn numbers_say_what_they_are() {
        let mut l = Labeled::parse("+34 600");
        assert_eq!(l.kind_in_words(), None);
        l.types = vec!["cell".into(), "voice".into(), "work".into()];
        assert_eq!(l.to_string(), "+34 600 (mobile, work)");
        l.group_label = Some("_$!<Mobile>!$_".into());
        assert_eq!(l.kind_in_words().as_deref(), Some("Mobile"));
        l.group_label = Some("Botiga".into());
        assert_eq!(l.to_string(), "+34 600 (Botiga)");
        assert_eq!(Labeled::parse("work:a@b.c").to_string(), "a@b.c (work)");
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
    fn occasions_parse() {
        let o = Occasion::parse("anniversary=2019-06-01").unwrap();
        assert_eq!(o.label, "anniversary");
        assert!(Occasion::parse("anniversary").is_err());
        assert!(Occasion::parse("=2019-06-01").is_err());
    }
}
