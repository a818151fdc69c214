//! The sample notebook's referrals and occasions that keep customers: a few customers who
//! referred several others (who bought, so the referrals brought something), two customers who
//! had never bought, referred lately, whose first purchase was days ago (the review asks to
//! thank their referrers), a few customers whose first purchase falls on one of the coming days some years
//! ago (their anniversaries come up in the review), and a few life events as reminders.
//! Seeded on its own and added after everything else, so the rest of the sample (and its ids)
//! is what it was before.

use super::Rng;
use crate::domain::{Amount, Channel, ContactId, Currency, Direction, FollowUp, Interaction, Kind};
use crate::store::{Result, Store, Writer};
use chrono::{Datelike, Duration, NaiveDateTime};

const EVENTS: &[&str] = &[
    "Their daughter turns 21",
    "Opening a second shop",
    "Moving to a new address",
    "Their son starts university",
    "Retiring from the business",
];

fn purchase(
    w: &mut Writer<'_>,
    contact: ContactId,
    at: NaiveDateTime,
    minor: i64,
    currency: &str,
) -> Result<()> {
    let mut i = Interaction::new(contact, at, Channel::Purchase, "First order");
    i.amount = Some(Amount {
        minor,
        currency: Currency::parse(currency)?,
    });
    w.add_interaction(&mut i)?;
    Ok(())
}

/// Below this many customers the sample is too small for them to refer each other: a small
/// demo (the tests' thirty contacts) is what it always was.
const ENOUGH_CUSTOMERS: usize = 40;

/// Adds this part among the sample's customers (of `payers`), counted in `added`.
pub(super) fn add(
    store: &Store,
    payers: &[super::owed::Payer],
    seed: u64,
    now: NaiveDateTime,
    added: &mut super::DemoSummary,
) -> Result<()> {
    let customers: Vec<(ContactId, &'static str)> = (payers.iter())
        .filter(|p| p.1 == Kind::Customer)
        .map(|p| (p.0, p.2))
        .collect();
    let mut rng = Rng(seed ^ 0x7265_6665);
    if customers.len() < ENOUGH_CUSTOMERS {
        return Ok(());
    }
    let mut order: Vec<usize> = (0..customers.len()).collect();
    for i in (1..order.len()).rev() {
        order.swap(i, rng.below(i as u64 + 1) as usize);
    }
    let mut never_bought = Vec::new();
    for &i in &order {
        if never_bought.len() < 2 && store.first_purchase(customers[i].0)?.is_none() {
            never_bought.push(customers[i]);
        }
    }
    let mut picked =
        (order.into_iter().map(|i| customers[i])).filter(|c| !never_bought.contains(c));
    let referrers: Vec<_> = picked.by_ref().take(3).collect();
    store.write(|w| {
        w.without_history();
        for (r, &(referrer, _)) in referrers.iter().enumerate() {
            for _ in 0..2 + rng.below(2) + (r == 0) as u64 {
                let Some((id, _)) = picked.next() else { break };
                let mut c = w.contact(id)?;
                c.referred_by = Some(referrer);
                w.update_contact(&mut c, now)?;
            }
        }
        // Two customers who never bought, referred lately, who bought for the first time days
        // ago.
        for (n, days) in [(0usize, 1i64), (1, 4)] {
            let Some((id, currency)) = never_bought.get(n).copied() else {
                break;
            };
            let mut c = w.contact(id)?;
            c.referred_by = Some(referrers[n].0);
            w.update_contact(&mut c, now)?;
            let at = (now - Duration::days(days)).date().and_hms_opt(11, 30, 0);
            purchase(
                w,
                id,
                at.unwrap_or(now),
                2500 + rng.below(20_000) as i64,
                currency,
            )?;
            added.interactions += 1;
        }
        // First purchases some years ago on one of the coming days: before the rest of the
        // sample's notes, so they are the first.
        for _ in 0..4 {
            let Some((id, currency)) = picked.next() else {
                break;
            };
            let day = now.date() + Duration::days(1 + rng.below(12) as i64);
            let years = 3 + rng.below(4) as i32;
            let Some(then) = day.with_year(day.year() - years) else {
                continue;
            };
            let at = then.and_hms_opt(10, 0, 0).unwrap_or(now);
            purchase(w, id, at, 1000 + rng.below(30_000) as i64, currency)?;
            added.interactions += 1;
        }
        // Life events, each a reminder on its day.
        for _ in 0..3 {
            let Some((id, _)) = picked.next() else { break };
            let on = now.date() + Duration::days(2 + rng.below(6) as i64);
            let label = rng.pick(EVENTS);
            let text = crate::say!(
                "event-reminder",
                label = *label,
                day = on.format("%Y-%m-%d").to_string()
            );
            let mut f = FollowUp::new(id, on, Direction::Reminder, text, now);
            w.add_followup(&mut f)?;
            added.followups += 1;
        }
        Ok(())
    })
}
