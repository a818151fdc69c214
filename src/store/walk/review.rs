//! The walk's part for the review's counted indexes (`review_index.rs`): the rows the file
//! holds, and the rows the records call for, which are derived from the other indexes' rows.

use super::{Map, Walk, scan};
use crate::store::Result;
use crate::store::review_index::{ReviewRows, kept_rows, review_rows};
use crate::store::tables::{DAY_COUNTS, SILENCE};

/// The review's rows as the walk's records call for them (with the rows of damaged records
/// that the other indexes keep).
pub(in crate::store) fn expected_rows(w: &Walk) -> ReviewRows {
    let (e, a) = (&w.expected, &w.actual);
    let bad_contact = |id: &u64| w.bad_contacts.contains(id);
    let facts = kept_rows(&e.facts, &a.facts, bad_contact);
    let occasions = kept_rows(&e.occasions, &a.occasions, |k| bad_contact(&k.1));
    let open = kept_rows(&e.open, &a.open, |k| w.bad_followups.contains(&k.2));
    review_rows(facts, occasions.keys(), &open)
}

/// Reads both tables as the file holds them, into the walk.
pub(super) fn read_actual(txn: &redb::ReadTransaction, w: &mut Walk) -> Result<()> {
    let mut rows = Map::new();
    scan(txn, SILENCE, "silence_v1", w, |k, _, _| {
        rows.insert(k.value(), ());
        format!("{:?}", k.value())
    })?;
    w.actual.review.silence = rows;
    let mut rows = Map::new();
    scan(txn, DAY_COUNTS, "day_counts_v1", w, |k, v, _| {
        rows.insert(k.value(), v.value());
        format!("{:?}", k.value())
    })?;
    w.actual.review.counts = rows;
    Ok(())
}
