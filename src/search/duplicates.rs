//! Contacts that are likely the same person, found the way an import matches cards: the same
//! email (case and accents aside), the same phone number (its last nine digits, so `+34 600 111
//! 222` and `600111222` agree) or the same name once folded. Each pair says why.

use super::fold;
use crate::domain::{Contact, ContactId};
use std::collections::{BTreeMap, HashMap};

/// A key shared by more contacts than this (an office switchboard, "info@") is named once
/// rather than paired off.
pub const MAX_GROUP: usize = 20;

/// Two contacts and every reason they look like one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LikelyPair {
    pub first: ContactId,
    pub second: ContactId,
    pub reasons: Vec<String>,
}

/// Likely pairs, in id order, and the keys too many contacts share to pair off.
#[derive(Debug, Default)]
pub struct Duplicates {
    pub pairs: Vec<LikelyPair>,
    pub crowded: Vec<String>,
}

fn phone_key(phone: &str) -> Option<String> {
    let digits = crate::store::SearchRow::digits(phone);
    (digits.len() >= 7).then(|| digits[digits.len().saturating_sub(9)..].to_string())
}

pub fn find(contacts: &[Contact]) -> Duplicates {
    // In id order, so a reason quotes the value as the older contact has it.
    let mut ordered: Vec<&Contact> = contacts.iter().collect();
    ordered.sort_by_key(|c| c.id);
    let mut groups: HashMap<(u8, String), (String, Vec<ContactId>)> = HashMap::new();
    for c in ordered {
        let mut add = |kind: u8, key: String, shown: String| {
            let entry = groups.entry((kind, key)).or_insert((shown, Vec::new()));
            if entry.1.last() != Some(&c.id) {
                entry.1.push(c.id);
            }
        };
        for e in &c.emails {
            add(
                0,
                fold(e.value.trim()),
                crate::say!("duplicates-same-email", email = e.value.trim()),
            );
        }
        for p in &c.phones {
            if let Some(key) = phone_key(&p.value) {
                add(
                    1,
                    key,
                    crate::say!("duplicates-same-phone", phone = p.value.trim()),
                );
            }
        }
        let name = fold(&c.name)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if !name.is_empty() {
            add(
                2,
                name,
                crate::say!("duplicates-same-name", name = c.name.trim()),
            );
        }
    }
    let mut pairs: BTreeMap<(ContactId, ContactId), Vec<String>> = BTreeMap::new();
    let mut crowded = Vec::new();
    let mut keys: Vec<_> = groups.into_iter().collect();
    keys.sort();
    for (_, (shown, mut ids)) in keys {
        ids.sort_unstable();
        ids.dedup();
        if ids.len() > MAX_GROUP {
            crowded.push(crate::say!(
                "duplicates-key-crowded",
                count = ids.len(),
                shown = shown
            ));
            continue;
        }
        for (i, a) in ids.iter().enumerate() {
            for b in &ids[i + 1..] {
                let reasons = pairs.entry((*a, *b)).or_default();
                if !reasons.contains(&shown) {
                    reasons.push(shown.clone());
                }
            }
        }
    }
    Duplicates {
        pairs: pairs
            .into_iter()
            .map(|((first, second), reasons)| LikelyPair {
                first,
                second,
                reasons,
            })
            .collect(),
        crowded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Labeled;

    fn contact(id: u64, name: &str, emails: &[&str], phones: &[&str]) -> Contact {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        let mut c = Contact::new(name, at);
        c.id = ContactId(id);
        c.emails = emails.iter().map(|e| Labeled::parse(e)).collect();
        c.phones = phones.iter().map(|p| Labeled::parse(p)).collect();
        c
    }

    #[test]
    fn pairs_come_with_their_reasons() {
        let found = find(&[
            contact(1, "Núria Puig", &["nuria@forn.cat"], &["+34 600 111 222"]),
            contact(2, "NURIA  PUIG", &["Nuria@Forn.cat"], &[]),
            contact(3, "N. Puig", &[], &["600111222"]),
            contact(
                4,
                "Jordi Ferrer",
                &["jordi@celler.cat"],
                &["+34 977 111 222"],
            ),
        ]);
        assert!(found.crowded.is_empty());
        let pairs: Vec<(u64, u64, Vec<String>)> = found
            .pairs
            .into_iter()
            .map(|p| (p.first.0, p.second.0, p.reasons))
            .collect();
        assert_eq!(
            pairs,
            [
                (
                    1,
                    2,
                    vec![
                        "the same email, nuria@forn.cat".to_string(),
                        "the same name, Núria Puig".to_string()
                    ]
                ),
                (1, 3, vec!["the same phone, +34 600 111 222".to_string()]),
            ]
        );
    }

    #[test]
    fn a_key_too_many_share_is_named_once() {
        let many: Vec<Contact> = (1..=MAX_GROUP as u64 + 1)
            .map(|i| contact(i, &format!("Person {i}"), &[], &["+34 900 000 000"]))
            .collect();
        let found = find(&many);
        assert!(found.pairs.is_empty());
        assert_eq!(
            found.crowded,
            ["21 contacts have the same phone, +34 900 000 000"]
        );
    }
}
