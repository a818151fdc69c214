//! What the binary refuses, and how: messages, exit codes, files that are not notebooks, another kith beside it.

use super::*;

#[test]
fn bad_input_gets_clear_messages_and_exit_codes() {
    let (_dir, db) = common::temp_db();
    ok(&db, &["add", "Suman Das"]);
    ok(&db, &["add", "Suman Das", "--company", "Das Traders"]);
    let err = fails(&db, &["show", "suman"], 1);
    assert!(err.contains("'suman' matches 2 contacts"), "{err}");
    assert!(
        err.contains("     1  Suman Das\n") && err.contains("     2  Suman Das (Das Traders)"),
        "{err}"
    );
    assert!(fails(&db, &["show", "nobody"], 1).contains("no contact matches 'nobody'"));
    // A word outside a fixed set is a usage error: clap names it and every word it takes.
    let err = fails(&db, &["log", "1", "--channel", "pigeon", "x"], 2);
    assert!(
        err.contains("invalid value 'pigeon' for '--channel <CHANNEL>'")
            && err.contains(
                "[possible values: in_person, call, video, email, message, purchase, other]"
            ),
        "{err}"
    );
    assert!(fails(&db, &["log", "1", "--at", "yesterday", "x"], 1).contains("YYYY-MM-DD HH:MM"));
    assert!(fails(&db, &["log", "1", "--amount", "12 EURO", "x"], 1).contains("currency code"));
    assert!(
        fails(
            &db,
            &["log", "1", "--channel", "call", "--amount", "12 EUR", "x"],
            1
        )
        .contains("only for purchases")
    );
    assert!(fails(&db, &["add", "X", "--birthday", "02-30"], 1).contains("not a day of the year"));
    let err = fails(&db, &["add", "X", "--kind", "friend"], 2);
    assert!(
        err.contains("invalid value 'friend' for '--kind <KIND>'")
            && err.contains(
                "[possible values: customer, prospect, employee, partner, supplier, other]"
            ),
        "{err}"
    );
    assert!(fails(&db, &["add", "X", "--grade", "11"], 1).contains("grade 11"));
    assert!(fails(&db, &["add", "   "], 1).contains("needs a name"));
    let empty = kith_with_stdin(&db, &["log", "1"], Some("  \n"));
    assert_eq!(empty.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&empty.stderr).contains("nothing to log"));
    fails(&db, &["frobnicate"], 2);
    fails(&db, &["add"], 2);
    // Nothing above changed the notebook.
    assert_eq!(json(&db, &["list", "--json"]).as_array().unwrap().len(), 2);
    assert_eq!(
        json(&db, &["show", "1", "--json"])["interactions"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

#[test]
fn commands_run_beside_another_kith_that_has_the_file_open() {
    let (_dir, db) = common::temp_db();
    let held = kith::store::Store::open(&db).unwrap();
    common::add(&held, "Núria Puig", kith::domain::Kind::Customer);
    assert!(ok(&db, &["list"]).contains("Núria Puig"));
    assert!(ok(&db, &["add", "Jordi Ferrer"]).contains("Added Jordi Ferrer"));
    assert!(
        held.resolve("jordi").is_ok(),
        "the open store sees the other commit"
    );
}

#[test]
fn a_file_that_is_not_a_notebook_is_left_alone() {
    let (dir, _) = common::temp_db();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "my shopping list\n".repeat(100)).unwrap();
    let err = fails(&path, &["list"], 1);
    assert!(err.contains("is not a kith notebook"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "my shopping list\n".repeat(100)
    );
}
