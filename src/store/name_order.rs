//! Which collation a notebook's name indexes (`names_v2`, `archived_names_v2`) are kept in
//! (`text::collation`): the `name_order` key in `meta` (absent: root, the order every notebook
//! had before). Every writer keys names by the notebook's collation, read in its own
//! transaction, so processes in different locales never mix two orders in one index; readers
//! make their keys (a name to resolve, search rows to put in order) by it too.
//!
//! When the locale kith runs in asks for another collation, the first open for writing keys
//! the names again in one transaction (`follow_chosen`): only the names whose key changes (those
//! whose first letter is Devanagari or Bengali) are rewritten, held in memory meanwhile (about
//! a hundred bytes a name). No schema step: the index holds the same rows, ordered another way.

use super::Result;
use super::tables::{ARCHIVED_NAMES, META, NAMES};
use crate::text::collation::{Collation, folded_of_key};
use redb::{Database, ReadTransaction, ReadableDatabase, ReadableTable};

pub(crate) const NAME_ORDER_KEY: &str = "name_order";

/// How `meta` keeps a collation.
pub(crate) fn number(collation: Collation) -> u64 {
    match collation {
        Collation::Root => 0,
        Collation::Hindi => 1,
        Collation::Bengali => 2,
    }
}

/// The collation `meta` names by its number (an unknown one, a newer kith's, is root).
fn of_number(number: Option<u64>) -> Collation {
    match number {
        Some(1) => Collation::Hindi,
        Some(2) => Collation::Bengali,
        _ => Collation::Root,
    }
}

/// The collation of the notebook's names, read from `meta` (root when it says none).
pub(crate) fn of_meta(meta: &impl ReadableTable<&'static str, u64>) -> Result<Collation> {
    Ok(of_number(meta.get(NAME_ORDER_KEY)?.map(|v| v.value())))
}

/// The collation of the notebook's names as a read transaction sees it.
pub(crate) fn in_txn(txn: &ReadTransaction) -> Result<Collation> {
    match txn.open_table(META) {
        Ok(meta) => of_meta(&meta),
        Err(redb::TableError::TableDoesNotExist(_)) => Ok(Collation::Root),
        Err(e) => Err(e.into()),
    }
}

impl super::Store {
    /// The collation the notebook's names are kept in.
    pub fn name_order(&self) -> Result<Collation> {
        super::contain::contain(|| in_txn(&self.db.begin_read()?))
    }
}

/// The collation of the language kith speaks (`--lang`, the config, the locale: `words::lang`).
pub(crate) fn chosen() -> Collation {
    Collation::of_locale(crate::words::lang::chosen().lang.tag())
}

/// Keys the names again in the collation of the language kith speaks, when the notebook keeps
/// another, in one transaction (another process may have done it while this one waited).
pub(crate) fn follow_chosen(db: &Database) -> Result<()> {
    let chosen = chosen();
    if in_txn(&db.begin_read()?)? == chosen {
        return Ok(());
    }
    let txn = db.begin_write()?;
    {
        let mut meta = txn.open_table(META)?;
        if of_meta(&meta)? == chosen {
            return Ok(());
        }
        meta.insert(NAME_ORDER_KEY, number(chosen))?;
    }
    for table in [NAMES, ARCHIVED_NAMES] {
        let mut names = txn.open_table(table)?;
        let mut moved: Vec<(String, String, u64, String, String)> = Vec::new();
        for entry in names.iter()? {
            let (key, value) = entry?;
            let (old, id) = key.value();
            let new = chosen.order_key(folded_of_key(old));
            if new != old {
                let (name, company) = value.value();
                moved.push((old.to_string(), new, id, name.into(), company.into()));
            }
        }
        for (old, _, id, _, _) in &moved {
            names.remove((old.as_str(), *id))?;
        }
        for (_, new, id, name, company) in &moved {
            names.insert((new.as_str(), *id), (name.as_str(), company.as_str()))?;
        }
    }
    txn.commit()?;
    Ok(())
}
