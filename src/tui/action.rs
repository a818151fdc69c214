//! Everything that can happen to the notebook screen: what a person asks for (`Action`, one
//! variant each, resolved from keys by `keymap.rs`) and what the loop, the terminal and the store
//! report (`Report`, after an effect ran). `update` turns either into state changes and effects;
//! effects are the only way to reach the store.

use crate::domain::{ContactId, Draft, Interaction, InteractionId};
use chrono::{NaiveDate, NaiveDateTime};
use crossterm::event::KeyEvent;

pub use super::model::{ContactDetail, ContactRow, FollowUpChange, KeepDraft, SearchOutcome};

mod effect;
pub use effect::Effect;

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    // --- moving around ---
    /// Select the previous row of the focused pane.
    Up,
    /// Select the next row of the focused pane.
    Down,
    /// Jump to the first row.
    First,
    /// Jump to the last row.
    Last,
    /// Move one screen up.
    PageUp,
    /// Move one screen down.
    PageDown,
    /// Focus the next pane (contact list → timeline).
    NextPane,
    /// Focus the previous pane.
    PrevPane,
    /// Open the selected thing: a contact's timeline, or the whole of an interaction's note.
    Open,
    /// Close the open overlay or note and go back.
    Back,

    // --- doing things ---
    /// Write a new note for the selected contact (resumes its draft if there is one).
    NewNote,
    /// Add a contact.
    AddContact,
    /// Edit the selected contact.
    EditContact,
    /// Archive the selected contact, with a reason.
    ArchiveContact,
    /// List the archived contacts instead of those in use, or back.
    ShowArchived,
    /// Bring the selected archived contact back into use (asks first).
    RestoreContact,
    /// Delete the selected interaction.
    DeleteInteraction,
    /// Edit the selected interaction's note in the notes editor.
    EditNote,
    /// Merge another record of the same person into the selected contact.
    MergeContact,
    /// Delete the selected contact with its notes and follow-ups (asks first).
    DeleteContact,
    /// Take back the last change to the notebook.
    Undo,
    /// Do the last change undone again.
    Redo,
    /// Filter the contact list by name.
    Search,
    /// Show every key.
    Help,
    /// Show the last messages the status bar said, newest first.
    Messages,
    /// Open the review: who needs attention today.
    Review,
    /// Open the stats: the business read across its people, chart by chart.
    Stats,
    /// Add a follow-up for the selected contact.
    NewFollowUp,
    /// Record an invoice or a bill for the selected contact.
    NewInvoice,
    /// Record a payment against the invoice or bill selected in the review.
    Pay,
    /// Write off the invoice or bill selected in the review (asked once).
    WriteOff,
    /// Void the invoice or bill selected in the review (asked once).
    Void,
    /// Promise an apology for the promise of mine selected in the review, past its day.
    Apologise,
    /// Record how the complaint selected in the review was settled.
    Resolve,
    /// Thank for the review item selected: a referral that first bought, or greetings on a
    /// birthday, an occasion or a first-purchase anniversary.
    Thank,
    /// Import contacts from a file (vCard, CSV, a folder of vCards or a kith backup).
    Import,
    /// Mark the selected follow-up done.
    Done,
    /// Snooze the selected follow-up by a day.
    Snooze,
    /// Snooze the selected follow-up to a date typed in words.
    SnoozeTo,
    /// Drop the selected follow-up.
    Drop,
    /// Leave kith (drafts are kept; asks first when the note could not be kept anywhere).
    Quit,

    // --- inside forms, the editor and prompts ---
    /// Save the editor or form.
    Save,
    /// Move to the next field.
    NextField,
    /// Move to the previous field.
    PrevField,
    /// Enter in a single-line field: next field, or save on the last one.
    SubmitField,
    /// Cycle the editor's channel, or a form's kind.
    CycleChoice,
    /// Cycle backwards.
    CycleChoiceBack,
    /// Answer yes to a question.
    Confirm,
    /// A key typed into the focused text field.
    Input(KeyEvent),
    /// Text pasted into the focused text field.
    Paste(String),
}

impl Action {
    /// Whether doing it writes to the notebook (directly or through the form or question it
    /// opens), so a notebook open for reading only refuses it at once.
    pub fn writes(&self) -> bool {
        matches!(
            self,
            Action::NewNote
                | Action::AddContact
                | Action::EditContact
                | Action::ArchiveContact
                | Action::RestoreContact
                | Action::DeleteInteraction
                | Action::EditNote
                | Action::MergeContact
                | Action::DeleteContact
                | Action::Undo
                | Action::Redo
                | Action::NewFollowUp
                | Action::NewInvoice
                | Action::Pay
                | Action::WriteOff
                | Action::Void
                | Action::Apologise
                | Action::Resolve
                | Action::Thank
                | Action::Import
                | Action::Done
                | Action::Snooze
                | Action::SnoozeTo
                | Action::Drop
        )
    }
}

