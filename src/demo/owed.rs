//! The sample notebook's money owed: invoices sent to some customers and bills from some
//! suppliers, in each contact's own currency, issued over the last six months on 14- or 30-day
//! terms; most are paid (some late, some in part), a few written off, and the rest are open, so
//! every aging bucket has some. Seeded on its own and added after every contact, so the rest of
//! the sample (and its ids) is what it was before invoices came.

use super::Rng;
use crate::domain::{Amount, Closed, ContactId, Currency, Invoice, Kind, Owing, Payment};
use crate::store::{Result, Store};
use chrono::{Duration, NaiveDateTime};

/// Who may get invoices or bills: the contact, its kind and its culture's currency.
pub(super) type Payer = (ContactId, Kind, &'static str);

const BATCH: usize = 5000;

/// An amount between `low` and `high` major units of `currency`, in whole units or cents.
fn amount(rng: &mut Rng, currency: Currency, low: u64, high: u64) -> Amount {
    let scale = 10i64.pow(currency.decimals());
    let major = (low + rng.below(high - low)) as i64;
    let cents = if rng.chance(40) {
        rng.below(100) as i64
    } else {
        0
    };
    let minor = major * scale
        + if scale >= 100 {
            cents * (scale / 100)
        } else {
            0
        };
    Amount { minor, currency }
}

/// One invoice or bill as it stands on `now`.
fn one(rng: &mut Rng, payer: &Payer, owing: Owing, now: NaiveDateTime) -> Result<Invoice> {
    let (contact, _, code) = *payer;
    let currency = Currency::parse(code)?;
    let (low, high) = match (owing, code) {
        (Owing::TheyOweMe, "INR") => (4_000, 250_000),
        (Owing::TheyOweMe, _) => (60, 4_000),
        (Owing::IOweThem, "INR") => (2_000, 90_000),
        (Owing::IOweThem, _) => (25, 1_500),
    };
    let issued = now.date() - Duration::days(rng.below(180) as i64);
    let terms = if rng.chance(60) { 30 } else { 14 };
    let due = issued + Duration::days(terms);
    let mut i = Invoice::new(
        contact,
        owing,
        amount(rng, currency, low, high),
        issued,
        due,
        now,
    );
    i.created_at = issued.and_hms_opt(10, 0, 0).unwrap_or(now);
    // Invoices are numbered in the order they were issued, once all are made.
    if owing == Owing::IOweThem {
        let prefix = rng.pick(&["PO", "SUP", "BILL"]);
        i.reference = Some(format!("{prefix}-{}", 10_000 + rng.below(90_000)));
    }
    let days_since_due = (now.date() - due).num_days();
    let pay_on = |rng: &mut Rng| {
        let late = rng.below(20) as i64 - 5;
        (due + Duration::days(late)).clamp(issued, now.date())
    };
    match rng.below(100) {
        // Paid in full, on time or a little late.
        0..=59 if days_since_due > -10 => {
            let on = pay_on(rng);
            i.pay(Payment {
                on,
                amount: i.amount,
            })?;
        }
        // Paid in part.
        60..=74 => {
            let part = Amount {
                minor: i.amount.minor / (2 + rng.below(3) as i64),
                currency,
            };
            if part.minor > 0 {
                i.pay(Payment {
                    on: pay_on(rng),
                    amount: part,
                })?;
            }
        }
        // Given up on, long after it fell due.
        75..=77 if days_since_due > 90 => i.close(Closed::WrittenOff(now.date()))?,
        _ => {}
    }
    Ok(i)
}

/// Adds the sample's invoices and bills; how many.
pub(super) fn add(store: &Store, payers: &[Payer], seed: u64, now: NaiveDateTime) -> Result<u64> {
    let mut rng = Rng(seed ^ 0x6f77_6564);
    let mut invoices = Vec::new();
    for payer in payers {
        let (owing, count) = match payer.1 {
            Kind::Customer if rng.chance(35) => (Owing::TheyOweMe, 1 + rng.below(3)),
            Kind::Supplier if rng.chance(70) => (Owing::IOweThem, 1 + rng.below(3)),
            _ => continue,
        };
        for _ in 0..count {
            invoices.push(one(&mut rng, payer, owing, now)?);
        }
    }
    invoices.sort_by_key(|i| (i.issued, i.contact));
    let mut serial = 0;
    for i in invoices.iter_mut().filter(|i| i.owing == Owing::TheyOweMe) {
        serial += 1;
        i.reference = Some(format!("INV-{}-{serial:04}", i.issued.format("%Y")));
    }
    for batch in invoices.chunks_mut(BATCH) {
        store.write(|w| {
            w.without_history();
            for i in batch.iter_mut() {
                w.add_invoice(i)?;
            }
            Ok(())
        })?;
    }
    Ok(invoices.len() as u64)
}
