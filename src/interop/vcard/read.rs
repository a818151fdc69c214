//! Reading cards into contacts. calcard reads each card's values (all but the dates, which
//! kith reads itself); the fields kith models become contact fields, the rest is kept verbatim
//! in the order of the card.

use super::fields::{
    first_label, name_parts, name_the_unnamed, plain_label, take_org, text_of, types_of,
};
use super::lines::{self, Damage, RawCard};
use super::property::Property;
use super::{
    Card, DATE_PROPERTIES, ReadCards, date_property, media_type_into_data, pref_for_version,
    read_date, verbatim,
};
use crate::domain::{CardDate, Contact, Labeled, Occasion, limits};
use crate::interop::notes::{CardNote, FileNote};
use calcard::vcard::{VCardEntry, VCardProperty, VCardValue};
use calcard::{Entry, Parser};
use chrono::NaiveDateTime;
use std::collections::{HashMap, HashSet};

/// Reads a file's bytes (any encoding a producer writes).
pub fn read_file(bytes: &[u8], now: NaiveDateTime) -> ReadCards {
    let (text, notes) = super::decode::decode_file(bytes);
    let mut read = read_text(&text, now);
    read.notes.splice(0..0, notes);
    read
}

/// Reads every card of `text`; a damaged card is named and the others are still read.
pub fn read_text(text: &str, now: NaiveDateTime) -> ReadCards {
    let mut read = ReadCards::default();
    let mut empty = 0;
    for raw in lines::split_cards(text) {
        if let Ok(card) = &raw
            && card.properties.is_empty()
        {
            read.notes.push(FileNote::EmptyCard { line: card.line });
            empty += 1;
            continue;
        }
        match raw.and_then(|raw| read_card(&raw, now)) {
            Ok(card) => read.cards.push(card),
            Err(damage) => read.damaged.push(damage),
        }
    }
    if read.cards.is_empty() && read.damaged.is_empty() && empty == 0 {
        read.damaged.push(Damage {
            line: 1,
            reason: crate::say!("vcard-no-card"),
        });
    }
    read
}

/// Reads every card of a file, all or nothing: the first damage is the error, naming its line.
pub fn read_cards(text: &str, now: NaiveDateTime) -> Result<Vec<Card>, String> {
    let read = read_text(text, now);
    match read.damaged.first() {
        Some(damage) => Err(damage.to_string()),
        None => Ok(read.cards),
    }
}

fn too_large(line: usize, size: usize) -> Damage {
    Damage {
        line,
        reason: crate::say!(
            "vcard-too-large",
            size = size >> 20,
            most = limits::VCARD_EXTRA >> 20
        ),
    }
}

fn read_card(raw: &RawCard, now: NaiveDateTime) -> Result<Card, Damage> {
    // A card larger than a contact can keep is refused before any more work on it.
    let size: usize = raw.properties.iter().map(|p| p.value.len()).sum();
    if size > limits::VCARD_EXTRA {
        return Err(too_large(raw.line, size));
    }
    let (entries, passed) = calcard_entries(raw)?;
    let line_of = |i: usize| passed.get(i).map_or(raw.line, |p| p.line);
    let mut reading = Reading::new(raw, now);
    // Modelled fields first, so the labels they take are known before the rest is kept.
    let mut kept_entries: Vec<(usize, &VCardEntry)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        if !reading.take(e) {
            kept_entries.push((i, e));
        }
    }
    reading.take_dates();
    for (i, e) in kept_entries {
        reading.keep(line_of(i), e);
    }
    reading.finish()
}

