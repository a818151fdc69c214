//! `kith check`'s part for local occasions: the tag and greeting indexes compared with what
//! the contacts and celebrations call for, as the walk read them (`walk/greetings.rs`). While a
//! contact or a celebration does not decode nothing can say what they should be, and they are
//! not compared.

use super::{IndexProblem, diff};
use crate::store::walk::Walk;
use crate::store::walk::greetings::GREETING_INDEXES;

pub(in crate::store) fn greeting_problems(w: &Walk) -> [Option<IndexProblem>; 3] {
    let readable = w.complete("celebrations_v1") && w.complete("contacts_v1");
    if !readable || !w.greetings.bad.is_empty() || !w.bad_contacts.is_empty() {
        return Default::default();
    }
    let (e, a) = (&w.greetings.expected, &w.greetings.actual);
    [
        diff(&e.tags, &a.tags, |_| false).problem(GREETING_INDEXES[0]),
        diff(&e.rows, &a.rows, |_| false).problem(GREETING_INDEXES[1]),
        diff(&e.counts, &a.counts, |_| false).problem(GREETING_INDEXES[2]),
    ]
}
