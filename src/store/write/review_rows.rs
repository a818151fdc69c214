//! The rows a writer keeps for the review beside the ones it is derived from: a contact's facts
//! with its silence row, an open follow-up's index row and an occasion's, each with the day
//! counts (`review_index.rs`). A count moves only when a row really comes or goes, or when its
//! contact is archived or restored (an archived contact's open follow-ups keep their rows but
//! are not counted), so the counts stay those of the counted rows the file holds.

use super::{Writer, decode_at};
use crate::domain::{FollowUp, FollowUpId};
use crate::store::Result;
use crate::store::index::{FactsRow, open_key};
use crate::store::review_index::{
    CountKey, counted, occasion_count_key, open_count_key, silence_count_key, silence_key,
};
use redb::ReadableTable;

impl Writer<'_> {
    /// Sets (or, with `None`, removes) a contact's facts row, and its silence row with them.
    pub(super) fn set_facts(&mut self, contact: u64, row: Option<FactsRow>) -> Result<()> {
        self.stats.dirty(contact);
        let old = self.facts.get(contact)?.map(|v| v.value());
        let (old_key, new_key) = (
            old.and_then(|r| silence_key(contact, r)),
            row.and_then(|r| silence_key(contact, r)),
        );
        match row {
            Some(row) => self.facts.insert(contact, row)?,
            None => self.facts.remove(contact)?,
        };
        if counted(old) != counted(row) {
            self.count_open_of(contact, counted(row))?;
        }
        if old_key == new_key {
            return Ok(());
        }
        if let Some(key) = old_key
            && self.silence.remove(key)?.is_some()
        {
            self.count(silence_count_key(key), false)?;
        }
        if let Some(key) = new_key
            && self.silence.insert(key, ())?.is_none()
        {
            self.count(silence_count_key(key), true)?;
        }
        Ok(())
    }

    /// Adds an open follow-up's index row (for `contact`) or, with `None`, removes it; it is
    /// counted unless its contact is archived.
    pub(super) fn index_open(&mut self, key: (u8, i32, u64), contact: Option<u64>) -> Result<()> {
        let changed = match contact {
            Some(contact) => {
                (self.open_followups.insert(key, contact)?.is_none()).then_some(contact)
            }
            None => self.open_followups.remove(key)?.map(|v| v.value()),
        };
        if let Some(owner) = changed
            && counted(self.facts.get(owner)?.map(|v| v.value()))
        {
            self.count(open_count_key(key), contact.is_some())?;
        }
        Ok(())
    }

    /// Counts the open follow-up rows of `contact` in (`up`) or out, as it is restored or
    /// archived: those its follow-ups' records lead to, found by the contact's follow-up index.
    fn count_open_of(&mut self, contact: u64, up: bool) -> Result<()> {
        let ids: Vec<u64> = (self.followups_by_contact)
            .range((contact, 0)..=(contact, u64::MAX))?
            .map(|entry| entry.map(|(k, _)| k.value().1))
            .collect::<std::result::Result<_, _>>()?;
        for id in ids {
            let Some(bytes) = self.followups.get(id)?.map(|v| v.value().to_vec()) else {
                continue;
            };
            // A record that does not decode is left to `kith check`, which names it.
            let Ok(f) = decode_at::<FollowUp>("followups_v1", FollowUpId(id), &bytes) else {
                continue;
            };
            if let Some(key) = open_key(&f)
                && self
                    .open_followups
                    .get(key)?
                    .is_some_and(|v| v.value() == contact)
            {
                self.count(open_count_key(key), up)?;
            }
        }
        Ok(())
    }

    /// Adds or removes an occasion's index row; those of contacts `in_use` are counted.
    pub(super) fn index_occasion(
        &mut self,
        key: (u16, u64, u8),
        in_use: bool,
        insert: bool,
    ) -> Result<()> {
        let changed = if insert {
            self.occasions.insert(key, ())?.is_none()
        } else {
            self.occasions.remove(key)?.is_some()
        };
        if changed && in_use {
            self.count(occasion_count_key(key), insert)?;
        }
        Ok(())
    }

    /// One more, or one fewer, row on a day; a day left with none loses its entry.
    fn count(&mut self, key: CountKey, up: bool) -> Result<()> {
        let now = self.day_counts.get(key)?.map_or(0, |v| v.value());
        let next = if up {
            now.saturating_add(1)
        } else {
            now.saturating_sub(1)
        };
        if next == 0 {
            self.day_counts.remove(key)?;
        } else {
            self.day_counts.insert(key, next)?;
        }
        Ok(())
    }
}
