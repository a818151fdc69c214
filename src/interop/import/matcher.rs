//! Where each contact already in the notebook can be found, and how a card is merged into one.

use crate::domain::{Contact, ContactId};
use crate::interop::vcard::{Card, uid_of};
use crate::search::fold;
use std::collections::HashMap;

use super::MatchedBy;

/// Where each contact can be found by UID, email and name.
pub(super) struct Matcher {
    uid: HashMap<String, ContactId>,
    email: HashMap<String, ContactId>,
    name: HashMap<String, Option<ContactId>>,
}

impl Matcher {
    pub(super) fn new(contacts: &[Contact]) -> Matcher {
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
    pub(super) fn find(&self, card: &Card) -> Option<(ContactId, MatchedBy)> {
        card.uid
            .as_ref()
            .and_then(|u| self.uid.get(u).map(|id| (*id, MatchedBy::Uid)))
            .or_else(|| {
                card.contact.emails.iter().find_map(|e| {
                    self.email
                        .get(&fold(&e.value))
                        .map(|id| (*id, MatchedBy::Email(e.value.clone())))
                })
            })
            .or_else(|| {
                self.name
                    .get(&fold(&card.contact.name))
                    .copied()
                    .flatten()
                    .map(|id| (id, MatchedBy::Name))
            })
    }
}

/// Fills what the contact lacks from the card; lists gain what they miss. Kith's own values win.
pub(super) fn merge(into: &mut Contact, card: &Contact) {
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
    let digits = crate::store::SearchRow::digits;
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
