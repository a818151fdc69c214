//! Sums of money owed, kept per direction and per currency: amounts in different currencies are
//! never added together, so each total is one currency's.

use super::{Aging, Owing};
use crate::domain::{Amount, Currency};
use std::collections::BTreeMap;

/// What is outstanding in one direction and currency, by aging bucket (`Aging::index`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Buckets {
    /// Minor units outstanding per bucket.
    pub minor: [i64; 5],
    /// How many open invoices per bucket.
    pub count: [u64; 5],
}

impl Buckets {
    pub fn total_minor(&self) -> i64 {
        self.minor.iter().fold(0i64, |a, b| a.saturating_add(*b))
    }

    pub fn total_count(&self) -> u64 {
        self.count.iter().sum()
    }

    /// Past due: every bucket but the current one.
    pub fn overdue_minor(&self) -> i64 {
        self.minor[1..]
            .iter()
            .fold(0i64, |a, b| a.saturating_add(*b))
    }
}

/// Outstanding sums by (direction, currency), each split in aging buckets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    pub by: BTreeMap<(Owing, Currency), Buckets>,
}

impl Totals {
    /// Adds `count` open invoices holding `outstanding` to a bucket.
    pub fn add(&mut self, owing: Owing, aging: Aging, outstanding: Amount, count: u64) {
        let b = self.by.entry((owing, outstanding.currency)).or_default();
        let i = aging.index();
        b.minor[i] = b.minor[i].saturating_add(outstanding.minor);
        b.count[i] = b.count[i].saturating_add(count);
    }

    pub fn is_empty(&self) -> bool {
        self.by.is_empty()
    }

    /// One direction's sums, a currency at a time in code order.
    pub fn of(&self, owing: Owing) -> impl Iterator<Item = (Currency, &Buckets)> {
        self.by
            .iter()
            .filter(move |((o, _), _)| *o == owing)
            .map(|((_, c), b)| (*c, b))
    }

    /// An amount of `currency` as minor units say it.
    pub fn amount(currency: Currency, minor: i64) -> Amount {
        Amount { minor, currency }
    }
}
