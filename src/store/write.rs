//! `Writer`: every change to the notebook, made inside one write transaction with all tables open.
//! It keeps the indexes (names, timeline keys, last contact, due dates) in step with the records:
//! a contact's index rows are `write/indexes.rs`, a backup's records under their own ids
//! `write/restore.rs`, merging two contacts `write/merge.rs`.

use super::codec::{self, Record};
use super::index::{ContactFacts, FactsRow, by_contact_key, open_key};
use super::schema::{COMMITS_KEY, NEXT_ID_KEY};
use super::search_rows::TRIGRAMS_TABLE;
use super::steps::Kind;
use super::tables::*;
use super::{Result, StoreError};
use crate::domain::{
    Contact, ContactId, Draft, FollowUp, FollowUpId, Interaction, InteractionId, Invalid,
    serde_time::datetime_to_secs,
};
use crate::text::note_tokens;
use chrono::NaiveDateTime;
use redb::{ReadableTable, Table, WriteTransaction};

mod celebrations;
mod delete;
mod indexes;
mod journal;
mod kept;
mod merge;
mod note_edit;
mod owed;
mod referrals;
mod replay;
mod restore;
mod review_rows;
mod stats;
mod sync;
pub use delete::Deleted;
pub use merge::Merged;

pub struct Writer<'t> {
    meta: Table<'t, &'static str, u64>,
    contacts: Table<'t, u64, &'static [u8]>,
    names: Table<'t, (&'static str, u64), NameRowValue<'static>>,
    archived_names: Table<'t, (&'static str, u64), NameRowValue<'static>>,
    /// The collation the notebook's names are kept in, read in this transaction.
    name_order: crate::text::collation::Collation,
    interactions: Table<'t, (u64, i64, u64), &'static [u8]>,
    interaction_keys: Table<'t, u64, (u64, i64)>,
    facts: Table<'t, u64, FactsRow>,
    occasions: Table<'t, (u16, u64, u8), ()>,
    followups: Table<'t, u64, &'static [u8]>,
    open_followups: Table<'t, (u8, i32, u64), u64>,
    followups_by_contact: Table<'t, (u64, u64), ()>,
    drafts: Table<'t, u64, &'static [u8]>,
    silence: Table<'t, (u8, u32, i32, u64), ()>,
    day_counts: Table<'t, (u8, u32, i32), u64>,
    postings: super::postings::PostingsTable<'t>,
    /// Note-index entries to add, written in order when the transaction finishes: a bulk load
    /// then appends to each word's chunks once instead of rewriting them note by note.
    pending_postings: super::postings::Pending,
    search: Table<'t, u64, SearchRowValue<'static>>,
    trigrams: super::postings::PostingsTable<'t>,
    /// Trigram-index entries to add at the end, as for the note index (a contact changed again
    /// in the same transaction drops its pending ones).
    pending_trigrams: super::postings::Pending,
    next_id: u64,
    /// The notebook's commit count when this transaction began.
    commits: u64,
    history: Table<'t, (u64, u32), &'static [u8]>,
    /// The invoice tables (`write/owed.rs`).
    owed: owed::OwedTables<'t>,
    /// Promises kept and complaints resolved (`write/kept.rs`).
    kept: kept::KeptTables<'t>,
    /// Referrals and thanks (`write/referrals.rs`).
    referral: referrals::ReferralTables<'t>,
    /// The stats' weeks and each touched contact's standing (`write/stats.rs`).
    stats: stats::StatsTables<'t>,
    /// Local occasions celebrated and their greeting rows (`write/celebrations.rs`).
    celebrations: celebrations::CelebrationTables<'t>,
    /// The sync queue and what the server holds (`write/sync.rs`).
    sync: sync::SyncTables<'t>,
    /// What this transaction touched, kept as one step of the undo history.
    journal: journal::Journal,
    /// Nothing was changed after all (an undo that found nothing to do): other processes are
    /// not told of a commit.
    quiet: bool,
}

