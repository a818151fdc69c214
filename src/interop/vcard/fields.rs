//! What a calcard property says in kith's terms: its text, its TYPEs and preference, the one
//! label shown for it, the structured name and organisation; and the name of a card that has
//! none.

use crate::domain::{Contact, NameParts};
use crate::interop::notes::{CardNote, NamedFrom};
use calcard::common::IanaString;
use calcard::vcard::{VCardEntry, VCardParameterName, VCardParameterValue, VCardValue};
use std::collections::HashSet;

pub(super) fn text_of(e: &VCardEntry) -> Option<String> {
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
pub(super) fn types_of(e: &VCardEntry) -> (Vec<String>, Option<u8>) {
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
pub(super) fn first_label(types: &[String]) -> Option<String> {
    types
        .iter()
        .find(|t| !matches!(t.as_str(), "internet" | "voice" | "x400"))
        .cloned()
}

/// Apple's labels for its standard kinds (`_$!<Anniversary>!$_`) in plain words.
pub(super) fn plain_label(label: &str) -> String {
    match label
        .strip_prefix("_$!<")
        .and_then(|l| l.strip_suffix(">!$_"))
    {
        Some(standard) => standard.to_lowercase(),
        None => label.to_string(),
    }
}

/// The structured name (N). Kept even when empty: an organisation's card says it has no
/// person's name.
pub(super) fn name_parts(e: &VCardEntry) -> NameParts {
    let part = |i: usize| match e.values.get(i) {
        Some(VCardValue::Text(t)) if !t.is_empty() => vec![t.clone()],
        Some(VCardValue::Component(list)) => {
            list.iter().filter(|s| !s.is_empty()).cloned().collect()
        }
        _ => Vec::new(),
    };
    NameParts {
        family: part(0),
        given: part(1),
        additional: part(2),
        prefixes: part(3),
        suffixes: part(4),
    }
}

/// The organisation (ORG): the company, then every unit.
pub(super) fn take_org(c: &mut Contact, e: &VCardEntry) {
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

/// A card without a name is named after its structured name, else its organisation, email or
/// phone, else where it is in the file; all but the first are said.
pub(super) fn name_the_unnamed(c: &mut Contact, line: usize, notes: &mut Vec<CardNote>) {
    let from_parts = c.name_parts.as_ref().map(NameParts::full_name);
    let (name, from) = if let Some(n) = from_parts.filter(|n| !n.trim().is_empty()) {
        (n, None)
    } else if let Some(org) = c.company.clone() {
        (org, Some(NamedFrom::Organisation))
    } else if let Some(e) = c.emails.first() {
        (e.value.clone(), Some(NamedFrom::Email))
    } else if let Some(p) = c.phones.first() {
        (p.value.clone(), Some(NamedFrom::Phone))
    } else {
        // Nothing to know it by, yet it holds something (an address, a photo): it is
        // kept under a name that says where it came from.
        (
            crate::say!("vcard-unnamed-card", line = line),
            Some(NamedFrom::LineInTheFile),
        )
    };
    if let Some(from) = from {
        notes.push(CardNote::NamedAfter {
            line,
            from,
            row: false,
        });
        // Its N stays empty: an organisation, an address or a number is no person's name.
        c.name_parts.get_or_insert_with(NameParts::default);
    }
    c.name = name;
}
