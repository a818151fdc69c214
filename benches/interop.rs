//! Import and export at 100k contacts: `cargo bench --bench interop`. Goals: import 100k vCards
//! in ≤ 10 s, export 100k contacts to vCard in ≤ 5 s; a vdir (one .vcf file per contact, as
//! khard and vdirsyncer keep them) of 10,000 files imported by the kith binary in ≤ 2 s and of
//! 100,000 files in ≤ 20 s, time growing linearly. `KITH_BENCH_VDIR=10000,100000` sets the sizes.

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
    vdir(&all, dir.path());
}

/// The kith binary importing a folder of one-card files, at each size asked for.
fn vdir(all: &[kith::domain::Contact], dir: &std::path::Path) {
    let sizes: Vec<usize> = std::env::var("KITH_BENCH_VDIR")
        .unwrap_or_else(|_| "10000,100000".into())
        .split(',')
        .filter_map(|n| n.trim().parse().ok())
        .collect();
    let mut per_card = Vec::new();
    for size in sizes {
        let folder = dir.join(format!("vdir-{size}"));
        std::fs::create_dir_all(&folder).expect("vdir");
        let mut bytes = 0;
        for (i, c) in all.iter().cycle().take(size).enumerate() {
            let mut card = String::new();
            let mut c = c.clone();
            // Past the demo's size the same people come round again, as other people.
            c.vcard_extra.retain(|l| !l.starts_with("UID"));
            c.id = kith::domain::ContactId(i as u64 + 1);
            kith::interop::vcard::write_card(&mut card, &c, calcard::vcard::VCardVersion::V4_0);
            bytes += card.len();
            std::fs::write(folder.join(format!("{i:06}.vcf")), card).expect("card file");
        }
        let db = dir.join(format!("vdir-{size}.redb"));
        let t = Instant::now();
        let out = common::kith_command()
            .args(["--db", db.to_str().expect("path"), "import"])
            .arg(&folder)
            .stdout(std::process::Stdio::null())
            .status()
            .expect("kith runs");
        let took = t.elapsed().as_secs_f64();
        assert!(out.success(), "the import succeeds");
        let goal = size as f64 * 2.0 / 10_000.0;
        per_card.push(took / size as f64);
        println!(
            "kith import of a vdir of {size} files ({:.0} MiB): {took:.2} s, {:.0} µs a file (goal ≤ {goal:.0} s: {})",
            bytes as f64 / 1048576.0,
            took * 1e6 / size as f64,
            if took <= goal { "ok" } else { "OVER GOAL" }
        );
        std::fs::remove_dir_all(&folder).expect("clean up");
    }
    if let (Some(first), Some(last)) = (per_card.first(), per_card.last())
        && per_card.len() > 1
    {
        println!(
            "time per file, largest vdir over smallest: {:.2}× (linear is about 1)",
            last / first
        );
    }
}
