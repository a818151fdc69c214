//! The sample notebook's retention: over the last twelve months some customers left, each for
//! one of the common reasons or in the owner's own words, and as many new ones came, each with a
//! first purchase and a few visits since; a few customers were refunded part of a purchase. So
//! every chart of the stats has something in it while the contacts in use stay as many as the
//! sample asked for. Seeded on its own and added after everything else, so the rest of the
//! sample (and its ids) is what it was before.

use super::owed::Payer;
use super::{Rng, make_contact};
use crate::domain::{Amount, ArchiveReason, Archived, Channel, Currency, Interaction, Kind};
use crate::store::{Result, Store, Writer};
use chrono::{Duration, NaiveDateTime};

/// What the reasons in the owner's own words say.
const OWN_WORDS: &[&str] = &["closed the shop", "moved to the coast", "retired"];

/// Customers lost (and as many gained) per hundred contacts, over the year.
const CHURN_PERCENT: usize = 5;

/// The smallest sample that gets a year of comings and goings: the small samples the tests
/// build (tens of contacts) stay as they were.
pub(super) const FROM_CONTACTS: usize = 100;

/// Adds the year's comings and goings; how many customers left and how many notes were added.
pub(super) fn add(
    store: &Store,
    payers: &[Payer],
    contacts: usize,
    seed: u64,
    now: NaiveDateTime,
) -> Result<(u64, u64)> {
    let mut rng = Rng(seed ^ 0x7265_7465);
    let customers: Vec<&Payer> = payers.iter().filter(|p| p.1 == Kind::Customer).collect();
    // The last customers leave: the first contacts of the sample stay in use.
    let churn = (contacts * CHURN_PERCENT / 100).min(customers.len() / 2);
    let leaving: Vec<&Payer> = customers.iter().rev().take(churn).copied().collect();
    let mut notes = 0;
    store.write(|w| {
        w.without_history();
        for (n, payer) in leaving.iter().enumerate() {
            leave(w, &mut rng, payer, n, now)?;
        }
        for (n, payer) in customers.iter().enumerate().filter(|(n, _)| n % 15 == 7) {
            notes += refund(w, &mut rng, payer, n, now)?;
        }
        for n in 0..churn {
            notes += arrive(w, &mut rng, contacts + n, n, now)?;
        }
        Ok(())
    })?;
    Ok((churn as u64, notes))
}

/// The day `n` months and some days back.
fn months_ago(rng: &mut Rng, n: usize, now: NaiveDateTime) -> NaiveDateTime {
    let days = (n % 12) as i64 * 30 + rng.below(25) as i64 + 1;
    (now - Duration::days(days)).min(now)
}

fn leave(
    w: &mut Writer<'_>,
    rng: &mut Rng,
    payer: &Payer,
    n: usize,
    now: NaiveDateTime,
) -> Result<()> {
    let mut c = w.contact(payer.0)?;
    if c.is_archived() {
        return Ok(());
    }
    let common = ArchiveReason::COMMON;
    let reason = if n % (common.len() + 1) == common.len() {
        rng.pick(OWN_WORDS).to_string()
    } else {
        common[n % common.len()].code().to_string()
    };
    let at = months_ago(rng, n, now);
    c.archived = Some(Archived { reason, at });
    w.update_contact(&mut c, at)
}

fn refund(
    w: &mut Writer<'_>,
    rng: &mut Rng,
    payer: &Payer,
    n: usize,
    now: NaiveDateTime,
) -> Result<u64> {
    let currency = Currency::parse(payer.2)?;
    let at = months_ago(rng, n, now);
    let mut i = Interaction::new(payer.0, at, Channel::Purchase, "Refunded a faulty item");
    i.amount = Some(Amount {
        minor: -(200 + rng.below(4_000) as i64),
        currency,
    });
    w.add_interaction(&mut i)?;
    Ok(1)
}

/// A new customer, added `n` months back, with a first purchase and visits since.
fn arrive(
    w: &mut Writer<'_>,
    rng: &mut Rng,
    serial: usize,
    n: usize,
    now: NaiveDateTime,
) -> Result<u64> {
    let (mut c, names) = make_contact(rng, now, serial as u64);
    let created = months_ago(rng, n, now);
    c.created_at = created;
    c.updated_at = created;
    c.kind = Kind::Customer;
    c.cadence_days = super::cadence_for(Kind::Customer);
    let id = w.add_contact(&mut c)?;
    let currency = Currency::parse(names.currency)?;
    let gap = 7 + rng.below(30) as i64;
    let (mut at, mut notes) = (created + Duration::days(1 + rng.below(5) as i64), 0);
    while at <= now {
        let mut i = Interaction::new(id, at, Channel::Purchase, *rng.pick(names.notes));
        if notes % 2 == 1 {
            i.channel = Channel::InPerson;
        } else {
            i.amount = Some(Amount {
                minor: 500 + rng.below(30_000) as i64,
                currency,
            });
        }
        w.add_interaction(&mut i)?;
        notes += 1;
        at += Duration::days(gap + rng.below(7) as i64);
    }
    Ok(notes)
}
