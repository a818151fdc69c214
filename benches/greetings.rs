//! The review's greetings at 100k contacts, a quarter of them or more greeted for some local
//! occasion: `cargo bench --bench greetings`. The demo opts in a third of its people with
//! Hindi, Bengali and Catalan names and every contact tagged `local` or `vip`; the review is
//! built on 10 April 2027, when Pohela Boishakh, Sant Jordi and three name days fall in its
//! days, so its Greetings section reads its first rows out of tens of thousands.

use kith::review::SectionKind;
use kith::store::Store;
#[path = "common/mod.rs"]
mod common;

use common::{Goal, report};
use std::time::Instant;

fn main() {
    let (contacts, _) = common::demo_size();
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("greetings.redb");
    let store = Store::open(&db).expect("open");
    common::demo(&store, contacts, u64::from(contacts));
    let today = chrono::NaiveDate::from_ymd_opt(2027, 4, 10).expect("a day");
    let cadences = kith::domain::CadenceDefaults::default();
    let review = kith::review::build(&store, &cadences, today, 7).expect("review");
    let greetings = review.section(SectionKind::Greetings).expect("greetings");
    println!(
        "{contacts} contacts: {} greetings shown of {} in the review's days",
        greetings.items.len(),
        greetings.items.len() + greetings.more
    );
    // The same review on a day whose days hold no local occasion anyone is greeted for: what
    // the greetings add is the difference.
    let june = chrono::NaiveDate::from_ymd_opt(2027, 6, 1).expect("a day");
    let quiet = kith::review::build(&store, &cadences, june, 7).expect("review");
    assert!(quiet.section(SectionKind::Greetings).is_none());
    for (label, day) in [
        ("review built, with its greetings", today),
        ("review built, no greetings in its days", june),
    ] {
        let mut builds = Vec::new();
        for _ in 0..30 {
            let t = Instant::now();
            let review = kith::review::build(&store, &cadences, day, 7).expect("review");
            builds.push(t.elapsed());
            std::hint::black_box(review);
        }
        report(label, builds, Goal::P95(10.0));
    }
}
