//! Restoring a backup in bounded batches, all or nothing.
//!
//! Every commit is durable and other processes may read the notebook meanwhile, so a restore of
//! a million records cannot be one transaction (its dirty pages would all be in memory) and
//! cannot be a private file swapped in (another process may hold the notebook open). Instead the
//! caller checks the whole backup first, writing nothing; only then does [`Store::begin_restore`]
//! take an empty notebook, raise its id counter to the `floor` above every id of the backup, and
//! mark the notebook in `meta` (`restore_below`) in the same commit. Batches follow. Ids below
//! the floor are the restore's own (the notebook was empty and other writers get ids from the
//! counter), so [`Restore::undo`] — after a failure, or at the next restore when a crash left
//! the mark — deletes every record below the floor and rebuilds the indexes from what is left.

use super::contain::contain;
use super::tables::*;
use super::{Result, Store, Writer};
use crate::domain::{
    Contact, ContactId, Draft, FollowUp, Interaction, Invalid, Invoice, Resolution,
};
use redb::{ReadableTable, WriteTransaction};
use std::collections::HashSet;

/// The `meta` key that marks a restore under way: ids below its value are the restore's.
pub(super) const RESTORE_KEY: &str = "restore_below";

/// Records per commit: enough to keep commits few, few enough to keep memory flat.
const BATCH: usize = 20_000;

/// One record of a backup, ready to store under its own id.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)] // one record at a time; a box per contact buys nothing
pub enum Restored {
    Contact(Contact),
    Interaction(Interaction),
    FollowUp(FollowUp),
    Draft(Draft),
    Invoice(Invoice),
    Resolution(Resolution),
    Thanks(crate::domain::Thanks),
    Celebration(crate::domain::Celebration),
}

/// A restore under way: records added are committed a batch at a time.
pub struct Restore<'s> {
    store: &'s Store,
    floor: u64,
    batch: Vec<Restored>,
    batch_size: usize,
    written: u64,
}

impl Store {
    /// Starts restoring into this notebook, which must be empty; `floor` is above every id the
    /// backup holds and its own next id. A restore that a crash interrupted is undone first.
    pub fn begin_restore(&self, floor: u64) -> Result<Restore<'_>> {
        if let Some(old) = self.interrupted_restore()? {
            Restore {
                store: self,
                floor: old,
                batch: Vec::new(),
                batch_size: BATCH,
                written: 0,
            }
            .undo()?;
        }
        self.write(|w| {
            if !w.is_empty()? {
                return Err(Invalid(crate::say!("restore-not-empty")).into());
            }
            w.raise_next_id(floor);
            w.mark_restore(Some(floor))
        })?;
        Ok(Restore {
            store: self,
            floor,
            batch: Vec::new(),
            batch_size: BATCH,
            written: 0,
        })
    }

    /// The floor of a restore that began and neither finished nor was undone.
    pub fn interrupted_restore(&self) -> Result<Option<u64>> {
        contain(|| {
            Ok(self
                .db
                .begin_read()?
                .open_table(META)?
                .get(RESTORE_KEY)?
                .map(|v| v.value()))
        })
    }
}

impl Restore<'_> {
    /// Records committed so far.
    pub fn written(&self) -> u64 {
        self.written
    }

    /// Records per commit (at least one).
    pub fn set_batch(&mut self, records: usize) {
        self.batch_size = records.max(1);
    }

    /// Adds a record; a full batch is committed.
    pub fn add(&mut self, record: Restored) -> Result<()> {
        self.batch.push(record);
        if self.batch.len() >= self.batch_size {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        let batch = std::mem::take(&mut self.batch);
        let count = batch.len() as u64;
        self.store.write(|w| {
            for record in batch {
                put(w, record)?;
            }
            Ok(())
        })?;
        self.written += count;
        Ok(())
    }

    /// Adds every record `records` yields, a batch per commit, each written as it arrives
    /// rather than gathered first (a batch of contacts gathered was 18 MB); `committed` hears
    /// the records committed so far after each commit.
    pub fn add_all(
        &mut self,
        records: &mut dyn Iterator<Item = Restored>,
        committed: &mut dyn FnMut(u64),
    ) -> Result<()> {
        self.flush()?;
        let mut records = records.peekable();
        while records.peek().is_some() {
            let size = self.batch_size;
            let mut count = 0u64;
            self.store.write(|w| {
                for record in records.by_ref().take(size) {
                    put(w, record)?;
                    count += 1;
                }
                Ok(())
            })?;
            self.written += count;
            committed(self.written);
        }
        Ok(())
    }

    /// Commits the last batch and clears the mark: the restore is whole.
    pub fn finish(&mut self) -> Result<()> {
        self.flush()?;
        self.store.write(|w| w.mark_restore(None))
    }

    /// Takes the restore back out: every record below the floor goes, except a contact that a
    /// record another process wrote meanwhile belongs to; then the indexes are rebuilt from
    /// what is left and the mark is cleared.
    pub fn undo(mut self) -> Result<()> {
        self.batch.clear();
        let (store, floor) = (self.store, self.floor);
        contain(|| {
            let keep = kept_contacts(store, floor)?;
            // The indexes go first, so no reader follows an index row to a deleted record.
            let txn = store.db.begin_write(store.patience.get())?;
            clear_indexes(&txn)?;
            txn.commit()?;
            while delete_some(store, floor, &keep)? {}
            Ok(())
        })?;
        contain(|| store.rebuild_indexes().map(|_| ()))?;
        store.write(|w| w.mark_restore(None))
    }
}