/// What the event loop, the terminal, the store or a background thread reports: nobody asked
/// for it just now, so it leaves the status bar's last message in place.
#[derive(Debug, Clone, PartialEq)]
pub enum Report {
    /// A signal asked kith to stop: leave now, keeping the draft, without asking.
    Stop,
    /// The terminal has a new size.
    Resize(u16, u16),
    /// The editor has unsaved changes old enough to keep: hand its text to the draft keeper.
    AutosaveDraft,
    /// The local date, checked now and then so "today" moves at midnight.
    Today(NaiveDate),
    /// The sorted contact list (id and folded name), and the contact to select.
    ListLoaded {
        entries: crate::domain::ContactIds,
        /// Contacts in the notebook, even when `entries` is only the first screen of them.
        total: usize,
        select: Option<ContactId>,
        /// Which request this answers; answers to older requests are dropped.
        generation: u64,
    },
    RowsLoaded(Vec<ContactRow>),
    DetailLoaded(Box<ContactDetail>),
    /// The editor can open for `contact`, with its kept draft if any.
    EditorReady {
        contact: ContactId,
        name: String,
        draft: Option<Draft>,
        now: NaiveDateTime,
    },
    /// The editor can open on a saved note, with the contact's kept draft if any.
    NoteEditReady {
        interaction: Box<Interaction>,
        name: String,
        draft: Option<Draft>,
        now: NaiveDateTime,
    },
    /// What the next undo (`forward`: redo) would take back, to ask before doing it; `None`
    /// when there is nothing.
    StepShown {
        forward: bool,
        pending: Option<crate::store::Pending>,
    },
    /// A note was saved with `followups` captured from its lines.
    NoteSaved {
        contact: ContactId,
        interaction: InteractionId,
        followups: usize,
        problems: Vec<String>,
    },
    DraftSaved,
    /// The notebook refused the draft (`problem` says why, e.g. "disk full"); its text went to
    /// the rescue file at `path`.
    DraftRescued {
        problem: String,
        path: std::path::PathBuf,
    },
    /// The notebook refused the draft and no rescue file could be written either: the text is
    /// only in the editor.
    DraftNotKept {
        problem: String,
    },
    /// Saving a note failed on the disk (full, read-only, file gone); the text stays in the
    /// editor and goes to the draft keeper.
    NoteNotSaved {
        problem: String,
    },
    /// Another kith process was writing; the note stays in the editor and is saved again soon.
    NoteBusy,
    /// Try the queued note save again.
    RetrySave,
    /// Another kith process changed the notebook: read again what the screen shows.
    NotebookChanged,
    ContactSaved {
        contact: ContactId,
        added: bool,
    },
    ContactArchived(ContactId),
    /// An archived contact is in use again.
    ContactRestored {
        contact: ContactId,
        name: String,
    },
    /// The contact a merge would take in was found: ask before merging.
    MergeFound {
        keep: ContactId,
        keep_name: String,
        absorb: ContactId,
        absorb_name: String,
        moving: (usize, usize),
    },
    /// Two contacts were merged; the message says what moved.
    ContactsMerged {
        keep: ContactId,
        message: String,
    },
    InteractionDeleted(ContactId),
    /// An undo, a redo or a delete changed the notebook (or says why it did not): the
    /// message goes to the status bar, an error as such, and what is shown is read again.
    Rewritten {
        message: String,
        failed: bool,
    },
    ReviewLoaded(Box<crate::review::Review>),
    StatsLoaded(Box<crate::review::stats::Stats>),
    /// The people behind a number of the stats: the first of them with their names, and how
    /// many in all.
    PeopleLoaded {
        bar: crate::review::stats::Bar,
        rows: Vec<(ContactId, String)>,
        total: usize,
    },
    /// A follow-up was added, done, snoozed or dropped; the message says which.
    FollowUpChanged {
        contact: ContactId,
        message: String,
    },
    /// An invoice, a bill or a payment was recorded; the message says which.
    MoneyChanged {
        contact: ContactId,
        message: String,
    },
    /// Open promises and reminders that are overdue, and due today.
    CountsLoaded {
        overdue: usize,
        today: usize,
    },
    /// How far a running import has got.
    ImportProgress(String),
    /// An import finished: what it did, or why it did nothing.
    Imported(Result<crate::interop::files::ImportReport, String>),
    /// What a search found, for the search of that generation.
    SearchResults {
        generation: u64,
        outcome: Result<SearchOutcome, String>,
    },
    /// An effect failed; the message goes to the status bar and nothing typed is lost.
    Failed(String),
}

/// What `update` reads: a person's request, or a report.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Action(Action),
    Report(Report),
}

impl From<Action> for Msg {
    fn from(action: Action) -> Msg {
        Msg::Action(action)
    }
}

impl From<Report> for Msg {
    fn from(report: Report) -> Msg {
        Msg::Report(report)
    }
}
