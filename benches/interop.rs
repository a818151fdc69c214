//! Import and export at 100k contacts: `cargo bench --bench interop`. Goals: import 100k vCards
//! in ≤ 10 s, export 100k contacts to vCard in ≤ 5 s.

#[path = "common/mod.rs"]
mod common;

use common::env_or;
use kith::store::Store;
use std::time::Instant;

fn main() {
    let contacts = env_or("KITH_BENCH_CONTACTS", 100_000) as u32;
    let dir = tempfile::tempdir().expect("temp dir");
    let now = kith::clock::now();
    let source = Store::open(&dir.path().join("source.redb")).expect("open");
    common::demo(&source, contacts, 0);

    let t = Instant::now();
    let mut ids = source
        .sorted_contact_ids(false, 0, usize::MAX)
        .expect("ids");
    ids.extend(source.sorted_contact_ids(true, 0, usize::MAX).expect("ids"));
    let all = source.contacts(&ids).expect("contacts").items;
    let text = kith::interop::vcard::write_cards(&all, false);
    let took = t.elapsed();
    println!(
        "export {} contacts to vCard: {:.2} s, {:.0} MiB (goal ≤ 5 s: {})",
        all.len(),
        took.as_secs_f64(),
        text.len() as f64 / 1048576.0,
        if took.as_secs_f64() <= 5.0 {
            "ok"
        } else {
            "OVER GOAL"
        }
    );

    let target = Store::open(&dir.path().join("target.redb")).expect("open");
    let t = Instant::now();
    let cards = kith::interop::vcard::read_cards(&text, now).expect("read");
    let read = t.elapsed();
    let report =
        kith::interop::import::import_cards(&target, cards, now, false, &|_| {}).expect("import");
    let took = t.elapsed();
    println!(
        "import {} vCards into an empty notebook: {:.2} s (reading {:.2} s) (goal ≤ 10 s: {})",
        report.created.len(),
        took.as_secs_f64(),
        read.as_secs_f64(),
        if took.as_secs_f64() <= 10.0 {
            "ok"
        } else {
            "OVER GOAL"
        }
    );
    let t = Instant::now();
    let cards = kith::interop::vcard::read_cards(&text, now).expect("read");
    let report =
        kith::interop::import::import_cards(&target, cards, now, false, &|_| {}).expect("import");
    println!(
        "import the same 100k again (all matched, none duplicated): {:.2} s, {} created, {} unchanged",
        t.elapsed().as_secs_f64(),
        report.created.len(),
        report.unchanged.len()
    );
}
