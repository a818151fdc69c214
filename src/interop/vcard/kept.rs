//! A card's properties as kith keeps them and writes them back: the one kept form (4.0, as
//! calcard writes it, unfolded), preference and media types in the form of the version being
//! written, the dates kith reads itself, and the UID among the kept properties.

use super::decode;
use super::property::Property;
use super::property::parse_property;
use crate::domain::{CardDate, Contact};
use calcard::common::IanaString;
use calcard::vcard::{
    VCardEntry, VCardParameter, VCardParameterName, VCardParameterValue, VCardProperty, VCardValue,
};

/// Date properties kith reads itself (calcard's reading of dates drops days): they are read
/// and written in every RFC 6350 and RFC 2426 form by [`CardDate`].
pub(crate) const DATE_PROPERTIES: &[&str] = &[
    "BDAY",
    "ANNIVERSARY",
    "X-ANNIVERSARY",
    "DEATHDATE",
    "X-ABDATE",
];

/// One property line as kept: unfolded, the way calcard writes it in 4.0.
pub(crate) fn verbatim(e: &VCardEntry) -> String {
    let mut out = String::new();
    let _ = e.write_to(&mut out, true);
    out.trim_end().replace("\r\n ", "").replace("\r\n\t", "")
}

/// A 3.0 `TYPE=PNG` beside binary data becomes the data's media type, so the 3.0 form is
/// written one way (`ENCODING=b;TYPE=PNG`) whichever way it was read.
pub(crate) fn media_type_into_data(e: &mut VCardEntry) {
    let Some(VCardValue::Binary(data)) = e.values.first_mut() else {
        return;
    };
    let token = e.params.iter().position(|p| {
        p.name == VCardParameterName::Type
            && match &p.value {
                VCardParameterValue::Text(t) => decode::media_type(t).is_some(),
                VCardParameterValue::Type(t) => decode::media_type(t.as_str()).is_some(),
                _ => false,
            }
    });
    if let Some(at) = token {
        let media = match &e.params[at].value {
            VCardParameterValue::Text(t) => decode::media_type(t),
            VCardParameterValue::Type(t) => decode::media_type(t.as_str()),
            _ => None,
        };
        if data.content_type.is_none()
            || data.content_type.as_deref() == media
            || data.content_type.as_deref() == Some("application/octet-stream")
        {
            data.content_type = media.map(str::to_string);
            e.params.remove(at);
        }
    }
}

/// Preference in the form of the version: 4.0's `PREF=1`, 3.0's `TYPE=PREF`, each in the place
/// of the other. 3.0 has no ranking, so a `PREF=2` stays as it is rather than be lost.
pub(crate) fn pref_for_version(e: &mut VCardEntry, v4: bool) {
    let is_pref_type = |p: &VCardParameter| {
        p.name == VCardParameterName::Type
            && match &p.value {
                VCardParameterValue::Text(t) => t.eq_ignore_ascii_case("pref"),
                VCardParameterValue::Type(t) => t.as_str().eq_ignore_ascii_case("pref"),
                _ => false,
            }
    };
    let is_first = |p: &VCardParameter| {
        p.name == VCardParameterName::Pref
            && matches!(
                p.value,
                VCardParameterValue::Integer(1) | VCardParameterValue::Null
            )
    };
    let mut seen = false;
    if v4 {
        let has_pref = e.params.iter().any(|p| p.name == VCardParameterName::Pref);
        e.params.retain_mut(|p| {
            if !is_pref_type(p) {
                return true;
            }
            if seen || has_pref {
                return false;
            }
            seen = true;
            *p = VCardParameter::pref(1u32);
            true
        });
    } else {
        e.params.retain_mut(|p| {
            if !is_first(p) {
                return true;
            }
            if seen {
                return false;
            }
            seen = true;
            *p = VCardParameter::typ("PREF".to_string());
            true
        });
    }
    // TYPEs together where the first was, a preference right after them: one form whichever
    // order a producer wrote them in.
    let Some(first) = e
        .params
        .iter()
        .position(|p| p.name == VCardParameterName::Type)
    else {
        return;
    };
    let (mut grouped, rest): (Vec<VCardParameter>, Vec<VCardParameter>) = e
        .params
        .drain(..)
        .partition(|p| p.name == VCardParameterName::Type || p.name == VCardParameterName::Pref);
    grouped.sort_by_key(|p| p.name == VCardParameterName::Pref);
    let first = first.min(rest.len());
    e.params = rest;
    e.params.splice(first..first, grouped);
}

/// `value` as one vCard property line, escaped, as kept among a contact's vCard properties.
pub(crate) fn kept_property(name: VCardProperty, value: &str) -> String {
    verbatim(&VCardEntry::new(name).with_value(value.to_string()))
}

pub(crate) fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            other => out.push(other),
        }
    }
    out
}

/// A date property read by kith, with its date as written.
pub(crate) fn read_date(p: &Property) -> CardDate {
    let as_text = p
        .param("VALUE")
        .is_some_and(|v| v.eq_ignore_ascii_case("text"));
    let omit = p
        .param("X-APPLE-OMIT-YEAR")
        .and_then(|y| y.trim().parse().ok());
    CardDate::parse_vcard(&p.text(), as_text, omit)
}

/// A date property in the form `v4` (4.0) or 3.0 writes it: VALUE=text for words, Apple's
/// placeholder year dropped (the date says it has none).
pub(crate) fn date_property(p: &Property, date: &CardDate, v4: bool) -> Property {
    let (value, as_text) = date.to_vcard(v4);
    let mut params: Vec<(String, Vec<String>)> = p
        .params
        .iter()
        .filter(|(n, _)| n != "VALUE" && n != "X-APPLE-OMIT-YEAR")
        .cloned()
        .collect();
    if as_text {
        params.insert(0, ("VALUE".into(), vec!["text".into()]));
    }
    Property {
        line: p.line,
        group: p.group.clone(),
        name: p.name.clone(),
        written_name: p.written_name.clone(),
        renamed_from: None,
        params,
        value: escape(&value),
    }
}

fn uid_in(line: &str) -> Option<String> {
    let head = line.get(..line.find(':')?)?;
    if !head.to_ascii_uppercase().contains("UID") {
        return None;
    }
    let unfolded = line.replace("\r\n ", "").replace("\r\n\t", "");
    let p = parse_property(0, &unfolded).ok()?;
    (p.name == "UID").then(|| p.text().trim().to_string())
}

/// Whether a kept property is the card's UID.
pub fn is_uid_line(line: &str) -> bool {
    uid_in(line).is_some()
}

/// The UID a contact carries among its kept vCard properties.
pub fn uid_of(contact: &Contact) -> Option<String> {
    contact.vcard_extra.iter().find_map(|l| uid_in(l))
}
