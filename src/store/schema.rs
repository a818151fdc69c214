//! The schema version kept in the `meta` table: set on a new file, checked on every open.
//! A file from a newer kith is refused; an older one is migrated here, in one transaction.
//!
//! History: 1 — contacts, interactions, follow-ups and their indexes; 2 — drafts; 3 — contact
//! facts (last contact, cadence, kind) for every contact, the occasion index, and open
//! follow-ups indexed by direction and due day; 4 — the note index (every word of every note);
//! 5 — the contact search kept on disk (search rows and their trigram index).
//! 6 — contacts in record version 2 (structured names, organisation units, TYPE sets, written
//! dates), so a kith that cannot read them refuses the file instead of meeting them.
//! 7 — the name indexes hold each contact's name and company as written, so the list is read
//! without decoding a contact; and the review's counted indexes: contacts by cadence group and
//! day last in touch, and the number of open follow-ups, silence rows and occasions per day
//! (`review_index.rs`).
//! 8 — folding drops the marks that join a word's letters.
//! 9 — the trigram index holds the pieces of the keys by sound of Devanagari and Bengali names,
//! so `kith search anita` finds अनीता.

use super::tables::{self, META};
use super::{Result, StoreError};
use redb::{Database, ReadableDatabase, ReadableTable, TableHandle};
use std::path::Path;

/// The schema this kith writes.
pub const CURRENT: u64 = 9;

pub(crate) const SCHEMA_KEY: &str = "schema_version";
pub(crate) const NEXT_ID_KEY: &str = "next_id";
/// How many writes the notebook has seen: a process that finds it changed knows another one
/// wrote (absent from older files, where it starts at 0).
pub(crate) const COMMITS_KEY: &str = "commits";

