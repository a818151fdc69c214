//! Merging two contacts from the screen: what the merge would move, then the merge.

use crate::clock;
use crate::domain::ContactId;
use crate::say;
use crate::store::{Store, StoreError};
use crate::tui::action::Report;

/// The contact typed for a merge, and what merging it would move.
pub(super) fn find_merge(store: &Store, keep: ContactId, query: &str) -> Result<Report, String> {
    (|| -> Result<Report, StoreError> {
        let absorb = store.resolve(query)?;
        if absorb == keep {
            return Err(StoreError::Invalid(crate::domain::Invalid::new(say!(
                "question-merge-itself"
            ))));
        }
        let other = store.contact(absorb)?;
        let keep_name = store.contact(keep)?.name;
        let interactions = store.timeline(absorb, usize::MAX)?.items.len();
        let followups = store.followups_for(absorb)?.items.len();
        Ok(Report::MergeFound {
            keep,
            keep_name,
            absorb,
            absorb_name: other.name,
            moving: (interactions, followups),
        })
    })()
    .map_err(|e| say!("question-merge-refused", error = e.to_string()))
}

pub(super) fn merge(store: &Store, keep: ContactId, absorb: ContactId) -> Result<Report, String> {
    store
        .write(|w| w.merge_contacts(keep, absorb, clock::now()))
        .map(|moved| Report::ContactsMerged {
            keep,
            message: say!(
                "question-merged",
                interactions = moved.interactions,
                followups = moved.followups
            ),
        })
        .map_err(|e| say!("question-merge-failed", error = e.to_string()))
}