pub(super) fn decode_at<R: Record>(
    table: &'static str,
    key: impl ToString,
    bytes: &[u8],
) -> Result<R> {
    codec::decode(bytes).map_err(|e| StoreError::Corrupt {
        table,
        key: key.to_string(),
        reason: e.to_string(),
    })
}

fn encode<R: Record>(record: &R) -> Result<Vec<u8>> {
    codec::encode(record).map_err(|e| StoreError::Invalid(Invalid(e.to_string())))
}

impl<'t> Writer<'t> {
    /// A writer over `txn`; its changes become a step of the undo history, which keeps at most
    /// `steps` of them (0: none recorded).
    pub(super) fn open(txn: &'t WriteTransaction, steps: u64) -> Result<Self> {
        let meta = txn.open_table(META)?;
        let next_id = meta.get(NEXT_ID_KEY)?.map_or(1, |v| v.value());
        let commits = meta.get(COMMITS_KEY)?.map_or(0, |v| v.value());
        let name_order = super::name_order::of_meta(&meta)?;
        let sync_on = meta.get(super::sync::SYNC_ON_KEY)?.is_some();
        Ok(Writer {
            name_order,
            meta,
            contacts: txn.open_table(CONTACTS)?,
            names: txn.open_table(NAMES)?,
            archived_names: txn.open_table(ARCHIVED_NAMES)?,
            interactions: txn.open_table(INTERACTIONS)?,
            interaction_keys: txn.open_table(INTERACTION_KEYS)?,
            facts: txn.open_table(CONTACT_FACTS)?,
            occasions: txn.open_table(OCCASIONS)?,
            followups: txn.open_table(FOLLOWUPS)?,
            open_followups: txn.open_table(OPEN_FOLLOWUPS)?,
            followups_by_contact: txn.open_table(FOLLOWUPS_BY_CONTACT)?,
            drafts: txn.open_table(DRAFTS)?,
            silence: txn.open_table(SILENCE)?,
            day_counts: txn.open_table(DAY_COUNTS)?,
            postings: txn.open_table(NOTE_POSTINGS)?,
            pending_postings: Default::default(),
            search: txn.open_table(CONTACT_SEARCH)?,
            trigrams: txn.open_table(CONTACT_TRIGRAMS)?,
            pending_trigrams: Default::default(),
            next_id,
            commits,
            history: txn.open_table(HISTORY)?,
            owed: owed::OwedTables::open(txn)?,
            kept: kept::KeptTables::open(txn)?,
            referral: referrals::ReferralTables::open(txn)?,
            stats: stats::StatsTables::open(txn)?,
            celebrations: celebrations::CelebrationTables::open(txn)?,
            sync: sync::SyncTables::open(txn, sync_on)?,
            journal: journal::Journal::new(steps),
            quiet: false,
        })
    }

    /// Writes what was kept for the end, and counts the commit when it is `news` to other
    /// processes; returns the count before and after, so the store can tell whether another
    /// process committed since its own last look.
    pub(super) fn finish(mut self, news: bool) -> Result<(u64, u64)> {
        self.settle_standings()?;
        self.record_step()?;
        let news = news && !self.quiet;
        std::mem::take(&mut self.pending_postings).write("note_postings_v1", &mut self.postings)?;
        std::mem::take(&mut self.pending_trigrams).write(TRIGRAMS_TABLE, &mut self.trigrams)?;
        self.meta.insert(NEXT_ID_KEY, self.next_id)?;
        let after = if news {
            let after = self.commits.wrapping_add(1);
            self.meta.insert(COMMITS_KEY, after)?;
            after
        } else {
            self.commits
        };
        Ok((self.commits, after))
    }

    /// A fresh id; ids come from one counter and are never handed out twice.
    fn take_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    pub fn contact(&self, id: ContactId) -> Result<Contact> {
        let guard = self.contacts.get(id.0)?.ok_or(StoreError::NotFound {
            what: "contact",
            id: id.0,
        })?;
        decode_at("contacts_v1", id, guard.value())
    }

    fn require_contact(&self, id: ContactId) -> Result<()> {
        if self.contacts.get(id.0)?.is_none() {
            return Err(StoreError::NotFound {
                what: "contact",
                id: id.0,
            });
        }
        Ok(())
    }

