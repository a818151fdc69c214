//! A realistic sample notebook: people with English, Hindi, Bengali and Catalan names, their
//! companies, two years of interactions over every channel, follow-ups (some overdue),
//! birthdays, invoices sent and bills to pay (`owed.rs`), and the year's customers lost and
//! gained with a few refunds (`retention.rs`), and the local occasions some of them are greeted
//! for (`occasions.rs`). Newcomers try kith on it; the benchmarks fill it with 100k contacts.
//!
//! The generator is seeded and deterministic: the same seed and sizes give the same notebook.

use crate::domain::{
    Amount, Channel, Contact, ContactId, Currency, Direction, FollowUp, FollowUpState, Interaction,
    Kind, Labeled, Occasion, PartialDate, Sentiment,
};
use crate::store::{Result, Store};
use chrono::{Duration, NaiveDateTime};

pub struct DemoSpec {
    pub contacts: u32,
    pub interactions: u64,
    pub seed: u64,
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct DemoSummary {
    pub contacts: u64,
    pub interactions: u64,
    pub followups: u64,
    pub invoices: u64,
    /// Complaints resolved (`kept.rs`, which adds promises too, counted in `followups`).
    pub resolutions: u64,
    /// Customers who left over the year, and as many who came (`retention.rs`): not counted in
    /// `contacts`, which stays the number of contacts in use asked for.
    pub churned: u64,
    /// The notes of those who came and the refunds (not counted in `interactions`).
    pub retention_notes: u64,
}

/// SplitMix64: tiny, fast, and stable across versions, so a seed always means the same notebook.
mod kept;
mod names;
mod occasions;
mod owed;
mod referrals;
mod retention;

use names::*;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[derive(Clone, Copy)]
enum Culture {
    English,
    Hindi,
    Bengali,
    Catalan,
}

fn culture_of(rng: &mut Rng) -> (Culture, &'static Names) {
    match rng.below(4) {
        0 => (Culture::English, &ENGLISH),
        1 => (Culture::Hindi, &HINDI),
        2 => (Culture::Bengali, &BENGALI),
        _ => (Culture::Catalan, &CATALAN),
    }
}

fn kind_of(rng: &mut Rng) -> Kind {
    match rng.below(100) {
        0..=54 => Kind::Customer,
        55..=69 => Kind::Prospect,
        70..=77 => Kind::Employee,
        78..=85 => Kind::Partner,
        86..=94 => Kind::Supplier,
        _ => Kind::Other,
    }
}

fn cadence_for(kind: Kind) -> Option<u32> {
    match kind {
        Kind::Customer => Some(30),
        Kind::Prospect => Some(14),
        Kind::Partner => Some(60),
        Kind::Supplier => Some(90),
        Kind::Employee | Kind::Other => None,
    }
}

fn make_contact(rng: &mut Rng, now: NaiveDateTime, serial: u64) -> (Contact, &'static Names) {
    let (culture, names) = culture_of(rng);
    let first = *rng.pick(names.first);
    let last = *rng.pick(names.last);
    let created = now - Duration::days(730 + rng.below(365) as i64);
    let mut c = Contact::new(format!("{first} {last}"), created);
    c.kind = kind_of(rng);
    if rng.chance(70) {
        c.company = Some(rng.pick(names.companies).to_string());
    }
    if rng.chance(30) {
        c.title = Some(
            rng.pick(&["owner", "manager", "buyer", "accountant", "chef"])
                .to_string(),
        );
    }
    let handle = match culture {
        Culture::English | Culture::Catalan => crate::search::fold(first).replace(' ', ""),
        Culture::Hindi | Culture::Bengali => format!("client{serial}"),
    };
    let handle: String = handle.chars().filter(char::is_ascii_alphanumeric).collect();
    c.emails.push(Labeled {
        value: format!("{handle}.{serial}@example.com"),
        label: Some("work".into()),
        ..Labeled::default()
    });
    if rng.chance(80) {
        c.phones.push(Labeled {
            value: format!(
                "{}{:03} {:03}",
                names.phone_prefix,
                rng.below(1000),
                rng.below(1000)
            ),
            label: Some("mobile".into()),
            ..Labeled::default()
        });
    }
    for _ in 0..rng.below(3) {
        c.tags.push(rng.pick(TAGS).to_string());
    }
    if rng.chance(40) {
        c.interests = Some(rng.pick(INTERESTS).to_string());
    }
    if rng.chance(30) {
        c.how_we_met = Some(format!("Market in {}", rng.pick(names.city)));
    }
    if rng.chance(60) {
        let year = rng.chance(50).then(|| 1950 + rng.below(55) as i32);
        let month = 1 + rng.below(12) as u8;
        let day = 1 + rng.below(28) as u8;
        c.birthday = PartialDate::new(year, month, day).ok();
    }
    if rng.chance(10) {
        let year = Some(2005 + rng.below(20) as i32);
        if let Ok(date) = PartialDate::new(year, 1 + rng.below(12) as u8, 1 + rng.below(28) as u8) {
            c.occasions.push(Occasion {
                label: "first purchase".into(),
                date,
            });
        }
    }
    c.cadence_days = cadence_for(c.kind);
    if rng.chance(50) {
        c.grade = Some(1 + rng.below(10) as u8);
    }
    (c, names)
}

/// Spreads `total` interactions over `n` contacts unevenly, as in life: a few regulars, many
/// occasional visitors.
fn interaction_counts(rng: &mut Rng, n: usize, total: u64) -> Vec<u64> {
    let weights: Vec<f64> = (0..n).map(|_| 1.0 / (rng.unit() + 0.05)).collect();
    let sum: f64 = weights.iter().sum();
    let mut counts: Vec<u64> = weights
        .iter()
        .map(|w| (w / sum * total as f64) as u64)
        .collect();
    let mut assigned: u64 = counts.iter().sum();
    let mut i = 0;
    while assigned < total && n > 0 {
        counts[i % n] += 1;
        assigned += 1;
        i += 1;
    }
    counts
}

const BATCH_CONTACTS: usize = 2000;

/// The same day at a time between 08:00 and 19:59 (people meet in the day), never after `now`.
fn business_hours(at: NaiveDateTime, now: NaiveDateTime) -> NaiveDateTime {
    use chrono::Timelike;
    let minute_of_day = i64::from(at.hour() * 60 + at.minute());
    let moved =
        at.date().and_hms_opt(8, 0, 0).unwrap_or(at) + Duration::minutes(minute_of_day % 720);
    moved.min(now)
}

/// A quarter of the sample's people owe or are owed something, or are to be reminded of it;
/// some of those past their day were done, on time or a day or two late.
fn sample_followup(rng: &mut Rng, id: ContactId, now: NaiveDateTime) -> Option<FollowUp> {
    if !rng.chance(25) {
        return None;
    }
    let (direction, texts) = match rng.below(10) {
        0..=5 => (Direction::Promise, PROMISES),
        6..=8 => (Direction::Request, REQUESTS),
        _ => (Direction::Reminder, REMINDERS),
    };
    let due = now.date() + Duration::days(rng.below(45) as i64 - 14);
    let mut f = FollowUp::new(
        id,
        due,
        direction,
        *rng.pick(texts),
        now - Duration::days(20),
    );
    if due < now.date() && rng.chance(50) {
        let late = rng.below(4) as i64 - 1;
        f.state = FollowUpState::Done(
            (due + Duration::days(late))
                .and_hms_opt(11, 0, 0)
                .unwrap_or(now),
        );
    }
    Some(f)
}

/// Fills `store` with a sample notebook ending at `now`, in batches of durable commits.
pub fn fill(store: &Store, spec: &DemoSpec, now: NaiveDateTime) -> Result<DemoSummary> {
    fill_with(store, spec, now, [true; 4])
}

/// As [`fill`], with or without (`[invoices, promises, referrals, retention]`) invoices and
/// bills, the promises and complaints `kept.rs` adds, the referrals, anniversaries and life
/// events `referrals.rs` adds, and the year's customers lost and gained and the refunds
/// `retention.rs` adds (the notebook is otherwise the same).
pub fn fill_with(
    store: &Store,
    spec: &DemoSpec,
    now: NaiveDateTime,
    parts: [bool; 4],
) -> Result<DemoSummary> {
    fill_all(store, spec, now, parts, true)
}

/// As [`fill_with`], with or without the local occasions `occasions.rs` opts people in to.
pub fn fill_all(
    store: &Store,
    spec: &DemoSpec,
    now: NaiveDateTime,
    [invoices, promises, referrals, retention]: [bool; 4],
    local_occasions: bool,
) -> Result<DemoSummary> {
    let mut rng = Rng(spec.seed ^ 0x6b69_7468);
    let n = spec.contacts as usize;
    let counts = interaction_counts(&mut rng, n, if n == 0 { 0 } else { spec.interactions });
    let mut summary = DemoSummary::default();
    let two_years = 730 * 24 * 60; // minutes
    let mut payers: Vec<owed::Payer> = Vec::new();
    let (mut complaints, mut people) = (Vec::new(), Vec::with_capacity(n));
    for start in (0..n).step_by(BATCH_CONTACTS) {
        let end = (start + BATCH_CONTACTS).min(n);
        let mut batch = |w: &mut crate::store::Writer<'_>| -> Result<()> {
            // Made-up contacts to try kith on are no change of the owner's to take back.
            w.without_history();
            for (offset, &count) in counts[start..end].iter().enumerate() {
                let (mut contact, names) = make_contact(&mut rng, now, (start + offset) as u64);
                let id = w.add_contact(&mut contact)?;
                summary.contacts += 1;
                people.push((id, names));
                if matches!(contact.kind, Kind::Customer | Kind::Supplier) {
                    payers.push((id, contact.kind, names.currency));
                }
                let mut minutes: Vec<i64> =
                    (0..count).map(|_| rng.below(two_years) as i64).collect();
                minutes.sort_unstable();
                // Most people with a cadence were seen within it: only some have gone quiet.
                if let (Some(cadence), Some(last)) = (contact.cadence_days, minutes.last_mut())
                    && rng.chance(70)
                {
                    let recent = rng.below(u64::from(cadence) * 1440 * 9 / 10) as i64;
                    *last = (two_years as i64 - recent).max(*last);
                }
                for m in minutes {
                    let at = business_hours(now - Duration::minutes(two_years as i64 - m), now);
                    let channel = Channel::ALL[rng.below(Channel::ALL.len() as u64) as usize].0;
                    let mut i = Interaction::new(id, at, channel, *rng.pick(names.notes));
                    if channel == Channel::Purchase {
                        let minor = 500 + rng.below(50_000) as i64;
                        i.amount = Some(Amount {
                            minor,
                            currency: Currency::parse(names.currency)?,
                        });
                    }
                    if rng.chance(15) {
                        i.sentiment = Some(*rng.pick(&[
                            Sentiment::Praise,
                            Sentiment::Complaint,
                            Sentiment::Neutral,
                        ]));
                    }
                    w.add_interaction(&mut i)?;
                    if i.sentiment == Some(Sentiment::Complaint) {
                        complaints.push((i.id, i.at));
                    }
                    summary.interactions += 1;
                }
                if let Some(mut f) = sample_followup(&mut rng, id, now) {
                    w.add_followup(&mut f)?;
                    summary.followups += 1;
                }
            }
            Ok(())
        };
        store.write(&mut batch)?;
    }
    if invoices {
        summary.invoices = owed::add(store, &payers, spec.seed, now)?;
    }
    if promises {
        let ids: Vec<_> = payers.iter().map(|p| p.0).collect();
        let (promises, resolutions) = kept::add(store, &ids, &complaints, spec.seed, now)?;
        summary.followups += promises;
        summary.resolutions = resolutions;
    }
    if referrals {
        referrals::add(store, &payers, spec.seed, now, &mut summary)?;
    }
    if retention && n >= retention::FROM_CONTACTS {
        (summary.churned, summary.retention_notes) =
            retention::add(store, &payers, n, spec.seed, now)?;
    }
    if local_occasions {
        occasions::add(store, &people, spec.seed)?;
    }
    Ok(summary)
}
