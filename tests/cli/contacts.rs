//! Contacts, notes, lists, search and the demo through the binary, output and JSON.

use super::*;

/// Adds Núria Puig, a customer of Forn Puig, with `more` options; what `add` said.
fn add_nuria(db: &Path, more: &[&str]) -> String {
    let mut args = vec![
        "add",
        "Núria Puig",
        "--company",
        "Forn Puig",
        "--kind",
        "customer",
    ];
    args.extend_from_slice(more);
    ok(db, &args)
}

#[test]
fn add_log_show_round_trip_through_the_binary() {
    let (_dir, db) = common::temp_db();
    let added = add_nuria(
        &db,
        &[
            "--email",
            "work:nuria@forn.cat",
            "--phone",
            "+34 600 111 222",
            "--tag",
            "wholesale",
            "--tag",
            "vip",
            "--birthday",
            "1984-05-14",
            "--cadence",
            "30",
            "--grade",
            "8",
        ],
    );
    assert!(added.starts_with("Added Núria Puig (id 1)"), "{added}");
    ok(
        &db,
        &[
            "log",
            "nuria",
            "--channel",
            "call",
            "--at",
            "2026-11-20 10:00",
            "Wants rye bread",
        ],
    );
    let piped = kith_with_stdin(&db, &["log", "NURIA PUIG"], Some("line one\nline two\n"));
    assert!(
        piped.status.success(),
        "{}",
        String::from_utf8_lossy(&piped.stderr)
    );
    ok(
        &db,
        &[
            "log",
            "Nuria",
            "--amount",
            "120.50 EUR",
            "--at",
            "2026-11-21 12:00",
            "torrons",
        ],
    );

    let shown = ok(&db, &["show", "nuria"]);
    assert!(shown.contains("Núria Puig  (id 1, customer)"), "{shown}");
    assert!(shown.contains("Lifetime value: 120.50 EUR"), "{shown}");
    assert!(shown.contains("line one\n      line two"), "{shown}");

    let v = json(&db, &["show", "1", "--json"]);
    assert_eq!(v["contact"]["name"], "Núria Puig");
    assert_eq!(v["contact"]["kind"], "customer");
    assert_eq!(v["contact"]["emails"][0]["label"], "work");
    assert_eq!(v["contact"]["birthday"], "1984-05-14");
    assert_eq!(
        v["contact"]["tags"],
        serde_json::json!(["wholesale", "vip"])
    );
    assert_eq!(
        each_field(&v["interactions"], "channel"),
        ["in_person", "purchase", "call"],
        "newest first"
    );
    assert_eq!(v["interactions"][0]["at"], "2026-11-22T09:30:00");
    assert_eq!(v["interactions"][1]["amount"]["minor"], 12050);
    assert_eq!(v["derived"]["lifetime_value"][0]["display"], "120.50 EUR");
    assert_eq!(v["derived"]["days_since_contact"], 0);
}

/// The names in a JSON list of contacts, in its order.
fn names(contacts: &serde_json::Value) -> Vec<&str> {
    each_field(contacts, "name")
}

