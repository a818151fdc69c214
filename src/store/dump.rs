//! The whole notebook at once, read for a backup (`restore.rs` writes one back).

use super::contain::contain;
use super::stream::walk_records;
use super::tables::*;
use super::{Loaded, Result, Skipped, Store, StoreError};
use crate::domain::{Contact, ContactId, Draft, FollowUp, Interaction, Invoice, Resolution};

/// Every record of a notebook, each kind in id order.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Dump {
    /// The next id the notebook will hand out: ids are never reused, across a restore too.
    pub next_id: u64,
    pub contacts: Vec<Contact>,
    pub interactions: Vec<Interaction>,
    pub followups: Vec<FollowUp>,
    pub drafts: Vec<Draft>,
    pub invoices: Vec<Invoice>,
    /// How complaints were settled, by their notes' ids.
    pub resolutions: Vec<Resolution>,
    /// Thanks given, by id.
    pub thanks: Vec<crate::domain::Thanks>,
    /// The local occasions contacts and tags celebrate, by id.
    pub celebrations: Vec<crate::domain::Celebration>,
    /// Records left out because they are damaged; a backup names them rather than failing
    /// whole, so one bad value never costs the owner every other record.
    pub skipped: Vec<Skipped>,
}

/// Decodes every record of a table, in key order, into `loaded`; `id_of` names a row by its
/// record's id. A record that does not decode is skipped; a page that cannot be read (an error,
/// or a panic in redb, at any step of the walk) ends the table there, and says so, so the
/// other tables are still read.
fn read_records<K: redb::Key + 'static, R: super::codec::Record>(
    txn: &redb::ReadTransaction,
    def: redb::TableDefinition<K, &[u8]>,
    name: &'static str,
    id_of: impl for<'a> Fn(K::SelfType<'a>) -> u64,
    loaded: &mut Loaded<R>,
) -> Result<()> {
    let stopped = walk_records::<K, u64, R, StoreError>(
        txn,
        def,
        name,
        id_of,
        |id| *id,
        |_, record| {
            match record {
                Ok(record) => loaded.items.push(record),
                Err(why) => loaded.damaged.push(why),
            }
            Ok(())
        },
    )?;
    loaded.damaged.extend(stopped);
    Ok(())
}

/// A contact standing in for one whose record could not be read, so the notes, follow-ups and
/// drafts that belong to it (first written at `at`) can be restored.
pub(super) fn stand_in(id: ContactId, at: chrono::NaiveDateTime) -> Contact {
    let mut c = Contact::new(crate::say!("store-stand-in-name", id = id.to_string()), at);
    c.id = id;
    c.profile = crate::say!("store-stand-in-profile");
    c
}

/// Adds a stand-in for each contact that notes, follow-ups, drafts, invoices or referrals belong
/// to but whose own record could not be read. Without it the backup would keep those words but could
/// not be restored (a restore refuses records of a contact it does not have), and the way out
/// of a damaged notebook is exactly export, then import into a fresh one.
fn add_stand_ins(
    contacts: &mut Vec<Contact>,
    interactions: &[Interaction],
    followups: &[FollowUp],
    drafts: &[Draft],
    invoices: &[Invoice],
) {
    let have: std::collections::HashSet<ContactId> = contacts.iter().map(|c| c.id).collect();
    let mut wanted: std::collections::BTreeMap<ContactId, chrono::NaiveDateTime> =
        std::collections::BTreeMap::new();
    let mut want = |id: ContactId, at: chrono::NaiveDateTime| {
        if !have.contains(&id) {
            let first = wanted.entry(id).or_insert(at);
            *first = (*first).min(at);
        }
    };
    for i in interactions {
        want(i.contact, i.at);
    }
    for f in followups {
        want(f.contact, f.created_at);
    }
    for d in drafts {
        want(d.contact, d.saved_at);
    }
    for i in invoices {
        want(i.contact, i.created_at);
    }
    for c in contacts.iter() {
        if let Some(referrer) = c.referred_by {
            want(referrer, c.created_at);
        }
    }
    for (id, at) in wanted {
        contacts.push(stand_in(id, at));
    }
    contacts.sort_by_key(|c| c.id);
}

impl Store {
    /// Reads the whole notebook in one snapshot: every record that decodes, and the ones that do
    /// not in `skipped`; a contact that could not be read but has notes gets a stand-in. Interactions are read from their own table, not through the id index, so
    /// a damaged index row does not hide a note.
    pub fn dump(&self) -> Result<Dump> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let meta = txn.open_table(META)?;
            let next_id = meta
                .get(super::schema::NEXT_ID_KEY)?
                .map_or(1, |v| v.value());
            let mut contacts = Loaded::default();
            read_records(&txn, CONTACTS, "contacts_v1", |id| id, &mut contacts)?;
            let mut followups = Loaded::default();
            read_records(&txn, FOLLOWUPS, "followups_v1", |id| id, &mut followups)?;
            let mut drafts = Loaded::default();
            read_records(&txn, DRAFTS, "drafts_v1", |id| id, &mut drafts)?;
            let mut interactions: Loaded<Interaction> = Loaded::default();
            read_records(
                &txn,
                INTERACTIONS,
                "interactions_v1",
                |(_, _, id)| id,
                &mut interactions,
            )?;
            interactions.items.sort_by_key(|i| i.id);
            let mut invoices = Loaded::default();
            if super::stream::has_table(&txn, INVOICES)? {
                read_records(&txn, INVOICES, "invoices_v1", |id| id, &mut invoices)?;
            }
            let mut resolutions = Loaded::default();
            if super::stream::has_table(&txn, RESOLUTIONS)? {
                read_records(
                    &txn,
                    RESOLUTIONS,
                    "resolutions_v1",
                    |id| id,
                    &mut resolutions,
                )?;
            }
            let mut thanks = Loaded::default();
            if super::stream::has_table(&txn, THANKS)? {
                read_records(&txn, THANKS, "thanks_v1", |id| id, &mut thanks)?;
            }
            let mut celebrations = Loaded::default();
            if super::stream::has_table(&txn, CELEBRATIONS)? {
                let name = "celebrations_v1";
                read_records(&txn, CELEBRATIONS, name, |id| id, &mut celebrations)?;
            }
            add_stand_ins(
                &mut contacts.items,
                &interactions.items,
                &followups.items,
                &drafts.items,
                &invoices.items,
            );
            let mut skipped = contacts.damaged;
            skipped.extend(interactions.damaged);
            skipped.extend(followups.damaged);
            skipped.extend(drafts.damaged);
            skipped.extend(invoices.damaged);
            skipped.extend(resolutions.damaged);
            skipped.extend(thanks.damaged);
            skipped.extend(celebrations.damaged);
            Ok(Dump {
                next_id,
                contacts: contacts.items,
                interactions: interactions.items,
                followups: followups.items,
                drafts: drafts.items,
                invoices: invoices.items,
                resolutions: resolutions.items,
                thanks: thanks.items,
                celebrations: celebrations.items,
                skipped,
            })
        })
    }

    /// Every follow-up, open or closed, in id order, and those that do not decode.
    pub fn all_followups(&self) -> Result<Loaded<FollowUp>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let mut all = Loaded::default();
            read_records(&txn, FOLLOWUPS, "followups_v1", |id| id, &mut all)?;
            Ok(all)
        })
    }
}
