//! The sample notebook's promises and complaints as a small business lives them: promises made
//! to customers and suppliers over the last three months, most kept on their day, some late,
//! a few still open past it; things they promised in return; and the complaints of the sample
//! mostly resolved after a few days, the recent ones often still open. Seeded on its own and
//! added after everything else, so the rest of the sample (and its ids) is what it was before.

use super::Rng;
use crate::domain::{
    Channel, ContactId, Direction, FollowUp, FollowUpState, Interaction, InteractionId, Resolution,
    Sentiment,
};
use crate::store::{Result, Store};
use chrono::{Duration, NaiveDateTime};

const MINE: &[&str] = &[
    "send the revised quote",
    "deliver the replacement part",
    "call back about the order",
    "email a copy of the invoice",
    "confirm the delivery date",
    "ship the samples",
    "bring the catalogue",
    "fix the fitting on site",
];

const THEIRS: &[&str] = &[
    "send the signed contract",
    "pay the deposit",
    "confirm the order quantities",
    "return the sample case",
    "send the floor plan",
];

const COMPLAINTS: &[&str] = &[
    "The delivery arrived two days late",
    "Two boxes of the order were damaged in transit",
    "Invoiced twice for the same order",
    "The colour is not the one in the catalogue",
    "Nobody called back about the repair",
    "The part we fitted last week already fails",
];

const RESOLUTIONS: &[&str] = &[
    "Replaced the item free of charge",
    "Refunded the delivery",
    "Apologised and gave 10% off the next order",
    "Sent a technician the next morning",
    "Credited the difference on the account",
    "Re-sent the order by courier",
];

/// Promises and requests for some of `contacts`, due over the last 90 days (a few to come).
fn promises(rng: &mut Rng, contacts: &[ContactId], now: NaiveDateTime) -> Vec<FollowUp> {
    let mut made = Vec::new();
    for &contact in contacts {
        if !rng.chance(40) {
            continue;
        }
        for _ in 0..1 + rng.below(3) {
            let mine = rng.chance(70);
            let (direction, texts) = if mine {
                (Direction::Promise, MINE)
            } else {
                (Direction::Request, THEIRS)
            };
            let due = now.date() - Duration::days(rng.below(95) as i64 - 5);
            let created = (due - Duration::days(3 + rng.below(14) as i64)).and_hms_opt(9, 0, 0);
            let mut f = FollowUp::new(
                contact,
                due,
                direction,
                *rng.pick(texts),
                created.unwrap_or(now),
            );
            let done = |days: i64| (due + Duration::days(days)).and_hms_opt(16, 0, 0);
            let state = match rng.below(100) {
                _ if due >= now.date() => None,
                // Kept on the day, or a day or two before.
                0..=64 => done(-(rng.below(3) as i64)).map(FollowUpState::Done),
                // Kept late.
                65..=86 => done(1 + rng.below(9) as i64).map(FollowUpState::Done),
                // Still open past its day: broken.
                87..=94 => None,
                _ => done(0).map(FollowUpState::Dropped),
            };
            if let Some(state) = state.filter(|s| s.closed_at().is_some_and(|at| at <= now)) {
                f.state = state;
            }
            made.push(f);
        }
    }
    made
}

/// Recent complaints with the words customers use, from some of `contacts`.
fn complaints(rng: &mut Rng, contacts: &[ContactId], now: NaiveDateTime) -> Vec<Interaction> {
    let mut made = Vec::new();
    for &contact in contacts {
        if !rng.chance(8) {
            continue;
        }
        let day = now.date() - Duration::days(1 + rng.below(40) as i64);
        let at = day
            .and_hms_opt(10 + rng.below(7) as u32, 15, 0)
            .unwrap_or(now);
        let channel = *rng.pick(&[Channel::Call, Channel::Email, Channel::InPerson]);
        let mut i = Interaction::new(contact, at.min(now), channel, *rng.pick(COMPLAINTS));
        i.sentiment = Some(Sentiment::Complaint);
        made.push(i);
    }
    made
}

/// Resolves a complaint made at `at` some days later, or leaves it open: every old one is
/// settled, most of the last weeks' too, the newest often not yet.
fn resolution(
    rng: &mut Rng,
    note: InteractionId,
    at: NaiveDateTime,
    now: NaiveDateTime,
) -> Option<Resolution> {
    let age = (now - at).num_days();
    let odds = match age {
        60.. => 100,
        21..=59 => 85,
        _ => 45,
    };
    if !rng.chance(odds) {
        return None;
    }
    let on = (at.date() + Duration::days(rng.below(8) as i64)).min(now.date());
    Some(Resolution {
        note,
        on,
        text: (*rng.pick(RESOLUTIONS)).to_string(),
        created_at: on.and_hms_opt(17, 30, 0).unwrap_or(now),
    })
}

/// Adds the promises, a few recent complaints, and the resolutions of most complaints; how
/// many promises and resolutions.
pub(super) fn add(
    store: &Store,
    contacts: &[ContactId],
    complaints_before: &[(InteractionId, NaiveDateTime)],
    seed: u64,
    now: NaiveDateTime,
) -> Result<(u64, u64)> {
    let mut rng = Rng(seed ^ 0x6b65_7074);
    let mut followups = promises(&mut rng, contacts, now);
    let mut fresh = complaints(&mut rng, contacts, now);
    store.write(|w| {
        w.without_history();
        for f in &mut followups {
            w.add_followup(f)?;
        }
        for i in &mut fresh {
            w.add_interaction(i)?;
        }
        Ok(())
    })?;
    let all = complaints_before
        .iter()
        .copied()
        .chain(fresh.iter().map(|i| (i.id, i.at)));
    let mut resolutions: Vec<Resolution> = all
        .filter_map(|(note, at)| resolution(&mut rng, note, at, now))
        .collect();
    store.write(|w| {
        w.without_history();
        for r in &mut resolutions {
            w.resolve_complaint(r)?;
        }
        Ok(())
    })?;
    Ok((followups.len() as u64, resolutions.len() as u64))
}
