//! The people behind a number of the stats: every bar of every chart leads to the contacts it
//! counts.

use super::PromiseBar;
use crate::domain::retention::month_number;
use crate::domain::{Aging, ArchiveReason, Channel, ContactId, Currency, Direction, Kind, Owing};
use crate::domain::{Outcome, outcome};
use crate::store::{Period, Result, Store};
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// A number of the stats, named so the people behind it can be listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bar {
    /// Who was in touch in the ISO week starting `monday`, in one channel or any.
    Week {
        monday: NaiveDate,
        channel: Option<Channel>,
    },
    /// Customers gained in the month starting `month`.
    Gained { month: NaiveDate },
    /// Customers lost in the month, for one reason or any.
    Lost {
        month: NaiveDate,
        reason: Option<ArchiveReason>,
    },
    /// Customers in use at the month's end.
    Kept { month: NaiveDate },
    /// Who owes (or is owed) money in one currency and aging bucket.
    Owed {
        owing: Owing,
        currency: Currency,
        aging: Aging,
    },
    /// Whose promises (mine: `Promise`, theirs: `Request`) due since `since` count in a bar.
    Promises {
        direction: Direction,
        bar: PromiseBar,
        since: NaiveDate,
    },
    /// The top customers in a currency.
    Top { currency: Currency },
    /// Contacts of a kind who bought in a currency.
    ValueByKind { kind: Kind, currency: Currency },
    /// Contacts with a tag who bought in a currency.
    ValueByTag { tag: String, currency: Currency },
    /// Everyone at risk, furthest past first.
    AtRisk,
}

/// The contacts behind `bar` as of `today`, each once, in the order the bar ranks them (by id
/// where it ranks none): exactly the people its number counts.
pub fn people_behind(store: &Store, today: NaiveDate, bar: &Bar) -> Result<Vec<ContactId>> {
    let ids = match bar {
        Bar::Week { monday, channel } => store.week_people(*monday, *channel)?,
        Bar::Gained { month } => {
            let m = month_number(*month);
            firsts(store.month_people(false, m, m)?)
        }
        Bar::Lost { month, reason } => {
            let m = month_number(*month);
            let lost = store.month_people(true, m, m)?.into_iter();
            firsts(
                lost.filter(|(_, r)| reason.is_none_or(|want| *r == want))
                    .collect(),
            )
        }
        Bar::Kept { month } => {
            let m = month_number(*month);
            let lost: BTreeSet<ContactId> = firsts(store.month_people(true, i32::MIN, m)?)
                .into_iter()
                .collect();
            let gained = firsts(store.month_people(false, i32::MIN, m)?);
            by_id(gained.into_iter().filter(|id| !lost.contains(id)).collect())
        }
        Bar::Owed {
            owing,
            currency,
            aging,
        } => {
            let (from, to) = aging.due_days(today);
            let (open, _) = store.open_invoices(*owing, from, to, usize::MAX)?;
            let owed = open
                .items
                .into_iter()
                .filter(|i| i.amount.currency == *currency);
            by_id(owed.map(|i| i.contact).collect())
        }
        Bar::Promises {
            direction,
            bar,
            since,
        } => promises(store, today, *direction, *bar, *since)?,
        Bar::Top { currency } => firsts(store.value_people(*currency)?),
        Bar::ValueByKind { kind, currency } => by_id(firsts(store.group_people(
            false,
            kind.as_str(),
            *currency,
        )?)),
        Bar::ValueByTag { tag, currency } => {
            by_id(firsts(store.group_people(true, tag, *currency)?))
        }
        Bar::AtRisk => store
            .at_risk_people(today)?
            .into_iter()
            .map(|r| r.contact)
            .collect(),
    };
    Ok(ids)
}

fn promises(
    store: &Store,
    today: NaiveDate,
    direction: Direction,
    bar: PromiseBar,
    since: NaiveDate,
) -> Result<Vec<ContactId>> {
    if bar == PromiseBar::OnTime {
        // The index knows who ever kept one on time; their own follow-ups say whether one was
        // due in the period (a read per such contact, on Enter only).
        let mut ids = Vec::new();
        for id in store.kept_on_time_people(direction)? {
            let kept = store.followups_for(id)?.items.iter().any(|f| {
                f.direction == direction
                    && outcome(f) == Some(Outcome::OnTime)
                    && (since..=today).contains(&f.due)
            });
            if kept {
                ids.push(id);
            }
        }
        return Ok(by_id(ids));
    }
    let period = Period {
        since: Some(since),
        until: Some(today),
    };
    let broken = store.broken(direction, period, today, usize::MAX)?;
    let wanted = broken.followups.into_iter().filter(|f| {
        let late = outcome(f) == Some(Outcome::Late);
        late == (bar == PromiseBar::Late)
    });
    Ok(by_id(wanted.map(|f| f.contact).collect()))
}

fn firsts<T>(rows: Vec<(ContactId, T)>) -> Vec<ContactId> {
    rows.into_iter().map(|(id, _)| id).collect()
}

/// Each once, by id.
fn by_id(mut ids: Vec<ContactId>) -> Vec<ContactId> {
    ids.sort_unstable();
    ids.dedup();
    ids
}
