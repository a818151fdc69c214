//! The people behind a number of the stats: every bar of every chart leads to the contacts it
//! counts.

use super::PromiseBar;
use crate::domain::{Aging, ArchiveReason, Channel, ContactId, Currency, Direction, Kind, Owing};
use crate::store::{Result, Store};
use chrono::NaiveDate;

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
/// where it ranks none).
pub fn people_behind(store: &Store, today: NaiveDate, bar: &Bar) -> Result<Vec<ContactId>> {
    let _ = (store, today, bar);
    Ok(Vec::new())
}
