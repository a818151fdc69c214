//! Store benchmarks at the scale of a busy notebook: `cargo bench --bench store`.
//!
//! Builds `kith demo` at 100k contacts and 1M interactions in a temp folder (smaller with
//! KITH_BENCH_CONTACTS / KITH_BENCH_INTERACTIONS), then measures what a user waits for: the first
//! screen of sorted names, a 1000-interaction timeline, one durable note save, and what is owed
//! both ways (every total in aging buckets and the review's money sections), and promises kept
//! and complaints resolved (the on-time rates both ways, the broken promises, the open
//! complaints and the times to resolve). Prints percentiles; the goals are 60 s for the demo,
//! 50 ms for money owed and for promises and complaints, and 5 ms for the others.

use kith::domain::{Channel, Contact, Interaction};
use kith::store::Store;
#[path = "common/mod.rs"]
mod common;

use common::{Goal, report};
use std::time::Instant;

fn main() {
    let (contacts, interactions) = common::demo_size();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench.redb");
    let now = kith::clock::now();

    let store = Store::open(&path).expect("open");
    let started = Instant::now();
    let summary = common::demo(&store, contacts, interactions);
    let took = started.elapsed();
    println!(
        "demo {} contacts, {} interactions, {} follow-ups: {:.2} s (goal ≤ 60 s: {}); file {:.0} MiB",
        summary.contacts,
        summary.interactions,
        summary.followups,
        took.as_secs_f64(),
        if took.as_secs() <= 60 {
            "ok"
        } else {
            "OVER GOAL"
        },
        std::fs::metadata(&path)
            .map(|m| m.len() as f64 / 1048576.0)
            .unwrap_or(0.0)
    );

    // One regular customer with a long history, for the timeline.
    let mut regular = Contact::new("Bench Regular", now);
    let regular_id = store.write(|w| w.add_contact(&mut regular)).expect("add");
    store
        .write(|w| {
            for n in 0..1000 {
                let at = now - chrono::Duration::hours(n);
                let mut i = Interaction::new(
                    regular_id,
                    at,
                    Channel::ALL[(n % 7) as usize].0,
                    "Asked about the spring order; wants samples before committing.",
                );
                if i.channel == Channel::Purchase {
                    i.amount = Some(kith::domain::Amount::parse("12.50 EUR").expect("amount"));
                }
                w.add_interaction(&mut i)?;
            }
            Ok(())
        })
        .expect("history");
    drop(store);

    let mut opens = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        let store = Store::open(&path).expect("reopen");
        opens.push(t.elapsed());
        drop(store);
    }
    report("open the notebook", opens, Goal::P99(50.0));

    let store = Store::open(&path).expect("reopen");
    let runs = 300;
    let mut first_screen = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let ids = store.sorted_contact_ids(false, 0, 50).expect("names");
        let loaded = store.contacts(&ids).expect("contacts");
        assert_eq!(loaded.items.len(), 50);
        first_screen.push(t.elapsed());
    }
    report("first 50 names, sorted", first_screen, Goal::P99(5.0));

    let mut timelines = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let timeline = store.timeline(regular_id, 1000).expect("timeline");
        assert_eq!(timeline.items.len(), 1000);
        timelines.push(t.elapsed());
    }
    report("1000-interaction timeline", timelines, Goal::P99(5.0));

    money_owed(&store, now.date(), runs);
    promises_and_complaints(&store, now.date(), runs);

    let mut saves = Vec::new();
    for n in 0..500 {
        let mut note = Interaction::new(
            regular_id,
            now + chrono::Duration::minutes(n),
            Channel::Call,
            "Called back about the delivery; all fine.",
        );
        let t = Instant::now();
        store.write(|w| w.add_interaction(&mut note)).expect("save");
        saves.push(t.elapsed());
    }
    report("durable note save", saves, Goal::P99(5.0));
}

/// Everything `kith owed` and the review's money sections read: every total in aging buckets,
/// and the first section's worth of open invoices and bills due by `today`.
fn money_owed(store: &Store, today: chrono::NaiveDate, runs: usize) {
    let mut owed = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let totals = store.owed_totals(today).expect("totals");
        for owing in [
            kith::domain::Owing::TheyOweMe,
            kith::domain::Owing::IOweThem,
        ] {
            let (open, _) = store
                .open_invoices(owing, None, Some(today), kith::review::SECTION_LIMIT)
                .expect("open invoices");
            assert!(open.damaged.is_empty());
        }
        assert!(!totals.is_empty());
        owed.push(t.elapsed());
    }
    report(
        "money owed: totals, aging, money sections",
        owed,
        Goal::P99(50.0),
    );
}

/// Everything `kith promises` and `kith complaints` read for the whole notebook, and the
/// review's complaints section: the on-time counts both ways, a page of broken promises, a
/// section's worth of open complaints and the times to resolve.
fn promises_and_complaints(store: &Store, today: chrono::NaiveDate, runs: usize) {
    use kith::domain::Direction;
    use kith::store::Period;
    let mut took = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let all = Period::default();
        let mine = store.kept(Direction::Promise, all, today).expect("kept");
        store.kept(Direction::Request, all, today).expect("kept");
        store
            .broken(Direction::Promise, all, today, 20)
            .expect("broken");
        let open = store
            .open_complaints(kith::review::SECTION_LIMIT)
            .expect("open complaints");
        let times = store.resolve_times(all).expect("times");
        assert!(mine.counted() > 0 && open.total > 0 && times.resolved > 0);
        took.push(t.elapsed());
    }
    report("promises and complaints", took, Goal::P99(50.0));
}
