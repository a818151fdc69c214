//! `kith check`'s part for the stats: each index compared with what the contacts and notes
//! call for, as the walk read both (`walk/stats.rs`), when it could.

use super::{IndexProblem, diff};
use crate::store::walk::Walk;
use crate::store::walk::stats::STATS_INDEXES;

/// How each stats index differs from what its records call for, in `STATS_INDEXES` order
/// (none when they were not compared).
pub(in crate::store) fn stats_problems(w: &Walk) -> Vec<Option<IndexProblem>> {
    let Some(e) = &w.stats.expected else {
        return Vec::new();
    };
    let a = &w.stats.actual;
    vec![
        diff(&e.weeks, &a.weeks, |_| false).problem(STATS_INDEXES[0]),
        diff(&e.week_people, &a.week_people, |_| false).problem(STATS_INDEXES[1]),
        diff(&e.standings, &a.standings, |_| false).problem(STATS_INDEXES[2]),
        diff(&e.months, &a.months, |_| false).problem(STATS_INDEXES[3]),
        diff(&e.month_people, &a.month_people, |_| false).problem(STATS_INDEXES[4]),
        diff(&e.top, &a.top, |_| false).problem(STATS_INDEXES[5]),
        diff(&e.groups, &a.groups, |_| false).problem(STATS_INDEXES[6]),
        diff(&e.group_people, &a.group_people, |_| false).problem(STATS_INDEXES[7]),
        diff(&e.totals, &a.totals, |_| false).problem(STATS_INDEXES[8]),
        diff(&e.at_risk, &a.at_risk, |_| false).problem(STATS_INDEXES[9]),
    ]
}
