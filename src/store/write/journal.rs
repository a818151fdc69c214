//! The undo history as a writer keeps it: the first time a transaction touches a contact, an
//! interaction, a follow-up or an invoice, the record's stored bytes are kept; when it finishes, the
//! records that changed become one step (`steps.rs`) with their bytes before and after, the
//! steps an undo left for redo are dropped, and the oldest steps beyond the bound go.

use super::Writer;
use crate::domain::{Contact, ContactId, FollowUp, FollowUpState};
use crate::say;
use crate::store::steps::{self, Change, DONE_KEY, Kind, StepHead};
use crate::store::{Result, StoreError};
use redb::ReadableTable;
use std::collections::BTreeMap;

pub(super) struct Journal {
    /// How many steps the history keeps; 0 when this transaction records none.
    steps: u64,
    what: Option<String>,
    /// Each touched record's stored bytes as the transaction found them.
    touched: BTreeMap<(Kind, u64), Option<Vec<u8>>>,
}

impl Journal {
    pub(super) fn new(steps: u64) -> Journal {
        Journal {
            steps,
            what: None,
            touched: BTreeMap::new(),
        }
    }
}

fn corrupt(e: crate::store::codec::CodecError, key: impl ToString) -> StoreError {
    StoreError::Corrupt {
        table: "undo_history_v1",
        key: key.to_string(),
        reason: e.to_string(),
    }
}

impl Writer<'_> {
    /// Says what this change is, in the words `kith undo` repeats ("archive Anita Sharma");
    /// the first description a transaction gets is the one kept.
    pub fn describe(&mut self, what: impl Into<String>) {
        self.journal.what.get_or_insert_with(|| what.into());
    }

    pub(super) fn describe_with(&mut self, what: impl FnOnce(&Self) -> String) {
        if self.journal.what.is_none() && self.journal.steps > 0 {
            self.journal.what = Some(what(self));
        }
    }

    /// This transaction is no step of the undo history (a restore, the demo, an undo itself).
    pub fn without_history(&mut self) {
        self.journal.steps = 0;
        self.journal.touched.clear();
    }

    /// Keeps a record's stored bytes the first time the transaction touches it.
    pub(super) fn touch(&mut self, kind: Kind, id: u64) -> Result<()> {
        if self.journal.steps == 0 || self.journal.touched.contains_key(&(kind, id)) {
            return Ok(());
        }
        let now = self.stored(kind, id)?;
        self.journal.touched.insert((kind, id), now);
        Ok(())
    }

    /// A record's stored bytes, `None` when there is no such record.
    pub(super) fn stored(&self, kind: Kind, id: u64) -> Result<Option<Vec<u8>>> {
        Ok(match kind {
            Kind::Contact => self.contacts.get(id)?.map(|v| v.value().to_vec()),
            Kind::FollowUp => self.followups.get(id)?.map(|v| v.value().to_vec()),
            Kind::Invoice => self.owed.invoices.get(id)?.map(|v| v.value().to_vec()),
            Kind::Resolution => self.kept.resolutions.get(id)?.map(|v| v.value().to_vec()),
            Kind::Thanks => (self.referral.thanks.get(id)?).map(|v| v.value().to_vec()),
            Kind::Celebration => (self.celebrations.records.get(id)?).map(|v| v.value().to_vec()),
            Kind::Interaction => match self.interaction_keys.get(id)?.map(|v| v.value()) {
                Some((contact, secs)) => self
                    .interactions
                    .get((contact, secs, id))?
                    .map(|v| v.value().to_vec()),
                None => None,
            },
        })
    }

    /// The number of the last step done.
    pub(super) fn done_step(&self) -> Result<u64> {
        Ok(self.meta.get(DONE_KEY)?.map_or(0, |v| v.value()))
    }

    /// Writes what the transaction changed as the newest step.
    pub(super) fn record_step(&mut self) -> Result<()> {
        let touched = std::mem::take(&mut self.journal.touched);
        let mut changes = Vec::new();
        for ((kind, id), before) in touched {
            let after = self.stored(kind, id)?;
            if before != after {
                changes.push(Change {
                    kind,
                    id,
                    before,
                    after,
                });
            }
        }
        if changes.is_empty() {
            return Ok(());
        }
        let done = self.done_step()?;
        self.drop_steps_from(done + 1)?;
        let step = done + 1;
        let what = self
            .journal
            .what
            .take()
            .unwrap_or_else(|| say!("undo-what-change"));
        let head = steps::encode_head(&StepHead { what }).map_err(|e| corrupt(e, step))?;
        self.history.insert((step, 0), head.as_slice())?;
        for (part, change) in (1u32..).zip(&changes) {
            self.history
                .insert((step, part), change.encode().as_slice())?;
        }
        self.meta.insert(DONE_KEY, step)?;
        loop {
            let Some(oldest) = self.history.first()?.map(|(k, _)| k.value().0) else {
                break;
            };
            if step - oldest < self.journal.steps {
                break;
            }
            self.drop_step(oldest)?;
        }
        Ok(())
    }

    /// Drops every step numbered `first` or later (the ones a new change leaves no redo for).
    fn drop_steps_from(&mut self, first: u64) -> Result<()> {
        loop {
            let Some(last) = self.history.last()?.map(|(k, _)| k.value().0) else {
                break;
            };
            if last < first {
                break;
            }
            self.drop_step(last)?;
        }
        Ok(())
    }

    fn drop_step(&mut self, step: u64) -> Result<()> {
        self.history
            .retain_in((step, 0)..=(step, u32::MAX), |_, _| false)?;
        Ok(())
    }

    /// A step's head and changes, `None` when there is no such step.
    pub(super) fn read_step(&self, step: u64) -> Result<Option<(StepHead, Vec<Change>)>> {
        let mut rows = self.history.range((step, 0)..=(step, u32::MAX))?;
        let head = match rows.next().transpose()? {
            Some((k, v)) if k.value().1 == 0 => {
                steps::decode_head(v.value()).map_err(|e| corrupt(e, step))?
            }
            _ => return Ok(None),
        };
        let mut changes = Vec::new();
        for row in rows {
            let (k, v) = row?;
            let (s, part) = k.value();
            changes.push(Change::decode(v.value()).map_err(|e| corrupt(e, format!("{s}/{part}")))?);
        }
        Ok(Some((head, changes)))
    }
}

