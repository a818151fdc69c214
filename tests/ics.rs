//! The calendar export's DTSTAMP is UTC, as its `Z` says, whatever the local time zone.

use std::process::Command;

fn kith(db: &std::path::Path, tz: &str, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_kith"))
        .args(args)
        .env("KITH_DB", db)
        .env("KITH_NOW", "2026-11-22 09:30")
        .env("TZ", tz)
        .output()
        .expect("the kith binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn dtstamp_is_utc() {
    for (tz, stamp) in [
        ("Europe/Madrid", "DTSTAMP:20261122T083000Z"),
        ("Asia/Kolkata", "DTSTAMP:20261122T040000Z"),
        ("UTC", "DTSTAMP:20261122T093000Z"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("kith.redb");
        kith(&db, tz, &["add", "Núria Puig", "--birthday", "05-14"]);
        let ics = kith(&db, tz, &["export", "--format", "ics"]);
        assert!(ics.contains(stamp), "{tz}: {ics}");
    }
}
