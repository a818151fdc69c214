//! The whole notebook at once: read for a backup, written back when a backup is restored into
//! an empty notebook, with every id kept.

use super::contain::contain;
use super::tables::*;
use super::write::{Writer, decode_at};
use super::{Loaded, Result, Skipped, Store, StoreError};
use crate::domain::{Contact, ContactId, Draft, FollowUp, Interaction, Invalid};
use redb::{ReadableDatabase, ReadableTable};

/// Every record of a notebook, each kind in id order.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Dump {
    /// The next id the notebook will hand out: ids are never reused, across a restore too.
    pub next_id: u64,
    pub contacts: Vec<Contact>,
    pub interactions: Vec<Interaction>,
    pub followups: Vec<FollowUp>,
    pub drafts: Vec<Draft>,
    /// Records left out because they are damaged; a backup names them rather than failing
    /// whole, so one bad value never costs the owner every other record.
    pub skipped: Vec<Skipped>,
}

/// Where a table stopped being readable: everything before `last` was read.
fn unreadable_after(
    table: &'static str,
    last: Option<String>,
    e: impl Into<StoreError>,
) -> Skipped {
    Skipped {
        table,
        key: match last {
            Some(key) => format!("after {key}"),
            None => "first".into(),
        },
        reason: format!("the rest of the table cannot be read: {}", e.into()),
    }
}

/// Decodes every record of a table keyed by id, in id order, into `loaded`. A record that does
/// not decode is skipped; a page that cannot be read ends the table there, and says so.
fn read_records<R: super::codec::Record>(
    txn: &redb::ReadTransaction,
    def: redb::TableDefinition<u64, &[u8]>,
    name: &'static str,
    loaded: &mut Loaded<R>,
) -> Result<()> {
    let mut last = None;
    for entry in txn.open_table(def)?.iter()? {
        match entry {
            Ok((id, bytes)) => {
                last = Some(id.value().to_string());
                match decode_at(name, id.value(), bytes.value()) {
                    Ok(record) => loaded.items.push(record),
                    Err(e) => loaded.damaged.push(e.into()),
                }
            }
            Err(e) => {
                loaded.damaged.push(unreadable_after(name, last, e));
                break;
            }
        }
    }
    Ok(())
}

impl Store {
    /// Reads the whole notebook in one snapshot: every record that decodes, and the ones that do
    /// not in `skipped`. Interactions are read from their own table, not through the id index, so
    /// a damaged index row does not hide a note.
    pub fn dump(&self) -> Result<Dump> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let meta = txn.open_table(META)?;
            let next_id = meta
                .get(super::schema::NEXT_ID_KEY)?
                .map_or(1, |v| v.value());
            let mut contacts = Loaded::default();
            read_records(&txn, CONTACTS, "contacts_v1", &mut contacts)?;
            let mut followups = Loaded::default();
            read_records(&txn, FOLLOWUPS, "followups_v1", &mut followups)?;
            let mut drafts = Loaded::default();
            read_records(&txn, DRAFTS, "drafts_v1", &mut drafts)?;
            let mut interactions: Loaded<Interaction> = Loaded::default();
            let mut last = None;
            for entry in txn.open_table(INTERACTIONS)?.iter()? {
                match entry {
                    Ok((key, bytes)) => {
                        let id = key.value().2;
                        last = Some(id.to_string());
                        match decode_at("interactions_v1", id, bytes.value()) {
                            Ok(record) => interactions.items.push(record),
                            Err(e) => interactions.damaged.push(e.into()),
                        }
                    }
                    Err(e) => {
                        interactions
                            .damaged
                            .push(unreadable_after("interactions_v1", last, e));
                        break;
                    }
                }
            }
            interactions.items.sort_by_key(|i| i.id);
            let mut skipped = contacts.damaged;
            skipped.extend(interactions.damaged);
            skipped.extend(followups.damaged);
            skipped.extend(drafts.damaged);
            Ok(Dump {
                next_id,
                contacts: contacts.items,
                interactions: interactions.items,
                followups: followups.items,
                drafts: drafts.items,
                skipped,
            })
        })
    }

    /// Every follow-up, open or closed, in id order, and those that do not decode.
    pub fn all_followups(&self) -> Result<Loaded<FollowUp>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let mut all = Loaded::default();
            read_records(&txn, FOLLOWUPS, "followups_v1", &mut all)?;
            Ok(all)
        })
    }
}

impl Writer<'_> {
    /// Writes a dump into this (empty) notebook, keeping every id.
    pub fn restore(&mut self, dump: &Dump) -> Result<()> {
        if !self.is_empty()? {
            return Err(Invalid::new("a backup is restored only into an empty notebook").into());
        }
        let mut highest = 0;
        for c in &dump.contacts {
            let mut c = c.clone();
            self.restore_contact(&mut c)?;
            highest = highest.max(c.id.0);
        }
        for c in &dump.contacts {
            if let Some(referrer) = c.referred_by
                && !self.has_contact(referrer)?
            {
                return Err(Invalid(format!(
                    "contact {} is referred by contact {referrer}, which is not in the backup",
                    c.id
                ))
                .into());
            }
        }
        for i in &dump.interactions {
            let mut i = i.clone();
            self.restore_interaction(&mut i)?;
            highest = highest.max(i.id.0);
        }
        for f in &dump.followups {
            let mut f = f.clone();
            self.restore_followup(&mut f)?;
            highest = highest.max(f.id.0);
        }
        for d in &dump.drafts {
            if !self.has_contact(d.contact)? {
                return Err(Invalid(format!(
                    "a draft belongs to contact {}, which is not in the backup",
                    d.contact
                ))
                .into());
            }
            self.save_draft(d)?;
        }
        self.raise_next_id(dump.next_id.max(highest + 1));
        Ok(())
    }

    fn has_contact(&self, id: ContactId) -> Result<bool> {
        Ok(self.contact(id).is_ok())
    }
}
