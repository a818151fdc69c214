//! Reading every contact of the list (in use, or archived) in one read transaction, with when
//! each was last in touch: what `kith list` prints, without a transaction per row or the whole
//! notebook in memory at once.
//!
//! The table is one walk of the name index, which holds each name and company as written,
//! joined with one walk of the facts (kind, latest interaction): no contact is decoded. What
//! needs more of a contact (its tags, the JSON) reads the records themselves:
//! The records are read in the order they lie in the file (id order), each page once, and each
//! is handed over with its place in name order, so the caller puts its row there. Reading them
//! in name order instead would look up every contact in the B-tree one by one, and with a
//! bounded page cache most of those lookups read a page from the file again.

use super::contain::contain;
use super::index::ContactFacts;
use super::stream::walk_records;
use super::tables::{ARCHIVED_NAMES, CONTACT_FACTS, CONTACTS, NAMES};
use super::{Result, Skipped, Store, StoreError};
use crate::domain::{Contact, ContactId};
use chrono::NaiveDateTime;
use redb::{ReadTransaction, ReadableTable, ReadableTableMetadata};

/// Where a contact stands in name order.
pub type Place = usize;

/// One row of the list as the name index and the facts give it.
#[derive(Debug, Clone, PartialEq)]
pub struct ListRow {
    pub id: ContactId,
    pub name: String,
    pub company: String,
    pub facts: ContactFacts,
}

impl Store {
    /// Every contact in use (or archived), in name order, as the name index and the facts
    /// hold it: [`Store::walk_list`] gathered.
    pub fn list_rows(
        &self,
        archived: bool,
        damaged: &mut dyn FnMut(Skipped),
    ) -> Result<Vec<ListRow>> {
        let mut rows = Vec::new();
        self.walk_list(archived, damaged, &mut |_, _, _, _| {}, &mut |row| {
            rows.push(row);
            Ok(())
        })?;
        Ok(rows)
    }

    /// Walks every contact in use (or archived) in name order twice, in one read
    /// transaction: `first` sees each listed contact's id, name, company and facts (to size a
    /// table's columns), then `each` its whole row, so nothing but the ids and a few facts a contact is
    /// held. The facts are joined in one pass in id order. A contact without facts (a damaged
    /// index) is read from its record instead, and handed to `damaged` (and left out of both
    /// walks) if that is damaged too. A failing disk, or a name index that cannot be read,
    /// stops the walk.
    pub fn walk_list(
        &self,
        archived: bool,
        damaged: &mut dyn FnMut(Skipped),
        first: &mut dyn FnMut(u64, &str, &str, &ContactFacts),
        each: &mut dyn FnMut(ListRow) -> Result<()>,
    ) -> Result<()> {
        let txn = contain(|| Ok(self.db.begin_read()?))?;
        let order = names_in_order(&txn, archived)?;
        let mut by_id: Vec<(u64, usize)> = order.iter().copied().zip(0..).collect();
        by_id.sort_unstable();
        let mut facts: Vec<Option<ContactFacts>> = vec![None; order.len()];
        join_facts(&txn, &by_id, &mut facts)?;
        drop(by_id);
        let contacts = contain(|| Ok(txn.open_table(CONTACTS)?))?;
        for (place, id) in order.iter().enumerate() {
            if facts[place].is_none() {
                match super::read::contact_at(&contacts, *id) {
                    Ok(c) => facts[place] = Some(ContactFacts::of(&c, None)),
                    Err(StoreError::Storage(e)) => return Err(StoreError::Storage(e)),
                    Err(e) => damaged(e.into()),
                }
            }
        }
        let walk = |visit: &mut dyn FnMut(usize, u64, &str, &str) -> Result<()>| {
            contain(|| {
                let names = txn.open_table(if archived { ARCHIVED_NAMES } else { NAMES })?;
                for (place, entry) in names.iter()?.enumerate() {
                    let (key, value) = entry?;
                    let (name, company) = value.value();
                    visit(place, key.value().1, name, company)?;
                }
                Ok(())
            })
        };
        walk(&mut |place, id, name, company| {
            if let Some(facts) = facts.get(place).copied().flatten() {
                first(id, name, company, &facts);
            }
            Ok(())
        })?;
        walk(
            &mut |place, id, name, company| match facts.get(place).copied().flatten() {
                Some(facts) => each(ListRow {
                    id: ContactId(id),
                    name: name.to_string(),
                    company: company.to_string(),
                    facts,
                }),
                None => Ok(()),
            },
        )
    }

