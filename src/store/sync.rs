//! What the notebook knows of its server, read for a sync (`crate::sync`): each record's href,
//! ETag, UID and the hash of what was last agreed, the records changed here since they were
//! last sent, the conflicts kept, and each collection's href and sync-token. Each read is one
//! read transaction; a notebook that never synced has none of the tables and reads as empty.
//! The writes are the writer's (`write/sync.rs`), which also queues every change to a contact
//! in the same transaction as the change.

use super::contain::contain;
use super::tables::*;
use super::{Result, Store};
use redb::{ReadOnlyTable, ReadTransaction, ReadableTable, TableDefinition};

/// The `meta` key set once a notebook first synced: from then on every change is queued.
pub(super) const SYNC_ON_KEY: &str = "sync_on";

/// What kind of record a sync item is: the first part of its key in the sync tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum SyncKind {
    /// A contact ↔ a vCard in the address book.
    Contact = 0,
}

impl SyncKind {
    fn of(code: u8) -> Option<SyncKind> {
        (code == 0).then_some(SyncKind::Contact)
    }
}

/// A record as the server holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncItem {
    pub uid: String,
    pub href: String,
    /// Empty until the server has given one (a create not yet confirmed).
    pub etag: String,
    /// Hash of the card both sides last agreed on; 0 when they never did.
    pub agreed: u64,
}

/// A collection on the server and where its last pull ended.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SyncCollection {
    pub href: String,
    /// Empty when the server offers no sync-collection report or none was made yet.
    pub token: String,
}

/// A record changed here and on the server: the server's version, kept beside the local one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncConflict {
    pub kind: SyncKind,
    pub id: u64,
    pub etag: String,
    pub theirs: String,
}

impl Store {
    /// Whether this notebook has synced before (its changes are being queued).
    pub fn sync_started(&self) -> Result<bool> {
        contain(|| {
            let txn = self.db.begin_read()?;
            Ok(match optional(&txn, META)? {
                Some(meta) => meta.get(SYNC_ON_KEY)?.is_some(),
                None => false,
            })
        })
    }

    pub fn sync_collection(&self, role: &str) -> Result<Option<SyncCollection>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let Some(table) = optional(&txn, SYNC_COLLECTIONS)? else {
                return Ok(None);
            };
            Ok(table.get(role)?.map(|v| {
                let (href, token) = v.value();
                SyncCollection {
                    href: href.to_string(),
                    token: token.to_string(),
                }
            }))
        })
    }

    /// Each record's server state, for the records asked.
    pub fn sync_items(&self, kind: SyncKind, ids: &[u64]) -> Result<Vec<Option<SyncItem>>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let Some(table) = optional(&txn, SYNC_ITEMS)? else {
                return Ok(vec![None; ids.len()]);
            };
            ids.iter()
                .map(|id| Ok(table.get((kind as u8, *id))?.map(|v| item_of(v.value()))))
                .collect()
        })
    }

    /// The record each href is, for the hrefs asked.
    pub fn sync_records_at(&self, hrefs: &[String]) -> Result<Vec<Option<(SyncKind, u64)>>> {
        self.lookup(SYNC_HREFS, hrefs)
    }

    /// The record each UID is, for the UIDs asked.
    pub fn sync_records_of(&self, uids: &[String]) -> Result<Vec<Option<(SyncKind, u64)>>> {
        self.lookup(SYNC_UIDS, uids)
    }

    fn lookup(
        &self,
        def: TableDefinition<&str, (u8, u64)>,
        keys: &[String],
    ) -> Result<Vec<Option<(SyncKind, u64)>>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let Some(table) = optional(&txn, def)? else {
                return Ok(vec![None; keys.len()]);
            };
            keys.iter()
                .map(|k| {
                    Ok(table.get(k.as_str())?.and_then(|v| {
                        let (kind, id) = v.value();
                        SyncKind::of(kind).map(|kind| (kind, id))
                    }))
                })
                .collect()
        })
    }

    /// Every item of a kind with its href: what a listing of a server without sync-collection is
    /// compared with, to find what it no longer holds.
    pub fn sync_hrefs(&self, kind: SyncKind) -> Result<Vec<(u64, SyncItem)>> {
        self.rows_of_kind(SYNC_ITEMS, kind, item_of)
    }

    /// The records of a kind changed here since they were last sent, with the commit that last
    /// changed each (a later change keeps it queued after a send).
    pub fn sync_queue(&self, kind: SyncKind) -> Result<Vec<(u64, u64)>> {
        self.rows_of_kind(SYNC_DIRTY, kind, |stamp| stamp)
    }

    /// Every conflict kept, in the order of the records.
    pub fn sync_conflicts(&self) -> Result<Vec<SyncConflict>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let Some(table) = optional(&txn, SYNC_CONFLICTS)? else {
                return Ok(Vec::new());
            };
            let mut out = Vec::new();
            for row in table.iter()? {
                let (key, value) = row?;
                let (kind, id) = key.value();
                let (etag, theirs) = value.value();
                if let Some(kind) = SyncKind::of(kind) {
                    out.push(SyncConflict {
                        kind,
                        id,
                        etag: etag.to_string(),
                        theirs: theirs.to_string(),
                    });
                }
            }
            Ok(out)
        })
    }
}

/// A table a notebook that never synced lacks: `None` there.
fn optional<K: redb::Key + 'static, V: redb::Value + 'static>(
    txn: &ReadTransaction,
    def: TableDefinition<K, V>,
) -> Result<Option<ReadOnlyTable<K, V>>> {
    match txn.open_table(def) {
        Ok(table) => Ok(Some(table)),
        Err(redb::TableError::TableDoesNotExist(_)) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

pub(super) fn item_of((uid, href, etag, agreed): (&str, &str, &str, u64)) -> SyncItem {
    SyncItem {
        uid: uid.to_string(),
        href: href.to_string(),
        etag: etag.to_string(),
        agreed,
    }
}

impl Store {
    /// Every row of a table keyed by (kind, id) for one kind, by id, its value read by `read`;
    /// none in a notebook that never synced.
    fn rows_of_kind<V: redb::Value + 'static, T>(
        &self,
        def: redb::TableDefinition<(u8, u64), V>,
        kind: SyncKind,
        read: impl Fn(V::SelfType<'_>) -> T,
    ) -> Result<Vec<(u64, T)>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let Some(table) = optional(&txn, def)? else {
                return Ok(Vec::new());
            };
            let k = kind as u8;
            table
                .range((k, 0)..=(k, u64::MAX))?
                .map(|row| {
                    let (key, value) = row?;
                    Ok((key.value().1, read(value.value())))
                })
                .collect()
        })
    }
}
