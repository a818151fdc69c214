//! Reads: each opens one read transaction, a consistent snapshot. Lists of records return the
//! ones that decode and, separately, an error for each damaged one, so one bad value never
//! hides the rest of the notebook.

use super::contain::contain;
use super::index::{ContactFacts, direction_index};
use super::tables::*;
use super::write::decode_at;
use super::{Result, Skipped, Store, StoreError};
use crate::domain::serde_time::date_to_days;
use crate::domain::{
    Contact, ContactId, ContactIds, Direction, Draft, FollowUp, FollowUpId, Interaction,
    InteractionId,
};
use chrono::{NaiveDate, NaiveDateTime};
use redb::{ReadOnlyTable, ReadableTable, ReadableTableMetadata};

/// Records that decoded, and the errors of those that did not.
#[derive(Debug)]
pub struct Loaded<T> {
    pub items: Vec<T>,
    pub damaged: Vec<Skipped>,
}

impl<T> Default for Loaded<T> {
    fn default() -> Self {
        Loaded {
            items: Vec::new(),
            damaged: Vec::new(),
        }
    }
}

impl<T> Loaded<T> {
    pub(super) fn push(&mut self, r: Result<T>) {
        match r {
            Ok(item) => self.items.push(item),
            Err(e) => self.damaged.push(e.into()),
        }
    }
}

impl Store {
    pub(super) fn table<K: redb::Key + 'static, V: redb::Value + 'static>(
        &self,
        def: redb::TableDefinition<K, V>,
    ) -> Result<ReadOnlyTable<K, V>> {
        Ok(self.db.begin_read()?.open_table(def)?)
    }

    pub fn contact(&self, id: ContactId) -> Result<Contact> {
        contain(|| {
            let contacts = self.table(CONTACTS)?;
            let guard = contacts.get(id.0)?.ok_or(StoreError::NotFound {
                what: "contact",
                id: id.0,
            })?;
            decode_at("contacts_v1", id, guard.value())
        })
    }

    /// Number of contacts in use, or archived ones.
    pub fn contact_count(&self, archived: bool) -> Result<u64> {
        contain(|| {
            Ok(self
                .table(if archived { ARCHIVED_NAMES } else { NAMES })?
                .len()?)
        })
    }

    /// Ids of contacts in name order, skipping `skip` and returning at most `limit`.
    pub fn sorted_contact_ids(
        &self,
        archived: bool,
        skip: usize,
        limit: usize,
    ) -> Result<Vec<ContactId>> {
        let mut ids = Vec::with_capacity(limit.min(4096));
        self.each_sorted_contact_id(archived, skip, limit, &mut |id| ids.push(id))?;
        Ok(ids)
    }

    /// The first `limit` contacts' ids in name order, four bytes an id: the screen's list.
    pub fn contact_list(&self, archived: bool, limit: usize) -> Result<ContactIds> {
        let mut ids = ContactIds::with_capacity(limit.min(4096));
        self.each_sorted_contact_id(archived, 0, limit, &mut |id| ids.push(id))?;
        ids.shrink_to_fit();
        Ok(ids)
    }

    fn each_sorted_contact_id(
        &self,
        archived: bool,
        skip: usize,
        limit: usize,
        each: &mut dyn FnMut(ContactId),
    ) -> Result<()> {
        contain(|| {
            let names = self.table(if archived { ARCHIVED_NAMES } else { NAMES })?;
            for entry in names.iter()?.skip(skip).take(limit) {
                each(ContactId(entry?.0.value().1));
            }
            Ok(())
        })
    }

    /// Calls `each` with every contact's id and folded name, those in use then archived ones,
    /// in name order, without copying a name.
    pub fn each_folded_name(&self, each: &mut dyn FnMut(ContactId, &str)) -> Result<()> {
        contain(|| {
            for table in [NAMES, ARCHIVED_NAMES] {
                for entry in self.table(table)?.iter()? {
                    let (key, _) = entry?;
                    let (name, id) = key.value();
                    each(ContactId(id), crate::text::collation::folded_of_key(name));
                }
            }
            Ok(())
        })
    }

    /// The contacts with the given ids, in that order.
    pub fn contacts(&self, ids: &[ContactId]) -> Result<Loaded<Contact>> {
        contain(|| {
            let table = self.table(CONTACTS)?;
            let mut loaded = Loaded::default();
            for id in ids {
                // Each read is contained on its own: a damaged page costs the contacts on it,
                // not the whole list.
                let record = super::read::contact_at(&table, id.0);
                match record {
                    // A failing disk is not a damaged record: stop and say so.
                    Err(StoreError::Storage(e)) => return Err(StoreError::Storage(e)),
                    other => loaded.push(other),
                }
            }
            Ok(loaded)
        })
    }

