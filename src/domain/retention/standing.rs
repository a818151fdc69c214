//! A contact's standing: everything the stats need of one contact, derived from the contact and
//! their notes, small enough to keep beside them and compare when either changes.

use super::{ArchiveReason, MIN_GAPS, at_risk_after};
use crate::domain::serde_time::date_to_days;
use crate::domain::{Amount, Channel, Contact, Currency, Interaction, Kind};
use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the stats know of one contact. Days are day numbers (`serde_time::date_to_days`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standing {
    pub kind: Kind,
    pub tags: Vec<String>,
    pub archived: bool,
    /// The day the contact was added.
    pub created: i32,
    /// The day they became a customer, if they are one.
    pub gained: Option<i32>,
    /// The day a customer was archived, and why.
    pub lost: Option<(i32, u8)>,
    /// Purchases minus refunds, per currency, in currency order.
    pub value: Vec<(Currency, i64)>,
    pub purchases: u32,
    pub refunds: u32,
    pub first_purchase: Option<i32>,
    pub last_purchase: Option<i32>,
    /// The last day they were in touch, any channel.
    pub last_seen: Option<i32>,
    /// Their usual gap in days: learned from their history, else their own cadence.
    pub rhythm: Option<u32>,
    /// Whether `rhythm` was learned (not their set cadence).
    pub learned: bool,
}

impl Standing {
    /// The standing of `contact` with their `notes` (in any order).
    pub fn of<'a>(contact: &Contact, notes: impl IntoIterator<Item = &'a Interaction>) -> Standing {
        let mut days = Vec::new();
        let mut value: BTreeMap<Currency, i64> = BTreeMap::new();
        let (mut purchases, mut refunds) = (0u32, 0u32);
        let (mut first, mut last) = (None::<i32>, None::<i32>);
        for note in notes {
            let day = date_to_days(note.at.date());
            days.push(day);
            if note.channel != Channel::Purchase {
                continue;
            }
            if let Some(Amount { minor, currency }) = note.amount {
                let sum = value.entry(currency).or_insert(0);
                *sum = sum.saturating_add(minor);
                if minor < 0 {
                    refunds += 1;
                    continue;
                }
            }
            purchases += 1;
            first = Some(first.map_or(day, |f| f.min(day)));
            last = Some(last.map_or(day, |l| l.max(day)));
        }
        days.sort_unstable();
        days.dedup();
        let learned = median_gap(&days);
        let created = date_to_days(contact.created_at.date());
        let customer_since = (contact.kind == Kind::Customer).then_some(created);
        let gained = match (customer_since, first) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let lost = match (&contact.archived, gained) {
            (Some(a), Some(_)) => Some((
                date_to_days(a.at.date()),
                ArchiveReason::of(&a.reason).index(),
            )),
            _ => None,
        };
        Standing {
            kind: contact.kind,
            tags: contact.tags.clone(),
            archived: contact.is_archived(),
            created,
            gained,
            lost,
            value: value.into_iter().filter(|(_, m)| *m != 0).collect(),
            purchases,
            refunds,
            first_purchase: first,
            last_purchase: last,
            last_seen: days.last().copied(),
            rhythm: learned.or(contact.cadence_days),
            learned: learned.is_some(),
        }
    }

    /// Where the contact falls in the at-risk index: (the day after which they are at risk, the
    /// day last in touch or added, their rhythm), for contacts in use with a rhythm.
    pub fn at_risk_key(&self) -> Option<(i32, i32, u32)> {
        let rhythm = self.rhythm.filter(|_| !self.archived)?;
        let since = self.last_seen.unwrap_or(self.created);
        let after = i32::try_from(at_risk_after(rhythm)).unwrap_or(i32::MAX);
        Some((since.saturating_add(after), since, rhythm))
    }

    /// The days between the first and the last purchase and the gaps between purchases, which
    /// summed over contacts give the average time between purchases.
    pub fn purchase_gaps(&self) -> (u64, u64) {
        match (self.first_purchase, self.last_purchase) {
            (Some(f), Some(l)) if self.purchases > 1 => (
                u64::try_from(l - f).unwrap_or(0),
                u64::from(self.purchases - 1),
            ),
            _ => (0, 0),
        }
    }

    /// Whether the contact is a customer.
    pub fn is_customer(&self) -> bool {
        self.gained.is_some()
    }

    /// Whether the contact bought something.
    pub fn has_value(&self) -> bool {
        !self.value.is_empty() || self.purchases > 0
    }
}

