//! vCard in and out, read and written by the calcard crate. Fields kith models become contact
//! fields; every other property (addresses, photos, UID, X- properties…) is kept verbatim in
//! `vcard_extra` and written back on export.

use crate::domain::{Contact, Labeled, Occasion, PartialDate, limits};
use calcard::common::IanaString;
use calcard::vcard::{
    VCard, VCardEntry, VCardParameterName, VCardParameterValue, VCardProperty, VCardValue,
    VCardVersion,
};
use calcard::{Entry, Parser};
use chrono::NaiveDateTime;

/// A kept property larger than this (a photo, mostly) is left out and reported.
pub const MAX_KEPT_PROPERTY: usize = 1 << 20;

/// A contact read from a vCard, with the card's UID for matching on a later import.
#[derive(Debug, Clone)]
pub struct Card {
    pub contact: Contact,
    pub uid: Option<String>,
    /// What was read leniently (a photo too large to keep, a birthday in free text).
    pub notes: Vec<String>,
}

/// The 1-based line of `text` where `needle` first appears.
fn line_of(text: &str, needle: &str) -> usize {
    text.find(needle.trim())
        .map_or(0, |at| text[..at].matches('\n').count() + 1)
}

/// Reads every card of a file. A line that is not vCard, or a card with no END, is an error
/// naming the line: a file is taken whole or not at all.
pub fn read_cards(text: &str, now: NaiveDateTime) -> Result<Vec<Card>, String> {
    let mut parser = Parser::new(text);
    let mut cards = Vec::new();
    loop {
        match parser.entry() {
            Entry::VCard(card) => cards.push(card_to_contact(&card, now)),
            Entry::Eof => break,
            Entry::InvalidLine(line) => {
                let shown: String = line.chars().take(60).collect();
                return Err(format!(
                    "line {}: not a vCard line: {shown}",
                    line_of(text, &line)
                ));
            }
            Entry::UnterminatedComponent(what) => {
                return Err(format!(
                    "a {what} is not closed by END before the end of the file"
                ));
            }
            Entry::UnexpectedComponentEnd { found, .. } => {
                return Err(format!("an END:{} closes nothing", found.as_str()));
            }
            Entry::ICalendar(_) => return Err("this is an iCalendar file, not a vCard".into()),
            Entry::TooManyComponents => {
                return Err("the file holds too many nested components".into());
            }
            _ => return Err("the file holds something other than vCards".into()),
        }
    }
    if cards.is_empty() {
        return Err("no vCard in the file".into());
    }
    Ok(cards)
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

/// The first TYPE that says something (work, home, cell…), lower case.
fn label_of(e: &VCardEntry) -> Option<String> {
    e.params
        .iter()
        .filter(|p| p.name == VCardParameterName::Type)
        .filter_map(|p| match &p.value {
            VCardParameterValue::Text(t) => Some(t.to_lowercase()),
            VCardParameterValue::Type(t) => Some(t.as_str().to_lowercase()),
            _ => None,
        })
        .find(|t| !matches!(t.as_str(), "pref" | "internet" | "voice" | "x400"))
}

fn date_of(e: &VCardEntry) -> Option<PartialDate> {
    e.values.iter().find_map(|v| match v {
        VCardValue::PartialDateTime(d) => {
            PartialDate::new(d.year.map(i32::from), d.month?, d.day?).ok()
        }
        VCardValue::Text(t) => PartialDate::parse(t).ok(),
        _ => None,
    })
}

/// `value` as one vCard property line, escaped, as kept among a contact's vCard properties.
pub(crate) fn kept_property(name: VCardProperty, value: &str) -> String {
    verbatim(&VCardEntry::new(name).with_value(value.to_string()))
}

fn verbatim(e: &VCardEntry) -> String {
    let mut out = String::new();
    let _ = e.write_to(&mut out, true);
    out.trim_end().to_string()
}

fn card_to_contact(card: &VCard, now: NaiveDateTime) -> Card {
    let mut c = Contact::new("", now);
    let mut uid = None;
    let mut notes = Vec::new();
    let mut structured_name = None;
    for e in &card.entries {
        match &e.name {
            VCardProperty::Begin
            | VCardProperty::End
            | VCardProperty::Version
            | VCardProperty::Prodid
            | VCardProperty::Rev => {}
            VCardProperty::Fn => c.name = text_of(e).unwrap_or_default(),
            VCardProperty::N => {
                // family; given; additional; prefix; suffix → "prefix given additional family suffix"
                let get = |i: usize| match e.values.get(i) {
                    Some(VCardValue::Text(t)) => t.trim().to_string(),
                    Some(VCardValue::Component(c)) => c.join(" ").trim().to_string(),
                    _ => String::new(),
                };
                let name = [get(3), get(1), get(2), get(0), get(4)]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                structured_name = Some(name);
            }
            VCardProperty::Org => {
                c.company = match e.values.first() {
                    Some(VCardValue::Text(t)) if !t.trim().is_empty() => Some(t.trim().to_string()),
                    Some(VCardValue::Component(parts)) => parts.first().cloned(),
                    _ => None,
                }
            }
            VCardProperty::Title => c.title = text_of(e),
            VCardProperty::Email => {
                if let Some(value) = text_of(e) {
                    c.emails.push(Labeled {
                        value,
                        label: label_of(e),
                    });
                }
            }
            VCardProperty::Tel => {
                if let Some(value) = text_of(e) {
                    let value = value.strip_prefix("tel:").unwrap_or(&value).to_string();
                    c.phones.push(Labeled {
                        value,
                        label: label_of(e),
                    });
                }
            }
            VCardProperty::Bday => match date_of(e) {
                Some(d) => c.birthday = Some(d),
                None => {
                    notes.push("a birthday kith could not read was kept as it was".into());
                    c.vcard_extra.push(verbatim(e));
                }
            },
            VCardProperty::Anniversary => match date_of(e) {
                Some(date) => c.occasions.push(Occasion {
                    label: "anniversary".into(),
                    date,
                }),
                None => c.vcard_extra.push(verbatim(e)),
            },
            VCardProperty::Categories => {
                for v in &e.values {
                    if let VCardValue::Text(t) = v {
                        // calcard has already split the list and undone escaped commas.
                        if !t.trim().is_empty() {
                            c.tags.push(t.trim().to_string());
                        }
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
            other => {
                if *other == VCardProperty::Uid {
                    uid = text_of(e);
                }
                let kept = verbatim(e);
                if kept.len() > MAX_KEPT_PROPERTY {
                    notes.push(format!(
                        "a {} of {} KiB was too large to keep",
                        other.as_str(),
                        kept.len() / 1024
                    ));
                } else if c.vcard_extra.iter().map(String::len).sum::<usize>() + kept.len()
                    <= limits::VCARD_EXTRA
                {
                    c.vcard_extra.push(kept);
                }
            }
        }
    }
    if c.name.trim().is_empty() {
        c.name = structured_name
            .filter(|n| !n.trim().is_empty())
            .or_else(|| c.company.clone())
            .or_else(|| c.emails.first().map(|e| e.value.clone()))
            .unwrap_or_default();
    }
    Card {
        contact: c,
        uid,
        notes,
    }
}

fn is_uid_line(line: &str) -> bool {
    line.split_once(':').is_some_and(|(head, _)| {
        head.rsplit('.')
            .next()
            .and_then(|h| h.split(';').next())
            .is_some_and(|n| n.eq_ignore_ascii_case("UID"))
    })
}

/// The UID a contact carries among its kept vCard properties.
pub fn uid_of(contact: &Contact) -> Option<String> {
    contact
        .vcard_extra
        .iter()
        .find(|l| is_uid_line(l))
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim().to_string())
}

/// Writes contacts as vCards (4.0, or 3.0 for older tools), one after another.
pub fn write_cards(contacts: &[Contact], v3: bool) -> String {
    let version = if v3 {
        VCardVersion::V3_0
    } else {
        VCardVersion::V4_0
    };
    let mut out = String::new();
    for c in contacts {
        write_card(&mut out, c, version);
    }
    out
}

/// One contact as one vCard.
pub fn write_card(out: &mut String, c: &Contact, version: VCardVersion) {
    let text =
        |name: VCardProperty, value: &str| VCardEntry::new(name).with_value(value.to_string());
    let typed = |name: VCardProperty, l: &Labeled| {
        let entry = VCardEntry::new(name).with_value(l.value.clone());
        match &l.label {
            Some(label) => {
                entry.with_param(calcard::vcard::VCardParameter::typ(label.to_uppercase()))
            }
            None => entry,
        }
    };
    let mut card = VCard {
        entries: Vec::new(),
    };
    card.entries.push(text(VCardProperty::Fn, &c.name));
    // kith keeps one name; it goes in the given-name slot.
    let n = [
        String::new(),
        c.name.clone(),
        String::new(),
        String::new(),
        String::new(),
    ];
    card.entries.push(
        VCardEntry::new(VCardProperty::N)
            .with_values(n.into_iter().map(VCardValue::Text).collect()),
    );
    // A card keeps its UID across exports, so other tools update it rather than add another.
    let uid = uid_of(c).unwrap_or_else(|| format!("urn:kith:contact:{}", c.id));
    card.entries.push(text(VCardProperty::Uid, &uid));
    if let Some(company) = &c.company {
        card.entries.push(text(VCardProperty::Org, company));
    }
    if let Some(title) = &c.title {
        card.entries.push(text(VCardProperty::Title, title));
    }
    card.entries
        .extend(c.emails.iter().map(|e| typed(VCardProperty::Email, e)));
    card.entries
        .extend(c.phones.iter().map(|p| typed(VCardProperty::Tel, p)));
    if let Some(b) = c.birthday {
        card.entries
            .push(text(VCardProperty::Bday, &vcard_date(b, version)));
    }
    for o in &c.occasions {
        if o.label == "anniversary" {
            card.entries.push(text(
                VCardProperty::Anniversary,
                &vcard_date(o.date, version),
            ));
        }
    }
    if !c.tags.is_empty() {
        card.entries.push(
            VCardEntry::new(VCardProperty::Categories)
                .with_values(c.tags.iter().cloned().map(VCardValue::Text).collect()),
        );
    }
    if !c.profile.trim().is_empty() {
        card.entries.push(text(VCardProperty::Note, &c.profile));
    }
    let mut written = String::new();
    let _ = card.write_to(&mut written, version);
    // The kept properties go back in as they were read, before END.
    let end = written.rfind("END:VCARD").unwrap_or(written.len());
    out.push_str(&written[..end]);
    for line in c.vcard_extra.iter().filter(|l| !is_uid_line(l)) {
        out.push_str(line);
        out.push_str("\r\n");
    }
    out.push_str(&written[end..]);
}

fn vcard_date(d: PartialDate, version: VCardVersion) -> String {
    match (d.year, version) {
        (Some(y), _) => format!("{y:04}{:02}{:02}", d.month, d.day),
        (None, VCardVersion::V4_0) => format!("--{:02}{:02}", d.month, d.day),
        (None, _) => format!("--{:02}-{:02}", d.month, d.day),
    }
}
