//! The first pass of a restore: every record checked before anything is written.

use crate::domain::ContactId;
use crate::store::Restored;
use std::collections::HashSet;

/// The first pass of a restore: every record checked as the notebook would check it, keeping
/// only ids, so a backup refused anywhere is refused before anything is written.
#[derive(Debug, Default)]
pub struct Checked {
    pub contacts: u64,
    pub interactions: u64,
    pub followups: u64,
    pub drafts: u64,
    /// The highest id of any record.
    pub highest: u64,
    /// Whether every contact came before the first record that belongs to one.
    pub contacts_first: bool,
    contact_ids: HashSet<u64>,
    interaction_ids: HashSet<u64>,
    followup_ids: HashSet<u64>,
    /// Contacts named by records read before the contacts (checked at the end).
    wanted: Vec<(u64, String)>,
    others_seen: bool,
}

impl Checked {
    pub fn new() -> Checked {
        Checked {
            contacts_first: true,
            ..Checked::default()
        }
    }

    fn new_id(ids: &mut HashSet<u64>, what: &str, id: u64) -> anyhow::Result<()> {
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

    fn belongs(&mut self, contact: ContactId, missing: String) -> anyhow::Result<()> {
        self.others_seen = true;
        if !self.contact_ids.contains(&contact.0) {
            self.wanted.push((contact.0, missing));
        }
        Ok(())
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
                    let why = crate::say!(
                        "backup-referrer-missing",
                        contact = c.id.to_string(),
                        referrer = referrer.to_string()
                    );
                    self.wanted.push((referrer.0, why));
                }
                self.contacts += 1;
                self.highest = self.highest.max(c.id.0);
            }
            Restored::Interaction(i) => {
                Self::new_id(&mut self.interaction_ids, "interaction", i.id.0)?;
                i.normalize_and_validate()?;
                let why = crate::say!("backup-no-such-contact", id = i.contact.to_string());
                self.belongs(i.contact, why)?;
                self.interactions += 1;
                self.highest = self.highest.max(i.id.0);
            }
            Restored::FollowUp(f) => {
                Self::new_id(&mut self.followup_ids, "follow-up", f.id.0)?;
                f.normalize_and_validate()?;
                let why = crate::say!("backup-no-such-contact", id = f.contact.to_string());
                self.belongs(f.contact, why)?;
                self.followups += 1;
                self.highest = self.highest.max(f.id.0);
            }
            Restored::Draft(d) => {
                let why = crate::say!(
                    "backup-draft-without-contact",
                    contact = d.contact.to_string()
                );
                self.belongs(d.contact, why)?;
                self.drafts += 1;
            }
        }
        Ok(())
    }

    /// Checks what could only be checked once every contact was read.
    pub fn finish(&mut self) -> anyhow::Result<()> {
        for (contact, why) in self.wanted.drain(..) {
            if !self.contact_ids.contains(&contact) {
                anyhow::bail!(why);
            }
        }
        Ok(())
    }
}
