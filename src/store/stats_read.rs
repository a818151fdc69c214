//! Reads of the stats, each from an index (`stats_index.rs`), never a walk of the records:
//! the weeks asked for are a range read, the months are as many rows as months and reasons,
//! the top customers the first rows of each currency, the values one row per group and
//! currency, and the at-risk list the rows before today. The people behind a bar are a range
//! read of that bar's rows. A notebook nobody wrote to since these tables came reads as empty.

use super::contain::contain;
use super::owed_read::optional;
use super::stats_index::{BY_TAG, GAP_DAYS, GAPS, LOST, channel_index};
use super::tables::*;
use super::{Result, Store, codec};
use crate::domain::serde_time::{date_to_days, days_to_date};
use crate::domain::{ArchiveReason, Channel, ContactId, Currency, Standing};
use chrono::NaiveDate;
use redb::{ReadTransaction, ReadableTable};

/// What the stats read in one read transaction.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatsRead {
    /// (Monday, channel, interactions) of the weeks asked for.
    pub weeks: Vec<(NaiveDate, Channel, u64)>,
    /// Every month row: (lost, month number, reason — `Other` for the gained, customers).
    pub months: Vec<(bool, i32, ArchiveReason, u64)>,
    /// Per currency, the contacts in use of highest value: (contact, minor units, purchases).
    pub top: Vec<(Currency, Vec<TopRow>)>,
    /// Value by kind (`by_tag` false) and by tag: (by_tag, name, currency, minor, contacts).
    pub groups: Vec<(bool, String, Currency, i64, u64)>,
    /// (days between first and last purchases, purchases after the first), summed.
    pub gaps: (u64, u64),
    /// Contacts at risk, furthest past first, up to the limit.
    pub at_risk: Vec<AtRiskRow>,
    pub at_risk_total: u64,
}

/// A top customer: (contact, value in minor units, purchases).
pub type TopRow = (ContactId, i64, u32);

/// A row of the at-risk index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AtRiskRow {
    pub contact: ContactId,
    /// The last day of silence before they were at risk.
    pub after: NaiveDate,
    /// The day last in touch, or added when never.
    pub since: NaiveDate,
    pub rhythm: u32,
    pub learned: bool,
}

/// How much of the stats to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatsAsk {
    /// The Mondays of the first and last week.
    pub weeks: (NaiveDate, NaiveDate),
    pub top: usize,
    pub at_risk: usize,
    pub today: NaiveDate,
}

fn day(days: i32) -> NaiveDate {
    days_to_date(days).unwrap_or_default()
}

fn channel(i: u8) -> Channel {
    Channel::ALL
        .get(usize::from(i))
        .map_or(Channel::Other, |(c, _)| *c)
}

