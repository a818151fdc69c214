//! `kith invoice edit` and `kith invoice delete` (and the same under `kith bill`) through the
//! real binary on the pinned clock (Sunday 22 November 2026).

use super::common::binary::ok;
use super::common::temp_db;
use super::fails;

fn notebook() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, db) = temp_db();
    ok(&db, &["add", "Anita Sharma", "--kind", "customer"]);
    ok(&db, &["add", "Paper Mill", "--kind", "supplier"]);
    ok(
        &db,
        &[
            "invoice", "anita", "100 EUR", "--due", "fri", "--ref", "A-1",
        ],
    );
    ok(
        &db,
        &["bill", "paper mill", "80 EUR", "--due", "2026-12-01"],
    );
    ok(&db, &["paid", "A-1", "40", "EUR"]);
    (dir, db)
}

fn backup(db: &std::path::Path) -> String {
    ok(db, &["export", "--format", "json"])
}

#[test]
fn an_invoice_is_edited_in_place_and_the_edit_is_undone() {
    let (_dir, db) = notebook();
    let said = ok(
        &db,
        &[
            "invoice",
            "edit",
            "a-1",
            "--amount",
            "150",
            "EUR",
            "--due",
            "in 45 days",
            "--ref",
            "A-2",
        ],
    );
    assert_eq!(
        said.trim(),
        "Invoice A-2 (Anita Sharma): 150.00 EUR, due Wed 2027-01-06, 110.00 EUR left"
    );
    assert!(ok(&db, &["owed"]).contains("110.00"));
    let said = ok(&db, &["bill", "edit", "4", "--amount", "95 EUR"]);
    assert_eq!(
        said.trim(),
        "Bill 4 (Paper Mill): 95.00 EUR, due Tue 2026-12-01, 95.00 EUR left"
    );
    let undo = ok(&db, &["undo", "--yes"]);
    assert!(undo.contains("change to 4"), "{undo}");
    let undo = ok(&db, &["undo", "--yes"]);
    assert!(undo.contains("change to A-2"), "{undo}");
    let owed = ok(&db, &["owed"]);
    assert!(owed.contains("A-1") && owed.contains("60.00 EUR"), "{owed}");
}

#[test]
fn a_wrong_edit_is_refused_in_words_and_changes_nothing() {
    let (_dir, db) = notebook();
    let before = backup(&db);
    let refused = [
        (
            &["invoice", "edit", "A-1", "--amount", "30", "EUR"][..],
            "A-1 has 40.00 EUR paid already, more than 30.00 EUR",
        ),
        (
            &["invoice", "edit", "A-1", "--amount", "300", "USD"][..],
            "A-1 has payments in EUR: its amount stays in EUR",
        ),
        (
            &["invoice", "edit", "A-1"][..],
            "say what to change: --amount, --due or --ref",
        ),
        (
            &["invoice", "edit", "A-1", "--due", "2020-01-01"][..],
            "the due day, 2020-01-01, is before the day it was issued",
        ),
        (
            &["invoice", "edit", "A-1", "--due", "someday"][..],
            "someday",
        ),
        (
            &["invoice", "edit", "nothing", "--ref", "B"][..],
            "no invoice or bill has the reference or id 'nothing'",
        ),
        (
            &["invoice", "delete", "A-1"][..],
            "not on a terminal: say --yes to delete invoice A-1",
        ),
        (
            &["bill", "delete", "9", "--yes"][..],
            "no invoice or bill has the reference or id '9'",
        ),
    ];
    for (args, said) in refused {
        let err = fails(&db, args, 1);
        assert!(err.contains(said), "{args:?}: {err}");
    }
    assert_eq!(backup(&db), before);
}

#[test]
fn an_invoice_is_deleted_with_its_payments_and_undo_brings_it_back() {
    let (_dir, db) = notebook();
    let before = backup(&db);
    let said = ok(&db, &["invoice", "delete", "A-1", "--yes"]);
    assert_eq!(
        said.trim(),
        "Deleted invoice A-1 (Anita Sharma), 100.00 EUR (kith undo brings it back)"
    );
    let err = fails(&db, &["paid", "A-1"], 1);
    assert!(err.contains("no invoice or bill"), "{err}");
    let undo = ok(&db, &["undo", "--yes"]);
    assert!(undo.contains("delete A-1"), "{undo}");
    assert_eq!(backup(&db), before);
}

#[cfg(unix)]
#[test]
fn deleting_an_invoice_on_a_terminal_asks_once() {
    use super::common::pty::Tui;
    let (_dir, db) = notebook();
    let before = backup(&db);
    let mut asked = Tui::command(&db, &["bill", "delete", "4"], &[]);
    asked.wait_for("Delete bill 4 (Paper Mill), 80.00 EUR with 0.00 EUR paid? [y/N]");
    asked.keys("n\r");
    asked.wait_for("Nothing changed");
    asked.wait_exit();
    assert_eq!(backup(&db), before);
    let mut asked = Tui::command(&db, &["bill", "delete", "4"], &[]);
    asked.wait_for("[y/N]");
    asked.keys("y\r");
    asked.wait_for("Deleted bill 4");
    asked.wait_exit();
    assert!(!ok(&db, &["owed"]).contains("Paper Mill"));
}

#[test]
fn a_new_invoice_still_needs_its_contact_amount_and_due_day() {
    let (_dir, db) = notebook();
    let err = fails(&db, &["invoice", "anita", "5 EUR"], 2);
    assert!(err.contains("--due"), "{err}");
    let err = fails(&db, &["invoice"], 2);
    assert!(err.contains("<CONTACT>"), "{err}");
}
