//! `kith check`'s part for promises kept and complaints resolved: each index compared with
//! what the follow-ups, complaints and resolutions call for, as the walk read both
//! (`walk/kept.rs`).

use super::{IndexProblem, diff};
use crate::store::walk::Walk;
use crate::store::walk::kept::KEPT_INDEXES;

/// How each index differs from what its records call for, in `KEPT_INDEXES` order. An index
/// is compared only when every table it is made from reads to its end; the counts, which a
/// record that does not decode is part of, only when every such record decodes.
pub(in crate::store) fn kept_problems(w: &Walk) -> [Option<IndexProblem>; 5] {
    let (e, a) = (&w.kept.expected, &w.kept.actual);
    let followups = w.complete("followups_v1");
    let notes = ["interactions_v1", "resolutions_v1"]
        .iter()
        .all(|t| w.complete(t));
    let whole_followups = followups && w.bad_followups.is_empty();
    let whole_notes = notes && w.bad_interactions.is_empty() && w.kept.bad.is_empty();
    let bad_note = |id: &u64| w.bad_interactions.contains(id) || w.kept.bad.contains(id);
    [
        whole_followups
            .then(|| diff(&e.days, &a.days, |_| false).problem(KEPT_INDEXES[0]))
            .flatten(),
        whole_followups
            .then(|| diff(&e.contacts, &a.contacts, |_| false).problem(KEPT_INDEXES[1]))
            .flatten(),
        followups
            .then(|| {
                diff(&e.late, &a.late, |k| w.bad_followups.contains(&k.2)).problem(KEPT_INDEXES[2])
            })
            .flatten(),
        notes
            .then(|| {
                diff(&e.open_complaints, &a.open_complaints, |k| bad_note(&k.1))
                    .problem(KEPT_INDEXES[3])
            })
            .flatten(),
        whole_notes
            .then(|| diff(&e.complaint_days, &a.complaint_days, |_| false).problem(KEPT_INDEXES[4]))
            .flatten(),
    ]
}