    /// A contact's interactions, newest first, at most `limit` of them.
    pub fn timeline(&self, contact: ContactId, limit: usize) -> Result<Loaded<Interaction>> {
        contain(|| {
            let table = self.table(INTERACTIONS)?;
            let mut loaded = Loaded::default();
            let range = table.range((contact.0, i64::MIN, 0)..=(contact.0, i64::MAX, u64::MAX))?;
            for entry in range.rev().take(limit) {
                let (key, value) = entry?;
                loaded.push(decode_at("interactions_v1", key.value().2, value.value()));
            }
            Ok(loaded)
        })
    }

    pub fn interaction(&self, id: InteractionId) -> Result<Interaction> {
        contain(|| {
            let txn = self.db.begin_read()?;
            interaction_in(
                &txn.open_table(INTERACTION_KEYS)?,
                &txn.open_table(INTERACTIONS)?,
                id,
            )
        })
    }

    /// When the contact was last in touch, kept current on every write.
    pub fn last_contacted(&self, contact: ContactId) -> Result<Option<NaiveDateTime>> {
        contain(|| Ok(self.facts(contact)?.and_then(|f| f.last_contacted)))
    }

    /// When each of `contacts` was last in touch, in one read: those never in touch are left
    /// out.
    pub fn last_contacted_of(
        &self,
        contacts: &[ContactId],
    ) -> Result<std::collections::HashMap<ContactId, NaiveDateTime>> {
        contain(|| {
            let facts = self.table(CONTACT_FACTS)?;
            let mut last = std::collections::HashMap::with_capacity(contacts.len());
            for id in contacts {
                if let Some(row) = facts.get(id.0)?
                    && let Some(at) = ContactFacts::from_row(row.value()).last_contacted
                {
                    last.insert(*id, at);
                }
            }
            Ok(last)
        })
    }

    /// The indexed facts of one contact.
    pub fn facts(&self, contact: ContactId) -> Result<Option<ContactFacts>> {
        contain(|| {
            Ok(self
                .table(CONTACT_FACTS)?
                .get(contact.0)?
                .map(|v| ContactFacts::from_row(v.value())))
        })
    }

    /// The indexed facts of every contact, in id order.
    pub fn all_facts(&self) -> Result<Vec<(ContactId, ContactFacts)>> {
        contain(|| {
            let table = self.table(CONTACT_FACTS)?;
            let mut all = Vec::with_capacity(table.len()? as usize);
            for entry in table.iter()? {
                let (id, row) = entry?;
                all.push((ContactId(id.value()), ContactFacts::from_row(row.value())));
            }
            Ok(all)
        })
    }

    /// Birthdays and occasions (contact, slot: 0 birthday, n occasion n−1) falling on the given
    /// days of the year, each given as month × 100 + day.
    pub fn occasions_on(&self, days: &[u16]) -> Result<Vec<(u16, ContactId, u8)>> {
        contain(|| {
            let table = self.table(OCCASIONS)?;
            let mut found = Vec::new();
            for day in days {
                for entry in table.range((*day, 0, 0)..=(*day, u64::MAX, u8::MAX))? {
                    let (mmdd, contact, slot) = entry?.0.value();
                    found.push((mmdd, ContactId(contact), slot));
                }
            }
            Ok(found)
        })
    }

