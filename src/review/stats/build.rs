//! Builds the stats from the indexes: one read transaction for the weeks, months, values and
//! the at-risk list (`Store::stats_read`), one for the money owed, one per direction for the
//! promises, and the names of the few contacts listed.

use super::{
    AtRisk, CustomerValue, GroupValue, MonthCounts, Stats, StatsOptions, TopCustomers, WeekCounts,
};
use crate::domain::retention::{month_number, month_of_number, week_monday};
use crate::domain::serde_time::date_to_days;
use crate::domain::{ArchiveReason, Channel, ContactId, Direction, Kind};
use crate::store::{Period, Result, StatsAsk, StatsRead, Store};
use chrono::{Duration, NaiveDate};
use std::collections::BTreeMap;

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
    let mut weeks = weeks(today, options.weeks);
    let read = store.stats_read(&StatsAsk {
        weeks: (weeks[0].monday, week_monday(today)),
        top: options.top,
        at_risk: options.at_risk,
        today,
    })?;
    fill_weeks(&mut weeks, &read);
    let names = names(store, &read)?;
    let name = |id: ContactId| names.get(&id).cloned().unwrap_or_default();
    let (value_by_kind, value_by_tag) = groups(&read);
    Ok(Stats {
        today,
        weeks,
        months: months(&read, today, options.months),
        owed: store.owed_totals(today)?,
        promises: store.kept(Direction::Promise, period, today)?,
        requests: store.kept(Direction::Request, period, today)?,
        top: read
            .top
            .iter()
            .map(|(currency, rows)| TopCustomers {
                currency: *currency,
                customers: rows
                    .iter()
                    .map(|&(contact, minor, purchases)| CustomerValue {
                        contact,
                        name: name(contact),
                        minor,
                        purchases,
                    })
                    .collect(),
            })
            .collect(),
        value_by_kind,
        value_by_tag,
        days_between_purchases: (read.gaps.1 > 0).then(|| read.gaps.0 as f64 / read.gaps.1 as f64),
        at_risk: read
            .at_risk
            .iter()
            .map(|r| AtRisk {
                contact: r.contact,
                name: name(r.contact),
                kind: names_kind(store, r.contact),
                last: r.since,
                rhythm: r.rhythm,
                learned: r.learned,
                days_past: (today - r.after).num_days(),
            })
            .collect(),
        at_risk_total: read.at_risk_total,
    })
}

/// The kind of a listed contact, from their facts.
fn names_kind(store: &Store, id: ContactId) -> Kind {
    store
        .facts(id)
        .ok()
        .flatten()
        .map_or(Kind::Other, |f| f.kind)
}

/// The names of the contacts the stats list.
fn names(store: &Store, read: &StatsRead) -> Result<BTreeMap<ContactId, String>> {
    let mut ids: Vec<ContactId> = read.at_risk.iter().map(|r| r.contact).collect();
    for (_, rows) in &read.top {
        ids.extend(rows.iter().map(|r| r.0));
    }
    ids.sort_unstable();
    ids.dedup();
    Ok(store
        .contacts(&ids)?
        .items
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect())
}

fn groups(read: &StatsRead) -> (Vec<GroupValue>, Vec<GroupValue>) {
    let (mut by_kind, mut by_tag) = (Vec::new(), Vec::new());
    for (tag, name, currency, minor, contacts) in &read.groups {
        let value = GroupValue {
            group: name.clone(),
            kind: (!tag).then(|| Kind::parse(name).ok()).flatten(),
            currency: *currency,
            minor: *minor,
            contacts: *contacts,
        };
        if *tag {
            by_tag.push(value);
        } else {
            by_kind.push(value);
        }
    }
    let most = |a: &GroupValue, b: &GroupValue| {
        (a.currency, b.minor, &a.group).cmp(&(b.currency, a.minor, &b.group))
    };
    by_kind.sort_by(most);
    by_tag.sort_by(most);
    (by_kind, by_tag)
}

/// Gained, lost and kept for each of the months shown: kept is every gained up to the month's
/// end less every lost, so all month rows are read (as many as months and reasons).
fn months(read: &StatsRead, today: NaiveDate, count: u32) -> Vec<MonthCounts> {
    let last = month_number(today);
    let first = month_number(first_month(today, count));
    let mut out: Vec<MonthCounts> = (first..=last)
        .filter_map(month_of_number)
        .map(|month| MonthCounts {
            month,
            gained: 0,
            lost: 0,
            kept: 0,
            reasons: Vec::new(),
        })
        .collect();
    let mut before = 0i64;
    let mut reasons: BTreeMap<(i32, ArchiveReason), u64> = BTreeMap::new();
    let mut balance: BTreeMap<i32, i64> = BTreeMap::new();
    for &(lost, month, reason, n) in &read.months {
        let signed = if lost { -(n as i64) } else { n as i64 };
        if month < first {
            before += signed;
            continue;
        }
        *balance.entry(month).or_default() += signed;
        let Some(row) = usize::try_from(month - first)
            .ok()
            .and_then(|i| out.get_mut(i))
        else {
            continue;
        };
        if lost {
            row.lost += n;
            *reasons.entry((month, reason)).or_default() += n;
        } else {
            row.gained += n;
        }
    }
    let mut running = before;
    for (i, row) in out.iter_mut().enumerate() {
        running += balance.get(&(first + i as i32)).copied().unwrap_or(0);
        row.kept = u64::try_from(running).unwrap_or(0);
        row.reasons = ArchiveReason::ALL
            .into_iter()
            .filter_map(|r| {
                let n = reasons.get(&(first + i as i32, r)).copied()?;
                Some((r, n))
            })
            .collect();
    }
    out
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

fn fill_weeks(weeks: &mut [WeekCounts], read: &StatsRead) {
    let first = date_to_days(weeks[0].monday);
    for &(monday, channel, n) in &read.weeks {
        let i = (date_to_days(monday) - first) / 7;
        if let Some(week) = usize::try_from(i).ok().and_then(|i| weeks.get_mut(i)) {
            week.by_channel.push((channel, n));
        }
    }
    for week in weeks {
        week.by_channel.sort_by_key(|(c, _)| order(*c));
    }
}

fn order(c: Channel) -> usize {
    Channel::ALL.iter().position(|(x, _)| *x == c).unwrap_or(0)
}
