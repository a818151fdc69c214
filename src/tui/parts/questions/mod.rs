//! Questions asked before kith acts: archive, delete, import, snooze, merge, quit unsaved, a
//! follow-up due on a day already past.

pub mod archive;
pub mod close;
pub mod render;
pub mod update;

use crate::domain::{ContactId, InteractionId};
use ratatui_textarea::TextArea;

pub enum Question {
    /// Quit although the note could not be saved (`rescued`: where its copy is, if anywhere).
    QuitUnsaved {
        problem: String,
        rescued: Option<std::path::PathBuf>,
    },
    Archive {
        contact: ContactId,
        name: String,
        reason: Box<TextArea<'static>>,
    },
    /// Undo (`forward`: redo) the step shown.
    Replay {
        pending: crate::store::Pending,
        forward: bool,
    },
    /// Take a contact out of the archive.
    Restore { contact: ContactId, name: String },
    /// Delete a contact with everything that belongs to it.
    DeleteContact { contact: ContactId, name: String },
    DeleteInteraction {
        contact: ContactId,
        interaction: InteractionId,
        summary: String,
    },
    /// The file or folder to import.
    Import { path: Box<TextArea<'static>> },
    /// Which contact to merge into `contact` (a name or id, typed).
    MergeWho {
        contact: ContactId,
        name: String,
        other: Box<TextArea<'static>>,
    },
    /// Merge `absorb` into `keep`, shown with what would move.
    Merge {
        keep: ContactId,
        keep_name: String,
        absorb: ContactId,
        absorb_name: String,
        /// Interactions and follow-ups that would move.
        moving: (usize, usize),
    },
    /// Snooze a follow-up to a day typed in words.
    Snooze {
        followup: crate::domain::FollowUpId,
        what: String,
        when: Box<TextArea<'static>>,
    },
    /// How a complaint was settled, in words.
    Resolve {
        note: crate::domain::InteractionId,
        what: String,
        text: Box<TextArea<'static>>,
    },
    /// A follow-up, snooze or note's capture line lands on a day already past: `said` says which
    /// and when, `then` what `y` goes on with.
    PastDate { said: String, then: PastThen },
    /// Write off (`off`) or void an invoice or a bill of the review.
    CloseInvoice {
        invoice: crate::domain::InvoiceId,
        off: bool,
        /// Its label, whose it is and what is left, as the question says them.
        said: (String, String, String),
    },
}

/// What goes on once a day already past is confirmed.
pub enum PastThen {
    /// Save the follow-up form still open below.
    FollowUpForm,
    /// Snooze this follow-up to this day.
    Snooze {
        followup: crate::domain::FollowUpId,
        day: chrono::NaiveDate,
    },
    /// Save the note still open below.
    Note,
}
