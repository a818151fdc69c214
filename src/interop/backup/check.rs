//! The first pass of a restore: every record checked before anything is written.

use super::ids::IdSet;
use crate::domain::ContactId;
use crate::store::Restored;

/// The first pass of a restore: every record checked as the notebook would check it, keeping
/// only ids, so a backup refused anywhere is refused before anything is written.
#[derive(Debug, Default)]
pub struct Checked {
    pub contacts: u64,
    pub interactions: u64,
    pub followups: u64,
    pub drafts: u64,
    pub invoices: u64,
    pub resolutions: u64,
    pub thanks: u64,
    pub celebrations: u64,
    /// The highest id of any record.
    pub highest: u64,
    /// Whether every contact came before the first record that belongs to one.
    pub contacts_first: bool,
    contact_ids: IdSet,
    interaction_ids: IdSet,
    followup_ids: IdSet,
    invoice_ids: IdSet,
    thanks_ids: IdSet,
    celebration_ids: IdSet,
    /// Contacts named by records read before them (checked at the end): the first record
    /// that named each, which is the one a refusal names.
    wanted: Vec<Wanted>,
    wanted_ids: IdSet,
    others_seen: bool,
}

/// A contact a record names that was not read yet, and what named it.
#[derive(Debug)]
struct Wanted {
    contact: u64,
    by: NamedBy,
}

#[derive(Debug)]
enum NamedBy {
    /// The contact that was referred by it.
    Referral(ContactId),
    /// A note, a follow-up or an invoice.
    Record,
    Draft,
}

impl Wanted {
    /// Why the backup is refused when the contact never came.
    fn why(&self) -> String {
        let contact = ContactId(self.contact).to_string();
        match self.by {
            NamedBy::Referral(referred) => crate::say!(
                "backup-referrer-missing",
                contact = referred.to_string(),
                referrer = contact
            ),
            NamedBy::Record => crate::say!("backup-no-such-contact", id = contact),
            NamedBy::Draft => crate::say!("backup-draft-without-contact", contact = contact),
        }
    }
}

impl Checked {
    pub fn new() -> Checked {
        Checked {
            contacts_first: true,
            ..Checked::default()
        }
    }

    fn new_id(ids: &mut IdSet, what: &str, id: u64) -> anyhow::Result<()> {
        if id == 0 {
            anyhow::bail!(crate::say!("backup-no-id", what = what));
        }
        if !ids.insert(id) {
            anyhow::bail!(crate::say!(
                "backup-shared-id",
                what = what,
                id = id.to_string()
            ));
        }
        Ok(())
    }

    /// Remembers a contact that must come later in the file; a contact already named is
    /// remembered once, by the first record that named it.
    fn want(&mut self, contact: ContactId, by: NamedBy) {
        if !self.contact_ids.contains(contact.0) && self.wanted_ids.insert(contact.0) {
            self.wanted.push(Wanted {
                contact: contact.0,
                by,
            });
        }
    }

    fn belongs(&mut self, contact: ContactId, by: NamedBy) {
        self.others_seen = true;
        self.want(contact, by);
    }

    /// Checks one record.
    pub fn record(&mut self, record: &mut Restored) -> anyhow::Result<()> {
        match record {
            Restored::Contact(c) => {
                if self.others_seen {
                    self.contacts_first = false;
                }
                Self::new_id(&mut self.contact_ids, "contact", c.id.0)?;
                c.normalize_and_validate()?;
                if let Some(referrer) = c.referred_by {
                    self.want(referrer, NamedBy::Referral(c.id));
                }
                self.contacts += 1;
                self.highest = self.highest.max(c.id.0);
            }
            Restored::Interaction(i) => {
                Self::new_id(&mut self.interaction_ids, "interaction", i.id.0)?;
                i.normalize_and_validate()?;
                self.belongs(i.contact, NamedBy::Record);
                self.interactions += 1;
                self.highest = self.highest.max(i.id.0);
            }
            Restored::FollowUp(f) => {
                Self::new_id(&mut self.followup_ids, "follow-up", f.id.0)?;
                f.normalize_and_validate()?;
                self.belongs(f.contact, NamedBy::Record);
                self.followups += 1;
                self.highest = self.highest.max(f.id.0);
            }
            Restored::Invoice(i) => {
                Self::new_id(&mut self.invoice_ids, "invoice", i.id.0)?;
                i.normalize_and_validate()?;
                self.belongs(i.contact, NamedBy::Record);
                self.invoices += 1;
                self.highest = self.highest.max(i.id.0);
            }
            Restored::Resolution(r) => {
                if !self.interaction_ids.contains(r.note.0) {
                    let id = r.note.to_string();
                    anyhow::bail!(crate::say!("backup-resolution-without-note", id = id));
                }
                r.normalize_and_validate()?;
                self.resolutions += 1;
            }
            Restored::Thanks(t) => {
                Self::new_id(&mut self.thanks_ids, "thanks", t.id)?;
                self.belongs(t.contact, NamedBy::Record);
                self.thanks += 1;
                self.highest = self.highest.max(t.id);
            }
            Restored::Celebration(c) => {
                Self::new_id(&mut self.celebration_ids, "celebration", c.id)?;
                if let crate::domain::Celebrant::Contact(id) = c.who {
                    if id.0 != c.id {
                        anyhow::bail!(crate::say!("occasions-backup-id", id = c.id));
                    }
                    self.belongs(id, NamedBy::Record);
                }
                self.celebrations += 1;
                self.highest = self.highest.max(c.id);
            }
            Restored::Draft(d) => {
                self.belongs(d.contact, NamedBy::Draft);
                self.drafts += 1;
            }
        }
        Ok(())
    }

    /// Checks what could only be checked once every contact was read.
    pub fn finish(&mut self) -> anyhow::Result<()> {
        for wanted in std::mem::take(&mut self.wanted) {
            if !self.contact_ids.contains(wanted.contact) {
                anyhow::bail!(wanted.why());
            }
        }
        Ok(())
    }
}