#[test]
fn list_filters_and_prints_json() {
    let (_dir, db) = common::temp_db();
    ok(
        &db,
        &[
            "add",
            "Zoe Hall",
            "--kind",
            "supplier",
            "--tag",
            "Wholesale",
        ],
    );
    ok(&db, &["add", "Àlex Vila", "--kind", "customer"]);
    ok(
        &db,
        &["add", "সুমন দাস", "--kind", "customer", "--tag", "wholesale"],
    );
    let table = ok(&db, &["list"]);
    let in_table: Vec<&str> = table
        .lines()
        .skip(1)
        .map(|l| l.split("  ").nth(1).unwrap().trim())
        .collect();
    assert_eq!(in_table, ["Àlex Vila", "Zoe Hall", "সুমন দাস"]);

    let customers = json(&db, &["list", "--kind", "customer", "--json"]);
    assert_eq!(names(&customers), ["Àlex Vila", "সুমন দাস"]);
    let tagged = json(&db, &["list", "--tag", "WHOLESALE", "--json"]);
    assert_eq!(tagged.as_array().unwrap().len(), 2);
    assert_eq!(ok(&db, &["list", "--archived"]).trim(), "No contacts.");

    // When each was last in touch: the table read from the index, the table of a tag filter and
    // the JSON (both read from the records) agree.
    ok(
        &db,
        &["log", "Zoe", "Sent the order", "--at", "2026-11-20 10:00"],
    );
    let zoe_line = |table: &str| {
        let line = table.lines().find(|l| l.contains("Zoe Hall")).unwrap();
        line.rsplit("  ").next().unwrap().to_string()
    };
    assert_eq!(zoe_line(&ok(&db, &["list"])), "2 days ago");
    assert_eq!(
        zoe_line(&ok(&db, &["list", "--tag", "wholesale"])),
        "2 days ago"
    );
    let tagged = json(&db, &["list", "--tag", "wholesale", "--json"]);
    let zoe = (tagged.as_array().unwrap().iter())
        .find(|c| c["name"] == "Zoe Hall")
        .unwrap();
    assert!(
        zoe["last_contacted"]
            .as_str()
            .unwrap()
            .starts_with("2026-11-20"),
        "{zoe}"
    );
}

#[test]
fn edit_archive_and_unarchive() {
    let (_dir, db) = common::temp_db();
    ok(
        &db,
        &[
            "add",
            "Ana",
            "--company",
            "Old Co",
            "--tag",
            "a",
            "--cadence",
            "30",
        ],
    );
    ok(&db, &["add", "Bob"]);
    ok(
        &db,
        &[
            "edit",
            "ana",
            "--name",
            "Ana Ferrer",
            "--company",
            "",
            "--tag",
            "b",
            "--tag",
            "c",
            "--cadence",
            "",
            "--referred-by",
            "bob",
        ],
    );
    let ana = shown_contact(&db, "ana ferrer");
    assert_eq!(ana["company"], serde_json::Value::Null);
    assert_eq!(ana["tags"], serde_json::json!(["b", "c"]));
    assert_eq!(ana["cadence_days"], serde_json::Value::Null);
    assert_eq!(ana["referred_by"], 2);

    ok(&db, &["archive", "ana", "--reason", "moved to Lisbon"]);
    assert!(!ok(&db, &["list"]).contains("Ana Ferrer"));
    assert!(ok(&db, &["list", "--archived"]).contains("Ana Ferrer"));
    assert_eq!(
        shown_contact(&db, "ana")["archived"]["reason"],
        "moved to Lisbon"
    );
    assert!(fails(&db, &["archive", "ana", "--reason", "again"], 1).contains("already archived"));
    ok(&db, &["unarchive", "ana"]);
    assert!(ok(&db, &["list"]).contains("Ana Ferrer"));
}

#[test]
fn hostile_names_are_printed_inert() {
    let (_dir, db) = common::temp_db();
    ok(&db, &["add", "Evil\x1b]2;PWNED\x07\u{202e}name"]);
    let listed = ok(&db, &["list"]);
    assert!(
        !listed.contains('\x1b') && !listed.contains('\x07') && !listed.contains('\u{202e}'),
        "{listed:?}"
    );
    assert!(listed.contains("Evil␛]2;PWNED␇name"), "{listed}");
    // JSON keeps the text exactly as given, escaped.
    let v = json(&db, &["list", "--json"]);
    assert_eq!(v[0]["name"], "Evil\x1b]2;PWNED\x07\u{202e}name");
}

/// Fills the notebook at `db` with the demo's 60 contacts and 600 notes of seed 7; what it said.
fn demo_of_60(db: &Path) -> String {
    ok(
        db,
        &[
            "demo",
            "--contacts",
            "60",
            "--interactions",
            "600",
            "--seed",
            "7",
        ],
    )
}

