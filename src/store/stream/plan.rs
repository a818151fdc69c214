//! The first walk of a backup ([`Snapshot::plan_backup`]): every record decoded once, keeping
//! only ids, so the damaged records are known (and `--strict` can refuse) before a byte is
//! written, along with the stand-ins for contacts whose record is lost and the records the
//! second walk would not find where it looks.

use super::{End, InteractionKey, Snapshot, walk_records};
use crate::domain::{Contact, ContactId, Draft, FollowUp, Interaction, Invoice};
use crate::store::codec::Record;
use crate::store::contain::contain;
use crate::store::dump::stand_in;
use crate::store::tables::*;
use crate::store::{Result, Skipped, StoreError};
use chrono::NaiveDateTime;
use redb::{ReadTransaction, ReadableTable, TableDefinition};
use std::collections::BTreeMap;

/// What the first walk of a backup found: see the module's note.
#[derive(Debug)]
pub struct BackupPlan {
    /// The next id the notebook will hand out.
    pub next_id: u64,
    /// Records left out because they are damaged, as [`Store::dump`](crate::store::Store::dump)
    /// names them.
    pub skipped: Vec<Skipped>,
    /// How many contacts (stand-ins included), interactions and follow-ups the backup holds.
    pub contacts: usize,
    pub interactions: usize,
    pub followups: usize,
    pub invoices: usize,
    pub resolutions: usize,
    pub thanks: usize,
    pub celebrations: usize,
    /// Stand-ins for contacts whose record is lost, in id order.
    pub(super) stand_ins: Vec<Contact>,
    /// Contacts whose record names another id than its key: (record id, key), sorted.
    pub(super) contact_strays: Vec<(u64, u64)>,
    /// Interactions the id index does not lead to, or whose record names another id than its
    /// key: (record id, key), sorted.
    pub(super) interaction_strays: Vec<(u64, InteractionKey)>,
    /// Whether the interaction id index could be read to its end: when it cannot, every
    /// interaction is a stray.
    pub(super) index_whole: bool,
    pub(super) contacts_end: End<u64>,
    pub(super) interactions_end: End<InteractionKey>,
    pub(super) followups_end: End<u64>,
    pub(super) drafts_end: End<u64>,
    pub(super) invoices_end: End<u64>,
    pub(super) resolutions_end: End<u64>,
    pub(super) thanks_end: End<u64>,
    pub(super) celebrations_end: End<u64>,
}

/// Where a walk ended: a page that cannot be read is reported with the damaged records.
fn end_of<Q>(stopped: Option<Skipped>, last: Option<Q>, skipped: &mut Vec<Skipped>) -> End<Q> {
    match stopped {
        None => End::Whole,
        Some(why) => {
            skipped.push(why);
            End::After(last)
        }
    }
}

/// Walks one table of the plan: each record that decodes goes to `each` with its key; the
/// damaged ones, and where the walk ended, are returned.
pub(super) fn plan_walk<K, Q, R>(
    txn: &ReadTransaction,
    def: TableDefinition<K, &[u8]>,
    name: &'static str,
    key_of: impl for<'a> Fn(K::SelfType<'a>) -> Q,
    id_of: impl Fn(&Q) -> u64,
    mut each: impl FnMut(Q, R),
) -> Result<(End<Q>, Vec<Skipped>)>
where
    K: redb::Key + 'static,
    Q: Copy,
    R: Record,
{
    let mut skipped = Vec::new();
    let mut last = None;
    let stopped = walk_records::<_, _, R, StoreError>(txn, def, name, key_of, id_of, |key, r| {
        last = Some(key);
        match r {
            Ok(record) => each(key, record),
            Err(why) => skipped.push(why),
        }
        Ok(())
    })?;
    let end = end_of(stopped, last, &mut skipped);
    Ok((end, skipped))
}

/// The contacts some record names that have no record of their own, with the earliest time
/// one of those records was made (their stand-ins are created then).
struct Wanted {
    /// The ids of the contacts that have a record, sorted.
    have: Vec<u64>,
    wanted: BTreeMap<u64, NaiveDateTime>,
}

impl Wanted {
    fn want(&mut self, id: ContactId, at: NaiveDateTime) {
        if self.have.binary_search(&id.0).is_err() {
            let first = self.wanted.entry(id.0).or_insert(at);
            *first = (*first).min(at);
        }
    }

    fn stand_ins(self) -> Vec<Contact> {
        self.wanted
            .into_iter()
            .map(|(id, at)| stand_in(ContactId(id), at))
            .collect()
    }
}

/// What the walk of the interactions found.
struct InteractionsPlan {
    count: usize,
    strays: Vec<(u64, InteractionKey)>,
    index_whole: bool,
    end: End<InteractionKey>,
    skipped: Vec<Skipped>,
}

