//! Taking contacts in from other tools: cards are matched to contacts already in the notebook
//! by UID, then email, then exact name, and merged; the rest are added. One file is one
//! transaction.

use super::vcard::{Card, is_uid_line, uid_of};
use crate::domain::{Contact, ContactId};
use crate::search::fold;
use crate::store::{Result, Store};
use chrono::NaiveDateTime;
use std::collections::HashMap;

/// What an import did, or would do.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub created: Vec<String>,
    /// Contacts the cards were merged into, each with why it matched.
    pub merged: Vec<String>,
    /// Cards that matched a contact and brought nothing new.
    pub unchanged: Vec<String>,
    /// Things read leniently, per card.
    pub notes: Vec<String>,
}

/// Where each contact can be found by UID, email and name.
struct Matcher {
    uid: HashMap<String, ContactId>,
    email: HashMap<String, ContactId>,
    name: HashMap<String, Option<ContactId>>,
}

impl Matcher {
    fn new(contacts: &[Contact]) -> Matcher {
        let mut m = Matcher {
            uid: HashMap::new(),
            email: HashMap::new(),
            name: HashMap::new(),
        };
        for c in contacts {
            m.add(c);
        }
        m
    }

    fn add(&mut self, c: &Contact) {
        if let Some(uid) = uid_of(c) {
            self.uid.insert(uid, c.id);
        }
        for e in &c.emails {
            self.email.entry(fold(&e.value)).or_insert(c.id);
        }
        // A name shared by two contacts matches neither.
        self.name
            .entry(fold(&c.name))
            .and_modify(|v| *v = None)
            .or_insert(Some(c.id));
    }

    /// The contact a card is, and why: the same UID, then email, then (unique) name.
    fn find(&self, card: &Card) -> Option<(ContactId, String)> {
        card.uid
            .as_ref()
            .and_then(|u| self.uid.get(u).map(|id| (*id, "the same UID".to_string())))
            .or_else(|| {
                card.contact.emails.iter().find_map(|e| {
                    self.email
                        .get(&fold(&e.value))
                        .map(|id| (*id, format!("the same email, {}", e.value)))
                })
            })
            .or_else(|| {
                self.name
                    .get(&fold(&card.contact.name))
                    .copied()
                    .flatten()
                    .map(|id| (id, "the same name".to_string()))
            })
    }
}

/// Fills what the contact lacks from the card; lists gain what they miss. Kith's own values win.
fn merge(into: &mut Contact, card: &Contact) {
    into.company = into.company.take().or_else(|| card.company.clone());
    into.title = into.title.take().or_else(|| card.title.clone());
    into.birthday = into.birthday.or(card.birthday);
    if into.profile.trim().is_empty() {
        into.profile = card.profile.clone();
    }
    for e in &card.emails {
        if !into.emails.iter().any(|x| fold(&x.value) == fold(&e.value)) {
            into.emails.push(e.clone());
        }
    }
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    for p in &card.phones {
        if !into
            .phones
            .iter()
            .any(|x| digits(&x.value) == digits(&p.value))
        {
            into.phones.push(p.clone());
        }
    }
    for t in &card.tags {
        if !into.tags.iter().any(|x| fold(x) == fold(t)) {
            into.tags.push(t.clone());
        }
    }
    for o in &card.occasions {
        if !into.occasions.iter().any(|x| x.label == o.label) {
            into.occasions.push(o.clone());
        }
    }
    for line in &card.vcard_extra {
        if !into.vcard_extra.contains(line) {
            into.vcard_extra.push(line.clone());
        }
    }
}

/// Adds or merges `cards` in one transaction (none when `dry_run`).
/// `progress` hears how far it has got, for a screen that shows it.
pub fn import_cards(
    store: &Store,
    cards: Vec<Card>,
    now: NaiveDateTime,
    dry_run: bool,
    progress: &dyn Fn(String),
) -> Result<ImportReport> {
    let mut ids = store.sorted_contact_ids(false, 0, usize::MAX)?;
    ids.extend(store.sorted_contact_ids(true, 0, usize::MAX)?);
    let existing = store.contacts(&ids)?.items;
    let mut matcher = Matcher::new(&existing);
    let mut by_id: HashMap<ContactId, Contact> = existing.into_iter().map(|c| (c.id, c)).collect();
    let mut report = ImportReport::default();
    let mut changed: Vec<ContactId> = Vec::new();
    let mut new: Vec<Contact> = Vec::new();
    let mut new_by_uid: HashMap<String, usize> = HashMap::new();
    let mut new_by_email: HashMap<String, usize> = HashMap::new();
    let mut new_lines: Vec<usize> = Vec::new();
    let total = cards.len();
    for (done, mut card) in cards.into_iter().enumerate() {
        if done % 5000 == 0 && total > 5000 {
            progress(format!("matching cards: {done} of {total}"));
        }
        let name = card.contact.name.clone();
        report
            .notes
            .extend(card.notes.iter().map(|n| format!("{name}: {n}")));
        let found = matcher
            .find(&card)
            .and_then(|(id, why)| by_id.get_mut(&id).map(|c| (c, why)));
        match found {
            Some((contact, why)) => {
                let before = contact.clone();
                merge(contact, &card.contact);
                if *contact != before {
                    report
                        .merged
                        .push(format!("{} (matched by {why})", contact.name));
                    changed.push(contact.id);
                } else {
                    report.unchanged.push(contact.name.clone());
                }
            }
            None => {
                // Cards of one file that match each other merge too, except two cards that
                // share a UID but not a name: two people, whatever their UID says.
                card.contact.normalize_and_validate()?;
                let mut twin = card.uid.as_ref().and_then(|u| new_by_uid.get(u)).copied();
                if let Some(at) = twin {
                    let (other, other_line) = (&new[at], new_lines[at]);
                    if fold(&other.name) == fold(&card.contact.name) {
                        report.notes.push(format!(
                            "{name}: the card at line {} has the UID of the card at line {other_line}, and the same name: merged",
                            card.line
                        ));
                    } else {
                        report.notes.push(format!(
                            "{name}: the card at line {} has the UID of the card at line {other_line} ({}), another name: kept apart, with a UID of its own",
                            card.line,
                            other.name
                        ));
                        card.contact.vcard_extra.retain(|l| !is_uid_line(l));
                        card.uid = None;
                        twin = None;
                    }
                }
                let twin = twin.or_else(|| {
                    card.contact
                        .emails
                        .iter()
                        .find_map(|e| new_by_email.get(&fold(&e.value)))
                        .copied()
                });
                match twin {
                    Some(at) => {
                        merge(&mut new[at], &card.contact);
                        report.merged.push(format!(
                            "{} (matched by the card at line {} of the same file)",
                            new[at].name, new_lines[at]
                        ));
                    }
                    None => {
                        if let Some(u) = &card.uid {
                            new_by_uid.insert(u.clone(), new.len());
                        }
                        for e in &card.contact.emails {
                            new_by_email.entry(fold(&e.value)).or_insert(new.len());
                        }
                        report.created.push(name);
                        new_lines.push(card.line);
                        new.push(card.contact);
                    }
                }
            }
        }
    }
    if dry_run {
        return Ok(report);
    }
    progress(format!(
        "saving {} new and {} merged contacts",
        new.len(),
        changed.len()
    ));
    store.write(|w| {
        for id in &changed {
            if let Some(contact) = by_id.get_mut(id) {
                w.update_contact(contact, now)?;
            }
        }
        for contact in &mut new {
            w.add_contact(contact)?;
            matcher.add(contact);
        }
        Ok(())
    })?;
    Ok(report)
}