    /// Stores a new contact and gives it its id.
    pub fn add_contact(&mut self, contact: &mut Contact) -> Result<ContactId> {
        contact.normalize_and_validate()?;
        if let Some(referrer) = contact.referred_by {
            self.require_contact(referrer)?;
        }
        contact.id = ContactId(self.take_id());
        self.touch(Kind::Contact, contact.id.0)?;
        self.describe_with(|_| crate::say!("undo-what-add", name = contact.name.as_str()));
        self.contacts
            .insert(contact.id.0, encode(contact)?.as_slice())?;
        self.index_contact(contact, true)?;
        self.put_facts(contact)?;
        Ok(contact.id)
    }

    /// Replaces a stored contact, keeping the name index in step, and stamps `updated_at`.
    pub fn update_contact(&mut self, contact: &mut Contact, now: NaiveDateTime) -> Result<()> {
        contact.normalize_and_validate()?;
        if let Some(referrer) = contact.referred_by {
            self.require_contact(referrer)?;
        }
        let old = self.contact(contact.id)?;
        self.touch(Kind::Contact, contact.id.0)?;
        self.describe_with(|_| journal::contact_change(&old, contact));
        contact.updated_at = now;
        self.index_contact(&old, false)?;
        self.contacts
            .insert(contact.id.0, encode(contact)?.as_slice())?;
        self.index_contact(contact, true)?;
        self.put_facts(contact)?;
        Ok(())
    }

    /// Stores a new interaction and moves the contact's last-contacted time forward if it is later.
    pub fn add_interaction(&mut self, interaction: &mut Interaction) -> Result<InteractionId> {
        interaction.normalize_and_validate()?;
        self.require_contact(interaction.contact)?;
        interaction.id = InteractionId(self.take_id());
        self.describe_with(|w| journal::note_for(w, interaction.contact));
        self.put_interaction(interaction)?;
        Ok(interaction.id)
    }

    fn put_interaction(&mut self, i: &Interaction) -> Result<()> {
        let (contact, secs) = (i.contact.0, datetime_to_secs(i.at));
        self.touch(Kind::Interaction, i.id.0)?;
        self.interactions
            .insert((contact, secs, i.id.0), encode(i)?.as_slice())?;
        self.interaction_keys.insert(i.id.0, (contact, secs))?;
        self.pending_postings.add(note_tokens(&i.text), i.id.0);
        self.kept.note(i, true)?;
        self.index_purchase(i, true)?;
        self.stats.note(i, true)?;
        let last = self
            .facts
            .get(contact)?
            .map(|v| v.value().4)
            .filter(|s| *s != i64::MIN);
        if last.is_none_or(|last| secs > last) {
            self.set_last_contact(contact, Some(secs))?;
        }
        Ok(())
    }

    fn remove_interaction_rows(&mut self, id: InteractionId) -> Result<Interaction> {
        self.touch(Kind::Interaction, id.0)?;
        let (contact, secs) = self
            .interaction_keys
            .remove(id.0)?
            .map(|v| v.value())
            .ok_or(StoreError::NotFound {
                what: "interaction",
                id: id.0,
            })?;
        let old: Result<Interaction> = match self.interactions.remove((contact, secs, id.0))? {
            Some(bytes) => decode_at("interactions_v1", id, bytes.value()),
            None => Err(StoreError::Corrupt {
                table: "interaction_keys_v1",
                key: id.to_string(),
                reason: crate::say!("store-key-names-a-missing-note"),
            }),
        };
        if let Ok(old) = &old {
            self.kept.note(old, false)?;
            self.index_purchase(old, false)?;
            self.stats.note(old, false)?;
            self.pending_postings.forget(id.0);
            for word in note_tokens(&old.text) {
                super::postings::remove("note_postings_v1", &mut self.postings, &word, id.0)?;
            }
        }
        self.refresh_last_contact(ContactId(contact))?;
        old
    }

