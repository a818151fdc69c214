//! Local occasions through the real binary: `kith celebrate` by contact and by tag, what it
//! lists and why, the unknown occasion's error, `kith occasions` in Catalan and Hindi with the
//! table's end, `kith due` with the greetings, undo, and a backup that keeps them.

mod common;

use common::binary::*;
use common::temp_db;

const APRIL: [(&str, &str); 1] = [("KITH_NOW", "2027-04-20 09:00")];

fn notebook() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, db) = temp_db();
    ok(&db, &["add", "Jordi Casals", "--tag", "barcelona"]);
    ok(&db, &["add", "अनीता शर्मा"]);
    (dir, db)
}

#[test]
fn celebrate_by_contact_and_tag_and_say_why() {
    let (_dir, db) = notebook();
    let said = ok(&db, &["celebrate", "अनीता", "diwali", "holi"]);
    assert_eq!(
        said,
        "अनीता शर्मा will be greeted for: Diwali (diwali), Holi (holi)\n"
    );
    ok(
        &db,
        &["celebrate", "--tag", "Barcelona", "sant-jordi", "name-day"],
    );
    ok(&db, &["celebrate", "Jordi", "new-year"]);
    let why = ok(&db, &["celebrate", "Jordi"]);
    assert!(why.contains("New Year (new-year)\n"), "{why}");
    assert!(
        why.contains("Sant Jordi (sant-jordi), through the tag Barcelona"),
        "{why}"
    );
    assert!(why.contains("Name day on 23 Apr"), "{why}");
    // `show` says the same, under the contact's other details.
    let shown = ok(&db, &["show", "Jordi"]);
    assert!(
        shown.contains("\nJordi Casals will be greeted for:\n  New Year (new-year)\n"),
        "{shown}"
    );
    assert!(shown.contains("  Name day on 23 Apr\n"), "{shown}");
    ok(&db, &["add", "Pere Vidal"]);
    let nothing = ok(&db, &["show", "Pere"]);
    assert!(!nothing.contains("greeted for"), "{nothing}");
    let removed = ok(&db, &["celebrate", "अनीता", "holi", "--remove"]);
    assert!(removed.ends_with("Diwali (diwali)\n"), "{removed}");
    let due = ok_with_env(&db, &["due"], &APRIL);
    assert!(due.contains("Greetings, next 14 days (2)"), "{due}");
    assert!(due.contains("Jordi Casals"), "{due}");
    ok(&db, &["undo"]);
    let back = ok(&db, &["celebrate", "अनीता"]);
    assert!(back.contains("Holi (holi)"), "undo brings it back: {back}");
    assert!(ok(&db, &["check"]).contains("sound"));
}

#[test]
fn an_unknown_occasion_is_refused_with_the_nearest_and_the_known_ones() {
    let (_dir, db) = notebook();
    let err = fails(&db, &["celebrate", "Jordi", "sant-jordy"]);
    assert!(
        err.contains("There is no occasion \"sant-jordy\". Did you mean sant-jordi?"),
        "{err}"
    );
    assert!(err.contains("diwali, holi, durga-puja"), "{err}");
    let err = fails(&db, &["celebrate", "Nobody", "holi"]);
    assert!(!err.is_empty());
    let listed = ok(&db, &["celebrate", "Jordi"]);
    assert!(
        listed.contains("no local occasion"),
        "nothing was written: {listed}"
    );
}

#[test]
fn occasions_are_named_in_the_language_and_the_table_end_is_said() {
    let (_dir, db) = notebook();
    ok(&db, &["celebrate", "--tag", "barcelona", "new-year"]);
    ok(&db, &["celebrate", "अनीता", "diwali"]);
    let ca = ok_with_env(
        &db,
        &["occasions", "--days", "60"],
        &[("LANG", "ca_ES.UTF-8")],
    );
    assert!(ca.contains("Ocasions locals, propers 60 dies:"), "{ca}");
    assert!(ca.contains("Cap d'Any (new-year): Jordi Casals"), "{ca}");
    let hi = ok_with_env(&db, &["--lang", "hi", "occasions", "--days", "400"], &[]);
    assert!(hi.contains("दिवाली (diwali): अनीता शर्मा"), "{hi}");
    let json = json(&db, &["occasions", "--days", "60", "--json"]);
    assert_eq!(json[0]["occasion"], "new-year");
    assert_eq!(json[0]["date"], "2027-01-01");
    assert_eq!(json[0]["contacts"][0]["name"], "Jordi Casals");
    // Looking past the table's last year warns that later lunar dates are not shown.
    let late = [("KITH_NOW", "2037-06-01 09:00")];
    let out = kith_with_env(&db, &["occasions", "--days", "365"], &late);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("end in 2037"), "{err}");
}

#[test]
fn a_backup_keeps_what_contacts_and_tags_celebrate() {
    let (dir, db) = notebook();
    ok(&db, &["celebrate", "--tag", "barcelona", "sant-jordi"]);
    ok(&db, &["celebrate", "अनीता", "diwali", "holi"]);
    let file = dir.path().join("backup.json");
    let file_arg = file.to_str().unwrap();
    ok(&db, &["export", "--format", "json", "-o", file_arg]);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("\"celebrations\""), "{text}");
    let restored = dir.path().join("restored.db");
    ok(&restored, &["import", file_arg]);
    let again = dir.path().join("again.json");
    ok(
        &restored,
        &["export", "--format", "json", "-o", again.to_str().unwrap()],
    );
    assert_eq!(
        text,
        std::fs::read_to_string(&again).unwrap(),
        "the same bytes"
    );
    let due = ok_with_env(&restored, &["due"], &APRIL);
    assert!(due.contains("Sant Jordi"), "{due}");
    assert!(ok(&restored, &["check"]).contains("sound"));
}
