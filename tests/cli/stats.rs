//! `kith stats`, `at-risk`, `value` and `archive --reason` through the real binary, on pinned
//! clocks: customers gained, lost and kept per month with why they left, interactions per week,
//! value as purchases minus refunds, the at-risk list from a learned rhythm, undo putting the
//! numbers back, and `kith check` finding the stats indexes sound throughout.

use super::common::binary::{json, ok_with_env, shown_contact};
use super::common::temp_db;
use std::path::Path;

const TODAY: &str = "2026-11-22 09:00";

fn on(db: &Path, now: &str, args: &[&str]) -> String {
    ok_with_env(db, args, &[("KITH_NOW", now)])
}

fn today(db: &Path, args: &[&str]) -> String {
    on(db, TODAY, args)
}

/// Anita (customer since June): two purchases, a refund and a call, then silence; Bob, a
/// supplier; Carla, a customer from September who left over the price in October; Dan, a
/// customer from October with one purchase and a call this week.
fn notebook() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, db) = temp_db();
    let june = "2026-06-01 09:00";
    on(&db, june, &["add", "Anita Sharma", "--kind", "customer"]); // 1
    on(&db, june, &["add", "Bob Paper", "--kind", "supplier"]); // 2
    let log = |who: &str, at: &str, more: &[&str]| {
        let mut args = vec!["log", who, "--at", at];
        args.extend_from_slice(more);
        on(&db, TODAY, &args);
    };
    log(
        "anita",
        "2026-06-05 10:00",
        &["--amount", "100 EUR", "shoes"],
    );
    log(
        "anita",
        "2026-07-05 10:00",
        &["--amount", "50 EUR", "socks"],
    );
    log(
        "anita",
        "2026-07-10 10:00",
        &["--amount=-20 EUR", "returned one"],
    );
    log(
        "anita",
        "2026-08-05 10:00",
        &["--channel", "call", "asked about boots"],
    );
    on(
        &db,
        "2026-09-01 09:00",
        &["add", "Carla Puig", "--kind", "customer"],
    ); // 8
    on(
        &db,
        "2026-10-15 09:00",
        &["archive", "carla", "--reason", "Price"],
    );
    on(
        &db,
        "2026-10-02 09:00",
        &["add", "Dan Roig", "--kind", "customer"],
    ); // 9
    log("dan", "2026-10-03 10:00", &["--amount", "30 EUR", "a belt"]);
    log(
        "dan",
        "2026-11-17 10:00",
        &["--channel", "call", "how is the belt"],
    );
    (dir, db)
}

