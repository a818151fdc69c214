//! Follow-ups through the real binary: capture lines, `followup`, `done`, `snooze`, `drop`, and
//! the review printed by `kith due`, on a pinned clock.

mod common;

use std::path::Path;

const NOW: &str = "2026-11-22 09:30"; // a Sunday

/// Runs `kith ARGS` at `now` with the config beside the notebook (KITH_CONFIG names a file that
/// must exist: an empty one, the defaults, until a test writes it).
fn kith_at(db: &Path, now: &str, args: &[&str]) -> std::process::Output {
    let config = db.with_extension("toml");
    if !config.exists() {
        std::fs::write(&config, "").unwrap();
    }
    common::binary::kith_command()
        .args(args)
        .env("KITH_DB", db)
        .env("KITH_NOW", now)
        .env("KITH_CONFIG", config)
        .output()
        .unwrap()
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = kith_at(db, NOW, args);
    assert!(
        out.status.success(),
        "kith {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn due_json(db: &Path, now: &str) -> serde_json::Value {
    let out = kith_at(db, now, &["due", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn section<'a>(review: &'a serde_json::Value, name: &str) -> Vec<&'a serde_json::Value> {
    review["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap()["items"]
        .as_array()
        .unwrap()
        .iter()
        .collect()
}

fn whats(review: &serde_json::Value, name: &str) -> Vec<String> {
    section(review, name)
        .iter()
        .map(|i| i["what"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn capture_lines_in_a_note_become_followups_and_bad_ones_are_reported() {
    let (_dir, db) = common::temp_db();
    ok(&db, &["add", "Núria Puig", "--kind", "customer"]);
    let out = kith_at(
        &db,
        NOW,
        &[
            "log",
            "nuria",
            "Talked.\n>> fri: send the quote\n<< in 2 weeks: signed order\n>> flurbday: x",
        ],
    );
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("promise due Fri 2026-11-27: send the quote"),
        "{stdout}"
    );
    assert!(
        stdout.contains("request due Sun 2026-12-06: signed order"),
        "{stdout}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 4: 'flurbday' is not a date"));
    let shown: serde_json::Value =
        serde_json::from_str(&ok(&db, &["show", "nuria", "--json"])).unwrap();
    assert!(
        shown["interactions"][0]["text"]
            .as_str()
            .unwrap()
            .contains(">> fri: send the quote"),
        "the line stays"
    );
    let followups = shown["followups"].as_array().unwrap();
    assert_eq!(followups.len(), 2);
    assert_eq!(
        followups[0]["from_interaction"],
        shown["interactions"][0]["id"]
    );
}

#[test]
fn the_review_sorts_each_section_and_done_snooze_drop_move_items() {
    let (_dir, db) = common::temp_db();
    ok(
        &db,
        &[
            "add",
            "Ana",
            "--kind",
            "customer",
            "--birthday",
            "1990-11-30",
        ],
    );
    ok(&db, &["add", "Ben", "--kind", "prospect"]);
    ok(
        &db,
        &["add", "Cai", "--kind", "employee", "--birthday", "02-29"],
    );
    // Ana was last seen 70 days ago, Ben 40 days ago: both past their cadence (30 and 14).
    ok(&db, &["log", "ana", "--at", "2026-09-13 10:00", "old chat"]);
    ok(
        &db,
        &["log", "ben", "--at", "2026-10-13 10:00", "older chat"],
    );
    for (who, spec, flag) in [
        ("ana", "2026-11-20: oldest overdue", ""),
        ("ben", "yesterday: newer overdue", ""),
        ("ana", "today: call today", "--reminder"),
        ("ben", "fri: quote friday", ""),
        ("ana", "in 3 days: tuesday thing", ""),
        ("ben", "in 2 weeks: too far", ""),
        ("ana", "next monday: their order", "--they-owe"),
    ] {
        let mut args = vec!["followup", who, spec];
        if !flag.is_empty() {
            args.push(flag);
        }
        ok(&db, &args);
    }
    let review = due_json(&db, NOW);
    assert_eq!(
        whats(&review, "overdue"),
        ["oldest overdue", "newer overdue"]
    );
    assert_eq!(whats(&review, "today"), ["call today"]);
    assert_eq!(
        whats(&review, "upcoming"),
        ["tuesday thing", "quote friday"]
    );
    assert_eq!(whats(&review, "waiting_on_them"), ["their order"]);
    let quiet = section(&review, "gone_quiet");
    let names: Vec<&str> = quiet
        .iter()
        .map(|i| i["contact_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ana", "Ben"], "longest silence first");
    assert_eq!(quiet[0]["days_silent"], 70);
    let occasions = section(&review, "occasions");
    assert_eq!(occasions.len(), 1);
    assert_eq!(
        (occasions[0]["what"].as_str(), occasions[0]["date"].as_str()),
        (Some("birthday (36)"), Some("2026-11-30"))
    );

    let id = |what: &str| -> String {
        review["sections"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s["items"].as_array().unwrap())
            .find(|i| i["what"] == what)
            .unwrap()["followup_id"]
            .to_string()
    };
    ok(&db, &["done", &id("oldest overdue")]);
    ok(&db, &["snooze", &id("newer overdue"), "tomorrow"]);
    ok(&db, &["drop", &id("call today")]);
    let after = due_json(&db, NOW);
    assert!(whats(&after, "overdue").is_empty());
    assert!(whats(&after, "today").is_empty());
    assert_eq!(
        whats(&after, "upcoming"),
        ["newer overdue", "tuesday thing", "quote friday"]
    );

    // Logging with Ana resets her cadence.
    ok(&db, &["log", "ana", "hello again"]);
    let names: Vec<String> = section(&due_json(&db, NOW), "gone_quiet")
        .iter()
        .map(|i| i["contact_name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["Ben"]);

    // The kept share counts the promise done late.
    let shown: serde_json::Value =
        serde_json::from_str(&ok(&db, &["show", "ana", "--json"])).unwrap();
    assert_eq!(shown["derived"]["promises_kept_share"], 0.0);
}

#[test]
fn a_leap_day_birthday_shows_on_28_february_in_other_years() {
    let (_dir, db) = common::temp_db();
    ok(&db, &["add", "Cai", "--birthday", "2000-02-29"]);
    let review = due_json(&db, "2027-02-20 09:00");
    let occasions = section(&review, "occasions");
    assert_eq!(occasions[0]["date"], "2027-02-28");
    assert_eq!(occasions[0]["what"], "birthday (27)");
    let review = due_json(&db, "2028-02-20 09:00");
    assert_eq!(section(&review, "occasions")[0]["date"], "2028-02-29");
}

#[test]
fn bad_followup_input_is_refused_clearly() {
    let (_dir, db) = common::temp_db();
    ok(&db, &["add", "Ana"]);
    let fails = |args: &[&str]| -> String {
        let out = kith_at(&db, NOW, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        String::from_utf8(out.stderr).unwrap()
    };
    assert!(
        fails(&["followup", "ana", "flurbday: x"])
            .contains("'flurbday' is not a date kith can read")
    );
    assert!(fails(&["followup", "ana", "send the quote"]).contains("WHEN: WHAT"));
    assert!(fails(&["done", "999"]).contains("no follow-up has id 999"));
    assert!(fails(&["snooze", "999", "tomorrow"]).contains("no follow-up has id 999"));
    ok(&db, &["followup", "ana", "fri: x"]);
    let id = due_json(&db, NOW)["sections"][2]["items"][0]["followup_id"].to_string();
    assert!(fails(&["snooze", &id, "someday"]).contains("'someday' is not a date"));
    ok(&db, &["done", &id]);
    assert!(fails(&["done", &id]).contains("already done"));
    assert_eq!(
        kith_at(
            &db,
            NOW,
            &["followup", "ana", "fri: x", "--they-owe", "--reminder"]
        )
        .status
        .code(),
        Some(2)
    );
}

#[test]
fn cadence_defaults_come_from_the_config_file() {
    let (_dir, db) = common::temp_db();
    ok(&db, &["add", "Eve", "--kind", "employee"]);
    ok(&db, &["log", "eve", "--at", "2026-11-01 10:00", "chat"]);
    assert!(
        section(&due_json(&db, NOW), "gone_quiet").is_empty(),
        "employees have no default"
    );
    std::fs::write(db.with_extension("toml"), "[cadence]\nemployee = 7\n").unwrap();
    assert_eq!(section(&due_json(&db, NOW), "gone_quiet").len(), 1);
    std::fs::write(
        db.with_extension("toml"),
        "[cadence]\nemployee = \"weekly\"\n",
    )
    .unwrap();
    // A config that does not read keeps no command from the notebook: the error is a warning,
    // naming the file and line, and the defaults apply (employees have none).
    let out = kith_at(&db, NOW, &["due", "--json"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    let config = db.with_extension("toml");
    assert!(
        err.contains(&format!("kith: warning: {}:2: ", config.display())),
        "{err}"
    );
    let due: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(section(&due, "gone_quiet").is_empty(), "the defaults apply");
}

#[test]
fn the_calendar_reminder_lead_comes_from_the_config_file_unless_the_command_says() {
    let (_dir, db) = common::temp_db();
    ok(&db, &["add", "Núria Puig"]);
    ok(&db, &["followup", "nuria", "fri: send the quote"]);
    let trigger = |args: &[&str]| {
        let ics = ok(&db, args).replace("\r\n ", "");
        let line = ics.lines().find(|l| l.starts_with("TRIGGER"));
        line.map(str::to_string).unwrap_or_default()
    };
    let ics = ["export", "--format", "ics"];
    assert_eq!(trigger(&ics), "TRIGGER;RELATED=END:PT0S", "when it is due");
    std::fs::write(db.with_extension("toml"), "[export]\nalarm_before = 45\n").unwrap();
    assert_eq!(trigger(&ics), "TRIGGER;RELATED=END:-PT45M");
    assert_eq!(
        trigger(&["export", "--format", "ics", "--alarm-before", "5"]),
        "TRIGGER;RELATED=END:-PT5M",
        "the command line wins"
    );
    std::fs::write(db.with_extension("toml"), "[export]\nalarm_before = -1\n").unwrap();
    let out = kith_at(&db, NOW, &ics);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    let config = db.with_extension("toml");
    assert!(err.contains(&format!("{}:2: ", config.display())), "{err}");
    assert_eq!(
        trigger(&ics),
        "TRIGGER;RELATED=END:PT0S",
        "the defaults apply"
    );
}
