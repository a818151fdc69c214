//! The contact list (left): every contact's id in sort order, the rows in view, reading it and
//! keeping the selection in view.

pub mod archived;
pub mod render;
pub mod update;

use super::super::model::ContactRow;
use super::super::scroll::Scroll;
use crate::domain::{ContactId, ContactIds};
use std::collections::HashMap;

/// The contact list: every contact's id in sort order (4 bytes a contact: 4 MB at a million),
/// an optional filter over it, and a cache of drawn rows for what is on screen, which are the
/// only contacts read.
#[derive(Debug, Default)]
pub struct ContactList {
    pub entries: ContactIds,
    /// Contacts in the notebook (`entries` may hold only the first screen while the rest loads).
    pub total: usize,
    /// The newest list read asked for, and the newest one applied.
    pub generation: u64,
    pub applied: u64,
    /// The contacts a search found, best first, while it filters the list.
    pub filtered: Option<Vec<ContactId>>,
    pub scroll: Scroll,
    pub rows: HashMap<ContactId, ContactRow>,
    /// The contact selected when another process changed the notebook, and its name if shown:
    /// if the fresh list no longer has it, the screen says so.
    pub watched: Option<(ContactId, Option<String>)>,
    /// The list holds the archived contacts instead of those in use.
    pub archived: bool,
}

impl ContactList {
    pub fn len(&self) -> usize {
        self.filtered.as_ref().map_or(self.entries.len(), Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn id_at(&self, index: usize) -> Option<ContactId> {
        match &self.filtered {
            Some(f) => f.get(index).copied(),
            None => self.entries.get(index),
        }
    }

    pub fn selected_id(&self) -> Option<ContactId> {
        self.id_at(self.scroll.selected)
    }

    pub fn position_of(&self, id: ContactId) -> Option<usize> {
        (0..self.len()).find(|&i| self.id_at(i) == Some(id))
    }

    /// Ids of the rows visible in a pane `height` rows tall.
    pub fn visible_ids(&self, height: usize) -> Vec<ContactId> {
        (self.scroll.offset..(self.scroll.offset + height).min(self.len()))
            .filter_map(|i| self.id_at(i))
            .collect()
    }
}