/// Stores one record of the backup under its own id.
fn put(w: &mut Writer<'_>, record: Restored) -> Result<()> {
    match record {
        Restored::Contact(mut c) => w.restore_contact(&mut c),
        Restored::Interaction(mut i) => w.restore_interaction(&mut i),
        Restored::FollowUp(mut f) => w.restore_followup(&mut f),
        Restored::Invoice(mut i) => w.restore_invoice(&mut i),
        Restored::Resolution(mut r) => w.restore_resolution(&mut r),
        Restored::Thanks(mut t) => w.restore_thanks(&mut t),
        Restored::Celebration(c) => w.restore_celebration(&c),
        Restored::Draft(d) => {
            if w.contact(d.contact).is_err() {
                return Err(Invalid(crate::say!(
                    "backup-draft-without-contact",
                    contact = d.contact.to_string()
                ))
                .into());
            }
            w.save_draft(&d)
        }
    }
}

/// Contacts below the floor that records at or above it (written by another process during
/// the restore) belong to: they stay, so those records keep their contact.
fn kept_contacts(store: &Store, floor: u64) -> Result<HashSet<u64>> {
    let txn = store.db.begin_read()?;
    let mut keep = HashSet::new();
    for entry in txn.open_table(INTERACTION_KEYS)?.range(floor..)? {
        keep.insert(entry?.1.value().0);
    }
    for entry in txn.open_table(FOLLOWUPS_BY_CONTACT)?.iter()? {
        let (contact, id) = entry?.0.value();
        if id >= floor {
            keep.insert(contact);
        }
    }
    if let Ok(invoices) = txn.open_table(INVOICES_BY_CONTACT) {
        for entry in invoices.iter()? {
            let (contact, id) = entry?.0.value();
            if id >= floor {
                keep.insert(contact);
            }
        }
    }
    for entry in txn.open_table(CONTACTS)?.range(floor..)? {
        let (_, bytes) = entry?;
        if let Ok(c) = super::codec::decode::<Contact>(bytes.value())
            && let Some(ContactId(referrer)) = c.referred_by
        {
            keep.insert(referrer);
        }
    }
    keep.retain(|id| *id < floor);
    Ok(keep)
}

fn clear_indexes(txn: &WriteTransaction) -> Result<()> {
    fn clear<K: redb::Key + 'static, V: redb::Value + 'static>(
        txn: &WriteTransaction,
        def: redb::TableDefinition<K, V>,
    ) -> Result<()> {
        txn.delete_table(def)?;
        txn.open_table(def)?;
        Ok(())
    }
    clear(txn, NAMES)?;
    clear(txn, ARCHIVED_NAMES)?;
    clear(txn, INTERACTION_KEYS)?;
    clear(txn, CONTACT_FACTS)?;
    clear(txn, OCCASIONS)?;
    clear(txn, FOLLOWUPS_BY_CONTACT)?;
    clear(txn, OPEN_FOLLOWUPS)?;
    clear(txn, NOTE_POSTINGS)?;
    clear(txn, CONTACT_SEARCH)?;
    clear(txn, CONTACT_TRIGRAMS)?;
    clear(txn, INVOICES_BY_CONTACT)?;
    clear(txn, OPEN_INVOICES)?;
    clear(txn, OWED_DAYS)?;
    clear(txn, OWED_BY_CONTACT)?;
    clear(txn, INVOICE_REFS)?;
    clear(txn, PROMISE_DAYS)?;
    clear(txn, PROMISE_CONTACTS)?;
    clear(txn, LATE_PROMISES)?;
    clear(txn, OPEN_COMPLAINTS)?;
    clear(txn, COMPLAINT_DAYS)?;
    clear(txn, PURCHASES)?;
    clear(txn, REFERRALS)?;
    clear(txn, REFERRAL_VALUES)?;
    clear(txn, FIRST_BUYS)?;
    clear(txn, THANKED)?;
    clear(txn, THANKS_BY_CONTACT)?;
    clear(txn, CELEBRATED_TAGS)?;
    clear(txn, GREETINGS)?;
    clear(txn, GREETING_COUNTS)?;
    super::stats_index::clear_all(txn)?;
    Ok(())
}

/// Deletes up to a batch of the restore's records in one commit; false when none were left.
fn delete_some(store: &Store, floor: u64, keep: &HashSet<u64>) -> Result<bool> {
    let txn = store.db.begin_write(store.patience.get())?;
    let mut left = BATCH;
    {
        let mut interactions = txn.open_table(INTERACTIONS)?;
        let doomed: Vec<(u64, i64, u64)> = interactions
            .iter()?
            .filter_map(|e| e.ok().map(|(k, _)| k.value()))
            .filter(|(contact, _, id)| *id < floor || (*contact < floor && !keep.contains(contact)))
            .take(left)
            .collect();
        left -= doomed.len();
        for key in doomed {
            interactions.remove(key)?;
        }
        // Follow-ups and invoices by their own id; drafts and contacts by the contact's, kept
        // ones stay (an invoice of another process's is at or above the floor).
        for (def, by_contact) in [
            (FOLLOWUPS, false),
            (INVOICES, false),
            (RESOLUTIONS, false),
            (THANKS, false),
            (CELEBRATIONS, false),
            (DRAFTS, true),
            (CONTACTS, true),
        ] {
            let mut table = txn.open_table(def)?;
            let doomed: Vec<u64> = table
                .range(..floor)?
                .filter_map(|e| e.ok().map(|(k, _)| k.value()))
                .filter(|id| !by_contact || !keep.contains(id))
                .take(left)
                .collect();
            left -= doomed.len();
            for id in doomed {
                table.remove(id)?;
            }
        }
    }
    txn.commit()?;
    Ok(left < BATCH)
}
