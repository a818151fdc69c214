//! What `update` asks the event loop to do against the store (`Effect`): the only road from the
//! screen to the notebook.

use crate::domain::{Contact, ContactId, FollowUp, Interaction, InteractionId};

use super::{FollowUpChange, KeepDraft};

/// Work `update` asks the event loop to do against the store.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Read the sorted list: the first `limit` names, or all of them.
    LoadList {
        select: Option<ContactId>,
        generation: u64,
        limit: Option<usize>,
    },
    /// Read the archived contacts' ids in name order, as the list shows them.
    LoadArchived {
        select: Option<ContactId>,
        generation: u64,
    },
    LoadRows(Vec<ContactId>),
    LoadDetail(ContactId),
    OpenEditor(ContactId),
    /// Open the editor on a saved note (the edit keeps its id).
    OpenNoteEdit(Box<Interaction>),
    SaveDraft(KeepDraft),
    /// Save a note and the follow-ups captured from its lines; a note with an id is an edit
    /// of that saved note (nothing is captured).
    /// `problems` are capture lines that could not be read, reported once the note is saved.
    SaveNote {
        interaction: Interaction,
        captured: Vec<crate::domain::Captured>,
        problems: Vec<String>,
    },
    LoadReview,
    /// Read the stats as of today.
    LoadStats,
    /// Read who is behind a number of the stats.
    LoadPeople(crate::review::stats::Bar),
    /// Search (off the UI thread when the event loop runs); the query as typed.
    Search {
        generation: u64,
        query: String,
    },
    /// Contacts changed: the search index must be read again.
    RefreshSearchIndex,
    /// Import a file or folder (off the UI thread when the event loop runs).
    Import(std::path::PathBuf),
    LoadCounts,
    AddFollowUp(FollowUp),
    AddInvoice(crate::domain::Invoice),
    /// A complaint settled, in these words, on the screen's today.
    ResolveComplaint {
        note: crate::domain::InteractionId,
        text: String,
        on: chrono::NaiveDate,
    },
    /// Thanks for a review item: a promise to thank a referrer, or a note that greetings were
    /// sent, in these words, kept with the thanks record.
    Thank {
        contact: ContactId,
        about: crate::domain::ThanksFor,
        text: String,
        today: chrono::NaiveDate,
    },
    PayInvoice {
        invoice: crate::domain::InvoiceId,
        payment: crate::domain::Payment,
    },
    /// Write off (`off`) or void an invoice or a bill.
    CloseInvoice {
        invoice: crate::domain::InvoiceId,
        off: bool,
    },
    ChangeFollowUp {
        followup: crate::domain::FollowUpId,
        change: FollowUpChange,
    },
    SaveContact {
        contact: Box<Contact>,
        added: bool,
        /// Who referred them, as typed in the form (a name or `#id`; empty for no one).
        referred_by: String,
        /// The local occasions they are greeted for on their own, as the form reads them
        /// (`None`: as they are).
        celebrated: Option<Vec<crate::domain::LocalOccasion>>,
    },
    Archive {
        contact: ContactId,
        reason: String,
    },
    DeleteInteraction {
        contact: ContactId,
        interaction: InteractionId,
    },
    /// Find the contact typed to merge into `keep`, and what would move.
    FindMerge {
        keep: ContactId,
        query: String,
    },
    Merge {
        keep: ContactId,
        absorb: ContactId,
    },
    /// Read what the next undo (`forward`: redo) would take back.
    ShowStep {
        forward: bool,
    },
    /// Undo (`forward`: redo) the step shown, if it is still the next one.
    Replay {
        pending: crate::store::Pending,
        forward: bool,
    },
    DeleteContact(ContactId),
    /// Take the contact out of the archive.
    Restore(ContactId),
}
