//! The writer's side of a sync: every change to a contact is queued in `sync_dirty_v1` by the
//! transaction that makes it (once the notebook has synced), and the sync engine records, each
//! in the transaction that applies it, what a record is on the server, takes a record off the
//! queue once sent, and keeps a conflict. Nothing here holds a transaction across the network:
//! the engine commits each outcome as it comes.

use super::Writer;
use crate::store::Result;
use crate::store::sync::{SYNC_ON_KEY, SyncCollection, SyncItem, SyncKind, item_of};
use crate::store::tables::*;
use redb::{ReadableTable, Table, WriteTransaction};

/// The sync tables, open for the transaction.
pub(in crate::store) struct SyncTables<'t> {
    /// Whether changes are queued: set once the notebook first synced.
    on: bool,
    dirty: Table<'t, (u8, u64), u64>,
    items: Table<'t, (u8, u64), (&'static str, &'static str, &'static str, u64)>,
    hrefs: Table<'t, &'static str, (u8, u64)>,
    uids: Table<'t, &'static str, (u8, u64)>,
    conflicts: Table<'t, (u8, u64), (&'static str, &'static str)>,
    collections: Table<'t, &'static str, (&'static str, &'static str)>,
}

impl<'t> SyncTables<'t> {
    pub(super) fn open(txn: &'t WriteTransaction, on: bool) -> Result<Self> {
        Ok(SyncTables {
            on,
            dirty: txn.open_table(SYNC_DIRTY)?,
            items: txn.open_table(SYNC_ITEMS)?,
            hrefs: txn.open_table(SYNC_HREFS)?,
            uids: txn.open_table(SYNC_UIDS)?,
            conflicts: txn.open_table(SYNC_CONFLICTS)?,
            collections: txn.open_table(SYNC_COLLECTIONS)?,
        })
    }
}

impl Writer<'_> {
    /// The stamp this transaction's queued changes get: the commit it makes.
    pub fn sync_stamp(&self) -> u64 {
        self.commits.wrapping_add(1)
    }

    /// Queues a changed record to be sent, when the notebook syncs.
    pub(super) fn queue_for_sync(&mut self, kind: SyncKind, id: u64) -> Result<()> {
        if self.sync.on {
            let stamp = self.sync_stamp();
            self.sync.dirty.insert((kind as u8, id), stamp)?;
        }
        Ok(())
    }

    /// Starts queueing changes, with every contact queued: the first sync sends them all, and
    /// one interrupted resumes from the queue.
    /// Returns the contacts queued (none when it had started already).
    pub fn start_sync(&mut self) -> Result<Vec<u64>> {
        if self.sync.on {
            return Ok(Vec::new());
        }
        self.sync.on = true;
        self.meta.insert(SYNC_ON_KEY, 1)?;
        let stamp = self.sync_stamp();
        let ids: Vec<u64> = self
            .contacts
            .iter()?
            .map(|row| row.map(|(k, _)| k.value()))
            .collect::<std::result::Result<_, _>>()?;
        for &id in &ids {
            self.sync
                .dirty
                .insert((SyncKind::Contact as u8, id), stamp)?;
        }
        Ok(ids)
    }

    pub fn set_sync_collection(&mut self, role: &str, c: &SyncCollection) -> Result<()> {
        self.sync
            .collections
            .insert(role, (c.href.as_str(), c.token.as_str()))?;
        Ok(())
    }

    /// Records what a record is on the server, replacing what was known.
    pub fn put_sync_item(&mut self, kind: SyncKind, id: u64, item: &SyncItem) -> Result<()> {
        let key = (kind as u8, id);
        if let Some(old) = self.sync.items.get(key)?.map(|v| item_of(v.value())) {
            if old.href != item.href {
                self.sync.hrefs.remove(old.href.as_str())?;
            }
            if old.uid != item.uid {
                self.sync.uids.remove(old.uid.as_str())?;
            }
        }
        let row = (
            item.uid.as_str(),
            item.href.as_str(),
            item.etag.as_str(),
            item.agreed,
        );
        self.sync.items.insert(key, row)?;
        self.sync.hrefs.insert(item.href.as_str(), key)?;
        self.sync.uids.insert(item.uid.as_str(), key)?;
        Ok(())
    }

    /// Forgets a record's server state (it is gone from the server, or from here).
    pub fn forget_sync_item(&mut self, kind: SyncKind, id: u64) -> Result<()> {
        let key = (kind as u8, id);
        if let Some(old) = self.sync.items.remove(key)?.map(|v| item_of(v.value())) {
            self.sync.hrefs.remove(old.href.as_str())?;
            self.sync.uids.remove(old.uid.as_str())?;
        }
        Ok(())
    }

    /// Takes a record off the queue if it was not changed again since `stamp`.
    pub fn sent_for_sync(&mut self, kind: SyncKind, id: u64, stamp: u64) -> Result<()> {
        let key = (kind as u8, id);
        let now = self.sync.dirty.get(key)?.map(|v| v.value());
        if now == Some(stamp) {
            self.sync.dirty.remove(key)?;
        }
        Ok(())
    }

    /// Queues a record again (a conflict resolved for the local version).
    pub fn queue_again(&mut self, kind: SyncKind, id: u64) -> Result<()> {
        let stamp = self.sync_stamp();
        self.sync.dirty.insert((kind as u8, id), stamp)?;
        Ok(())
    }

    /// Keeps the server's version of a record changed on both sides.
    pub fn put_sync_conflict(
        &mut self,
        kind: SyncKind,
        id: u64,
        etag: &str,
        theirs: &str,
    ) -> Result<()> {
        self.sync
            .conflicts
            .insert((kind as u8, id), (etag, theirs))?;
        Ok(())
    }

    pub fn drop_sync_conflict(&mut self, kind: SyncKind, id: u64) -> Result<()> {
        self.sync.conflicts.remove((kind as u8, id))?;
        Ok(())
    }
}

impl Writer<'_> {
    /// The contact a server's href is, in this transaction.
    pub fn sync_record_at(&self, href: &str) -> Result<Option<u64>> {
        Ok(self.sync.hrefs.get(href)?.map(|v| v.value().1))
    }

    /// The contact a UID is, in this transaction.
    pub fn sync_record_of(&self, uid: &str) -> Result<Option<u64>> {
        Ok(self.sync.uids.get(uid)?.map(|v| v.value().1))
    }

    /// What a record is on the server, in this transaction.
    pub fn sync_item(&self, kind: SyncKind, id: u64) -> Result<Option<SyncItem>> {
        Ok(self
            .sync
            .items
            .get((kind as u8, id))?
            .map(|v| item_of(v.value())))
    }
}

impl Writer<'_> {
    /// Takes a record off the queue: what it is here was just agreed with the server.
    pub fn unqueue(&mut self, kind: SyncKind, id: u64) -> Result<()> {
        self.sync.dirty.remove((kind as u8, id))?;
        Ok(())
    }

    /// The server's version kept for a record in conflict: (ETag, text).
    pub fn sync_conflict(&self, kind: SyncKind, id: u64) -> Result<Option<(String, String)>> {
        Ok(self.sync.conflicts.get((kind as u8, id))?.map(|v| {
            let (etag, text) = v.value();
            (etag.to_string(), text.to_string())
        }))
    }
}

impl Writer<'_> {
    /// Whether a record waits to be sent.
    pub fn sync_queue_has(&self, kind: SyncKind, id: u64) -> Result<bool> {
        Ok(self.sync.dirty.get((kind as u8, id))?.is_some())
    }
}
