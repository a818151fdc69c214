//! The screen's undo (`u`), redo (`C-r`) and delete (`X`, once asked) against the store:
//! each is one write, shared with the command line's history, and reports what the status
//! bar says ("undid: archive Anita Sharma", or why nothing was done).

use super::action::Report;
use crate::clock;
use crate::domain::ContactId;
use crate::say;
use crate::store::{Replayed, Store};

/// Undoes the last change (`forward`: redoes the last undone one).
pub(crate) fn undo(store: &Store, forward: bool) -> Report {
    let result = if forward { store.redo() } else { store.undo() };
    let (message, failed) = match (result, forward) {
        (Ok(Replayed::Done(what)), false) => (say!("undo-undid", what = what), false),
        (Ok(Replayed::Done(what)), true) => (say!("undo-redid", what = what), false),
        (Ok(Replayed::Nothing), false) => (say!("undo-nothing"), true),
        (Ok(Replayed::Nothing), true) => (say!("undo-nothing-to-redo"), true),
        (Ok(Replayed::Conflict { what, changed }), false) => {
            (say!("undo-conflict", what = what, changed = changed), true)
        }
        (Ok(Replayed::Conflict { what, changed }), true) => (
            say!("undo-redo-conflict", what = what, changed = changed),
            true,
        ),
        (Err(e), false) => (say!("undo-failed", error = e.to_string()), true),
        (Err(e), true) => (say!("undo-redo-failed", error = e.to_string()), true),
    };
    Report::Rewritten { message, failed }
}

/// Deletes a contact with its notes and follow-ups.
pub(crate) fn delete(store: &Store, contact: ContactId) -> Report {
    match store.write(|w| w.delete_contact(contact, clock::now())) {
        Ok(deleted) => Report::Rewritten {
            message: say!(
                "delete-screen-deleted",
                name = deleted.name,
                interactions = deleted.interactions,
                followups = deleted.followups
            ),
            failed: false,
        },
        Err(e) => Report::Rewritten {
            message: say!("delete-failed", error = e.to_string()),
            failed: true,
        },
    }
}
