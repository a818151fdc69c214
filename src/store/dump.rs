//! The whole notebook at once: read for a backup, written back when a backup is restored into
//! an empty notebook, with every id kept.

use super::tables::*;
use super::write::{Writer, decode_at};
use super::{Result, Store, StoreError};
use crate::domain::{Contact, ContactId, Draft, FollowUp, Interaction, Invalid};
use redb::ReadableTable;

/// Every record of a notebook, each kind in id order.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Dump {
    /// The next id the notebook will hand out: ids are never reused, across a restore too.
    pub next_id: u64,
    pub contacts: Vec<Contact>,
    pub interactions: Vec<Interaction>,
    pub followups: Vec<FollowUp>,
    pub drafts: Vec<Draft>,
}

impl Store {
    /// Reads the whole notebook in one snapshot. A damaged record stops the dump: a backup that
    /// silently lost something would be worse than none.
    pub fn dump(&self) -> Result<Dump> {
        let txn = self.db.begin_read()?;
        let meta = txn.open_table(META)?;
        let next_id = meta
            .get(super::schema::NEXT_ID_KEY)?
            .map_or(1, |v| v.value());
        let mut dump = Dump {
            next_id,
            ..Dump::default()
        };
        for entry in txn.open_table(CONTACTS)?.iter()? {
            let (id, bytes) = entry?;
            dump.contacts
                .push(decode_at("contacts_v1", id.value(), bytes.value())?);
        }
        let notes = txn.open_table(INTERACTIONS)?;
        for entry in txn.open_table(INTERACTION_KEYS)?.iter()? {
            let (id, place) = entry?;
            let (contact, secs) = place.value();
            let bytes =
                notes
                    .get((contact, secs, id.value()))?
                    .ok_or_else(|| StoreError::Corrupt {
                        table: "interaction_keys_v1",
                        key: id.value().to_string(),
                        reason: "it points at a missing interaction".into(),
                    })?;
            dump.interactions
                .push(decode_at("interactions_v1", id.value(), bytes.value())?);
        }
        for entry in txn.open_table(FOLLOWUPS)?.iter()? {
            let (id, bytes) = entry?;
            dump.followups
                .push(decode_at("followups_v1", id.value(), bytes.value())?);
        }
        for entry in txn.open_table(DRAFTS)?.iter()? {
            let (id, bytes) = entry?;
            dump.drafts
                .push(decode_at("drafts_v1", id.value(), bytes.value())?);
        }
        Ok(dump)
    }
}

impl Store {
    /// Every follow-up, open or closed, in id order.
    pub fn all_followups(&self) -> Result<Vec<FollowUp>> {
        let txn = self.db.begin_read()?;
        let mut all = Vec::new();
        for entry in txn.open_table(FOLLOWUPS)?.iter()? {
            let (id, bytes) = entry?;
            all.push(decode_at("followups_v1", id.value(), bytes.value())?);
        }
        Ok(all)
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
