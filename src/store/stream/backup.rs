//! The second walk of a backup: the records in the order [`Store::dump`](crate::store::Store::dump)
//! gives, which is id order, up to where the first walk ([`BackupPlan`]) could read each table,
//! with the strays and stand-ins it found merged in at their places.

use super::{BackupPlan, End, InteractionKey, Snapshot, walk_records};
use crate::domain::{Contact, Draft, FollowUp, Interaction, Invoice};
use crate::store::codec::Record;
use crate::store::contain::contain;
use crate::store::tables::*;
use crate::store::write::decode_at;
use crate::store::{Result, StoreError};
use redb::{ReadableTable, TableDefinition};

impl Snapshot {
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

    /// The backup's invoices and bills in id order (none in a notebook from before them).
    pub fn backup_invoices<E: From<StoreError>>(
        &self,
        plan: &BackupPlan,
        each: impl FnMut(&Invoice) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        if !super::has_table(&self.txn, INVOICES)? {
            return Ok(());
        }
        self.backup_records(INVOICES, "invoices_v1", &plan.invoices_end, each)
    }

    /// The records of a table keyed by id, up to where the plan's walk of it ended.
    pub(super) fn backup_records<R: Record, E: From<StoreError>>(
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
