//! The numbers a small business reads about its people (`kith stats`, the stats screen):
//! interactions per week by channel, customers gained, lost and kept per month with the
//! reasons they left, money owed by age, promises kept, top customers by value, what contacts
//! are worth by kind and by tag, and who is at risk of leaving. Every number is read from the
//! indexes the writer keeps (`store/stats_index.rs`, the owed and promise indexes), never from a
//! walk of the records, and every bar leads to the people behind it (`people_behind`).

mod behind;
mod build;

pub use behind::{Bar, people_behind};
pub use build::{stats, stats_with};

use crate::domain::{ArchiveReason, Channel, ContactId, Currency, Kept, Kind, Totals};
use chrono::NaiveDate;

/// How much the stats cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatsOptions {
    /// ISO weeks of interactions, the current one last.
    pub weeks: u32,
    /// Months of customers gained and lost, the current one last.
    pub months: u32,
    /// Top customers per currency.
    pub top: usize,
    /// Contacts at risk listed (all are counted).
    pub at_risk: usize,
}

impl Default for StatsOptions {
    fn default() -> Self {
        StatsOptions {
            weeks: 12,
            months: 12,
            top: 10,
            at_risk: 20,
        }
    }
}

/// Everything the stats screen and `kith stats --json` show.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub today: NaiveDate,
    /// Interactions per ISO week, oldest first, the current week last.
    pub weeks: Vec<WeekCounts>,
    /// Customers per month, oldest first, the current month last.
    pub months: Vec<MonthCounts>,
    /// Money owed both ways, per currency, in aging buckets (`domain::Aging`).
    pub owed: Totals,
    /// My promises: kept on time, late, overdue, over the months shown.
    pub promises: Kept,
    /// What others promised me (requests), the same way.
    pub requests: Kept,
    /// Top customers in use by value, per currency, highest first.
    pub top: Vec<TopCustomers>,
    /// What contacts are worth, by kind and by tag, per currency.
    pub value_by_kind: Vec<GroupValue>,
    pub value_by_tag: Vec<GroupValue>,
    /// The average days between two purchases of the same customer, over every customer who
    /// bought more than once; `None` when nobody did.
    pub days_between_purchases: Option<f64>,
    /// Contacts in use whose silence passed their rhythm, furthest past first, up to the limit.
    pub at_risk: Vec<AtRisk>,
    /// How many are at risk in all.
    pub at_risk_total: u64,
}

/// One ISO week's interactions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekCounts {
    /// The week's Monday.
    pub monday: NaiveDate,
    /// Per channel, in `Channel::ALL` order, channels with none left out.
    pub by_channel: Vec<(Channel, u64)>,
}

impl WeekCounts {
    pub fn total(&self) -> u64 {
        self.by_channel.iter().map(|(_, n)| n).sum()
    }
}

/// One month's customers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthCounts {
    /// The month's first day.
    pub month: NaiveDate,
    pub gained: u64,
    pub lost: u64,
    /// Customers in use at the month's end (today, for the current month).
    pub kept: u64,
    /// The lost ones by why they left, in `ArchiveReason::ALL` order, reasons with none left out.
    pub reasons: Vec<(ArchiveReason, u64)>,
}

/// The top customers in one currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopCustomers {
    pub currency: Currency,
    pub customers: Vec<CustomerValue>,
}

/// What one contact is worth in one currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerValue {
    pub contact: ContactId,
    pub name: String,
    /// Purchases minus refunds, in minor units.
    pub minor: i64,
    pub purchases: u32,
}

/// What contacts of one kind or with one tag are worth in one currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupValue {
    /// The kind's name or the tag.
    pub group: String,
    pub kind: Option<Kind>,
    pub currency: Currency,
    pub minor: i64,
    /// How many contacts of the group bought something in this currency.
    pub contacts: u64,
}

/// A contact at risk of leaving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtRisk {
    pub contact: ContactId,
    pub name: String,
    pub kind: Kind,
    /// The last day they were in touch (or were added, when never).
    pub last: NaiveDate,
    /// Their usual gap in days.
    pub rhythm: u32,
    /// Whether the rhythm was learned from their history (else it is their set cadence).
    pub learned: bool,
    /// Days past the point where they became at risk.
    pub days_past: i64,
}

/// Which promises a bar of the promises chart counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromiseBar {
    OnTime,
    Late,
    Overdue,
}
