//! The contacts a review names, read once however many sections name them: most sections need
//! only a name and whether the contact is archived (read from the head of the record and the
//! facts), the occasions section the whole record (birthdays, occasions). Archived and
//! unreadable contacts are left out; the unreadable ones are named among the review's skipped
//! records.

use crate::domain::{Contact, ContactId};
use crate::store::{Result, Skipped, Store};
use std::collections::{HashMap, HashSet};

#[derive(Default)]
pub(super) struct Contacts {
    /// The names of contacts in use whose name was read.
    names: HashMap<ContactId, String>,
    /// Contacts in use read whole.
    whole: HashMap<ContactId, Contact>,
    /// Those whose name was read (in use, archived or unreadable).
    named: HashSet<ContactId>,
    /// Those read whole (in use, archived or unreadable).
    read: HashSet<ContactId>,
    archived: HashSet<ContactId>,
    damaged: Vec<Skipped>,
}

/// Those of `ids` not in `done`, each once, in order; `done` then holds them.
fn not_yet(
    done: &mut HashSet<ContactId>,
    ids: impl IntoIterator<Item = ContactId>,
) -> Vec<ContactId> {
    let mut ids: Vec<ContactId> = ids.into_iter().filter(|id| !done.contains(id)).collect();
    ids.sort_unstable();
    ids.dedup();
    done.extend(&ids);
    ids
}

impl Contacts {
    /// Reads the names of those of `ids` not read yet, in one read.
    pub(super) fn load(
        &mut self,
        store: &Store,
        ids: impl IntoIterator<Item = ContactId>,
    ) -> Result<()> {
        let whole = &self.read;
        let ids = not_yet(
            &mut self.named,
            ids.into_iter().filter(|id| !whole.contains(id)),
        );
        if ids.is_empty() {
            return Ok(());
        }
        let loaded = store.contact_names(&ids)?;
        self.note_damaged(loaded.damaged);
        for c in loaded.items {
            if c.archived {
                self.archived.insert(c.id);
            } else {
                self.names.insert(c.id, c.name);
            }
        }
        Ok(())
    }

    /// Reads those of `ids` not read whole yet, whole, in one read.
    pub(super) fn load_whole(
        &mut self,
        store: &Store,
        ids: impl IntoIterator<Item = ContactId>,
    ) -> Result<()> {
        let ids = not_yet(&mut self.read, ids);
        if ids.is_empty() {
            return Ok(());
        }
        self.named.extend(&ids);
        let loaded = store.contacts(&ids)?;
        self.note_damaged(loaded.damaged);
        for c in loaded.items {
            if c.is_archived() {
                self.archived.insert(c.id);
            } else {
                self.names.insert(c.id, c.name.clone());
                self.whole.insert(c.id, c);
            }
        }
        Ok(())
    }

    /// Names each unreadable record once, though its name and its whole may both be read.
    fn note_damaged(&mut self, damaged: Vec<Skipped>) {
        for d in damaged {
            if !self
                .damaged
                .iter()
                .any(|s| s.key == d.key && s.table == d.table)
            {
                self.damaged.push(d);
            }
        }
    }

    /// The name of a contact in use that was read; none for an archived or unreadable one.
    pub(super) fn name(&self, id: ContactId) -> Option<&str> {
        self.names.get(&id).map(String::as_str)
    }

    /// A contact in use that was read whole; none for an archived or unreadable one.
    pub(super) fn get(&self, id: ContactId) -> Option<&Contact> {
        self.whole.get(&id)
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
