//! Walking every contact in name order in one read transaction, one at a time, with when each
//! was last in touch: what `kith list` prints, without a transaction per row or the whole
//! notebook in memory at once.

use super::contain::contain;
use super::index::ContactFacts;
use super::tables::{ARCHIVED_NAMES, CONTACT_FACTS, CONTACTS, NAMES};
use super::{Result, Skipped, Store, StoreError};
use crate::domain::Contact;
use chrono::NaiveDateTime;
use redb::ReadableTable;

impl Store {
    /// Calls `each` with every contact in use (or archived), in name order, and its latest
    /// interaction; a damaged contact is handed to `damaged` and the walk goes on. A failing
    /// disk stops it.
    pub fn each_contact(
        &self,
        archived: bool,
        each: &mut dyn FnMut(Contact, Option<NaiveDateTime>) -> Result<()>,
        damaged: &mut dyn FnMut(Skipped),
    ) -> Result<()> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let names = txn.open_table(if archived { ARCHIVED_NAMES } else { NAMES })?;
            let contacts = txn.open_table(CONTACTS)?;
            let facts = txn.open_table(CONTACT_FACTS)?;
            for entry in names.iter()? {
                let id = entry?.0.value().1;
                // Each read is contained on its own: a damaged page costs the contacts on it.
                let record = super::read::contact_at(&contacts, id);
                match record {
                    Ok(contact) => {
                        let last = facts
                            .get(id)?
                            .and_then(|row| ContactFacts::from_row(row.value()).last_contacted);
                        each(contact, last)?;
                    }
                    Err(StoreError::Storage(e)) => return Err(StoreError::Storage(e)),
                    Err(e) => damaged(e.into()),
                }
            }
            Ok(())
        })
    }
}
