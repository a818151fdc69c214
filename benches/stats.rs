//! The stats at 100k contacts and 1M notes: `cargo bench --bench stats`
//! (`KITH_BENCH_CONTACTS`/`KITH_BENCH_INTERACTIONS` for another size, or `KITH_BENCH_DB=path`
//! for a notebook made beforehand with `kith demo`).
//!
//! Measures `review::stats::stats` — every number of the stats screen, read from the indexes
//! the writer keeps — whose goal is 50 ms, and the people behind a few of its bars.

use kith::review::stats::{Bar, people_behind, stats};
use kith::store::Store;
#[path = "common/mod.rs"]
mod common;

use common::{Goal, report};
use std::time::Instant;

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = match std::env::var_os("KITH_BENCH_DB") {
        Some(made) => std::path::PathBuf::from(made),
        None => {
            let (contacts, interactions) = common::demo_size();
            let path = dir.path().join("stats.redb");
            let t = Instant::now();
            common::demo(&Store::open(&path).expect("open"), contacts, interactions);
            println!(
                "demo notebook of {contacts} contacts and {interactions} notes filled in {:.1} s",
                t.elapsed().as_secs_f64()
            );
            path
        }
    };
    let store = Store::open_for_a_read(&path).expect("open");
    let today = kith::clock::now().date();
    let mut samples = Vec::new();
    let mut last = None;
    for _ in 0..40 {
        let t = Instant::now();
        let s = stats(&store, today).expect("stats");
        samples.push(t.elapsed());
        last = Some(s);
    }
    report(
        "stats() (every number of the stats screen)",
        samples,
        Goal::P95(50.0),
    );
    let s = last.expect("ran");
    println!(
        "  {} weeks, {} months, {} currencies of top customers, {} at risk ({} listed)",
        s.weeks.len(),
        s.months.len(),
        s.top.len(),
        s.at_risk_total,
        s.at_risk.len()
    );
    let mut bars = vec![
        Bar::AtRisk,
        Bar::Week {
            monday: s.weeks[s.weeks.len() - 1].monday,
            channel: None,
        },
        Bar::Kept {
            month: s.months[s.months.len() - 1].month,
        },
    ];
    if let Some(t) = s.top.first() {
        bars.push(Bar::Top {
            currency: t.currency,
        });
    }
    for bar in bars {
        let t = Instant::now();
        let people = people_behind(&store, today, &bar).expect("people");
        println!(
            "  people behind {bar:?}: {} in {:.1} ms",
            people.len(),
            t.elapsed().as_secs_f64() * 1e3
        );
    }
}
