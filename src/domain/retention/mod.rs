//! Retention and value: why a customer left (the common reasons an owner picks from, or their
//! own words), when a contact counts as gained and lost, what a contact is worth (purchases
//! minus refunds, per currency), their usual rhythm learned from their history, and when the
//! gap since they were last seen puts them at risk. Pure rules; the store keeps the sums they
//! are read from (`store/stats_index.rs`).
//!
//! Definitions:
//! - a **refund** is a purchase whose amount is negative; a contact's **value** in a currency is
//!   the sum of their purchases in it, refunds included, so purchases minus refunds;
//! - a contact is a **customer** when their kind is customer or they bought something;
//! - a customer is **gained** on the earlier of the day they were added (if added as a customer)
//!   and the day of their first purchase, and **lost** on the day they were archived;
//! - the customers **kept** at a month's end are those gained by then and not lost by then;
//! - a contact's **rhythm** is the median gap in days between the distinct days they were in
//!   touch (any channel, purchases too), learned once there are at least `MIN_GAPS` gaps; until
//!   then their own keep-in-touch cadence stands in, if they have one;
//! - a contact in use is **at risk** when the days since they were last in touch pass
//!   `max(rhythm × 3 / 2, AT_RISK_MIN_DAYS)`; the list is ranked by how far past.

mod reason;
mod standing;

pub use reason::ArchiveReason;
pub use standing::{Standing, month_number, month_of_number, week_monday};

/// Gaps needed before a contact's own rhythm is trusted over their set cadence.
pub const MIN_GAPS: usize = 2;

/// The fewest days of silence that put anyone at risk, however tight their rhythm.
pub const AT_RISK_MIN_DAYS: u32 = 14;

/// Days of silence after which a contact with `rhythm` is at risk.
pub fn at_risk_after(rhythm: u32) -> u32 {
    let after = (u64::from(rhythm) * 3).div_ceil(2);
    u32::try_from(after)
        .unwrap_or(u32::MAX)
        .max(AT_RISK_MIN_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_risk_waits_half_a_rhythm_more_and_at_least_two_weeks() {
        assert_eq!(at_risk_after(30), 45);
        assert_eq!(at_risk_after(7), 14);
        assert_eq!(at_risk_after(11), 17);
        assert_eq!(at_risk_after(u32::MAX), u32::MAX);
    }
}
