//! What a calcard property says in kith's terms: its text, its TYPEs and preference, the one
//! label shown for it.

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
