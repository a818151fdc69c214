//! Long reads in one snapshot, a record at a time: what the exports stream from, so their memory
//! stays that of one record whatever the size of the notebook.
//!
//! A [`Snapshot`] is one read transaction kept open for the whole export: every walk over it sees
//! the notebook as it was when it began, however long the export takes and whatever other
//! processes commit meanwhile (readers never wait for writers, nor writers for readers).
//!
//! The backup is written in two walks over the same snapshot. The first ([`Snapshot::plan_backup`])
//! decodes every record and keeps only ids: it finds the damaged records (so `--strict` can
//! refuse before a byte is written), the stand-ins for contacts whose record is lost
//! ([`super::dump`]), and the few records that are not where the second walk looks for them.
//! The second writes, in the order [`Store::dump`] gives, which is id order: contacts, follow-ups
//! and drafts are keyed by id already; interactions are keyed by (contact, time, id), so they
//! are read in the order of the interaction id index, and a row the index does not lead to (a
//! damaged index, a record that names another id than its key) is remembered by the first walk
//! and merged in at its place. The first walk is `stream/plan.rs`, the second `stream/backup.rs`.

use super::codec::Record;
use super::contain::contain;
use super::error::unreadable_after;
use super::tables::*;
use super::write::decode_at;
use super::{Result, Skipped, Store, StoreError};
use crate::domain::{Contact, FollowUp};
use redb::{ReadTransaction, ReadableTable, TableDefinition};

mod backup;
mod celebrations;
mod kept;
mod plan;
mod thanks;

pub use plan::BackupPlan;

/// One read transaction held for a long read: see the module's note.
pub struct Snapshot {
    txn: ReadTransaction,
}

impl Store {
    /// Begins a long read of the whole notebook as it is now.
    pub fn snapshot(&self) -> Result<Snapshot> {
        contain(|| {
            Ok(Snapshot {
                txn: self.db.begin_read()?,
            })
        })
    }
}

/// Whether a table is in the file: the invoice tables came after schema 8 without a schema
/// step, so a notebook nobody wrote to since has none.
pub(super) fn has_table<K: redb::Key + 'static, V: redb::Value + 'static>(
    txn: &ReadTransaction,
    def: TableDefinition<K, V>,
) -> Result<bool> {
    // Contained: a damaged page of the file's table of tables panics in redb.
    super::contain::contain(|| match txn.open_table(def) {
        Ok(_) => Ok(true),
        Err(redb::TableError::TableDoesNotExist(_)) => Ok(false),
        Err(e) => Err(e.into()),
    })
}

/// Where a walk over a table stopped: after its last row, or at a page that cannot be read
/// (after the key given, or before the first row).
#[derive(Debug, Clone, Copy, PartialEq)]
enum End<Q> {
    Whole,
    After(Option<Q>),
}

impl<Q: PartialOrd> End<Q> {
    /// Whether the row at `key` was read by the walk that ended here.
    fn reaches(&self, key: &Q) -> bool {
        match self {
            End::Whole => true,
            End::After(Some(last)) => key <= last,
            End::After(None) => false,
        }
    }
}

/// Walks a table of records in key order: `each` gets each row's key and its record, or why it
/// does not decode. A page that cannot be read (an error, or a panic in redb, at any step) ends
/// the walk; what is returned says where, `None` when every row was read. An error from `each`
/// stops the walk and is returned as it is.
pub(super) fn walk_records<K, Q, R, E>(
    txn: &ReadTransaction,
    def: TableDefinition<K, &[u8]>,
    name: &'static str,
    key_of: impl for<'a> Fn(K::SelfType<'a>) -> Q,
    id_of: impl Fn(&Q) -> u64,
    mut each: impl FnMut(Q, std::result::Result<R, Skipped>) -> std::result::Result<(), E>,
) -> std::result::Result<Option<Skipped>, E>
where
    K: redb::Key + 'static,
    R: Record,
    E: From<StoreError>,
{
    let table = contain(|| Ok(txn.open_table(def)?))?;
    let mut last: Option<String> = None;
    let mut entries = match contain(|| Ok(table.iter()?)) {
        Ok(entries) => entries,
        Err(e) => return Ok(Some(unreadable_after(name, last, e))),
    };
    loop {
        let row = contain(|| match entries.next() {
            None => Ok(None),
            Some(entry) => {
                let (key, value) = entry?;
                let key = key_of(key.value());
                let id = id_of(&key);
                Ok(Some((key, id, decode_at::<R>(name, id, value.value()))))
            }
        });
        match row {
            Ok(Some((key, id, record))) => {
                last = Some(id.to_string());
                each(key, record.map_err(Skipped::from))?;
            }
            Ok(None) => return Ok(None),
            Err(e) => return Ok(Some(unreadable_after(name, last, e))),
        }
    }
}

/// An interaction's key: (contact id, local time in seconds, interaction id).
type InteractionKey = (u64, i64, u64);

impl Snapshot {
    /// The next id the notebook hands out.
    pub fn next_id(&self) -> Result<u64> {
        contain(|| {
            let meta = self.txn.open_table(META)?;
            Ok(meta
                .get(super::schema::NEXT_ID_KEY)?
                .map_or(1, |v| v.value()))
        })
    }

    /// Calls `each` with every contact in use (or archived) in name order, as the list and the
    /// exports show them. A contact the name index names whose record is damaged or missing
    /// goes to `damaged` and the walk goes on; a failing disk, an unreadable name index, or an
    /// error from `each` stops it.
    pub fn each_named_contact<E: From<StoreError>>(
        &self,
        archived: bool,
        mut each: impl FnMut(Contact) -> std::result::Result<(), E>,
        damaged: &mut dyn FnMut(Skipped),
    ) -> std::result::Result<(), E> {
        let (names, contacts) = contain(|| {
            Ok((
                self.txn
                    .open_table(if archived { ARCHIVED_NAMES } else { NAMES })?,
                self.txn.open_table(CONTACTS)?,
            ))
        })?;
        let mut entries = contain(|| Ok(names.iter()?))?;
        loop {
            let Some(id) = contain(|| match entries.next() {
                None => Ok(None),
                Some(entry) => Ok(Some(entry?.0.value().1)),
            })?
            else {
                return Ok(());
            };
            // Each read is contained on its own: a damaged page costs the contacts on it.
            let record = super::read::contact_at(&contacts, id);
            match record {
                Ok(contact) => each(contact)?,
                // A failing disk is not a damaged record: stop and say so.
                Err(StoreError::Storage(e)) => return Err(StoreError::Storage(e).into()),
                Err(e) => damaged(e.into()),
            }
        }
    }

    /// Calls `each` with every follow-up, open or closed, in id order; damaged ones go to
    /// `damaged` (a page that cannot be read ends the walk there, and says so).
    pub fn each_followup<E: From<StoreError>>(
        &self,
        mut each: impl FnMut(FollowUp) -> std::result::Result<(), E>,
        damaged: &mut dyn FnMut(Skipped),
    ) -> std::result::Result<(), E> {
        let stopped = walk_records(
            &self.txn,
            FOLLOWUPS,
            "followups_v1",
            |id| id,
            |id| *id,
            |_, record| match record {
                Ok(f) => each(f),
                Err(why) => {
                    damaged(why);
                    Ok(())
                }
            },
        )?;
        if let Some(why) = stopped {
            damaged(why);
        }
        Ok(())
    }
}
