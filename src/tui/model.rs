//! The types the screen's parts share: rows and details read from the store, what a search
//! found, a change to a follow-up, a draft on its way to the keeper, and what effects need to
//! know. `action`, `state` and `effects` all use them, and this module uses none of those, so
//! the three never import each other in a circle.

use crate::domain::{
    CadenceDefaults, Channel, Contact, ContactId, Draft, FollowUp, Interaction, InteractionId,
};
use chrono::{NaiveDate, NaiveDateTime};

/// One row of the contact list, as it is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactRow {
    pub id: ContactId,
    pub name: String,
    pub kind: crate::domain::Kind,
    pub last_contacted: Option<NaiveDateTime>,
    /// An open follow-up is past due or the keep-in-touch cadence has lapsed.
    pub needs_attention: bool,
    /// Shown by a wide list: the company, and the day the soonest open follow-up is due.
    pub company: Option<String>,
    pub next_due: Option<chrono::NaiveDate>,
}

/// Everything shown about the selected contact.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactDetail {
    pub contact: Contact,
    pub last_contacted: Option<NaiveDateTime>,
    /// The keep-in-touch cadence that applies (their own, else their kind's default).
    pub cadence: Option<u32>,
    /// Newest first.
    pub timeline: Vec<Interaction>,
    pub followups: Vec<FollowUp>,
    /// The name of who referred them (none when no one did, or their record does not read).
    pub referrer: Option<String>,
    /// The local occasions they are greeted for on their own (not through a tag).
    pub celebrated: Vec<crate::domain::LocalOccasion>,
    /// Their invoices and bills, paid ones too, oldest first.
    pub invoices: Vec<crate::domain::Invoice>,
    /// Whom they referred (the first few, by id) and what it brought, from the referral rows.
    pub referred: crate::store::Referred,
    /// The names of those first few referred.
    pub referred_names: Vec<String>,
    /// Records that could not be read, reported once in the status bar.
    pub damaged: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SearchOutcome {
    /// Contacts, best match first.
    Contacts(Vec<ContactId>),
    /// Notes, newest first; `more` when there were more than listed.
    Notes { hits: Vec<NoteHit>, more: bool },
}

/// What to do to a follow-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowUpChange {
    Done,
    Drop,
    SnoozeTo(NaiveDate),
}

/// A draft on its way to the notebook, with what a rescue file needs if the notebook refuses it.
#[derive(Debug, Clone, PartialEq)]
pub struct KeepDraft {
    pub draft: Draft,
    /// The contact's name, for the rescue file's header.
    pub name: String,
    /// When the editor opened: one rescue file per editor session.
    pub opened_at: NaiveDateTime,
}

/// A note that matched a `#` search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteHit {
    pub contact: ContactId,
    pub name: String,
    pub interaction: InteractionId,
    pub at: NaiveDateTime,
    pub channel: Channel,
    /// The line that matched.
    pub snippet: String,
}

/// What effects need to know besides the store: the day, and the configured cadences.
#[derive(Debug, Clone)]
pub struct Context {
    pub today: NaiveDate,
    pub cadences: CadenceDefaults,
    /// Items the review reads a section (more once its "… and N more" is opened).
    pub review_limit: usize,
}