#[test]
fn demo_fills_an_empty_notebook_only() {
    let (_dir, db) = common::temp_db();
    let out = demo_of_60(&db);
    assert!(out.contains("60 contacts, 600 interactions"), "{out}");
    let all = json(&db, &["list", "--json"]);
    let contacts = all.as_array().unwrap();
    assert_eq!(contacts.len(), 60);
    let names: String = names(&all).concat();
    for (script, range) in [
        ("Devanagari", '\u{0900}'..='\u{097F}'),
        ("Bengali", '\u{0980}'..='\u{09FF}'),
    ] {
        assert!(
            names.chars().any(|c| range.contains(&c)),
            "no {script} names in {names}"
        );
    }
    assert!(
        names
            .chars()
            .any(|c| "àèéíòóúïüç".contains(c.to_lowercase().next().unwrap())),
        "no accented Latin"
    );
    assert!(contacts.iter().any(|c| !c["birthday"].is_null()));
    let err = fails(&db, &["demo"], 1);
    assert!(err.contains("already has 60 contacts"), "{err}");

    let (_dir2, db2) = common::temp_db();
    demo_of_60(&db2);
    assert_eq!(
        ok(&db, &["list", "--json"]).replace(&*db.to_string_lossy(), ""),
        ok(&db2, &["list", "--json"]).replace(&*db2.to_string_lossy(), ""),
        "same seed, same notebook"
    );
}

#[test]
fn search_finds_contacts_and_notes_from_the_command_line() {
    let (_dir, db) = common::temp_db();
    add_nuria(&db, &["--phone", "+34 600 111 222"]);
    ok(
        &db,
        &[
            "add",
            "अनीता शर्मा",
            "--kind",
            "supplier",
            "--tag",
            "wholesale",
        ],
    );
    ok(
        &db,
        &[
            "add",
            "সুমন দাস",
            "--kind",
            "partner",
            "--email",
            "suman@das.in",
        ],
    );
    ok(&db, &["log", "अनीता शर्मा", "Diwali invoice by the 5th"]);
    ok(
        &db,
        &["log", "nuria", "Va passar per la botiga; vol pa de sègol"],
    );
    let names = |args: &[&str]| -> Vec<String> {
        names(&json(&db, args))
            .into_iter()
            .map(str::to_string)
            .collect()
    };
    assert_eq!(names(&["search", "nuria", "--json"]), ["Núria Puig"]);
    assert_eq!(names(&["search", "शर्मा", "--json"]), ["अनीता शर्मा"]);
    assert_eq!(names(&["search", "দাস", "--json"]), ["সুমন দাস"]);
    assert_eq!(
        names(&["search", "600111", "--json"]),
        ["Núria Puig"],
        "phone digits"
    );
    assert_eq!(names(&["search", "das.in", "--json"]), ["সুমন দাস"], "email");
    assert_eq!(
        names(&["search", "tag:wholesale", "--json"]),
        ["अनीता शर्मा"]
    );
    assert_eq!(
        names(&["search", "kind:customer", "forn", "--json"]),
        ["Núria Puig"]
    );
    let notes = json(&db, &["search", "--notes", "diwali", "--json"]);
    assert_eq!(notes[0]["contact_name"], "अनीता शर्मा");
    assert_eq!(notes[0]["snippet"], "Diwali invoice by the 5th");
    let text = ok(&db, &["search", "#segol"]);
    assert!(
        text.contains("Núria Puig") && text.contains("vol pa de sègol"),
        "{text}"
    );
    assert!(fails(&db, &["search", "colour:red"], 1).contains("unknown filter 'colour:'"));
    assert_eq!(ok(&db, &["search", "zebra"]).trim(), "No contacts.");
}

#[test]
fn show_says_how_long_ago_in_proper_words() {
    let (_dir, db) = common::temp_db();
    ok(&db, &["add", "Ana Puig"]);
    // The binary's clock is 2026-11-22 09:30.
    ok(&db, &["log", "ana", "--at", "2026-11-21 10:00", "a call"]);
    let shown = ok(&db, &["show", "ana"]);
    assert!(shown.contains("2026-11-21 (1 day ago)"), "{shown}");
    ok(&db, &["log", "ana", "--at", "2026-11-22 08:00", "another"]);
    let shown = ok(&db, &["show", "ana"]);
    assert!(shown.contains("2026-11-22 (today)"), "{shown}");
}