impl Store {
    /// The stats' numbers as `ask` says, in one read transaction.
    pub fn stats_read(&self, ask: &StatsAsk) -> Result<StatsRead> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let mut read = StatsRead::default();
            if let Some(t) = optional(&txn, STATS_WEEKS)? {
                let (from, to) = (date_to_days(ask.weeks.0), date_to_days(ask.weeks.1));
                for entry in t.range((from, 0)..=(to, u8::MAX))? {
                    let (k, n) = entry?;
                    let (monday, c) = k.value();
                    read.weeks.push((day(monday), channel(c), n.value()));
                }
            }
            if let Some(t) = optional(&txn, STATS_MONTHS)? {
                for entry in t.iter()? {
                    let (k, n) = entry?;
                    let (event, month, reason) = k.value();
                    let reason = ArchiveReason::from_index(reason);
                    read.months.push((event == LOST, month, reason, n.value()));
                }
            }
            read.top = top(&txn, ask.top)?;
            if let Some(t) = optional(&txn, STATS_GROUPS)? {
                for entry in t.iter()? {
                    let (k, v) = entry?;
                    let (g, name, currency) = k.value();
                    let Ok(currency) = Currency::parse(currency) else {
                        continue;
                    };
                    let (minor, n) = v.value();
                    read.groups
                        .push((g == BY_TAG, name.to_string(), currency, minor, n));
                }
            }
            if let Some(t) = optional(&txn, STATS_TOTALS)? {
                let get = |k| -> Result<u64> { Ok(t.get(k)?.map_or(0, |v| v.value())) };
                read.gaps = (get(GAP_DAYS)?, get(GAPS)?);
            }
            (read.at_risk, read.at_risk_total) = at_risk(&txn, ask.today, ask.at_risk)?;
            Ok(read)
        })
    }

    /// What the stats know of one contact.
    pub fn standing(&self, contact: ContactId) -> Result<Option<Standing>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let Some(t) = optional(&txn, STATS_STANDINGS)? else {
                return Ok(None);
            };
            Ok(t.get(contact.0)?
                .and_then(|b| codec::decode::<Standing>(b.value()).ok()))
        })
    }

    /// Who was in touch in the week starting `monday`, in `channel` or any, by id.
    pub fn week_people(&self, monday: NaiveDate, only: Option<Channel>) -> Result<Vec<ContactId>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let mut ids = Vec::new();
            if let Some(t) = optional(&txn, STATS_WEEK_PEOPLE)? {
                let m = date_to_days(monday);
                let (lo, hi) = only.map_or((0, u8::MAX), |c| (channel_index(c), channel_index(c)));
                for entry in t.range((m, lo, 0)..=(m, hi, u64::MAX))? {
                    ids.push(ContactId(entry?.0.value().2));
                }
            }
            ids.sort_unstable();
            ids.dedup();
            Ok(ids)
        })
    }

    /// Who was gained (or lost) in the months `from..=to` (month numbers), with why the lost
    /// left.
    pub fn month_people(
        &self,
        lost: bool,
        from: i32,
        to: i32,
    ) -> Result<Vec<(ContactId, ArchiveReason)>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let mut people = Vec::new();
            if let Some(t) = optional(&txn, STATS_MONTH_PEOPLE)? {
                let event = u8::from(lost);
                for entry in t.range((event, from, 0)..=(event, to, u64::MAX))? {
                    let (k, reason) = entry?;
                    people.push((
                        ContactId(k.value().2),
                        ArchiveReason::from_index(reason.value()),
                    ));
                }
            }
            Ok(people)
        })
    }

    /// Every contact in use of value in `currency`, highest first.
    pub fn value_people(&self, currency: Currency) -> Result<Vec<(ContactId, i64)>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let mut people = Vec::new();
            if let Some(t) = optional(&txn, STATS_TOP)? {
                let c = currency.as_str();
                for entry in t.range((c, i64::MIN, 0)..=(c, i64::MAX, u64::MAX))? {
                    let (k, _) = entry?;
                    let (_, minus, id) = k.value();
                    people.push((ContactId(id), minus.saturating_neg()));
                }
            }
            Ok(people)
        })
    }

    /// The contacts of a kind (`by_tag` false, its name) or with a tag who bought in
    /// `currency`, with their value, by id.
    pub fn group_people(
        &self,
        by_tag: bool,
        name: &str,
        currency: Currency,
    ) -> Result<Vec<(ContactId, i64)>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let mut people = Vec::new();
            if let Some(t) = optional(&txn, STATS_GROUP_PEOPLE)? {
                let (g, c) = (u8::from(by_tag), currency.as_str());
                for entry in t.range((g, name, c, 0)..=(g, name, c, u64::MAX))? {
                    let (k, minor) = entry?;
                    people.push((ContactId(k.value().3), minor.value()));
                }
            }
            Ok(people)
        })
    }

    /// The contacts who kept a promise (or a request) on time, ever, by id.
    pub fn kept_on_time_people(
        &self,
        direction: crate::domain::Direction,
    ) -> Result<Vec<ContactId>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let mut ids = Vec::new();
            if let Some(t) = optional(&txn, PROMISE_CONTACTS)? {
                let d = super::index::direction_index(direction);
                for entry in t.iter()? {
                    let (contact, dir, outcome) = entry?.0.value();
                    if dir == d && outcome == 0 {
                        ids.push(ContactId(contact));
                    }
                }
            }
            Ok(ids)
        })
    }

    /// Everyone at risk on `today`, furthest past first.
    pub fn at_risk_people(&self, today: NaiveDate) -> Result<Vec<AtRiskRow>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            Ok(at_risk(&txn, today, usize::MAX)?.0)
        })
    }
}

/// The first `limit` rows of each currency of the top index.
fn top(txn: &ReadTransaction, limit: usize) -> Result<Vec<(Currency, Vec<TopRow>)>> {
    let Some(t) = optional(txn, STATS_TOP)? else {
        return Ok(Vec::new());
    };
    let mut all = Vec::new();
    let mut from = String::new();
    loop {
        let Some(first) = t
            .range((from.as_str(), i64::MIN, 0)..)?
            .next()
            .transpose()?
        else {
            break;
        };
        let code = first.0.value().0.to_string();
        let mut rows = Vec::new();
        let c = code.as_str();
        for entry in t
            .range((c, i64::MIN, 0)..=(c, i64::MAX, u64::MAX))?
            .take(limit)
        {
            let (k, purchases) = entry?;
            let (_, minus, id) = k.value();
            rows.push((ContactId(id), minus.saturating_neg(), purchases.value()));
        }
        if let Ok(currency) = Currency::parse(c) {
            all.push((currency, rows));
        }
        // The next currency: the smallest code after this one.
        from = format!("{code}\u{0}");
    }
    Ok(all)
}

/// The at-risk rows before `today`, up to `limit`, and how many there are.
fn at_risk(txn: &ReadTransaction, today: NaiveDate, limit: usize) -> Result<(Vec<AtRiskRow>, u64)> {
    let Some(t) = optional(txn, STATS_AT_RISK)? else {
        return Ok((Vec::new(), 0));
    };
    let (mut rows, mut total) = (Vec::new(), 0u64);
    for entry in t.range(..(date_to_days(today), 0))? {
        let (k, v) = entry?;
        total += 1;
        if rows.len() < limit {
            let (after, id) = k.value();
            let (since, rhythm, learned) = v.value();
            rows.push(AtRiskRow {
                contact: ContactId(id),
                after: day(after),
                since: day(since),
                rhythm,
                learned,
            });
        }
    }
    Ok((rows, total))
}
