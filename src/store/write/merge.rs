//! Merging two contacts, one write: everything the absorbed contact had (interactions, notes,
//! follow-ups, invoices and bills, a draft, the people it referred, the thanks it was given) moves to the kept one, its
//! fields fill what the kept one lacks (`Contact::absorb`), and the absorbed record and its index
//! rows go.

use super::{Writer, by_contact_key, decode_at, open_key};
use crate::domain::{Contact, ContactId, Draft, FollowUp, FollowUpId, Interaction, InteractionId};
use crate::store::{Result, StoreError};
use chrono::NaiveDateTime;
use redb::ReadableTable;

/// What a merge moved, for the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Merged {
    pub interactions: usize,
    pub followups: usize,
    pub referrals: usize,
    pub draft: bool,
}

impl Writer<'_> {
    /// Merges `absorbed` into `kept`; both must exist and differ.
    pub fn merge_contacts(
        &mut self,
        kept: ContactId,
        absorbed: ContactId,
        now: NaiveDateTime,
    ) -> Result<Merged> {
        if kept == absorbed {
            return Err(StoreError::Invalid(crate::domain::Invalid(crate::say!(
                "store-merge-into-itself"
            ))));
        }
        let mut into = self.contact(kept)?;
        let from = self.contact(absorbed)?;
        self.describe_with(|_| {
            crate::say!(
                "undo-what-merge",
                absorbed = from.name.as_str(),
                kept = into.name.as_str()
            )
        });
        let merged = Merged {
            interactions: self.move_interactions(absorbed, kept)?,
            followups: self.move_followups(absorbed, kept)?,
            draft: self.move_draft(absorbed, kept)?,
            referrals: self.move_referrals(absorbed, kept, now)?,
        };
        self.move_invoices(absorbed, kept)?;
        self.move_thanks(absorbed, kept)?;
        self.merge_celebrations(absorbed, kept)?;
        into.absorb(&from);
        if into.referred_by == Some(absorbed) {
            into.referred_by = None;
        }
        self.remove_contact(&from)?;
        self.update_contact(&mut into, now)?;
        Ok(merged)
    }

    fn move_interactions(&mut self, from: ContactId, to: ContactId) -> Result<usize> {
        let ids: Vec<InteractionId> = self
            .interactions
            .range((from.0, i64::MIN, 0)..=(from.0, i64::MAX, u64::MAX))?
            .map(|entry| entry.map(|(k, _)| InteractionId(k.value().2)))
            .collect::<std::result::Result<_, _>>()?;
        for id in &ids {
            let (contact, secs) = self.interaction_keys.get(id.0)?.map(|v| v.value()).ok_or(
                StoreError::NotFound {
                    what: "interaction",
                    id: id.0,
                },
            )?;
            let mut moved: Interaction = {
                let guard =
                    self.interactions
                        .get((contact, secs, id.0))?
                        .ok_or(StoreError::NotFound {
                            what: "interaction",
                            id: id.0,
                        })?;
                decode_at("interactions_v1", *id, guard.value())?
            };
            moved.contact = to;
            self.update_interaction(&mut moved)?;
        }
        Ok(ids.len())
    }

    fn move_followups(&mut self, from: ContactId, to: ContactId) -> Result<usize> {
        let ids: Vec<FollowUpId> = self
            .followups_by_contact
            .range((from.0, 0)..=(from.0, u64::MAX))?
            .map(|entry| entry.map(|(k, _)| FollowUpId(k.value().1)))
            .collect::<std::result::Result<_, _>>()?;
        for id in &ids {
            let mut f: FollowUp = self.followup(*id)?;
            self.followups_by_contact.remove(by_contact_key(&f))?;
            if let Some(key) = open_key(&f) {
                self.index_open(key, None)?;
            }
            self.kept.followup(&f, false)?;
            f.contact = to;
            self.followups_by_contact.insert(by_contact_key(&f), ())?;
            self.put_followup(&f)?;
        }
        Ok(ids.len())
    }

    /// The absorbed contact's unsaved note becomes the kept one's, after its own if it has one.
    fn move_draft(&mut self, from: ContactId, to: ContactId) -> Result<bool> {
        let theirs: Option<Draft> = match self.drafts.remove(from.0)? {
            Some(bytes) => Some(decode_at("drafts_v1", from, bytes.value())?),
            None => None,
        };
        let Some(mut theirs) = theirs else {
            return Ok(false);
        };
        theirs.contact = to;
        let mine: Option<Draft> = match self.drafts.get(to.0)? {
            Some(bytes) => Some(decode_at("drafts_v1", to, bytes.value())?),
            None => None,
        };
        let draft = match mine {
            Some(mut mine) => {
                mine.text = format!("{}\n\n{}", mine.text.trim_end(), theirs.text);
                mine
            }
            None => theirs,
        };
        self.save_draft(&draft)?;
        Ok(true)
    }

    /// Whoever the absorbed contact referred was referred by the kept one now (found through
    /// the referral rows).
    fn move_referrals(
        &mut self,
        from: ContactId,
        to: ContactId,
        now: NaiveDateTime,
    ) -> Result<usize> {
        let referred: Vec<ContactId> = (self.referred_by(from)?.into_iter())
            .filter(|id| *id != to)
            .collect();
        for id in &referred {
            let mut c = self.contact(*id)?;
            c.referred_by = Some(to);
            self.update_contact(&mut c, now)?;
        }
        Ok(referred.len())
    }

    /// The thanks the absorbed contact was given are the kept one's now.
    fn move_thanks(&mut self, from: ContactId, to: ContactId) -> Result<()> {
        for id in self.thanks_of(from)? {
            if let Some(mut t) = self.thanks(id)? {
                self.remove_thanks_rows(id)?;
                t.contact = to;
                self.put_thanks(&t)?;
            }
        }
        Ok(())
    }

    /// Deletes a contact's record and its rows in every contact index.
    pub(super) fn remove_contact(&mut self, c: &Contact) -> Result<()> {
        self.touch(crate::store::steps::Kind::Contact, c.id.0)?;
        self.index_contact(c, false)?;
        self.set_facts(c.id.0, None)?;
        self.contacts.remove(c.id.0)?;
        Ok(())
    }
}
