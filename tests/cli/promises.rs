//! `kith promises`, `complaints` and `resolve` through the real binary, on pinned clocks: the
//! on-time rates and the broken promises, a complaint open until resolved and the time it took,
//! undo of a resolution, and `kith check` finding the indexes sound throughout.

use super::common::binary::{json, ok, ok_with_env};
use super::common::temp_db;
use super::fails;
use std::path::Path;

fn on(db: &Path, now: &str, args: &[&str]) -> String {
    ok_with_env(db, args, &[("KITH_NOW", now)])
}

/// Anita: a promise kept on its day, one kept late, one still open past its day, one to come,
/// and a request kept late; Paper Mill: a promise kept on time.
fn notebook() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, db) = temp_db();
    ok(&db, &["add", "Anita Sharma", "--kind", "customer"]); // 1
    ok(&db, &["add", "Paper Mill", "--kind", "supplier"]); // 2
    let start = "2026-11-01 09:00";
    on(
        &db,
        start,
        &["followup", "anita", "2026-11-03: send the quote"],
    ); // 3
    on(
        &db,
        start,
        &["followup", "anita", "2026-11-04: fix the invoice"],
    ); // 4
    on(&db, start, &["followup", "anita", "2026-11-05: call back"]); // 5
    on(&db, start, &["followup", "anita", "2026-12-01: visit"]); // 6
    on(
        &db,
        start,
        &["followup", "anita", "--they-owe", "2026-11-04: deposit"],
    ); // 7
    on(
        &db,
        start,
        &["followup", "paper mill", "2026-11-10: pay the bill"],
    ); // 8
    on(&db, "2026-11-03 17:00", &["done", "3"]);
    on(&db, "2026-11-09 10:00", &["done", "4"]);
    on(&db, "2026-11-06 10:00", &["done", "7"]);
    on(&db, "2026-11-10 10:00", &["done", "8"]);
    (dir, db)
}

#[test]
fn promises_give_the_on_time_rate_and_the_broken_ones() {
    let (_dir, db) = notebook();
    let said = ok(&db, &["promises"]);
    assert_eq!(
        said,
        "Promises I made (I owe them)\n  \
         kept on time 2, late 1, still open past their day 1: 50% on time\n\
         Promises made to me (they owe me)\n  \
         kept on time 0, late 1, still open past their day 0: 0% on time\n\
         Broken promises of mine (2):\n  \
         2026-11-05  Anita Sharma: call back (still open, 17 days past its day)\n  \
         2026-11-04  Anita Sharma: fix the invoice (done 5 days late)\n"
    );
    let anita = json(&db, &["promises", "anita", "--json"]);
    assert_eq!(anita["mine"]["on_time"], 1);
    assert_eq!(anita["mine_on_time_rate"], 1.0 / 3.0);
    assert_eq!(anita["broken_total"], 2);
    let mill = json(&db, &["promises", "paper mill", "--json"]);
    assert_eq!(mill["mine_on_time_rate"], 1.0);
    assert_eq!(mill["broken"].as_array().unwrap().len(), 0);
    // A period counts the promises due in it.
    let early = json(
        &db,
        &[
            "promises",
            "--since",
            "2026-11-04",
            "--until",
            "2026-11-04",
            "--json",
        ],
    );
    assert_eq!(
        (
            early["mine"]["on_time"].clone(),
            early["mine"]["late"].clone()
        ),
        (0.into(), 1.into())
    );
    assert_eq!(early["broken_total"], 1);
    // Before a promise's day has come, it is not counted.
    let then = json(&db, &["promises", "--json"]);
    assert_eq!(then["mine"]["overdue"], 1);
    assert!(ok(&db, &["check"]).contains("The notebook is sound."));
}

#[test]
fn a_complaint_is_open_until_resolved_and_undo_reopens_it() {
    let (_dir, db) = temp_db();
    ok(&db, &["add", "Anita Sharma"]); // 1
    let when = ["--at", "2026-11-15 10:00"];
    let args = [
        &["log", "anita", "--sentiment", "complaint"][..],
        &when,
        &["The delivery came late"],
    ];
    ok(&db, &args.concat()); // 2
    ok(
        &db,
        &["log", "anita", "--at", "2026-11-16 10:00", "All good now"],
    ); // 3
    let said = ok(&db, &["complaints"]);
    assert_eq!(
        said,
        "Open complaints: 1\n       2  2026-11-15  7 days open  Anita Sharma: The delivery came late\n\
         No complaint was resolved in that time.\n"
    );
    let refused = fails(&db, &["resolve", "3", "nothing to settle"], 1);
    assert!(refused.contains("note 3 is no complaint"), "{refused}");
    let said = ok(
        &db,
        &[
            "resolve",
            "2",
            "Refunded the shipping",
            "--on",
            "2026-11-18",
        ],
    );
    assert_eq!(
        said.trim(),
        "Resolved the complaint in note 2 (Anita Sharma) on Wed 2026-11-18, 3 days after it was made"
    );
    let report = json(&db, &["complaints", "--json"]);
    assert_eq!(report["open_total"], 0);
    assert_eq!(report["resolved"]["median_days"], 3.0);
    assert_eq!(report["resolved"]["average_days"], 3.0);
    let outside = json(&db, &["complaints", "--since", "2026-11-19", "--json"]);
    assert_eq!(outside["resolved"]["resolved"], 0);
    assert!(ok(&db, &["check"]).contains("The notebook is sound."));
    assert_eq!(
        ok(&db, &["undo"]).trim(),
        "undid: resolve a complaint of Anita Sharma"
    );
    assert_eq!(json(&db, &["complaints", "--json"])["open_total"], 1);
    ok(&db, &["redo"]);
    assert_eq!(json(&db, &["complaints", "--json"])["open_total"], 0);
    assert!(ok(&db, &["check"]).contains("The notebook is sound."));
}

#[test]
fn the_backup_carries_resolutions_and_restores_them() {
    let (dir, db) = temp_db();
    ok(&db, &["add", "Anita Sharma"]); // 1
    let args = [
        "log",
        "anita",
        "--sentiment",
        "complaint",
        "--at",
        "2026-11-15 10:00",
    ];
    ok(&db, &[&args[..], &["Late again"]].concat()); // 2
    ok(&db, &[&args[..], &["Wrong colour"]].concat()); // 3
    ok(
        &db,
        &["resolve", "2", "Sent it by courier", "--on", "2026-11-20"],
    );
    let backup = ok(&db, &["export", "--format", "json"]);
    assert!(backup.contains("\"resolutions\""), "{backup}");
    let file = dir.path().join("backup.json");
    std::fs::write(&file, &backup).unwrap();
    let restored = dir.path().join("restored.redb");
    ok(&restored, &["import", file.to_str().unwrap()]);
    assert_eq!(ok(&restored, &["export", "--format", "json"]), backup);
    let report = json(&restored, &["complaints", "--json"]);
    assert_eq!(report["open_total"], 1);
    assert_eq!(report["resolved"]["median_days"], 5.0);
    assert!(ok(&restored, &["check"]).contains("The notebook is sound."));
    // A resolution of a note the backup lacks is refused before anything is written.
    let broken = backup.replace("\"note_id\": 2", "\"note_id\": 9");
    std::fs::write(&file, broken).unwrap();
    let other = dir.path().join("other.redb");
    let why = fails(&other, &["import", file.to_str().unwrap()], 1);
    assert!(why.contains("a resolution for note 9"), "{why}");
}
