//! vCard in and out. `lines` reads what every producer writes (2.1, 3.0, 4.0, their charsets and
//! quirks) into properties with their line numbers; calcard then reads each card's values, and
//! this module makes contacts of them. Fields kith models become contact fields, whole: the
//! structured name, every ORG unit, every TYPE and preference and group of an email or phone,
//! dates in every form. Every other property (addresses, photos, UID, X- properties…) is kept
//! verbatim in `vcard_extra` and written back, in the version being written (`write`).

pub(crate) mod kept;
pub mod lines;
mod write;

pub use kept::{is_uid_line, uid_of};
pub use write::{write_card, write_cards};

pub(crate) use kept::{
    DATE_PROPERTIES, date_property, kept_property, media_type_into_data, pref_for_version,
    read_date, verbatim,
};

use crate::domain::{CardDate, Contact, Labeled, NameParts, Occasion, limits};
use calcard::common::IanaString;
use calcard::vcard::{
    VCardEntry, VCardParameterName, VCardParameterValue, VCardProperty, VCardValue,
};
use calcard::{Entry, Parser};
use chrono::NaiveDateTime;
use lines::{Damage, Property, RawCard};
use std::collections::{HashMap, HashSet};

/// A contact read from a vCard, with the card's UID for matching on a later import.
#[derive(Debug, Clone)]
pub struct Card {
    pub contact: Contact,
    pub uid: Option<String>,
    /// What was read leniently (a card named after its email, a birthday in words).
    pub notes: Vec<String>,
    /// The line of the file where the card begins.
    pub line: usize,
}

/// Everything read from one file: the cards, the damage that stopped others, and what was
/// read leniently about the file as a whole.
#[derive(Debug, Default)]
pub struct ReadCards {
    pub cards: Vec<Card>,
    pub damaged: Vec<Damage>,
    pub notes: Vec<String>,
}

