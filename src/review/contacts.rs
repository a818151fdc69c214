//! The contacts a review names, read once however many sections name them: those in use by id,
//! and the unreadable ones to name among the review's skipped records.

use crate::domain::{Contact, ContactId};
use crate::store::{Result, Skipped, Store};
use std::collections::{HashMap, HashSet};

#[derive(Default)]
pub(super) struct Contacts {
    in_use: HashMap<ContactId, Contact>,
    read: HashSet<ContactId>,
    archived: HashSet<ContactId>,
    damaged: Vec<Skipped>,
}

impl Contacts {
    /// Reads those of `ids` not read yet, in one read.
    pub(super) fn load(
        &mut self,
        store: &Store,
        ids: impl IntoIterator<Item = ContactId>,
    ) -> Result<()> {
        let mut ids: Vec<ContactId> = ids
            .into_iter()
            .filter(|id| !self.read.contains(id))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        if ids.is_empty() {
            return Ok(());
        }
        self.read.extend(&ids);
        let loaded = store.contacts(&ids)?;
        self.damaged.extend(loaded.damaged);
        for c in loaded.items {
            if c.is_archived() {
                self.archived.insert(c.id);
            } else {
                self.in_use.insert(c.id, c);
            }
        }
        Ok(())
    }

    /// A contact in use that was read; none for an archived or unreadable one.
    pub(super) fn get(&self, id: ContactId) -> Option<&Contact> {
        self.in_use.get(&id)
    }

    /// Whether the contact was read and is archived.
    pub(super) fn is_archived(&self, id: ContactId) -> bool {
        self.archived.contains(&id)
    }

    /// The unreadable contacts, by id, as one read of them all would name them.
    pub(super) fn into_damaged(mut self) -> Vec<Skipped> {
        self.damaged.sort_by_key(|s| s.key.parse::<u64>().ok());
        self.damaged
    }
}
