//! The review's write for complaints: one settled on the screen's today, in the words typed.

use crate::clock;
use crate::domain::{InteractionId, Resolution};
use crate::say;
use crate::store::Store;
use crate::tui::action::Report;
use chrono::NaiveDate;

pub(super) fn resolve(
    store: &Store,
    note: InteractionId,
    text: String,
    on: NaiveDate,
) -> Result<Report, String> {
    let mut r = Resolution {
        note,
        on,
        text,
        created_at: clock::now(),
    };
    store
        .write(|w| {
            w.resolve_complaint(&mut r)?;
            w.saved_note(note)
        })
        .map(|saved| Report::FollowUpChanged {
            contact: saved.contact,
            message: say!("review-resolved"),
        })
        .map_err(|e| say!("review-resolve-failed", error = e.to_string()))
}