/// Reads a file's bytes (any encoding a producer writes).
pub fn read_file(bytes: &[u8], now: NaiveDateTime) -> ReadCards {
    let (text, notes) = lines::decode_file(bytes);
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
            read.notes
                .push(format!("line {}: an empty card was passed over", card.line));
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
            reason: "no vCard in the file".into(),
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

fn text_of(e: &VCardEntry) -> Option<String> {
    let parts: Vec<String> = e
        .values
        .iter()
        .filter_map(|v| match v {
            VCardValue::Text(t) => Some(t.clone()),
            VCardValue::Component(c) => Some(
                c.iter()
                    .filter(|s| !s.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            VCardValue::Integer(i) => Some(i.to_string()),
            _ => None,
        })
        .filter(|t| !t.trim().is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Every TYPE of a property, lower case, with `pref` taken out as a preference; a phone's
/// `mobile` (which some phones write) is the standard `cell`.
fn types_of(e: &VCardEntry) -> (Vec<String>, Option<u8>) {
    let mut types = Vec::new();
    let mut pref = None;
    for p in &e.params {
        match (&p.name, &p.value) {
            (VCardParameterName::Type, value) => {
                let t = match value {
                    VCardParameterValue::Text(t) => t.to_lowercase(),
                    VCardParameterValue::Type(t) => t.as_str().to_lowercase(),
                    _ => continue,
                };
                for t in t.split(',').map(str::trim).filter(|t| !t.is_empty()) {
                    match t {
                        "pref" => pref = pref.or(Some(1)),
                        "mobile" => types.push("cell".to_string()),
                        other => types.push(other.to_string()),
                    }
                }
            }
            (VCardParameterName::Pref, VCardParameterValue::Integer(n)) => {
                pref = u8::try_from(*n).ok().filter(|n| (1..=100).contains(n));
            }
            (VCardParameterName::Pref, VCardParameterValue::Text(t)) => {
                pref = t.trim().parse().ok().filter(|n| (1..=100).contains(n));
            }
            (VCardParameterName::Pref, _) => pref = pref.or(Some(1)),
            _ => {}
        }
    }
    let mut seen = HashSet::new();
    types.retain(|t| seen.insert(t.clone()));
    (types, pref)
}

/// The first TYPE that says something (work, home, cell…): the label shown where one word fits.
fn first_label(types: &[String]) -> Option<String> {
    types
        .iter()
        .find(|t| !matches!(t.as_str(), "internet" | "voice" | "x400"))
        .cloned()
}

/// Apple's labels for its standard kinds (`_$!<Anniversary>!$_`) in plain words.
fn plain_label(label: &str) -> String {
    match label
        .strip_prefix("_$!<")
        .and_then(|l| l.strip_suffix(">!$_"))
    {
        Some(standard) => standard.to_lowercase(),
        None => label.to_string(),
    }
}

fn too_large(line: usize, size: usize) -> Damage {
    Damage {
        line,
        reason: format!(
            "the card's properties take {} MiB, more than the {} MiB kith keeps for one contact",
            size >> 20,
            limits::VCARD_EXTRA >> 20
        ),
    }
}

fn read_card(raw: &RawCard, now: NaiveDateTime) -> Result<Card, Damage> {
    let v4 = raw.version.starts_with('4');
    let damage = |line: usize, reason: String| Damage { line, reason };
    // Labels of property groups (`item1.X-ABLabel:Shop`), and which of them a modelled field
    // takes along (the rest are kept with their group).
    let mut group_labels: HashMap<String, String> = HashMap::new();
    for p in &raw.properties {
        if p.name == "X-ABLABEL"
            && let Some(g) = &p.group
        {
            group_labels.insert(g.to_ascii_lowercase(), p.text());
        }
    }
    let label_of = |group: &Option<String>| {
        group
            .as_ref()
            .and_then(|g| group_labels.get(&g.to_ascii_lowercase()))
            .cloned()
    };
    let mut taken_groups: HashSet<String> = HashSet::new();
    // A card larger than a contact can keep is refused before any more work on it.
    let size: usize = raw.properties.iter().map(|p| p.value.len()).sum();
    if size > limits::VCARD_EXTRA {
        return Err(too_large(raw.line, size));
    }

    // calcard reads everything but the dates, a card at a time, so its reading of one line can
    // be traced back to the line of the file.
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
    let entries = match Parser::new(&text).entry() {
        Entry::VCard(card) => card.entries,
        Entry::InvalidLine(bad) => {
            let line = passed
                .iter()
                .find(|p| p.to_string().contains(bad.trim()))
                .map_or(raw.line, |p| p.line);
            let shown: String = bad.chars().take(60).collect();
            return Err(damage(line, format!("not a vCard line: {shown}")));
        }
        other => {
            return Err(damage(
                raw.line,
                format!("the card does not read: {other:?}"),
            ));
        }
    };
    let entries: Vec<&VCardEntry> = entries
        .iter()
        .filter(|e| {
            !matches!(
                e.name,
                VCardProperty::Version | VCardProperty::Begin | VCardProperty::End
            )
        })
        .collect();
    let line_of = |i: usize| passed.get(i).map_or(raw.line, |p| p.line);

    let mut c = Contact::new("", now);
    let mut uid = None;
    let mut notes = Vec::new();
    for p in &raw.properties {
        if let Some(was) = &p.renamed_from {
            notes.push(format!(
                "line {}: the property name {was} is written {}{} (letters, digits and - only)",
                p.line,
                p.group.as_ref().map_or(String::new(), |g| format!("{g}.")),
                p.written_name
            ));
        }
    }
    // Modelled fields first, so the labels they take are known before the rest is kept.
    let mut kept_entries: Vec<(usize, &VCardEntry)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        match &e.name {
            VCardProperty::Prodid | VCardProperty::Rev => {}
            // RFC 2426's PROFILE:VCARD only repeats BEGIN:VCARD (4.0 dropped it, and Python's
            // vobject refuses a card that has both).
            VCardProperty::Other(name)
                if name.eq_ignore_ascii_case("PROFILE")
                    && text_of(e).is_some_and(|v| v.eq_ignore_ascii_case("vcard")) => {}
            VCardProperty::Fn if c.name.is_empty() => c.name = text_of(e).unwrap_or_default(),
            VCardProperty::N if c.name_parts.is_none() => {
                let part = |i: usize| match e.values.get(i) {
                    Some(VCardValue::Text(t)) if !t.is_empty() => vec![t.clone()],
                    Some(VCardValue::Component(list)) => {
                        list.iter().filter(|s| !s.is_empty()).cloned().collect()
                    }
                    _ => Vec::new(),
                };
                // Kept even when empty: an organisation's card says it has no person's name.
                c.name_parts = Some(NameParts {
                    family: part(0),
                    given: part(1),
                    additional: part(2),
                    prefixes: part(3),
                    suffixes: part(4),
                });
            }
            VCardProperty::Org if c.company.is_none() && c.org_units.is_empty() => {
                let units: Vec<String> = e
                    .values
                    .iter()
                    .map(|v| match v {
                        VCardValue::Text(t) => t.trim().to_string(),
                        VCardValue::Component(list) => list.join(","),
                        _ => String::new(),
                    })
                    .collect();
                let mut units = units.into_iter();
                c.company = units.next().filter(|u| !u.is_empty());
                c.org_units = units.collect();
                while c.org_units.last().is_some_and(String::is_empty) {
                    c.org_units.pop();
                }
            }
            VCardProperty::Title if c.title.is_none() => c.title = text_of(e),
            VCardProperty::Email | VCardProperty::Tel => {
                let Some(value) = text_of(e) else {
                    kept_entries.push((i, e));
                    continue;
                };
                let value = match e.name {
                    VCardProperty::Tel => value.strip_prefix("tel:").unwrap_or(&value).to_string(),
                    _ => value.strip_prefix("mailto:").unwrap_or(&value).to_string(),
                };
                let (types, pref) = types_of(e);
                let group_label = label_of(&e.group);
                if group_label.is_some()
                    && let Some(g) = &e.group
                {
                    taken_groups.insert(g.to_ascii_lowercase());
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
                    c.phones.push(item);
                } else {
                    c.emails.push(item);
                }
            }
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
            VCardProperty::Uid if uid.is_none() => {
                uid = text_of(e);
                kept_entries.push((i, e));
            }
            _ => kept_entries.push((i, e)),
        }
    }

    // Dates, read by kith in every form.
    let mut kept_dates: Vec<(usize, String)> = Vec::new();
    for p in raw
        .properties
        .iter()
        .filter(|p| DATE_PROPERTIES.contains(&p.name.as_str()))
    {
        let date = read_date(p);
        let occasion_label = match p.name.as_str() {
            "ANNIVERSARY" | "X-ANNIVERSARY" => Some("anniversary".to_string()),
            "X-ABDATE" => label_of(&p.group).map(|l| plain_label(&l)),
            _ => None,
        };
        match (p.name.as_str(), date.day(), occasion_label) {
            ("BDAY", day, _) if c.birthday.is_none() && c.birthday_as_written.is_none() => {
                c.birthday = day;
                if !matches!(date, CardDate::Day(_)) {
                    if let CardDate::Text(t) = &date {
                        let read_as_words = p
                            .param("VALUE")
                            .is_some_and(|v| v.eq_ignore_ascii_case("text"));
                        notes.push(if read_as_words {
                            format!("a birthday in words was kept as written: {t}")
                        } else {
                            format!(
                                "a birthday kith could not read as a date was kept as written: {t}"
                            )
                        });
                    }
                    c.birthday_as_written = Some(date);
                }
            }
            (_, Some(day), Some(label)) if matches!(date, CardDate::Day(_)) => {
                if p.name == "X-ABDATE"
                    && let Some(g) = &p.group
                {
                    taken_groups.insert(g.to_ascii_lowercase());
                }
                if !c
                    .occasions
                    .iter()
                    .any(|o| o.label == label && o.date == day)
                {
                    c.occasions.push(Occasion { label, date: day });
                }
            }
            _ => kept_dates.push((p.line, date_property(p, &date, true).to_string())),
        }
    }

    // The rest is kept, in the order of the card.
    let mut kept: Vec<(usize, String)> = kept_dates;
    for (i, e) in kept_entries {
        if e.name.as_str().eq_ignore_ascii_case("X-ABLABEL")
            && e.group
                .as_ref()
                .is_some_and(|g| taken_groups.contains(&g.to_ascii_lowercase()))
        {
            continue;
        }
        let mut e = e.clone();
        media_type_into_data(&mut e);
        pref_for_version(&mut e, true);
        kept.push((line_of(i), verbatim(&e)));
    }
    kept.sort_by_key(|(line, _)| *line);
    c.vcard_extra = kept.into_iter().map(|(_, l)| l).collect();
    let size: usize = c.vcard_extra.iter().map(String::len).sum();
    if size > limits::VCARD_EXTRA {
        return Err(too_large(raw.line, size));
    }

    if c.name.trim().is_empty() {
        let from_parts = c.name_parts.as_ref().map(NameParts::full_name);
        let (name, from) = if let Some(n) = from_parts.filter(|n| !n.trim().is_empty()) {
            (n, None)
        } else if let Some(org) = c.company.clone() {
            (org, Some("organisation"))
        } else if let Some(e) = c.emails.first() {
            (e.value.clone(), Some("email"))
        } else if let Some(p) = c.phones.first() {
            (p.value.clone(), Some("phone"))
        } else {
            // Nothing to know it by, yet it holds something (an address, a photo): it is
            // kept under a name that says where it came from.
            (
                format!("Unnamed card (line {})", raw.line),
                Some("line in the file"),
            )
        };
        if let Some(from) = from {
            notes.push(format!(
                "the card at line {} has no name: named after its {from}",
                raw.line
            ));
            // Its N stays empty: an organisation, an address or a number is no person's name.
            c.name_parts.get_or_insert_with(NameParts::default);
        }
        c.name = name;
    }
    if raw.unterminated {
        notes.push(format!(
            "the card at line {} is not closed by END:VCARD; read up to the end of the file",
            raw.line
        ));
    }
    Ok(Card {
        contact: c,
        uid,
        notes,
        line: raw.line,
    })
}

#[cfg(test)]
mod tests;