    /// Replaces an interaction's contents (text, time, channel…), keeping the same id.
    pub fn update_interaction(&mut self, interaction: &mut Interaction) -> Result<()> {
        interaction.normalize_and_validate()?;
        self.require_contact(interaction.contact)?;
        let old = self.remove_interaction_rows(interaction.id)?;
        if old.contact != interaction.contact {
            self.refresh_last_contact(old.contact)?;
        }
        self.put_interaction(interaction)
    }

    /// Deletes an interaction and returns what it was.
    pub fn delete_interaction(&mut self, id: InteractionId) -> Result<Interaction> {
        self.remove_resolution_rows(id.0)?;
        let old = self.remove_interaction_rows(id)?;
        self.describe_with(|w| journal::note_deleted(w, old.contact));
        Ok(old)
    }

    pub fn followup(&self, id: FollowUpId) -> Result<FollowUp> {
        let guard = self.followups.get(id.0)?.ok_or(StoreError::NotFound {
            what: "follow-up",
            id: id.0,
        })?;
        decode_at("followups_v1", id, guard.value())
    }

    /// Stores a new follow-up and gives it its id.
    pub fn add_followup(&mut self, followup: &mut FollowUp) -> Result<FollowUpId> {
        followup.normalize_and_validate()?;
        self.require_contact(followup.contact)?;
        followup.id = FollowUpId(self.take_id());
        self.describe_with(|_| crate::say!("undo-what-followup", what = followup.text.as_str()));
        self.followups_by_contact
            .insert(by_contact_key(followup), ())?;
        self.put_followup(followup)?;
        Ok(followup.id)
    }

    fn put_followup(&mut self, f: &FollowUp) -> Result<()> {
        self.touch(Kind::FollowUp, f.id.0)?;
        self.followups.insert(f.id.0, encode(f)?.as_slice())?;
        self.kept.followup(f, true)?;
        if let Some(key) = open_key(f) {
            self.index_open(key, Some(f.contact.0))?;
        }
        Ok(())
    }

    /// Replaces a follow-up (done, dropped, snoozed, reworded); its contact stays the same.
    pub fn update_followup(&mut self, followup: &mut FollowUp) -> Result<()> {
        followup.normalize_and_validate()?;
        let old = self.followup(followup.id)?;
        if old.contact != followup.contact {
            return Err(StoreError::Invalid(Invalid(crate::say!(
                "store-followup-cannot-move"
            ))));
        }
        if let Some(key) = open_key(&old) {
            self.index_open(key, None)?;
        }
        self.kept.followup(&old, false)?;
        self.describe_with(|_| journal::followup_change(&old, followup));
        self.put_followup(followup)
    }

    /// The latest interaction time recorded for a contact.
    pub fn last_contacted(&self, contact: ContactId) -> Result<Option<NaiveDateTime>> {
        Ok(self
            .facts
            .get(contact.0)?
            .and_then(|v| ContactFacts::from_row(v.value()).last_contacted))
    }

    /// Saves a note with the follow-ups captured from its lines, and clears the contact's draft:
    /// one user action, one transaction.
    pub fn save_note(
        &mut self,
        interaction: &mut Interaction,
        captured: &[crate::domain::Captured],
        now: NaiveDateTime,
    ) -> Result<Vec<FollowUpId>> {
        self.add_interaction(interaction)?;
        let mut ids = Vec::new();
        for c in captured {
            let mut f = FollowUp::new(interaction.contact, c.due, c.direction, c.text.clone(), now);
            f.from_interaction = Some(interaction.id);
            ids.push(self.add_followup(&mut f)?);
        }
        self.discard_draft(interaction.contact)?;
        Ok(ids)
    }

    /// Keeps the editor's unsaved text for a contact (one draft per contact); a blank draft
    /// removes the kept one.
    pub fn save_draft(&mut self, draft: &Draft) -> Result<()> {
        if draft.is_blank() {
            self.drafts.remove(draft.contact.0)?;
        } else {
            self.drafts
                .insert(draft.contact.0, encode(draft)?.as_slice())?;
        }
        Ok(())
    }

    pub fn discard_draft(&mut self, contact: ContactId) -> Result<()> {
        self.drafts.remove(contact.0)?;
        Ok(())
    }
}
