//! The schema version kept in the `meta` table: set on a new file, checked on every open.
//! A file from a newer kith is refused; an older one is migrated here, in one transaction.
//!
//! History: 1 — contacts, interactions, follow-ups and their indexes; 2 — drafts; 3 — contact
//! facts (last contact, cadence, kind) for every contact, the occasion index, and open
//! follow-ups indexed by direction and due day.

use super::tables::{self, META};
use super::{Result, StoreError};
use redb::{Database, ReadableDatabase, TableHandle};
use std::path::Path;

/// The schema this kith writes.
pub const CURRENT: u64 = 3;

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
        txn.open_table(tables::FOLLOWUPS)?;
        txn.open_table(tables::FOLLOWUPS_BY_CONTACT)?;
        txn.open_table(tables::DRAFTS)?;
        txn.open_table(tables::CONTACT_FACTS)?;
        txn.open_table(tables::OCCASIONS)?;
        txn.open_table(tables::OPEN_FOLLOWUPS)?;
    }
    txn.commit()?;
    Ok(())
}

/// Schema 3: builds the contact facts, occasion and open-follow-up indexes from the records, and
/// drops the tables they replace. A record that does not decode is left out of the indexes (it
/// stays in its table, and reading it still reports the damage).
fn migrate_to_3(txn: &redb::WriteTransaction) -> Result<()> {
    use super::codec::decode;
    use super::index::{ContactFacts, occasion_keys, open_key};
    use crate::domain::{Contact, FollowUp, serde_time::secs_to_datetime};
    use redb::ReadableTable;
    let last: std::collections::HashMap<u64, i64> = {
        let table = txn.open_table(tables::LAST_CONTACT)?;
        let mut map = std::collections::HashMap::new();
        for entry in table.iter()? {
            let (k, v) = entry?;
            map.insert(k.value(), v.value());
        }
        map
    };
    {
        let contacts = txn.open_table(tables::CONTACTS)?;
        let mut facts = txn.open_table(tables::CONTACT_FACTS)?;
        let mut occasions = txn.open_table(tables::OCCASIONS)?;
        for entry in contacts.iter()? {
            let (id, bytes) = entry?;
            let Ok(contact) = decode::<Contact>(bytes.value()) else {
                continue;
            };
            let last_contacted = last.get(&id.value()).and_then(|s| secs_to_datetime(*s));
            facts.insert(
                id.value(),
                ContactFacts::of(&contact, last_contacted).to_row(),
            )?;
            for key in occasion_keys(&contact) {
                occasions.insert(key, ())?;
            }
        }
        let followups = txn.open_table(tables::FOLLOWUPS)?;
        let mut open = txn.open_table(tables::OPEN_FOLLOWUPS)?;
        for entry in followups.iter()? {
            let (_, bytes) = entry?;
            let Ok(f) = decode::<FollowUp>(bytes.value()) else {
                continue;
            };
            if let Some(key) = open_key(&f) {
                open.insert(key, f.contact.0)?;
            }
        }
    }
    txn.delete_table(tables::LAST_CONTACT)?;
    txn.delete_table(tables::FOLLOWUPS_DUE)?;
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
    if from < 3 {
        migrate_to_3(&txn)?;
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
