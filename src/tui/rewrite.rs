//! The screen's undo (`u`), redo (`C-r`) and delete (`X`), each asked once, and the edit of a
//! saved note (`E`) against the store: what the next undo would take back is read first, to
//! ask; each change is one write, shared with the command line's history, and reports what the
//! status bar says ("undid: archive Anita Sharma", or why nothing was done).

use super::action::Report;
use crate::clock;
use crate::domain::{ContactId, Interaction};
use crate::say;
use crate::store::{Pending, Replayed, Store};

/// What the next undo (`forward`: redo) would take back.
pub(crate) fn show_step(store: &Store, forward: bool) -> Result<Report, String> {
    match store.next_step(forward) {
        Ok(pending) => Ok(Report::StepShown { forward, pending }),
        Err(e) if forward => Err(say!("undo-redo-failed", error = e.to_string())),
        Err(e) => Err(say!("undo-failed", error = e.to_string())),
    }
}

/// The editor's material for editing a saved note: the contact's name and kept draft.
pub(crate) fn open_note_edit(store: &Store, interaction: Interaction) -> Result<Report, String> {
    (|| {
        let name = store.contact(interaction.contact)?.name;
        let draft = store.draft(interaction.contact)?;
        Ok(Report::NoteEditReady {
            interaction: Box::new(interaction),
            name,
            draft,
            now: clock::now(),
        })
    })()
    .map_err(|e: crate::store::StoreError| say!("editor-open-failed", error = e.to_string()))
}

/// Undoes the step shown (`forward`: redoes it), if it is still the next one.
pub(crate) fn replay(store: &Store, pending: &Pending, forward: bool) -> Report {
    let result = store.replay_shown(pending, forward);
    let (message, failed) = match (result, forward) {
        (Ok(Replayed::Done(what)), false) => (say!("undo-undid", what = what), false),
        (Ok(Replayed::Done(what)), true) => (say!("undo-redid", what = what), false),
        (Ok(Replayed::Nothing), false) => (say!("undo-nothing"), true),
        (Ok(Replayed::Nothing), true) => (say!("undo-nothing-to-redo"), true),
        (Ok(Replayed::Moved), _) => (say!("undo-moved"), true),
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
