//! Deleting a contact, one write: its interactions and notes, its follow-ups, its invoices and
//! bills, its draft, the thanks it was given and every index row of them go with it, and whoever
//! it referred is referred by nobody now.
//! Like every change it is one step of the undo history, so undo brings it all back under
//! the same ids.

use super::Writer;
use crate::domain::{ContactId, InteractionId};
use crate::store::Result;
use chrono::NaiveDateTime;
use redb::ReadableTable;

/// What a delete took with the contact, for the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Deleted {
    pub name: String,
    pub interactions: usize,
    pub followups: usize,
}

impl Writer<'_> {
    /// Deletes a contact with everything that belongs to it.
    pub fn delete_contact(&mut self, id: ContactId, now: NaiveDateTime) -> Result<Deleted> {
        let contact = self.contact(id)?;
        self.describe_with(|_| crate::say!("undo-what-delete", name = contact.name.as_str()));
        let notes: Vec<InteractionId> = self
            .interactions
            .range((id.0, i64::MIN, 0)..=(id.0, i64::MAX, u64::MAX))?
            .map(|entry| entry.map(|(k, _)| InteractionId(k.value().2)))
            .collect::<std::result::Result<_, _>>()?;
        for note in &notes {
            self.remove_resolution_rows(note.0)?;
            self.remove_interaction_rows(*note)?;
        }
        let followups: Vec<u64> = self
            .followups_by_contact
            .range((id.0, 0)..=(id.0, u64::MAX))?
            .map(|entry| entry.map(|(k, _)| k.value().1))
            .collect::<std::result::Result<_, _>>()?;
        for f in &followups {
            self.remove_followup_rows(*f)?;
        }
        self.remove_invoices_of(id)?;
        for thanks in self.thanks_of(id)? {
            self.remove_thanks_rows(thanks)?;
        }
        self.forget_referrer(id, now)?;
        self.discard_draft(id)?;
        self.drop_celebration(id)?;
        self.remove_contact(&contact)?;
        Ok(Deleted {
            name: contact.name,
            interactions: notes.len(),
            followups: followups.len(),
        })
    }

    /// Whoever `referrer` referred is referred by nobody (found through the referral rows).
    fn forget_referrer(&mut self, referrer: ContactId, now: NaiveDateTime) -> Result<()> {
        for id in self.referred_by(referrer)? {
            let mut c = self.contact(id)?;
            c.referred_by = None;
            self.update_contact(&mut c, now)?;
        }
        Ok(())
    }
}
