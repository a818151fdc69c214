//! The writer's part for promises kept and complaints resolved: the counts of settled
//! promises by due day and by contact, the late ones, and the complaints open, resolved and
//! the days they took, kept in the same transaction as the follow-ups, notes and resolutions
//! they come from (`kept_index.rs` says which rows each calls for). Every resolution written
//! is touched first, so resolving is one step of the undo history.

use super::{Writer, decode_at, encode};
use crate::domain::{FollowUp, Interaction, InteractionId, Invalid, Resolution};
use crate::store::kept_index::{complaint_keys, is_complaint, promise_keys};
use crate::store::steps::Kind;
use crate::store::tables::*;
use crate::store::{Result, StoreError};
use redb::{ReadableTable, Table, WriteTransaction};

/// The tables of this part, open for the transaction.
pub(in crate::store) struct KeptTables<'t> {
    days: Table<'t, (u8, i32, u8), u64>,
    contacts: Table<'t, (u64, u8, u8), u64>,
    late: Table<'t, (u8, i32, u64), u64>,
    pub resolutions: Table<'t, u64, &'static [u8]>,
    open_complaints: Table<'t, (i32, u64), u64>,
    complaint_days: Table<'t, (u8, i32, u32), u64>,
}

/// Adds one to a count (`up`) or takes one away; a count left at nothing loses its row.
macro_rules! bump {
    ($table:expr, $key:expr, $up:expr) => {{
        let key = $key;
        let now = $table.get(key)?.map_or(0, |v| v.value());
        let next = if $up {
            now.saturating_add(1)
        } else {
            now.saturating_sub(1)
        };
        if next == 0 {
            $table.remove(key)?;
        } else {
            $table.insert(key, next)?;
        }
    }};
}

impl<'t> KeptTables<'t> {
    pub(super) fn open(txn: &'t WriteTransaction) -> Result<Self> {
        Ok(KeptTables {
            days: txn.open_table(PROMISE_DAYS)?,
            contacts: txn.open_table(PROMISE_CONTACTS)?,
            late: txn.open_table(LATE_PROMISES)?,
            resolutions: txn.open_table(RESOLUTIONS)?,
            open_complaints: txn.open_table(OPEN_COMPLAINTS)?,
            complaint_days: txn.open_table(COMPLAINT_DAYS)?,
        })
    }

    /// Adds or removes a follow-up's rows (only a settled promise or request has any).
    pub(super) fn followup(&mut self, f: &FollowUp, insert: bool) -> Result<()> {
        let Some((day, contact, late)) = promise_keys(f) else {
            return Ok(());
        };
        bump!(self.days, day, insert);
        bump!(self.contacts, contact, insert);
        if let Some(late) = late {
            if insert {
                self.late.insert(late, f.contact.0)?;
            } else {
                self.late.remove(late)?;
            }
        }
        Ok(())
    }

    fn resolution(&self, note: u64) -> Result<Option<Resolution>> {
        match self.resolutions.get(note)? {
            Some(bytes) => Ok(Some(decode_at("resolutions_v1", note, bytes.value())?)),
            None => Ok(None),
        }
    }

    /// Adds or removes a note's rows (only a complaint has any), as its resolution stands.
    pub(super) fn note(&mut self, i: &Interaction, insert: bool) -> Result<()> {
        if !is_complaint(i) {
            return Ok(());
        }
        let resolution = self.resolution(i.id.0)?;
        let Some((open, day)) = complaint_keys(i, resolution.as_ref()) else {
            return Ok(());
        };
        if let Some(open) = open {
            if insert {
                self.open_complaints.insert(open, i.contact.0)?;
            } else {
                self.open_complaints.remove(open)?;
            }
        }
        bump!(self.complaint_days, day, insert);
        Ok(())
    }
}

impl Writer<'_> {
    /// Settles a complaint: its resolution is kept against the note, replacing one kept before.
    pub fn resolve_complaint(&mut self, resolution: &mut Resolution) -> Result<()> {
        resolution.normalize_and_validate()?;
        let note = self.saved_note(resolution.note)?;
        if !is_complaint(&note) {
            return Err(StoreError::Invalid(Invalid(crate::say!(
                "complaint-not-a-complaint",
                id = note.id.to_string()
            ))));
        }
        self.describe_with(|w| {
            let name = w.contact(note.contact).map(|c| c.name).unwrap_or_default();
            crate::say!("complaint-undo-resolve", name = name)
        });
        self.put_resolution(resolution)
    }

    /// The resolution kept against a note, if any.
    pub fn resolution(&self, note: InteractionId) -> Result<Option<Resolution>> {
        self.kept.resolution(note.0)
    }

    /// Writes a resolution and moves its complaint's rows from open to resolved.
    pub(super) fn put_resolution(&mut self, r: &Resolution) -> Result<()> {
        self.touch(Kind::Resolution, r.note.0)?;
        let note = self.saved_note(r.note).ok();
        if let Some(note) = &note {
            self.kept.note(note, false)?;
        }
        self.kept
            .resolutions
            .insert(r.note.0, encode(r)?.as_slice())?;
        if let Some(note) = &note {
            self.kept.note(note, true)?;
        }
        Ok(())
    }

    /// Removes a note's resolution, if it has one, and puts its complaint back among the open.
    pub(super) fn remove_resolution_rows(&mut self, note: u64) -> Result<()> {
        if self.kept.resolutions.get(note)?.is_none() {
            return Ok(());
        }
        self.touch(Kind::Resolution, note)?;
        let saved = self.saved_note(InteractionId(note)).ok();
        if let Some(saved) = &saved {
            self.kept.note(saved, false)?;
        }
        self.kept.resolutions.remove(note)?;
        if let Some(saved) = &saved {
            self.kept.note(saved, true)?;
        }
        Ok(())
    }

    /// Stores a resolution as a backup holds it.
    pub(in crate::store) fn restore_resolution(&mut self, r: &mut Resolution) -> Result<()> {
        self.without_history();
        r.normalize_and_validate()?;
        self.saved_note(r.note)?;
        self.put_resolution(r)
    }
}
