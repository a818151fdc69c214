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
//! and merged in at its place.

use super::codec::Record;
use super::contain::contain;
use super::dump::{stand_in, unreadable_after};
use super::tables::*;
use super::write::decode_at;
use super::{Result, Skipped, Store, StoreError};
use crate::domain::{Contact, ContactId, Draft, FollowUp, Interaction};
use chrono::NaiveDateTime;
use redb::{ReadTransaction, ReadableTable, TableDefinition};
use std::collections::BTreeMap;

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

type InteractionKey = (u64, i64, u64);

/// What the first walk of a backup found: see the module's note.
#[derive(Debug)]
pub struct BackupPlan {
    /// The next id the notebook will hand out.
    pub next_id: u64,
    /// Records left out because they are damaged, as [`Store::dump`] names them.
    pub skipped: Vec<Skipped>,
    /// How many contacts (stand-ins included), interactions and follow-ups the backup holds.
    pub contacts: usize,
    pub interactions: usize,
    pub followups: usize,
    /// Stand-ins for contacts whose record is lost, in id order.
    stand_ins: Vec<Contact>,
    /// Contacts whose record names another id than its key: (record id, key), sorted.
    contact_strays: Vec<(u64, u64)>,
    /// Interactions the id index does not lead to, or whose record names another id than its
    /// key: (record id, key), sorted.
    interaction_strays: Vec<(u64, InteractionKey)>,
    /// Whether the interaction id index could be read to its end: when it cannot, every
    /// interaction is a stray.
    index_whole: bool,
    contacts_end: End<u64>,
    interactions_end: End<InteractionKey>,
    followups_end: End<u64>,
    drafts_end: End<u64>,
}

