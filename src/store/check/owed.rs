//! `kith check`'s part for money owed: each invoice index compared with what the invoices
//! call for, as the walk read both (`walk/owed.rs`).

use super::{IndexProblem, diff};
use crate::store::walk::owed::OWED_INDEXES;
use crate::store::walk::{Map, Walk};
use std::collections::HashSet;

/// How each invoice index differs from what the invoices call for, in `OWED_INDEXES` order.
/// Rows of invoices that do not decode are neither missing nor extra; the sums, which such an
/// invoice is part of, are not compared at all then: nothing can say what they should be.
pub(in crate::store) fn owed_problems(w: &Walk) -> [Option<IndexProblem>; 5] {
    if !w.complete("invoices_v1") {
        return Default::default();
    }
    let (e, a, bad) = (&w.owed.expected, &w.owed.actual, &w.owed.bad);
    [
        diff(&e.by_contact, &a.by_contact, |k| bad.contains(&k.1)).problem(OWED_INDEXES[0]),
        diff(&e.open, &a.open, |k| bad.contains(&k.2)).problem(OWED_INDEXES[1]),
        sums(&e.days, &a.days, bad, OWED_INDEXES[2]),
        sums(&e.contacts, &a.contacts, bad, OWED_INDEXES[3]),
        diff(&e.refs, &a.refs, |k| bad.contains(&k.1)).problem(OWED_INDEXES[4]),
    ]
}

/// A sum index compared, when every invoice decodes.
fn sums<K: Ord + Clone + std::fmt::Debug, V: PartialEq + Clone>(
    expected: &Map<K, V>,
    actual: &Map<K, V>,
    bad: &HashSet<u64>,
    index: &'static str,
) -> Option<IndexProblem> {
    if bad.is_empty() {
        diff(expected, actual, |_| false).problem(index)
    } else {
        None
    }
}