/// The card's properties as calcard reads them (all but the dates), with the property each
/// entry came from, so its reading can be traced back to the line of the file.
fn calcard_entries(raw: &RawCard) -> Result<(Vec<VCardEntry>, Vec<&Property>), Damage> {
    let v4 = raw.version.starts_with('4');
    let mut text = format!(
        "BEGIN:VCARD\r\nVERSION:{}\r\n",
        if v4 { "4.0" } else { "3.0" }
    );
    let mut passed: Vec<&Property> = Vec::new();
    for p in &raw.properties {
        if !DATE_PROPERTIES.contains(&p.name.as_str()) {
            text.push_str(&p.to_string());
            text.push_str("\r\n");
            passed.push(p);
        }
    }
    text.push_str("END:VCARD\r\n");
    let damage = |line: usize, reason: String| Damage { line, reason };
    let entries = match Parser::new(&text).entry() {
        Entry::VCard(card) => card.entries,
        Entry::InvalidLine(bad) => {
            let line = passed
                .iter()
                .find(|p| p.to_string().contains(bad.trim()))
                .map_or(raw.line, |p| p.line);
            let shown: String = bad.chars().take(60).collect();
            return Err(damage(line, crate::say!("vcard-not-a-line", text = shown)));
        }
        other => {
            let why = crate::say!("vcard-card-unreadable", what = format!("{other:?}"));
            return Err(damage(raw.line, why));
        }
    };
    let entries = entries
        .into_iter()
        .filter(|e| {
            !matches!(
                e.name,
                VCardProperty::Version | VCardProperty::Begin | VCardProperty::End
            )
        })
        .collect();
    Ok((entries, passed))
}

/// One card being read into a contact.
struct Reading<'a> {
    raw: &'a RawCard,
    contact: Contact,
    uid: Option<String>,
    notes: Vec<CardNote>,
    /// Labels of property groups (`item1.X-ABLabel:Shop`).
    group_labels: HashMap<String, String>,
    /// The groups whose label a modelled field took along (the rest are kept with their group).
    taken_groups: HashSet<String>,
    /// What is kept verbatim, with the line it came from.
    kept: Vec<(usize, String)>,
}

impl<'a> Reading<'a> {
    fn new(raw: &'a RawCard, now: NaiveDateTime) -> Self {
        let mut group_labels = HashMap::new();
        for p in &raw.properties {
            if p.name == "X-ABLABEL"
                && let Some(g) = &p.group
            {
                group_labels.insert(g.to_ascii_lowercase(), p.text());
            }
        }
        let mut notes = Vec::new();
        for p in &raw.properties {
            if let Some(was) = &p.renamed_from {
                notes.push(CardNote::PropertyRenamed {
                    line: p.line,
                    was: was.clone(),
                    written: format!(
                        "{}{}",
                        p.group.as_ref().map_or(String::new(), |g| format!("{g}.")),
                        p.written_name
                    ),
                });
            }
        }
        Reading {
            raw,
            contact: Contact::new("", now),
            uid: None,
            notes,
            group_labels,
            taken_groups: HashSet::new(),
            kept: Vec::new(),
        }
    }

    fn label_of(&self, group: &Option<String>) -> Option<String> {
        group
            .as_ref()
            .and_then(|g| self.group_labels.get(&g.to_ascii_lowercase()))
            .cloned()
    }

    /// Takes a property into the contact's fields; false when it is to be kept as it is.
    fn take(&mut self, e: &VCardEntry) -> bool {
        let c = &mut self.contact;
        match &e.name {
            VCardProperty::Prodid | VCardProperty::Rev => {}
            // RFC 2426's PROFILE:VCARD only repeats BEGIN:VCARD (4.0 dropped it, and Python's
            // vobject refuses a card that has both).
            VCardProperty::Other(name)
                if name.eq_ignore_ascii_case("PROFILE")
                    && text_of(e).is_some_and(|v| v.eq_ignore_ascii_case("vcard")) => {}
            VCardProperty::Fn if c.name.is_empty() => c.name = text_of(e).unwrap_or_default(),
            VCardProperty::N if c.name_parts.is_none() => c.name_parts = Some(name_parts(e)),
            VCardProperty::Org if c.company.is_none() && c.org_units.is_empty() => {
                take_org(c, e);
            }
            VCardProperty::Title if c.title.is_none() => c.title = text_of(e),
            VCardProperty::Email | VCardProperty::Tel => return self.take_labeled(e),
            VCardProperty::Categories => {
                for v in &e.values {
                    if let VCardValue::Text(t) = v
                        && !t.trim().is_empty()
                    {
                        // calcard has already split the list and undone escaped commas.
                        c.tags.push(t.trim().to_string());
                    }
                }
            }
            VCardProperty::Note => {
                if let Some(text) = text_of(e) {
                    if !c.profile.is_empty() {
                        c.profile.push_str("\n\n");
                    }
                    c.profile.push_str(&text);
                }
            }
            // The UID is kept as it is too; it is also remembered for matching.
            VCardProperty::Uid if self.uid.is_none() => {
                self.uid = text_of(e);
                return false;
            }
            _ => return false,
        }
        true
    }