/// The median of the gaps between sorted distinct days, once there are enough of them.
fn median_gap(days: &[i32]) -> Option<u32> {
    let mut gaps: Vec<u32> = days
        .windows(2)
        .map(|w| u32::try_from(w[1] - w[0]).unwrap_or(0))
        .collect();
    if gaps.len() < MIN_GAPS {
        return None;
    }
    gaps.sort_unstable();
    let mid = gaps.len() / 2;
    Some(if gaps.len() % 2 == 1 {
        gaps[mid]
    } else {
        (gaps[mid - 1] + gaps[mid]).div_ceil(2)
    })
}

/// A month as one number, (year × 12 + month − 1), so months sort and step by one.
pub fn month_number(day: NaiveDate) -> i32 {
    day.year() * 12 + day.month0() as i32
}

/// The first day of a month number.
pub fn month_of_number(month: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(month.div_euclid(12), month.rem_euclid(12) as u32 + 1, 1)
}

/// The Monday of the ISO week `day` falls in.
pub fn week_monday(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Archived, ContactId};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }
    fn note(m: u32, d: u32, channel: Channel, amount: Option<&str>) -> Interaction {
        let at = day(m, d).and_hms_opt(10, 0, 0).unwrap();
        let mut i = Interaction::new(ContactId(1), at, channel, "n");
        i.amount = amount.map(|a| Amount::parse(a).unwrap());
        i
    }
    fn contact(kind: Kind) -> Contact {
        let mut c = Contact::new("Ana", day(3, 1).and_hms_opt(9, 0, 0).unwrap());
        c.kind = kind;
        c
    }

    #[test]
    fn value_is_purchases_minus_refunds_per_currency() {
        let notes = [
            note(3, 2, Channel::Purchase, Some("10.00 EUR")),
            note(3, 9, Channel::Purchase, Some("-2.50 EUR")),
            note(4, 1, Channel::Purchase, Some("1200 INR")),
            note(4, 5, Channel::Call, None),
        ];
        let s = Standing::of(&contact(Kind::Prospect), &notes);
        let eur = Currency::parse("EUR").unwrap();
        let inr = Currency::parse("INR").unwrap();
        assert_eq!(s.value, vec![(eur, 750), (inr, 120_000)]);
        assert_eq!((s.purchases, s.refunds), (2, 1));
        assert_eq!(s.gained, Some(date_to_days(day(3, 2))), "first purchase");
        assert_eq!(s.purchase_gaps(), (30, 1));
        assert_eq!(s.last_seen, Some(date_to_days(day(4, 5))));
    }

    #[test]
    fn a_customer_is_gained_when_added_and_lost_when_archived() {
        let mut c = contact(Kind::Customer);
        c.archived = Some(Archived {
            reason: "price".into(),
            at: day(6, 3).and_hms_opt(9, 0, 0).unwrap(),
        });
        let s = Standing::of(&c, &[]);
        assert_eq!(s.gained, Some(date_to_days(day(3, 1))));
        assert_eq!(
            s.lost,
            Some((date_to_days(day(6, 3)), ArchiveReason::Price.index()))
        );
        assert_eq!(s.at_risk_key(), None, "archived: not at risk");
        let s = Standing::of(&contact(Kind::Supplier), &[]);
        assert!(!s.is_customer());
        assert_eq!(s.lost, None);
    }

    #[test]
    fn rhythm_is_learned_from_the_days_in_touch_else_the_cadence() {
        let notes = [
            note(3, 1, Channel::Call, None),
            note(3, 1, Channel::Email, None),
            note(3, 11, Channel::Call, None),
            note(3, 21, Channel::Call, None),
            note(4, 20, Channel::Call, None),
        ];
        let s = Standing::of(&contact(Kind::Customer), &notes);
        assert_eq!((s.rhythm, s.learned), (Some(10), true));
        let last = date_to_days(day(4, 20));
        assert_eq!(s.at_risk_key(), Some((last + 15, last, 10)));
        let mut c = contact(Kind::Customer);
        c.cadence_days = Some(30);
        let s = Standing::of(&c, &notes[..2]);
        assert_eq!((s.rhythm, s.learned), (Some(30), false));
        assert_eq!(Standing::of(&contact(Kind::Customer), &[]).rhythm, None);
    }

    #[test]
    fn months_and_weeks_number_in_order() {
        assert_eq!(month_of_number(month_number(day(2, 17))), Some(day(2, 1)));
        assert_eq!(month_number(day(1, 1)) - 1, month_number(day(12, 31)) - 12);
        assert_eq!(week_monday(day(11, 22)), day(11, 16), "a Sunday");
        assert_eq!(week_monday(day(11, 16)), day(11, 16));
    }
}