/// How an edit of a contact is said: archiving and bringing back are named as such.
pub(super) fn contact_change(old: &Contact, new: &Contact) -> String {
    let name = new.name.as_str();
    match (old.is_archived(), new.is_archived()) {
        (false, true) => say!("undo-what-archive", name = name),
        (true, false) => say!("undo-what-unarchive", name = name),
        _ => say!("undo-what-edit", name = name),
    }
}

/// How a change to a follow-up is said: done, dropped, snoozed, or changed.
pub(super) fn followup_change(old: &FollowUp, new: &FollowUp) -> String {
    let what = new.text.as_str();
    match (&old.state, &new.state) {
        (FollowUpState::Open, FollowUpState::Done(_)) => say!("undo-what-done", what = what),
        (FollowUpState::Open, FollowUpState::Dropped(_)) => say!("undo-what-drop", what = what),
        _ if old.due != new.due => say!("undo-what-snooze", what = what),
        _ => say!("undo-what-followup-edit", what = what),
    }
}

fn name_of(w: &Writer<'_>, contact: ContactId) -> String {
    w.contact(contact).map(|c| c.name).unwrap_or_default()
}

pub(super) fn note_for(w: &Writer<'_>, contact: ContactId) -> String {
    say!("undo-what-note", name = name_of(w, contact))
}

pub(super) fn note_deleted(w: &Writer<'_>, contact: ContactId) -> String {
    say!("undo-what-note-delete", name = name_of(w, contact))
}
