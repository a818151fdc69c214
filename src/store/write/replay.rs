//! Undo and redo: a step of the history written back, its records' bytes before (undo) or
//! after (redo) the change, through the same index upkeep as every other write, so names,
//! search rows, trigrams, facts and the review's rows follow. Before anything is written,
//! every record the step touched must still be as the step left it; otherwise nothing is done
//! and the record that changed since is named.

use super::{Writer, by_contact_key, decode_at, open_key};
use crate::domain::{
    Celebration, Contact, ContactId, FollowUp, Interaction, InteractionId, Invoice, Resolution,
    Thanks,
};
use crate::say;
use crate::store::Result;
use crate::store::steps::{Change, DONE_KEY, Kind, Replayed};
use redb::ReadableTable;

impl Writer<'_> {
    /// Takes the last step done back (`forward` false) or does the first undone one again;
    /// with `expected`, only if that step is still the one (the one shown before asking).
    pub(in crate::store) fn replay(
        &mut self,
        forward: bool,
        expected: Option<u64>,
    ) -> Result<Replayed> {
        self.without_history();
        self.quiet = true;
        let done = self.done_step()?;
        let step = if forward { done + 1 } else { done };
        if expected.is_some_and(|e| e != step) {
            return Ok(Replayed::Moved);
        }
        let Some((head, changes)) = (step > 0)
            .then(|| self.read_step(step))
            .transpose()?
            .flatten()
        else {
            return Ok(Replayed::Nothing);
        };
        for change in &changes {
            if self.stored(change.kind, change.id)?.as_deref() != change.expected(forward) {
                return Ok(Replayed::Conflict {
                    what: head.what,
                    changed: self.label(change, forward),
                });
            }
        }
        self.quiet = false;
        self.write_images(&changes, forward)?;
        self.meta
            .insert(DONE_KEY, if forward { step } else { step - 1 })?;
        Ok(Replayed::Done(head.what))
    }

    /// Names a record for a conflict: a contact by name, a note by its contact, a follow-up
    /// by its words.
    fn label(&self, change: &Change, forward: bool) -> String {
        let images = [change.expected(forward), change.target(forward)];
        let bytes = self
            .stored(change.kind, change.id)
            .ok()
            .flatten()
            .or_else(|| images.into_iter().flatten().next().map(<[u8]>::to_vec))
            .unwrap_or_default();
        let key = change.id;
        match change.kind {
            Kind::Contact => decode_at::<Contact>("contacts_v1", key, &bytes)
                .map(|c| say!("undo-changed-contact", name = c.name))
                .unwrap_or_else(|_| say!("undo-changed-record", id = key)),
            Kind::Interaction => decode_at::<Interaction>("interactions_v1", key, &bytes)
                .map(|i| {
                    let name = self.contact(i.contact).map(|c| c.name).unwrap_or_default();
                    say!("undo-changed-note", name = name)
                })
                .unwrap_or_else(|_| say!("undo-changed-record", id = key)),
            Kind::FollowUp => decode_at::<FollowUp>("followups_v1", key, &bytes)
                .map(|f| say!("undo-changed-followup", what = f.text))
                .unwrap_or_else(|_| say!("undo-changed-record", id = key)),
            Kind::Invoice => decode_at::<Invoice>("invoices_v1", key, &bytes)
                .map(|i| say!("owed-undo-changed", label = i.label()))
                .unwrap_or_else(|_| say!("undo-changed-record", id = key)),
            Kind::Resolution => say!("complaint-undo-changed", id = key),
            Kind::Thanks => say!("referral-undo-changed", id = key),
            Kind::Celebration => say!("occasions-undo-changed", id = key),
        }
    }

    /// Writes each record's image on one side of the step: first the notes, follow-ups and
    /// invoices that are there now go, then the contacts take their image (so a contact comes back
    /// before its notes, and goes after them), then the notes and follow-ups of the image
    /// come, and each contact's latest interaction is found again.
    fn write_images(&mut self, changes: &[Change], forward: bool) -> Result<()> {
        for change in changes {
            let present = self.stored(change.kind, change.id)?.is_some();
            match change.kind {
                Kind::Interaction if present => {
                    self.remove_interaction_rows(InteractionId(change.id))?;
                }
                Kind::FollowUp if present => self.remove_followup_rows(change.id)?,
                Kind::Invoice if present => self.remove_invoice_rows(change.id)?,
                Kind::Resolution if present => self.remove_resolution_rows(change.id)?,
                Kind::Thanks if present => self.remove_thanks_rows(change.id)?,
                Kind::Celebration if present => self.set_celebration(change.id, None)?,
                _ => {}
            }
        }
        for change in changes.iter().filter(|c| c.kind == Kind::Contact) {
            self.set_contact_image(change.id, change.target(forward))?;
        }
        for change in changes {
            let Some(bytes) = change.target(forward) else {
                continue;
            };
            match change.kind {
                Kind::Interaction => {
                    let i: Interaction = decode_at("interactions_v1", change.id, bytes)?;
                    self.put_interaction(&i)?;
                }
                Kind::FollowUp => {
                    let f: FollowUp = decode_at("followups_v1", change.id, bytes)?;
                    self.followups_by_contact.insert(by_contact_key(&f), ())?;
                    self.put_followup(&f)?;
                }
                Kind::Invoice => {
                    let i: Invoice = decode_at("invoices_v1", change.id, bytes)?;
                    self.put_invoice(&i)?;
                }
                Kind::Resolution => {
                    let r: Resolution = decode_at("resolutions_v1", change.id, bytes)?;
                    self.put_resolution(&r)?;
                }
                Kind::Thanks => {
                    let t: Thanks = decode_at("thanks_v1", change.id, bytes)?;
                    self.put_thanks(&t)?;
                }
                Kind::Celebration => {
                    let c: Celebration = decode_at("celebrations_v1", change.id, bytes)?;
                    self.set_celebration(change.id, Some(&c))?;
                }
                Kind::Contact => {}
            }
        }
        for change in changes.iter().filter(|c| c.kind == Kind::Contact) {
            if change.target(forward).is_some() {
                self.refresh_last_contact(ContactId(change.id))?;
            }
        }
        Ok(())
    }

    /// Replaces a contact's stored bytes with `image` (or removes it), with its index rows.
    fn set_contact_image(&mut self, id: u64, image: Option<&[u8]>) -> Result<()> {
        let old = self.contacts.get(id)?.map(|v| v.value().to_vec());
        if let Some(old) = old {
            let old: Contact = decode_at("contacts_v1", id, &old)?;
            self.index_contact(&old, false)?;
        }
        match image {
            Some(bytes) => {
                let c: Contact = decode_at("contacts_v1", id, bytes)?;
                self.contacts.insert(id, bytes)?;
                self.index_contact(&c, true)?;
                self.put_facts(&c)?;
            }
            None => {
                self.set_facts(id, None)?;
                self.contacts.remove(id)?;
            }
        }
        Ok(())
    }

    /// Deletes a follow-up and its index rows.
    pub(super) fn remove_followup_rows(&mut self, id: u64) -> Result<()> {
        self.touch(Kind::FollowUp, id)?;
        let f = self.followup(crate::domain::FollowUpId(id))?;
        self.followups_by_contact.remove(by_contact_key(&f))?;
        if let Some(key) = open_key(&f) {
            self.index_open(key, None)?;
        }
        self.kept.followup(&f, false)?;
        self.followups.remove(id)?;
        Ok(())
    }
}