/// Makes sure `db` is a kith notebook of the current schema, initialising an empty file. A file
/// too damaged to read its table of tables is reported as such, not as a crash.
pub(crate) fn check_or_init(
    db: &Database,
    path: &Path,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<()> {
    super::contain::contain(|| check_or_init_inner(db, path, progress)).map_err(|e| match e {
        StoreError::Damaged(reason) => StoreError::NotANotebook {
            path: path.to_path_buf(),
            reason,
        },
        other => other,
    })
}

fn check_or_init_inner(
    db: &Database,
    path: &Path,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<()> {
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
        Some(v) if v < CURRENT => migrate(db, v, progress)
            .and_then(|()| super::review_index::count_in_use_once(db))
            .and_then(|()| super::kept_index::build_once(db))
            .and_then(|()| super::referral_index::build_once(db))
            .and_then(|()| super::stats_index::build_once(db))
            .and_then(|()| super::name_order::follow_chosen(db)),
        Some(_) => super::review_index::count_in_use_once(db)
            .and_then(|()| super::kept_index::build_once(db))
            .and_then(|()| super::referral_index::build_once(db))
            .and_then(|()| super::stats_index::build_once(db))
            .and_then(|()| super::name_order::follow_chosen(db)),
        None if names.is_empty() => init(db),
        None => Err(StoreError::NotANotebook {
            path: path.to_path_buf(),
            reason: crate::say!("store-foreign-redb-tables", tables = names.join(", ")),
        }),
    }
}

fn init(db: &Database) -> Result<()> {
    let txn = db.begin_write()?;
    {
        let mut meta = txn.open_table(META)?;
        if meta.get(SCHEMA_KEY)?.is_some() {
            // Another kith process created the notebook between our look and our turn.
            return Ok(());
        }
        meta.insert(SCHEMA_KEY, CURRENT)?;
        meta.insert(NEXT_ID_KEY, 1)?;
        meta.insert(super::review_index::OPEN_COUNTS_KEY, 1)?;
        meta.insert(super::kept_index::KEPT_ROWS_KEY, 1)?;
        meta.insert(super::referral_index::REFERRAL_ROWS_KEY, 1)?;
        meta.insert(super::stats_index::STATS_ROWS_KEY, 1)?;
        let order = super::name_order::chosen();
        meta.insert(
            super::name_order::NAME_ORDER_KEY,
            super::name_order::number(order),
        )?;
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
        txn.open_table(tables::NOTE_POSTINGS)?;
        txn.open_table(tables::CONTACT_SEARCH)?;
        txn.open_table(tables::CONTACT_TRIGRAMS)?;
        txn.open_table(tables::SILENCE)?;
        txn.open_table(tables::DAY_COUNTS)?;
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

/// Schema 4: indexes the words of every note already written. Notes are read in id order, so
/// the index is only ever appended to; `progress` hears (done, total) as it goes.
fn migrate_to_4(txn: &redb::WriteTransaction, progress: &mut dyn FnMut(u64, u64)) -> Result<()> {
    use super::codec::decode;
    use crate::domain::Interaction;
    use redb::{ReadableTable, ReadableTableMetadata};
    let keys = txn.open_table(tables::INTERACTION_KEYS)?;
    let notes = txn.open_table(tables::INTERACTIONS)?;
    let mut postings = txn.open_table(tables::NOTE_POSTINGS)?;
    let total = keys.len()?;
    let mut pending: Vec<(String, u64)> = Vec::new();
    for (done, entry) in keys.iter()?.enumerate() {
        let (id, place) = entry?;
        let (id, (contact, secs)) = (id.value(), place.value());
        if let Some(bytes) = notes.get((contact, secs, id))?
            && let Ok(note) = decode::<Interaction>(bytes.value())
        {
            pending.extend(
                crate::text::note_tokens(&note.text)
                    .into_iter()
                    .map(|t| (t, id)),
            );
        }
        if pending.len() >= 500_000 {
            pending.sort_unstable();
            super::postings::add_sorted("note_postings_v1", &mut postings, &pending)?;
            pending.clear();
        }
        if done % 10_000 == 0 {
            progress(done as u64, total);
        }
    }
    pending.sort_unstable();
    super::postings::add_sorted("note_postings_v1", &mut postings, &pending)?;
    progress(total, total);
    Ok(())
}

/// Schema 5: the contact search rows and their trigram index, built from every contact that
/// decodes (one that does not is left out, as from the other indexes). Contacts are read in id
/// order, so the trigram index is only ever appended to.
fn migrate_to_5(txn: &redb::WriteTransaction, progress: &mut dyn FnMut(u64, u64)) -> Result<()> {
    use super::SearchRow;
    use super::codec::decode;
    use super::search_rows::{TRIGRAMS_TABLE, to_value};
    use crate::domain::Contact;
    use redb::{ReadableTable, ReadableTableMetadata};
    let contacts = txn.open_table(tables::CONTACTS)?;
    let mut search = txn.open_table(tables::CONTACT_SEARCH)?;
    let mut trigrams = txn.open_table(tables::CONTACT_TRIGRAMS)?;
    let total = contacts.len()?;
    let mut pending: Vec<(String, u64)> = Vec::new();
    for (done, entry) in contacts.iter()?.enumerate() {
        let (id, bytes) = entry?;
        if let Ok(contact) = decode::<Contact>(bytes.value()) {
            let row = SearchRow::of(&contact);
            search.insert(id.value(), to_value(&row))?;
            pending.extend(row.trigrams().into_iter().map(|t| (t, id.value())));
        }
        if pending.len() >= 500_000 {
            pending.sort_unstable();
            super::postings::add_sorted(TRIGRAMS_TABLE, &mut trigrams, &pending)?;
            pending.clear();
        }
        if done % 10_000 == 0 {
            progress(done as u64, total);
        }
    }
    pending.sort_unstable();
    super::postings::add_sorted(TRIGRAMS_TABLE, &mut trigrams, &pending)?;
    progress(total, total);
    Ok(())
}

/// Schema 6: rewrites every contact in record version 2. A record that does not decode is left
/// as it is, for `kith check` to name.
fn migrate_to_6(txn: &redb::WriteTransaction) -> Result<()> {
    use super::codec::{decode, encode};
    use crate::domain::Contact;
    use redb::ReadableTable;
    let mut contacts = txn.open_table(tables::CONTACTS)?;
    let mut rewritten = Vec::new();
    for entry in contacts.iter()? {
        let (id, bytes) = entry?;
        if let Ok(contact) = decode::<Contact>(bytes.value())
            && let Ok(bytes) = encode(&contact)
        {
            rewritten.push((id.value(), bytes));
        }
    }
    for (id, bytes) in rewritten {
        contacts.insert(id, bytes.as_slice())?;
    }
    Ok(())
}

/// Schema 7: the name indexes again, each row now holding the name and company as written,
/// from every contact that decodes (one that does not is left out, as from the other indexes).
fn migrate_to_7(txn: &redb::WriteTransaction) -> Result<()> {
    use super::codec::decode;
    use super::index::{name_key, name_value};
    use crate::domain::Contact;
    use redb::ReadableTable;
    // Names are keyed in the notebook's collation (root for a notebook that names none).
    let order = super::name_order::of_meta(&txn.open_table(META)?)?;
    {
        let contacts = txn.open_table(tables::CONTACTS)?;
        let mut names = txn.open_table(tables::NAMES)?;
        let mut archived_names = txn.open_table(tables::ARCHIVED_NAMES)?;
        for entry in contacts.iter()? {
            let (_, bytes) = entry?;
            let Ok(contact) = decode::<Contact>(bytes.value()) else {
                continue;
            };
            let (archived, (folded, id)) = name_key(&contact, order);
            let (name, company) = name_value(&contact);
            let table = if archived {
                &mut archived_names
            } else {
                &mut names
            };
            table.insert((folded.as_str(), id), (name.as_str(), company.as_str()))?;
        }
    }
    txn.delete_table(tables::NAMES_V1)?;
    txn.delete_table(tables::ARCHIVED_NAMES_V1)?;
    Ok(())
}

/// Schema 8: folding drops the marks that join the letters of a word (`paral·lel`, `l'àvia`),
/// so every index of folded text is built again from the records: the name indexes, the
/// contact search rows and their trigrams, and the words of the notes.
fn migrate_to_8(txn: &redb::WriteTransaction, progress: &mut dyn FnMut(u64, u64)) -> Result<()> {
    txn.delete_table(tables::NAMES)?;
    txn.delete_table(tables::ARCHIVED_NAMES)?;
    txn.delete_table(tables::CONTACT_SEARCH)?;
    txn.delete_table(tables::CONTACT_TRIGRAMS)?;
    txn.delete_table(tables::NOTE_POSTINGS)?;
    migrate_to_7(txn)?;
    migrate_to_5(txn, progress)?;
    migrate_to_4(txn, progress)
}

/// Schema 9: the trigram index holds the pieces of the keys by sound of Devanagari and Bengali
/// names, so it is built again with the search rows (schema 8's step builds both already).
fn migrate_to_9(txn: &redb::WriteTransaction, progress: &mut dyn FnMut(u64, u64)) -> Result<()> {
    txn.delete_table(tables::CONTACT_SEARCH)?;
    txn.delete_table(tables::CONTACT_TRIGRAMS)?;
    migrate_to_5(txn, progress)
}

/// Brings a notebook from schema `from` up to [`CURRENT`], all steps in one transaction so a
/// crash part-way leaves the old, still readable file.
fn migrate(db: &Database, from: u64, progress: &mut dyn FnMut(u64, u64)) -> Result<()> {
    let txn = db.begin_write()?;
    {
        let mut meta = txn.open_table(META)?;
        if meta.get(SCHEMA_KEY)?.is_some_and(|v| v.value() >= CURRENT) {
            // Another kith process brought it up to date while this one waited its turn.
            return Ok(());
        }
        if from < 2 {
            txn.open_table(tables::DRAFTS)?;
        }
        meta.insert(SCHEMA_KEY, CURRENT)?;
    }
    if from < 3 {
        migrate_to_3(&txn)?;
    }
    if from < 4 {
        migrate_to_4(&txn, progress)?;
    }
    if from < 5 {
        migrate_to_5(&txn, progress)?;
    }
    if from < 6 {
        migrate_to_6(&txn)?;
    }
    if from < 7 {
        migrate_to_7(&txn)?;
        super::review_index::migrate_to_7(&txn)?;
    }
    if from < 8 {
        migrate_to_8(&txn, progress)?;
    } else if from < 9 {
        migrate_to_9(&txn, progress)?;
    }
    txn.commit()?;
    Ok(())
}

/// The schema version a read transaction sees: 0 for an empty file, an error for a redb file
/// of another program.
pub(crate) fn read_version(read: &redb::ReadTransaction, path: &Path) -> Result<u64> {
    match read.open_table(META) {
        Ok(meta) => Ok(meta.get(SCHEMA_KEY)?.map_or(0, |v| v.value())),
        Err(redb::TableError::TableDoesNotExist(_)) => {
            if read.list_tables()?.next().is_none() {
                Ok(0)
            } else {
                Err(StoreError::NotANotebook {
                    path: path.to_path_buf(),
                    reason: crate::say!("store-foreign-redb"),
                })
            }
        }
        Err(e) => Err(e.into()),
    }
}

/// The schema version recorded in the notebook.
pub(crate) fn version(read: &redb::ReadTransaction) -> Result<u64> {
    Ok(read
        .open_table(META)?
        .get(SCHEMA_KEY)?
        .map_or(0, |v| v.value()))
}
