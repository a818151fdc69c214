//! Contacts as vCards, 4.0 or 3.0, each property in the form of the version being written:
//! 3.0 gets `TYPE=PREF`, `ENCODING=b`, `X-ANNIVERSARY` and extended dates; 4.0 gets `PREF=`,
//! `data:` URIs, `ANNIVERSARY` and basic dates. Kept properties are read again and written in
//! that version too.

use super::property::parse_property;
use super::{DATE_PROPERTIES, date_property, read_date, uid_of};
use crate::domain::{CardDate, Contact, Labeled, NameParts};
use calcard::vcard::{
    VCard, VCardEntry, VCardParameter, VCardParameterName, VCardProperty, VCardValue,
    VCardValueType, VCardVersion,
};
use calcard::{Entry, Parser};
use std::collections::HashSet;

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

fn text(name: VCardProperty, value: &str) -> VCardEntry {
    VCardEntry::new(name).with_value(value.to_string())
}

fn name_values(parts: &NameParts) -> Vec<VCardValue> {
    [
        &parts.family,
        &parts.given,
        &parts.additional,
        &parts.prefixes,
        &parts.suffixes,
    ]
    .into_iter()
    .map(|p| match p.as_slice() {
        [] => VCardValue::Text(String::new()),
        [one] => VCardValue::Text(one.clone()),
        many => VCardValue::Component(many.to_vec()),
    })
    .collect()
}

/// An email or phone with its group, every TYPE and its preference, and the group's label.
fn labeled(name: VCardProperty, l: &Labeled, v4: bool) -> Vec<VCardEntry> {
    let mut entry = VCardEntry::new(name)
        .with_value(l.value.clone())
        .with_group(l.group.clone());
    let types: Vec<String> = if l.types.is_empty() {
        // A label typed in kith; "mobile" is vCard's CELL.
        l.label
            .iter()
            .map(|t| match t.to_lowercase().as_str() {
                "mobile" | "mòbil" | "móvil" => "CELL".to_string(),
                _ => t.to_uppercase(),
            })
            .collect()
    } else {
        l.types.iter().map(|t| t.to_uppercase()).collect()
    };
    for t in types {
        entry = entry.with_param(VCardParameter::typ(t));
    }
    // 3.0 has only TYPE=PREF; a lower preference stays a PREF= rather than be lost.
    if let Some(n) = l.pref {
        entry = entry.with_param(if v4 || n != 1 {
            VCardParameter::pref(u32::from(n))
        } else {
            VCardParameter::typ("PREF".to_string())
        });
    }
    let mut out = vec![entry];
    if let (Some(group), Some(label)) = (&l.group, &l.group_label) {
        out.push(
            text(VCardProperty::Other("X-ABLabel".into()), label).with_group(Some(group.clone())),
        );
    }
    out
}

fn date_entry(name: VCardProperty, date: &CardDate, v4: bool) -> VCardEntry {
    let (value, as_text) = date.to_vcard(v4);
    let entry = text(name, &value);
    if as_text {
        entry.with_param(VCardParameter::new(
            VCardParameterName::Value,
            VCardValueType::Text,
        ))
    } else {
        entry
    }
}

/// The groups a contact's properties already use, so a new one does not clash.
fn used_groups(c: &Contact) -> HashSet<String> {
    let mut used: HashSet<String> = c
        .emails
        .iter()
        .chain(&c.phones)
        .filter_map(|l| l.group.as_ref().map(|g| g.to_ascii_lowercase()))
        .collect();
    for line in &c.vcard_extra {
        let head = line.split([':', ';']).next().unwrap_or("");
        if let Some((g, _)) = head.rsplit_once('.') {
            used.insert(g.to_ascii_lowercase());
        }
    }
    used
}