impl Snapshot {
    /// The first walk of a backup: every record decoded once, keeping ids (see the module's
    /// note). Nothing of a record's text is kept.
    pub fn plan_backup(&self) -> Result<BackupPlan> {
        let (mut have, mut referrals, mut contact_strays) = (Vec::new(), Vec::new(), Vec::new());
        let (contacts_end, mut skipped) = plan_walk(
            &self.txn,
            CONTACTS,
            "contacts_v1",
            |id| id,
            |id| *id,
            |key, c: Contact| {
                have.push(c.id.0);
                if c.id.0 != key {
                    contact_strays.push((c.id.0, key));
                }
                if let Some(referrer) = c.referred_by {
                    referrals.push((referrer, c.created_at));
                }
            },
        )?;
        let mut contacts = have.len();
        have.sort_unstable();
        let mut wanted = Wanted {
            have,
            wanted: BTreeMap::new(),
        };
        let interactions = self.plan_interactions(&mut wanted)?;
        let mut followups = 0;
        let (followups_end, skipped_followups) = plan_walk(
            &self.txn,
            FOLLOWUPS,
            "followups_v1",
            |id| id,
            |id| *id,
            |_, f: FollowUp| {
                followups += 1;
                wanted.want(f.contact, f.created_at);
            },
        )?;
        let (drafts_end, skipped_drafts) = plan_walk(
            &self.txn,
            DRAFTS,
            "drafts_v1",
            |id| id,
            |id| *id,
            |_, d: Draft| wanted.want(d.contact, d.saved_at),
        )?;
        let mut invoices = 0;
        let (invoices_end, skipped_invoices) = if super::has_table(&self.txn, INVOICES)? {
            plan_walk(
                &self.txn,
                INVOICES,
                "invoices_v1",
                |id| id,
                |id| *id,
                |_, i: Invoice| {
                    invoices += 1;
                    wanted.want(i.contact, i.created_at);
                },
            )?
        } else {
            (End::Whole, Vec::new())
        };
        let (resolutions, resolutions_end, skipped_resolutions) = self.plan_resolutions()?;
        let (thanks, thanks_end, skipped_thanks) = self.plan_thanks()?;
        let (celebrations, celebrations_end, skipped_celebrations) = self.plan_celebrations()?;
        for (referrer, at) in referrals {
            wanted.want(referrer, at);
        }

        let stand_ins = wanted.stand_ins();
        contacts += stand_ins.len();
        contact_strays.sort_unstable();
        skipped.extend(interactions.skipped);
        skipped.extend(skipped_followups);
        skipped.extend(skipped_drafts);
        skipped.extend(skipped_invoices);
        skipped.extend(skipped_resolutions);
        skipped.extend(skipped_thanks);
        skipped.extend(skipped_celebrations);
        Ok(BackupPlan {
            next_id: self.next_id()?,
            skipped,
            contacts,
            interactions: interactions.count,
            followups,
            invoices,
            resolutions,
            thanks,
            celebrations,
            stand_ins,
            contact_strays,
            interaction_strays: interactions.strays,
            index_whole: interactions.index_whole,
            contacts_end,
            interactions_end: interactions.end,
            followups_end,
            drafts_end,
            invoices_end,
            resolutions_end,
            thanks_end,
            celebrations_end,
        })
    }

    /// Walks the interactions, finding those the id index does not lead to.
    fn plan_interactions(&self, wanted: &mut Wanted) -> Result<InteractionsPlan> {
        // The id index is read whole first: when it cannot be, no row is found through it.
        let keys = contain(|| {
            let keys = self.txn.open_table(INTERACTION_KEYS)?;
            for entry in keys.iter()? {
                entry?;
            }
            Ok(keys)
        })
        .ok();
        let mut strays = Vec::new();
        let mut count = 0;
        let (end, skipped) = plan_walk(
            &self.txn,
            INTERACTIONS,
            "interactions_v1",
            |key| key,
            |key| key.2,
            |key, i: Interaction| {
                count += 1;
                wanted.want(i.contact, i.at);
                let (contact, secs, id) = key;
                let indexed = i.id.0 == id
                    && keys.as_ref().is_some_and(|keys| {
                        contain(|| Ok(keys.get(id)?.map(|v| v.value())))
                            .is_ok_and(|found| found == Some((contact, secs)))
                    });
                if !indexed {
                    strays.push((i.id.0, key));
                }
            },
        )?;
        strays.sort_unstable();
        Ok(InteractionsPlan {
            count,
            strays,
            index_whole: keys.is_some(),
            end,
            skipped,
        })
    }
}