#[test]
fn stats_count_customers_gained_lost_and_kept_with_the_reasons() {
    let (_dir, db) = notebook();
    let s = json(&db, &["stats", "--json", "--months", "6", "--weeks", "2"]);
    let months = s["months"].as_array().unwrap();
    let row = |m: &str| months.iter().find(|r| r["month"] == m).unwrap().clone();
    assert_eq!(months.len(), 6);
    assert_eq!(
        (
            row("2026-06")["gained"].as_u64(),
            row("2026-06")["kept"].as_u64()
        ),
        (Some(1), Some(1))
    );
    assert_eq!(row("2026-09")["kept"], 2);
    let october = row("2026-10");
    assert_eq!(
        (october["gained"].as_u64(), october["lost"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(october["kept"], 2);
    assert_eq!(october["reasons"]["price"], 1);
    assert_eq!(row("2026-11")["kept"], 2);
    let weeks = s["weeks"].as_array().unwrap();
    assert_eq!(weeks[1]["week"], "2026-W47");
    assert_eq!(weeks[1]["by_channel"]["call"], 1);
    assert_eq!(weeks[0]["total"], 0);
    let said = today(&db, &["stats", "--months", "2", "--weeks", "1"]);
    assert!(said.contains("2026-10: +1 −1 = 2  (price 1)"), "{said}");
    assert!(
        said.contains("2026-W47 (from 2026-11-16): 1  call 1"),
        "{said}"
    );
}

#[test]
fn value_is_purchases_minus_refunds_and_ranks_the_top_customers() {
    let (_dir, db) = notebook();
    let s = json(&db, &["stats", "--json"]);
    let top = &s["top"][0];
    assert_eq!(top["currency"], "EUR");
    let names: Vec<&str> = top["customers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Anita Sharma", "Dan Roig"]);
    assert_eq!(top["customers"][0]["value"]["display"], "130.00 EUR");
    assert_eq!(top["customers"][0]["purchases"], 2);
    assert_eq!(s["value_by_kind"][0]["group"], "customer");
    assert_eq!(s["value_by_kind"][0]["value"]["minor"], 16000);
    assert_eq!(s["value_by_kind"][0]["contacts"], 2);
    assert_eq!(s["days_between_purchases"], 30.0);
    let anita = json(&db, &["value", "anita", "--json"]);
    assert_eq!(anita["value"][0]["display"], "130.00 EUR");
    assert_eq!(
        (anita["purchases"].as_u64(), anita["refunds"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!(
        anita["rhythm_days"], 26,
        "gaps of 30, 5 and 26 days: the median"
    );
    let said = today(&db, &["value", "--by", "kind"]);
    assert!(
        said.contains("1. Anita Sharma: 130.00 EUR (2 purchases)"),
        "{said}"
    );
    assert!(said.contains("customer: 160.00 EUR (2 contacts)"), "{said}");
    assert!(!said.contains("Value by tag"), "{said}");
}

#[test]
fn at_risk_ranks_by_how_far_past_the_learned_rhythm() {
    let (_dir, db) = notebook();
    let list = json(&db, &["at-risk", "--json"]);
    assert_eq!(list["total"], 1, "{list}");
    let anita = &list["at_risk"][0];
    assert_eq!(anita["name"], "Anita Sharma");
    assert_eq!(anita["last"], "2026-08-05");
    assert_eq!(anita["rhythm_days"], 26);
    assert_eq!(anita["learned"], true);
    // At risk after 39 days (26 × 1.5), so from 13 September: 70 days past on 22 November.
    assert_eq!(anita["days_past"], 70);
    today(&db, &["log", "anita", "--channel", "call", "checking in"]);
    assert_eq!(json(&db, &["at-risk", "--json"])["total"], 0);
}

#[test]
fn undo_and_delete_move_the_numbers_back_and_check_finds_them_sound() {
    let (_dir, db) = notebook();
    let october = |db: &Path| {
        let s = json(db, &["stats", "--json", "--months", "2"]);
        s["months"][0].clone()
    };
    assert_eq!(october(&db)["lost"], 1);
    today(&db, &["unarchive", "carla"]);
    assert_eq!(october(&db)["lost"], 0);
    today(&db, &["undo", "--yes"]);
    assert_eq!(october(&db)["lost"], 1);
    assert!(today(&db, &["check"]).contains("sound"));
    today(&db, &["delete", "anita", "--yes"]);
    let s = json(&db, &["stats", "--json"]);
    assert_eq!(s["top"][0]["customers"].as_array().unwrap().len(), 1);
    assert_eq!(s["days_between_purchases"], serde_json::Value::Null);
    assert!(today(&db, &["check"]).contains("sound"));
    today(&db, &["undo", "--yes"]);
    let s = json(&db, &["stats", "--json"]);
    assert_eq!(s["top"][0]["customers"][0]["name"], "Anita Sharma");
    assert!(today(&db, &["check"]).contains("sound"));
}

#[test]
fn archive_keeps_a_common_reason_as_its_code_and_own_words_as_written() {
    let (_dir, db) = notebook();
    today(&db, &["archive", "bob", "--reason", "moved to Girona"]);
    today(&db, &["archive", "dan", "--reason", "not needed"]);
    let shown = |who: &str| shown_contact(&db, who)["archived"]["reason"].clone();
    assert_eq!(shown("bob"), "moved to Girona");
    assert_eq!(shown("dan"), "not-needed");
    assert_eq!(shown("carla"), "price");
    let s = json(&db, &["stats", "--json", "--months", "1"]);
    assert_eq!(s["months"][0]["reasons"]["not-needed"], 1);
    assert_eq!(s["months"][0]["lost"], 1, "a supplier is no customer lost");
}