/// One contact as one vCard.
pub fn write_card(out: &mut String, c: &Contact, version: VCardVersion) {
    let v4 = matches!(version, VCardVersion::V4_0);
    let mut card = VCard {
        entries: Vec::new(),
    };
    card.entries.push(text(VCardProperty::Fn, &c.name));
    let parts = c
        .name_parts
        .clone()
        .unwrap_or_else(|| NameParts::guess(&c.name));
    card.entries
        .push(VCardEntry::new(VCardProperty::N).with_values(name_values(&parts)));
    // A card keeps its UID across exports, so other tools update it rather than add another.
    let uid = uid_of(c).unwrap_or_else(|| format!("urn:kith:contact:{}", c.id));
    card.entries.push(text(VCardProperty::Uid, &uid));
    if c.company.is_some() || !c.org_units.is_empty() {
        let mut units = vec![VCardValue::Text(c.company.clone().unwrap_or_default())];
        units.extend(c.org_units.iter().cloned().map(VCardValue::Text));
        card.entries
            .push(VCardEntry::new(VCardProperty::Org).with_values(units));
    }
    if let Some(title) = &c.title {
        card.entries.push(text(VCardProperty::Title, title));
    }
    for e in &c.emails {
        card.entries.extend(labeled(VCardProperty::Email, e, v4));
    }
    for p in &c.phones {
        card.entries.extend(labeled(VCardProperty::Tel, p, v4));
    }
    // The birthday as it was written while it still says the day kith knows.
    let birthday = c
        .birthday_as_written
        .clone()
        .filter(|w| w.day() == c.birthday)
        .or(c.birthday.map(CardDate::Day));
    if let Some(b) = birthday {
        card.entries.push(date_entry(VCardProperty::Bday, &b, v4));
    }
    let mut used = used_groups(c);
    let mut next_group = 1;
    for o in &c.occasions {
        let date = CardDate::Day(o.date);
        if o.label == "anniversary" {
            let name = if v4 {
                VCardProperty::Anniversary
            } else {
                VCardProperty::Other("X-ANNIVERSARY".into())
            };
            card.entries.push(date_entry(name, &date, v4));
        } else {
            // Other occasions as Apple writes its custom dates: a date and a label, grouped.
            while used.contains(&format!("item{next_group}")) {
                next_group += 1;
            }
            let group = format!("item{next_group}");
            used.insert(group.clone());
            card.entries.push(
                date_entry(VCardProperty::Other("X-ABDATE".into()), &date, v4)
                    .with_group(Some(group.clone())),
            );
            card.entries.push(
                text(VCardProperty::Other("X-ABLabel".into()), &o.label).with_group(Some(group)),
            );
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
    // The kept properties go back in before END, in this version's form.
    let end = written.rfind("END:VCARD").unwrap_or(written.len());
    let mut text = written[..end].to_string();
    // The first UID is written above; a card's further UIDs are kept like any property.
    let mut uid_written = false;
    for line in &c.vcard_extra {
        if !uid_written && super::is_uid_line(line) {
            uid_written = true;
            continue;
        }
        write_kept(&mut text, line, v4);
    }
    text.push_str(&written[end..]);
    if v4 {
        out.push_str(&text);
    } else {
        without_charset(out, &text);
    }
}

/// 3.0 text is UTF-8 by definition (RFC 2426 §4); calcard marks non-ASCII values with vCard
/// 2.1's CHARSET=UTF-8, which 3.0 does not have. It is taken out and the lines folded again.
fn without_charset(out: &mut String, text: &str) {
    let unfolded = text.replace("\r\n ", "");
    for line in unfolded.split_terminator("\r\n") {
        let head_end = line.find(':').unwrap_or(line.len());
        let (head, value) = line.split_at(head_end);
        if head.contains(";CHARSET=UTF-8") {
            fold_into(
                out,
                &format!("{}{value}", head.replace(";CHARSET=UTF-8", "")),
            );
        } else {
            fold_into(out, line);
        }
    }
}

/// A kept property, read again and written in the version at hand.
fn write_kept(out: &mut String, line: &str, v4: bool) {
    let unfolded = line.replace("\r\n ", "").replace("\r\n\t", "");
    let Ok(p) = parse_property(0, &unfolded) else {
        // Kept as given; never dropped.
        fold_into(out, &unfolded);
        return;
    };
    if DATE_PROPERTIES.contains(&p.name.as_str()) {
        let date = read_date(&p);
        fold_into(out, &date_property(&p, &date, v4).to_string());
        return;
    }
    let card = format!("BEGIN:VCARD\r\nVERSION:4.0\r\n{p}\r\nEND:VCARD\r\n");
    match Parser::new(&card).entry() {
        Entry::VCard(card) => {
            for mut e in card
                .entries
                .into_iter()
                .filter(|e| !matches!(e.name, VCardProperty::Version))
            {
                if !v4 {
                    super::media_type_into_data(&mut e);
                }
                super::pref_for_version(&mut e, v4);
                let _ = e.write_to(out, v4);
            }
        }
        _ => fold_into(out, &unfolded),
    }
}

/// Writes `line` folded at 75 octets (RFC 6350 §3.2), never inside a character.
fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for ch in line.chars() {
        let len = ch.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += len;
    }
    out.push_str("\r\n");
}