    /// An email or a phone, with its TYPEs, preference, group and the group's label.
    fn take_labeled(&mut self, e: &VCardEntry) -> bool {
        let Some(value) = text_of(e) else {
            return false;
        };
        let value = match e.name {
            VCardProperty::Tel => value.strip_prefix("tel:").unwrap_or(&value).to_string(),
            _ => value.strip_prefix("mailto:").unwrap_or(&value).to_string(),
        };
        let (types, pref) = types_of(e);
        let group_label = self.label_of(&e.group);
        if group_label.is_some()
            && let Some(g) = &e.group
        {
            self.taken_groups.insert(g.to_ascii_lowercase());
        }
        let item = Labeled {
            value,
            label: first_label(&types),
            types,
            pref,
            group: e.group.clone(),
            group_label,
        };
        if e.name == VCardProperty::Tel {
            self.contact.phones.push(item);
        } else {
            self.contact.emails.push(item);
        }
        true
    }

    /// Dates, read by kith in every form: the birthday, occasions, and the rest kept.
    fn take_dates(&mut self) {
        let raw = self.raw;
        for p in raw
            .properties
            .iter()
            .filter(|p| DATE_PROPERTIES.contains(&p.name.as_str()))
        {
            let date = read_date(p);
            let occasion_label = match p.name.as_str() {
                "ANNIVERSARY" | "X-ANNIVERSARY" => Some("anniversary".to_string()),
                "X-ABDATE" => self.label_of(&p.group).map(|l| plain_label(&l)),
                _ => None,
            };
            let c = &self.contact;
            match (p.name.as_str(), date.day(), occasion_label) {
                ("BDAY", _, _) if c.birthday.is_none() && c.birthday_as_written.is_none() => {
                    self.take_birthday(p, date);
                }
                (_, Some(day), Some(label)) if matches!(date, CardDate::Day(_)) => {
                    if p.name == "X-ABDATE"
                        && let Some(g) = &p.group
                    {
                        self.taken_groups.insert(g.to_ascii_lowercase());
                    }
                    let occasions = &mut self.contact.occasions;
                    if !occasions.iter().any(|o| o.label == label && o.date == day) {
                        occasions.push(Occasion { label, date: day });
                    }
                }
                _ => self
                    .kept
                    .push((p.line, date_property(p, &date, true).to_string())),
            }
        }
    }

    /// The birthday: its day, and as written when it is more or other than a day.
    fn take_birthday(&mut self, p: &Property, date: CardDate) {
        self.contact.birthday = date.day();
        if matches!(date, CardDate::Day(_)) {
            return;
        }
        if let CardDate::Text(t) = &date {
            let in_words = p
                .param("VALUE")
                .is_some_and(|v| v.eq_ignore_ascii_case("text"));
            self.notes.push(CardNote::BirthdayAsWritten {
                text: t.clone(),
                in_words,
            });
        }
        self.contact.birthday_as_written = Some(date);
    }

    /// A property kept verbatim, in the form kith keeps; a group label a field took is not.
    fn keep(&mut self, line: usize, e: &VCardEntry) {
        if e.name.as_str().eq_ignore_ascii_case("X-ABLABEL")
            && e.group
                .as_ref()
                .is_some_and(|g| self.taken_groups.contains(&g.to_ascii_lowercase()))
        {
            return;
        }
        let mut e = e.clone();
        media_type_into_data(&mut e);
        pref_for_version(&mut e, true);
        self.kept.push((line, verbatim(&e)));
    }

    /// The card, kept properties in the order of the card, named if it had no name.
    fn finish(mut self) -> Result<Card, Damage> {
        let line = self.raw.line;
        self.kept.sort_by_key(|(line, _)| *line);
        let c = &mut self.contact;
        c.vcard_extra = self.kept.into_iter().map(|(_, l)| l).collect();
        let size: usize = c.vcard_extra.iter().map(String::len).sum();
        if size > limits::VCARD_EXTRA {
            return Err(too_large(line, size));
        }
        if c.name.trim().is_empty() {
            name_the_unnamed(c, line, &mut self.notes);
        }
        if self.raw.unterminated {
            self.notes.push(CardNote::Unterminated { line });
        }
        Ok(Card {
            contact: self.contact,
            uid: self.uid,
            notes: self.notes,
            line,
            file: None,
        })
    }
}
