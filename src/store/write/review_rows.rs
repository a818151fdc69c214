//! The rows a writer keeps for the review beside the ones it is derived from: a contact's facts
//! with its silence row, an open follow-up's index row and an occasion's, each with the day
//! counts (`review_index.rs`). A count moves only when a row really comes or goes, so the
//! counts stay those of the rows the file holds.

use super::Writer;
use crate::store::Result;
use crate::store::index::FactsRow;
use crate::store::review_index::{
    CountKey, occasion_count_key, open_count_key, silence_count_key, silence_key,
};
use redb::ReadableTable;

impl Writer<'_> {
    /// Sets (or, with `None`, removes) a contact's facts row, and its silence row with them.
    pub(super) fn set_facts(&mut self, contact: u64, row: Option<FactsRow>) -> Result<()> {
        let old = self.facts.get(contact)?.map(|v| v.value());
        let (old_key, new_key) = (
            old.and_then(|r| silence_key(contact, r)),
            row.and_then(|r| silence_key(contact, r)),
        );
        match row {
            Some(row) => self.facts.insert(contact, row)?,
            None => self.facts.remove(contact)?,
        };
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

    /// Adds an open follow-up's index row (for `contact`) or, with `None`, removes it.
    pub(super) fn index_open(&mut self, key: (u8, i32, u64), contact: Option<u64>) -> Result<()> {
        let changed = match contact {
            Some(contact) => self.open_followups.insert(key, contact)?.is_none(),
            None => self.open_followups.remove(key)?.is_some(),
        };
        if changed {
            self.count(open_count_key(key), contact.is_some())?;
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
