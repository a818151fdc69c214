//! Values derived from a contact's history: when we last spoke, what is due next, whether the
//! keep-in-touch cadence has lapsed, what they have spent, and how often promises were kept.

use super::{Amount, Channel, Contact, Currency, Direction, FollowUp, FollowUpState, Interaction};
use chrono::{NaiveDate, NaiveDateTime};
use std::collections::BTreeMap;

/// The time of the most recent interaction.
pub fn last_contacted(interactions: &[Interaction]) -> Option<NaiveDateTime> {
    interactions.iter().map(|i| i.at).max()
}

/// The open follow-up due soonest (by date, then time, then the order it was made).
pub fn next_open_followup(followups: &[FollowUp]) -> Option<&FollowUp> {
    followups
        .iter()
        .filter(|f| f.is_open())
        .min_by_key(|f| (f.due, f.due_time, f.id))
}

/// How many days past its keep-in-touch `cadence` (the contact's own or its kind's default) the
/// contact is on `today`, if it is. Silence is counted from the last interaction, or from when
/// the contact was added; archived contacts are never chased.
pub fn cadence_overdue_by(
    contact: &Contact,
    cadence: Option<u32>,
    last_contacted: Option<NaiveDateTime>,
    today: NaiveDate,
) -> Option<i64> {
    if contact.is_archived() {
        return None;
    }
    days_past_cadence(
        cadence,
        last_contacted.unwrap_or(contact.created_at).date(),
        today,
    )
}

/// Days of silence past `cadence`, counting from `silent_since`.
pub fn days_past_cadence(
    cadence: Option<u32>,
    silent_since: NaiveDate,
    today: NaiveDate,
) -> Option<i64> {
    let cadence = i64::from(cadence?);
    let silent = (today - silent_since).num_days();
    (silent > cadence).then_some(silent - cadence)
}

/// Total of purchases per currency.
pub fn lifetime_value(interactions: &[Interaction]) -> Vec<Amount> {
    let mut sums: BTreeMap<Currency, i64> = BTreeMap::new();
    for i in interactions {
        if let (Channel::Purchase, Some(a)) = (i.channel, i.amount) {
            let sum = sums.entry(a.currency).or_insert(0);
            *sum = sum.saturating_add(a.minor);
        }
    }
    sums.into_iter()
        .map(|(currency, minor)| Amount { minor, currency })
        .collect()
}

/// The share (0.0–1.0) of promises kept on or before their due date, among the promises that
/// have been settled or have fallen due by `today`; dropped promises are not counted.
/// `None` when no promise has come due yet.
pub fn promises_kept_share(followups: &[FollowUp], today: NaiveDate) -> Option<f64> {
    let (mut kept, mut counted) = (0u32, 0u32);
    for f in followups
        .iter()
        .filter(|f| f.direction == Direction::Promise)
    {
        match f.state {
            FollowUpState::Done(at) => {
                counted += 1;
                if at.date() <= f.due {
                    kept += 1;
                }
            }
            FollowUpState::Open if f.due < today => counted += 1,
            FollowUpState::Open | FollowUpState::Dropped(_) => {}
        }
    }
    (counted > 0).then(|| f64::from(kept) / f64::from(counted))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ContactId, FollowUpId};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }
    fn at(m: u32, d: u32) -> NaiveDateTime {
        day(m, d).and_hms_opt(10, 0, 0).unwrap()
    }
    fn note(m: u32, d: u32, channel: Channel, amount: Option<&str>) -> Interaction {
        let mut i = Interaction::new(ContactId(1), at(m, d), channel, "n");
        i.amount = amount.map(|a| Amount::parse(a).unwrap());
        i
    }
    fn promise(id: u64, due: NaiveDate, state: FollowUpState) -> FollowUp {
        let mut f = FollowUp::new(ContactId(1), due, Direction::Promise, "p", at(1, 1));
        f.id = FollowUpId(id);
        f.state = state;
        f
    }

    #[test]
    fn last_contacted_is_the_latest_interaction() {
        let notes = [
            note(3, 1, Channel::Call, None),
            note(5, 2, Channel::Email, None),
            note(4, 1, Channel::Video, None),
        ];
        assert_eq!(last_contacted(&notes), Some(at(5, 2)));
        assert_eq!(last_contacted(&[]), None);
    }

    #[test]
    fn next_followup_skips_closed_ones() {
        let fs = [
            promise(1, day(1, 5), FollowUpState::Done(at(1, 4))),
            promise(2, day(3, 1), FollowUpState::Open),
            promise(3, day(2, 1), FollowUpState::Open),
            promise(4, day(1, 9), FollowUpState::Dropped(at(1, 2))),
        ];
        assert_eq!(next_open_followup(&fs).map(|f| f.id), Some(FollowUpId(3)));
        assert!(next_open_followup(&fs[..1]).is_none());
    }

    #[test]
    fn cadence_counts_from_last_contact_or_creation() {
        let mut c = Contact::new("Ana", at(1, 1));
        let cadence = Some(30);
        assert_eq!(
            cadence_overdue_by(&c, None, None, day(6, 1)),
            None,
            "no cadence"
        );
        assert_eq!(
            cadence_overdue_by(&c, cadence, Some(at(5, 1)), day(5, 31)),
            None,
            "on the day"
        );
        assert_eq!(
            cadence_overdue_by(&c, cadence, Some(at(5, 1)), day(6, 1)),
            Some(1)
        );
        assert_eq!(
            cadence_overdue_by(&c, cadence, None, day(2, 5)),
            Some(5),
            "from creation"
        );
        assert_eq!(
            cadence_overdue_by(&c, cadence, Some(at(6, 1)), day(6, 1)),
            None,
            "a new note resets it"
        );
        c.archived = Some(crate::domain::Archived {
            reason: "moved".into(),
            at: at(2, 1),
        });
        assert_eq!(
            cadence_overdue_by(&c, cadence, None, day(6, 1)),
            None,
            "archived: not chased"
        );
    }

    #[test]
    fn lifetime_value_sums_purchases_per_currency() {
        let notes = [
            note(1, 1, Channel::Purchase, Some("10.50 EUR")),
            note(1, 2, Channel::Purchase, Some("4.50 EUR")),
            note(1, 3, Channel::Purchase, Some("1200 INR")),
            note(1, 4, Channel::Purchase, None),
            note(1, 5, Channel::Call, None),
        ];
        let v: Vec<String> = lifetime_value(&notes)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(v, vec!["15.00 EUR", "1200.00 INR"]);
        assert!(lifetime_value(&[]).is_empty());
    }

    #[test]
    fn kept_share_counts_late_and_broken_promises() {
        let today = day(6, 1);
        let fs = [
            promise(1, day(5, 1), FollowUpState::Done(at(5, 1))), // kept, on the day
            promise(2, day(5, 1), FollowUpState::Done(at(5, 3))), // late
            promise(3, day(5, 20), FollowUpState::Open),          // overdue: broken so far
            promise(4, day(6, 9), FollowUpState::Open),           // not due yet: not counted
            promise(5, day(5, 1), FollowUpState::Dropped(at(5, 2))), // dropped: not counted
        ];
        assert_eq!(promises_kept_share(&fs, today), Some(1.0 / 3.0));
        assert_eq!(promises_kept_share(&fs[3..], today), None);
        let mut request = promise(6, day(5, 1), FollowUpState::Done(at(5, 1)));
        request.direction = Direction::Request;
        assert_eq!(
            promises_kept_share(&[request], today),
            None,
            "only my promises count"
        );
    }
}