fn end_of<Q>(stopped: Option<Skipped>, last: Option<Q>, skipped: &mut Vec<Skipped>) -> End<Q> {
    match stopped {
        None => End::Whole,
        Some(why) => {
            skipped.push(why);
            End::After(last)
        }
    }
}

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

    /// The first walk of a backup: every record decoded once, keeping ids (see the module's
    /// note). Nothing of a record's text is kept.
    pub fn plan_backup(&self) -> Result<BackupPlan> {
        let mut skipped_contacts = Vec::new();
        let mut have: Vec<u64> = Vec::new();
        let mut referrals: Vec<(u64, NaiveDateTime)> = Vec::new();
        let mut contact_strays = Vec::new();
        let mut last = None;
        let stopped = walk_records::<_, _, Contact, StoreError>(
            &self.txn,
            CONTACTS,
            "contacts_v1",
            |id| id,
            |id| *id,
            |key, record| {
                last = Some(key);
                match record {
                    Ok(c) => {
                        have.push(c.id.0);
                        if c.id.0 != key {
                            contact_strays.push((c.id.0, key));
                        }
                        if let Some(referrer) = c.referred_by {
                            referrals.push((referrer.0, c.created_at));
                        }
                    }
                    Err(why) => skipped_contacts.push(why),
                }
                Ok(())
            },
        )?;
        let contacts_end = end_of(stopped, last, &mut skipped_contacts);
        let mut contacts = have.len();
        have.sort_unstable();
        let mut wanted: BTreeMap<u64, NaiveDateTime> = BTreeMap::new();
        let mut want = |id: ContactId, at: NaiveDateTime| {
            if have.binary_search(&id.0).is_err() {
                let first = wanted.entry(id.0).or_insert(at);
                *first = (*first).min(at);
            }
        };

        // The id index is read whole first: when it cannot be, no row is found through it.
        let keys = contain(|| {
            let keys = self.txn.open_table(INTERACTION_KEYS)?;
            for entry in keys.iter()? {
                entry?;
            }
            Ok(keys)
        })
        .ok();
        let index_whole = keys.is_some();
        let mut skipped_interactions = Vec::new();
        let mut interaction_strays = Vec::new();
        let mut interactions = 0;
        let mut last = None;
        let stopped = walk_records::<_, _, Interaction, StoreError>(
            &self.txn,
            INTERACTIONS,
            "interactions_v1",
            |key| key,
            |key| key.2,
            |key, record| {
                last = Some(key);
                match record {
                    Ok(i) => {
                        interactions += 1;
                        want(i.contact, i.at);
                        let (contact, secs, id) = key;
                        let indexed = i.id.0 == id
                            && keys.as_ref().is_some_and(|keys| {
                                contain(|| Ok(keys.get(id)?.map(|v| v.value())))
                                    .is_ok_and(|found| found == Some((contact, secs)))
                            });
                        if !indexed {
                            interaction_strays.push((i.id.0, key));
                        }
                    }
                    Err(why) => skipped_interactions.push(why),
                }
                Ok(())
            },
        )?;
        let interactions_end = end_of(stopped, last, &mut skipped_interactions);

        let mut skipped_followups = Vec::new();
        let mut followups = 0;
        let mut last = None;
        let stopped = walk_records::<_, _, FollowUp, StoreError>(
            &self.txn,
            FOLLOWUPS,
            "followups_v1",
            |id| id,
            |id| *id,
            |key, record| {
                last = Some(key);
                match record {
                    Ok(f) => {
                        followups += 1;
                        want(f.contact, f.created_at);
                    }
                    Err(why) => skipped_followups.push(why),
                }
                Ok(())
            },
        )?;
        let followups_end = end_of(stopped, last, &mut skipped_followups);

        let mut skipped_drafts = Vec::new();
        let mut last = None;
        let stopped = walk_records::<_, _, Draft, StoreError>(
            &self.txn,
            DRAFTS,
            "drafts_v1",
            |id| id,
            |id| *id,
            |key, record| {
                last = Some(key);
                match record {
                    Ok(d) => want(d.contact, d.saved_at),
                    Err(why) => skipped_drafts.push(why),
                }
                Ok(())
            },
        )?;
        let drafts_end = end_of(stopped, last, &mut skipped_drafts);
        for (referrer, at) in referrals {
            want(ContactId(referrer), at);
        }

        let stand_ins: Vec<Contact> = wanted
            .into_iter()
            .map(|(id, at)| stand_in(ContactId(id), at))
            .collect();
        contacts += stand_ins.len();
        contact_strays.sort_unstable();
        interaction_strays.sort_unstable();
        let mut skipped = skipped_contacts;
        skipped.extend(skipped_interactions);
        skipped.extend(skipped_followups);
        skipped.extend(skipped_drafts);
        Ok(BackupPlan {
            next_id: self.next_id()?,
            skipped,
            contacts,
            interactions,
            followups,
            stand_ins,
            contact_strays,
            interaction_strays,
            index_whole,
            contacts_end,
            interactions_end,
            followups_end,
            drafts_end,
        })
    }

    /// The backup's contacts in id order, stand-ins among them, as [`Store::dump`] lists them.
    pub fn backup_contacts<E: From<StoreError>>(
        &self,
        plan: &BackupPlan,
        mut each: impl FnMut(&Contact) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let contacts = contain(|| Ok(self.txn.open_table(CONTACTS)?))?;
        // What is not read in key order, by (id, key): strays, then stand-ins (whose ids no
        // record has).
        let mut extras: Vec<(u64, u64, Option<&Contact>)> = plan
            .contact_strays
            .iter()
            .map(|(id, key)| (*id, *key, None))
            .chain(plan.stand_ins.iter().map(|c| (c.id.0, 0, Some(c))))
            .collect();
        extras.sort_unstable_by_key(|(id, key, _)| (*id, *key));
        let mut extras = extras.into_iter().peekable();
        let emit_extra = |(_, key, stand_in): (u64, u64, Option<&Contact>),
                          each: &mut dyn FnMut(&Contact) -> std::result::Result<(), E>|
         -> std::result::Result<(), E> {
            match stand_in {
                Some(c) => each(c),
                None => match contain(|| match contacts.get(key)? {
                    Some(guard) => decode_at::<Contact>("contacts_v1", key, guard.value()),
                    None => Err(StoreError::NotFound {
                        what: "contact",
                        id: key,
                    }),
                }) {
                    Ok(c) => each(&c),
                    // Read in the first walk of this same snapshot: only a failing disk
                    // can change that, and it stops the export.
                    Err(e @ StoreError::Storage(_)) => Err(e.into()),
                    Err(_) => Ok(()),
                },
            }
        };
        walk_records::<_, _, Contact, E>(
            &self.txn,
            CONTACTS,
            "contacts_v1",
            |id| id,
            |id| *id,
            |key, record| {
                let Ok(c) = record else { return Ok(()) };
                if c.id.0 != key || !plan.contacts_end.reaches(&key) {
                    return Ok(());
                }
                while let Some(extra) = extras.next_if(|(id, k, _)| (*id, *k) < (key, key)) {
                    emit_extra(extra, &mut each)?;
                }
                each(&c)
            },
        )?;
        for extra in extras {
            emit_extra(extra, &mut each)?;
        }
        Ok(())
    }

    /// The backup's interactions in id order, as [`Store::dump`] lists them.
    pub fn backup_interactions<E: From<StoreError>>(
        &self,
        plan: &BackupPlan,
        mut each: impl FnMut(&Interaction) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let table = contain(|| Ok(self.txn.open_table(INTERACTIONS)?))?;
        let read = |key: InteractionKey| -> Result<Option<Interaction>> {
            contain(|| match table.get(key)? {
                Some(guard) => decode_at("interactions_v1", key.2, guard.value()).map(Some),
                None => Ok(None),
            })
        };
        let mut strays = plan.interaction_strays.iter().copied().peekable();
        let emit_stray = |key: InteractionKey,
                          each: &mut dyn FnMut(&Interaction) -> std::result::Result<(), E>|
         -> std::result::Result<(), E> {
            match read(key) {
                Ok(Some(i)) => each(&i),
                Err(e @ StoreError::Storage(_)) => Err(e.into()),
                _ => Ok(()),
            }
        };
        if plan.index_whole {
            let keys = contain(|| Ok(self.txn.open_table(INTERACTION_KEYS)?))?;
            let mut entries = contain(|| Ok(keys.iter()?))?;
            let mut next = || {
                contain(|| match entries.next() {
                    None => Ok(None),
                    Some(entry) => {
                        let (id, at) = entry?;
                        Ok(Some((id.value(), at.value())))
                    }
                })
            };
            while let Some((id, (contact, secs))) = next()? {
                let key = (contact, secs, id);
                if !plan.interactions_end.reaches(&key) {
                    continue;
                }
                let record = match read(key) {
                    Ok(Some(i)) if i.id.0 == id => i,
                    Err(e @ StoreError::Storage(_)) => return Err(e.into()),
                    // Missing, damaged (named by the first walk) or a stray.
                    _ => continue,
                };
                while let Some((_, stray)) = strays.next_if(|(sid, skey)| (*sid, *skey) < (id, key))
                {
                    emit_stray(stray, &mut each)?;
                }
                each(&record)?;
            }
        }
        for (_, stray) in strays {
            emit_stray(stray, &mut each)?;
        }
        Ok(())
    }

    /// The backup's follow-ups in id order.
    pub fn backup_followups<E: From<StoreError>>(
        &self,
        plan: &BackupPlan,
        each: impl FnMut(&FollowUp) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        self.backup_records(FOLLOWUPS, "followups_v1", &plan.followups_end, each)
    }

    /// The backup's drafts in the order of their contacts' ids.
    pub fn backup_drafts<E: From<StoreError>>(
        &self,
        plan: &BackupPlan,
        each: impl FnMut(&Draft) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        self.backup_records(DRAFTS, "drafts_v1", &plan.drafts_end, each)
    }

    /// The records of a table keyed by id, up to where the plan's walk of it ended.
    fn backup_records<R: Record, E: From<StoreError>>(
        &self,
        table: TableDefinition<u64, &'static [u8]>,
        name: &'static str,
        end: &End<u64>,
        mut each: impl FnMut(&R) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        walk_records::<_, _, R, E>(
            &self.txn,
            table,
            name,
            |id| id,
            |id| *id,
            |key, record| match record {
                Ok(r) if end.reaches(&key) => each(&r),
                _ => Ok(()),
            },
        )?;
        Ok(())
    }
}