    /// Open follow-ups in one direction due in `from..=to`, soonest first; at most `limit`, and
    /// how many there are in all (from the day counts: the rows past `limit` are not read).
    pub fn open_followups(
        &self,
        direction: Direction,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        limit: usize,
    ) -> Result<(Loaded<FollowUp>, usize)> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let index = txn.open_table(OPEN_FOLLOWUPS)?;
            let table = txn.open_table(FOLLOWUPS)?;
            let d = direction_index(direction);
            let from = from.map_or(i32::MIN, date_to_days);
            let to = to.map_or(i32::MAX, date_to_days);
            let mut loaded = Loaded::default();
            for entry in index.range((d, from, 0)..=(d, to, u64::MAX))? {
                if loaded.items.len() + loaded.damaged.len() >= limit {
                    break;
                }
                let id = entry?.0.value().2;
                loaded.push(followup_at(&table, id)?);
            }
            let counts = txn.open_table(DAY_COUNTS)?;
            let total = super::review_read::count_open(&counts, d, from, to)?;
            Ok((loaded, total))
        })
    }

    /// The contacts with open follow-ups in one direction due in `from..=to`.
    pub fn open_followup_contacts(
        &self,
        direction: Direction,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<ContactId>> {
        contain(|| {
            let index = self.table(OPEN_FOLLOWUPS)?;
            let d = direction_index(direction);
            let from = from.map_or(i32::MIN, date_to_days);
            let to = to.map_or(i32::MAX, date_to_days);
            let mut contacts = Vec::new();
            for entry in index.range((d, from, 0)..=(d, to, u64::MAX))? {
                contacts.push(ContactId(entry?.1.value()));
            }
            Ok(contacts)
        })
    }

    /// Open promises and reminders that are overdue, and due today, of contacts in use (an
    /// archived contact's follow-ups are not counted, as the review does not list them).
    pub fn due_counts(&self, today: NaiveDate) -> Result<(usize, usize)> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let index = txn.open_table(OPEN_FOLLOWUPS)?;
            let facts = txn.open_table(CONTACT_FACTS)?;
            let in_use = |contact: u64| -> Result<usize> {
                let archived = facts.get(contact)?.is_some_and(|f| f.value().2);
                Ok(usize::from(!archived))
            };
            let day = date_to_days(today);
            let (mut overdue, mut due_today) = (0, 0);
            for direction in [Direction::Promise, Direction::Reminder] {
                let d = direction_index(direction);
                for entry in index.range((d, i32::MIN, 0)..(d, day, 0))? {
                    overdue += in_use(entry?.1.value())?;
                }
                for entry in index.range((d, day, 0)..=(d, day, u64::MAX))? {
                    due_today += in_use(entry?.1.value())?;
                }
            }
            Ok((overdue, due_today))
        })
    }

    pub fn followup(&self, id: FollowUpId) -> Result<FollowUp> {
        contain(|| {
            let guard = self
                .table(FOLLOWUPS)?
                .get(id.0)?
                .ok_or(StoreError::NotFound {
                    what: "follow-up",
                    id: id.0,
                })?;
            decode_at("followups_v1", id, guard.value())
        })
    }

    /// Every follow-up of a contact, open or closed, in the order they were made.
    pub fn followups_for(&self, contact: ContactId) -> Result<Loaded<FollowUp>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let by_contact = txn.open_table(FOLLOWUPS_BY_CONTACT)?;
            let table = txn.open_table(FOLLOWUPS)?;
            let mut loaded = Loaded::default();
            for entry in by_contact.range((contact.0, 0)..=(contact.0, u64::MAX))? {
                let id = entry?.0.value().1;
                loaded.push(followup_at(&table, id)?);
            }
            Ok(loaded)
        })
    }

    /// The unsaved editor text kept for a contact, if any.
    pub fn draft(&self, contact: ContactId) -> Result<Option<Draft>> {
        contain(|| match self.table(DRAFTS)?.get(contact.0)? {
            Some(guard) => decode_at("drafts_v1", contact, guard.value()).map(Some),
            None => Ok(None),
        })
    }

    /// The schema version of the open notebook.
    pub fn schema_version(&self) -> Result<u64> {
        contain(|| super::schema::version(&self.db.begin_read()?))
    }
}

/// One follow-up from an open table: the record, or why it cannot be read (a missing record
/// named by an index counts as damage, reported with the rest).
fn followup_at(table: &ReadOnlyTable<u64, &[u8]>, id: u64) -> Result<Result<FollowUp>> {
    Ok(match table.get(id)? {
        Some(guard) => decode_at("followups_v1", id, guard.value()),
        None => Err(StoreError::NotFound {
            what: "follow-up",
            id,
        }),
    })
}

/// One contact read from its table on its own: a damaged page costs that contact (reported as
/// damage, with its key), not the whole read.
pub(super) fn contact_at(
    table: &impl ReadableTable<u64, &'static [u8]>,
    id: u64,
) -> Result<crate::domain::Contact> {
    contain(|| match table.get(id)? {
        Some(guard) => decode_at("contacts_v1", id, guard.value()),
        None => Err(StoreError::NotFound {
            what: "contact",
            id,
        }),
    })
    .map_err(|e| match e {
        StoreError::Damaged(why) => StoreError::Corrupt {
            table: "contacts_v1",
            key: id.to_string(),
            reason: crate::say!("store-contact-page-unreadable", why = why),
        },
        other => other,
    })
}

/// One note, found by id through the key table, in the read its two tables belong to.
pub(super) fn interaction_in(
    keys: &ReadOnlyTable<u64, (u64, i64)>,
    table: &ReadOnlyTable<(u64, i64, u64), &'static [u8]>,
    id: InteractionId,
) -> Result<Interaction> {
    let missing = || StoreError::NotFound {
        what: "interaction",
        id: id.0,
    };
    let (contact, secs) = keys.get(id.0)?.map(|v| v.value()).ok_or_else(missing)?;
    let guard = table.get((contact, secs, id.0))?.ok_or_else(missing)?;
    decode_at("interactions_v1", id, guard.value())
}