    /// Calls `each` with every contact in use (or archived), its place in name order and its latest interaction, in no particular order; a damaged or
    /// missing record is handed to `damaged` and the walk goes on. A failing disk stops it.
    pub fn each_contact(
        &self,
        archived: bool,
        each: &mut dyn FnMut(Place, Contact, Option<NaiveDateTime>) -> Result<()>,
        damaged: &mut dyn FnMut(Skipped),
    ) -> Result<()> {
        let txn = contain(|| Ok(self.db.begin_read()?))?;
        let order = names_in_order(&txn, archived)?;
        let mut place_of: Vec<(u64, Place)> = order.iter().copied().zip(0..).collect();
        place_of.sort_unstable();
        let mut facts: Vec<Option<ContactFacts>> = vec![None; order.len()];
        join_facts(&txn, &place_of, &mut facts)?;
        let last_of = |place: Place| facts[place].and_then(|f| f.last_contacted);
        let mut handed = vec![false; order.len()];
        let stopped = walk_records(
            &txn,
            CONTACTS,
            "contacts_v1",
            |id| id,
            |id| *id,
            |id, record: std::result::Result<Contact, Skipped>| {
                let Ok(at) = place_of.binary_search_by_key(&id, |(id, _)| *id) else {
                    return Ok(()); // not on this list
                };
                let place = place_of[at].1;
                handed[place] = true;
                match record {
                    Ok(contact) => each(place, contact, last_of(place)),
                    Err(why) => {
                        damaged(why);
                        Ok(())
                    }
                }
            },
        )?;
        // Whatever the walk did not reach (a page it could not read, a name with no record) is
        // looked up on its own, so a damaged page costs only the contacts on it.
        if stopped.is_some() || handed.contains(&false) {
            let contacts = contain(|| Ok(txn.open_table(CONTACTS)?))?;
            for (place, id) in order.iter().enumerate().filter(|(p, _)| !handed[*p]) {
                match super::read::contact_at(&contacts, *id) {
                    Ok(contact) => each(place, contact, last_of(place))?,
                    Err(StoreError::Storage(e)) => return Err(StoreError::Storage(e)),
                    Err(e) => damaged(e.into()),
                }
            }
        }
        Ok(())
    }
}

/// The ids of the list, in name order.
fn names_in_order(txn: &ReadTransaction, archived: bool) -> Result<Vec<u64>> {
    contain(|| {
        let names = txn.open_table(if archived { ARCHIVED_NAMES } else { NAMES })?;
        let mut ids = Vec::with_capacity(names.len()? as usize);
        for entry in names.iter()? {
            ids.push(entry?.0.value().1);
        }
        Ok(ids)
    })
}

/// Puts each listed contact's facts at its place: one walk of the facts in id order beside
/// `by_id` (id, place), sorted by id; the table and the records' walk both take them from here. A page of facts that cannot be read leaves the rest to
/// one lookup each.
fn join_facts(
    txn: &ReadTransaction,
    by_id: &[(u64, usize)],
    facts: &mut [Option<ContactFacts>],
) -> Result<()> {
    let table = contain(|| Ok(txn.open_table(CONTACT_FACTS)?))?;
    let mut next = 0;
    let walked = contain(|| {
        for entry in table.iter()? {
            let (id, row) = entry?;
            let id = id.value();
            while next < by_id.len() && by_id[next].0 < id {
                next += 1;
            }
            if next < by_id.len() && by_id[next].0 == id {
                facts[by_id[next].1] = Some(ContactFacts::from_row(row.value()));
                next += 1;
            }
        }
        Ok(())
    });
    match walked {
        Err(StoreError::Storage(e)) => Err(StoreError::Storage(e)),
        Err(_) => {
            for (id, place) in &by_id[next..] {
                facts[*place] = contain(|| Ok(table.get(*id)?.map(|r| r.value())))
                    .ok()
                    .flatten()
                    .map(ContactFacts::from_row);
            }
            Ok(())
        }
        Ok(()) => Ok(()),
    }
}
