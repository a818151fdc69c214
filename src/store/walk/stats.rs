//! The walk's part for the stats: the rows the contacts and notes call for (`stats_index.rs`,
//! the writer's own row builders) and the rows the file holds, so `kith check` can compare
//! them (`check/stats.rs`) and its repair rebuild them. They are compared only when every
//! contact and note decodes and both tables read to their end (what a damaged record's rows
//! should be nobody can say), and only once the rows were built: a notebook no kith that keeps
//! them has opened for writing has none yet, and its first writable open builds them.

use super::Walk;
use crate::domain::Standing;
use crate::store::Result;
use crate::store::codec;
use crate::store::contain::contain;
use crate::store::owed_read::optional;
use crate::store::stats_index::{STATS_ROWS_KEY, StatsRows, rows_from};
use crate::store::tables::*;
use redb::{ReadTransaction, ReadableTable};

/// The stats indexes twice over, when they are compared.
#[derive(Debug, Default)]
pub(in crate::store) struct StatsWalk {
    pub expected: Option<StatsRows>,
    pub actual: StatsRows,
}

/// The index tables, in the order `check/stats.rs` reports them.
pub(in crate::store) const STATS_INDEXES: [&str; 10] = [
    "stats_weeks_v1",
    "stats_week_people_v1",
    "stats_standings_v1",
    "stats_months_v1",
    "stats_month_people_v1",
    "stats_top_v1",
    "stats_groups_v1",
    "stats_group_people_v1",
    "stats_totals_v1",
    "stats_at_risk_v1",
];

/// Reads both sides into the walk (after the contacts and notes were scanned).
pub(super) fn scan_stats(txn: &ReadTransaction, w: &mut Walk) -> Result<()> {
    let whole = w.bad_contacts.is_empty()
        && w.bad_interactions.is_empty()
        && w.complete("contacts_v1")
        && w.complete("interactions_v1");
    let built = contain(|| {
        Ok(optional(txn, META)?
            .map(|meta| meta.get(STATS_ROWS_KEY).map(|v| v.is_some()))
            .transpose()?
            .unwrap_or(false))
    })
    .unwrap_or(false);
    if !whole || !built {
        return Ok(());
    }
    let expected =
        contain(|| rows_from(&txn.open_table(CONTACTS)?, &txn.open_table(INTERACTIONS)?));
    let actual = contain(|| held(txn));
    if let (Ok(expected), Ok(actual)) = (expected, actual) {
        w.stats = StatsWalk {
            expected: Some(expected),
            actual,
        };
    }
    Ok(())
}

/// Every stats table as the file holds it; an absent one reads as empty.
fn held(txn: &ReadTransaction) -> Result<StatsRows> {
    let mut rows = StatsRows::default();
    macro_rules! read {
        ($def:expr, |$k:ident, $v:ident| $into:expr) => {
            if let Some(t) = optional(txn, $def)? {
                for entry in t.iter()? {
                    let (k, v) = entry?;
                    let ($k, $v) = (k.value(), v.value());
                    $into;
                }
            }
        };
    }
    read!(STATS_WEEKS, |k, v| rows.weeks.insert(k, v));
    read!(STATS_WEEK_PEOPLE, |k, v| rows.week_people.insert(k, v));
    read!(
        STATS_STANDINGS,
        |k, v| if let Ok(s) = codec::decode::<Standing>(v) {
            rows.standings.insert(k, s);
        }
    );
    read!(STATS_MONTHS, |k, v| rows.months.insert(k, v));
    read!(STATS_MONTH_PEOPLE, |k, v| rows.month_people.insert(k, v));
    read!(STATS_TOP, |k, v| rows
        .top
        .insert((k.0.to_string(), k.1, k.2), v));
    read!(STATS_GROUPS, |k, v| rows
        .groups
        .insert((k.0, k.1.to_string(), k.2.to_string()), v));
    read!(STATS_GROUP_PEOPLE, |k, v| rows
        .group_people
        .insert((k.0, k.1.to_string(), k.2.to_string(), k.3), v));
    read!(STATS_TOTALS, |k, v| rows.totals.insert(k.to_string(), v));
    read!(STATS_AT_RISK, |k, v| rows.at_risk.insert(k, v));
    Ok(rows)
}
