//! The schema version kept in the `meta` table: set on a new file, checked on every open.
//! A file from a newer kith is refused; an older one is migrated here, in one transaction.
//!
//! History: 1 — contacts, interactions, follow-ups and their indexes; 2 — drafts.

use super::tables::{self, META};
use super::{Result, StoreError};
use redb::{Database, ReadableDatabase, TableHandle};
use std::path::Path;

/// The schema this kith writes.
pub const CURRENT: u64 = 2;

pub const SCHEMA_KEY: &str = "schema_version";
pub const NEXT_ID_KEY: &str = "next_id";

/// Makes sure `db` is a kith notebook of the current schema, initialising an empty file.
pub fn check_or_init(db: &Database, path: &Path) -> Result<()> {
    let read = db.begin_read()?;
    let found = match read.open_table(META) {
        Ok(meta) => meta.get(SCHEMA_KEY)?.map(|v| v.value()),
        Err(redb::TableError::TableDoesNotExist(_)) => None,
        Err(e) => {
            return Err(StoreError::NotANotebook {
                path: path.to_path_buf(),
                reason: e.to_string(),
            });
        }
    };
    let names: Vec<String> = read.list_tables()?.map(|t| t.name().to_string()).collect();
    drop(read);
    match found {
        Some(v) if v > CURRENT => Err(StoreError::NewerSchema {
            path: path.to_path_buf(),
            found: v,
            supported: CURRENT,
        }),
        Some(v) if v < CURRENT => migrate(db, v),
        Some(_) => Ok(()),
        None if names.is_empty() => init(db),
        None => Err(StoreError::NotANotebook {
            path: path.to_path_buf(),
            reason: format!(
                "it is a redb database of another program (tables: {})",
                names.join(", ")
            ),
        }),
    }
}

fn init(db: &Database) -> Result<()> {
    let txn = db.begin_write()?;
    {
        let mut meta = txn.open_table(META)?;
        meta.insert(SCHEMA_KEY, CURRENT)?;
        meta.insert(NEXT_ID_KEY, 1)?;
        txn.open_table(tables::CONTACTS)?;
        txn.open_table(tables::NAMES)?;
        txn.open_table(tables::ARCHIVED_NAMES)?;
        txn.open_table(tables::INTERACTIONS)?;
        txn.open_table(tables::INTERACTION_KEYS)?;
        txn.open_table(tables::LAST_CONTACT)?;
        txn.open_table(tables::FOLLOWUPS)?;
        txn.open_table(tables::FOLLOWUPS_DUE)?;
        txn.open_table(tables::FOLLOWUPS_BY_CONTACT)?;
        txn.open_table(tables::DRAFTS)?;
    }
    txn.commit()?;
    Ok(())
}

/// Brings a notebook from schema `from` up to [`CURRENT`], all steps in one transaction so a
/// crash part-way leaves the old, still readable file.
fn migrate(db: &Database, from: u64) -> Result<()> {
    let txn = db.begin_write()?;
    {
        let mut meta = txn.open_table(META)?;
        if from < 2 {
            txn.open_table(tables::DRAFTS)?;
        }
        meta.insert(SCHEMA_KEY, CURRENT)?;
    }
    txn.commit()?;
    Ok(())
}

/// The schema version recorded in the notebook.
pub fn version(db: &Database) -> Result<u64> {
    let read = db.begin_read()?;
    Ok(read
        .open_table(META)?
        .get(SCHEMA_KEY)?
        .map_or(0, |v| v.value()))
}
