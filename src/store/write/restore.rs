//! A backup's records stored under the ids they already have, one batch of a restore at a
//! time (`store/restore.rs` runs the restore): each id must be new, and the id counter only
//! ever goes up past them.

use super::{Writer, by_contact_key, encode};
use crate::domain::{Contact, FollowUp, Interaction, Invalid};
use crate::store::Result;
use redb::ReadableTable;

impl Writer<'_> {
    /// Whether the notebook holds no record at all.
    pub(in crate::store) fn is_empty(&self) -> Result<bool> {
        Ok(self.contacts.first()?.is_none()
            && self.followups.first()?.is_none()
            && self.interaction_keys.first()?.is_none()
            && self.owed.invoices.first()?.is_none()
            && self.kept.resolutions.first()?.is_none())
    }

    /// Marks a restore under way (ids below `floor` are its own), or clears the mark.
    pub(in crate::store) fn mark_restore(&mut self, floor: Option<u64>) -> Result<()> {
        self.without_history();
        match floor {
            Some(floor) => {
                self.meta
                    .insert(crate::store::restore::RESTORE_KEY, floor)?;
            }
            None => {
                self.meta.remove(crate::store::restore::RESTORE_KEY)?;
            }
        }
        Ok(())
    }

    /// The id counter never goes back.
    pub(in crate::store) fn raise_next_id(&mut self, next: u64) {
        self.next_id = self.next_id.max(next);
    }

    pub(super) fn require_new_id(&self, what: &'static str, id: u64, taken: bool) -> Result<()> {
        if id == 0 {
            return Err(Invalid(crate::say!("backup-no-id", what = what)).into());
        }
        if taken {
            return Err(Invalid(crate::say!(
                "backup-shared-id",
                what = what,
                id = id.to_string()
            ))
            .into());
        }
        Ok(())
    }

    /// Stores a contact under the id it already has (restoring a backup).
    pub(in crate::store) fn restore_contact(&mut self, contact: &mut Contact) -> Result<()> {
        self.without_history();
        let taken = self.contacts.get(contact.id.0)?.is_some();
        self.require_new_id("contact", contact.id.0, taken)?;
        contact.normalize_and_validate()?;
        self.contacts
            .insert(contact.id.0, encode(contact)?.as_slice())?;
        self.index_contact(contact, true)?;
        self.put_facts(contact)?;
        Ok(())
    }

    /// Stores an interaction under the id it already has (restoring a backup).
    pub(in crate::store) fn restore_interaction(
        &mut self,
        interaction: &mut Interaction,
    ) -> Result<()> {
        self.without_history();
        let taken = self.interaction_keys.get(interaction.id.0)?.is_some();
        self.require_new_id("interaction", interaction.id.0, taken)?;
        interaction.normalize_and_validate()?;
        self.require_contact(interaction.contact)?;
        self.put_interaction(interaction)
    }

    /// Stores a follow-up under the id it already has (restoring a backup).
    pub(in crate::store) fn restore_followup(&mut self, followup: &mut FollowUp) -> Result<()> {
        self.without_history();
        let taken = self.followups.get(followup.id.0)?.is_some();
        self.require_new_id("follow-up", followup.id.0, taken)?;
        followup.normalize_and_validate()?;
        self.require_contact(followup.contact)?;
        self.followups_by_contact
            .insert(by_contact_key(followup), ())?;
        self.put_followup(followup)
    }
}
