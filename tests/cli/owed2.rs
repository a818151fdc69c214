//! Writing off, voiding, editing and deleting invoices and bills, paying what is left and a
//! contact's invoices in `kith show`, through the real binary on the pinned clock (Sunday
//! 22 November 2026).

use super::common::binary::ok;
use super::common::temp_db;
use super::fails;

fn notebook() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, db) = temp_db();
    ok(&db, &["add", "Anita Sharma", "--kind", "customer"]);
    ok(&db, &["add", "Paper Mill", "--kind", "supplier"]);
    let due = ["--due", "2026-11-01", "--issued", "2026-10-01"];
    let invoice = ["invoice", "anita", "1200.00", "EUR", "--ref", "INV-014"];
    ok(&db, &[&invoice[..], &due[..]].concat());
    ok(
        &db,
        &["bill", "paper mill", "80 EUR", "--due", "2026-12-01"],
    );
    (dir, db)
}

fn backup(db: &std::path::Path) -> String {
    ok(db, &["export", "--format", "json"])
}

#[test]
fn writing_off_closes_an_invoice_keeps_the_reason_and_is_undone() {
    let (_dir, db) = notebook();
    ok(&db, &["paid", "INV-014", "200", "EUR"]);
    let said = ok(
        &db,
        &[
            "writeoff",
            "inv-014",
            "--reason",
            "the shop closed",
            "--yes",
        ],
    );
    assert_eq!(
        said.trim(),
        "Wrote off: INV-014 (Anita Sharma), 1000.00 EUR will not be paid (kith undo takes it back)"
    );
    let owed = ok(&db, &["owed"]);
    assert!(!owed.contains("They owe you"), "{owed}");
    let shown = ok(&db, &["show", "anita"]);
    assert!(
        shown.contains("Wrote off INV-014 (1000.00 EUR left): the shop closed"),
        "{shown}"
    );
    let undo = ok(&db, &["undo", "--yes"]);
    assert!(undo.contains("write off INV-014"), "{undo}");
    let owed = ok(&db, &["owed"]);
    assert!(owed.contains("They owe you"), "{owed}");
    assert!(!ok(&db, &["show", "anita"]).contains("the shop closed"));
}

#[test]
fn voiding_a_bill_by_its_id_says_so_and_a_void_one_takes_no_payment() {
    let (_dir, db) = notebook();
    let said = ok(&db, &["void", "4", "--yes"]);
    assert_eq!(
        said.trim(),
        "Void: 4 (Paper Mill), 80.00 EUR no longer owed (kith undo takes it back)"
    );
    let err = fails(&db, &["paid", "4", "10", "EUR"], 1);
    assert!(
        err.contains("4 is already void and takes no payment"),
        "{err}"
    );
    let before = backup(&db);
    let err = fails(&db, &["writeoff", "4", "--yes"], 1);
    assert!(err.contains("4 is already void"), "{err}");
    assert_eq!(backup(&db), before);
}

#[test]
fn closing_is_refused_in_words_and_changes_nothing() {
    let (_dir, db) = notebook();
    ok(
        &db,
        &[
            "invoice", "anita", "5 EUR", "--due", "fri", "--ref", "inv-014",
        ],
    );
    let before = backup(&db);
    let err = fails(&db, &["writeoff", "INV-014", "--yes"], 1);
    assert!(
        err.contains("'INV-014' names 2 invoices or bills (3, 5): give the id"),
        "{err}"
    );
    let err = fails(&db, &["void", "nothing", "--yes"], 1);
    assert!(
        err.contains("no invoice or bill has the reference or id 'nothing'"),
        "{err}"
    );
    let err = fails(&db, &["void", "5"], 1);
    assert!(
        err.contains("not on a terminal: say --yes to void inv-014"),
        "{err}"
    );
    let err = fails(&db, &["writeoff", "3"], 1);
    assert!(
        err.contains("not on a terminal: say --yes to write off INV-014"),
        "{err}"
    );
    assert_eq!(backup(&db), before);
}

#[cfg(unix)]
#[test]
fn writing_off_on_a_terminal_asks_once() {
    use super::common::pty::Tui;
    let (_dir, db) = notebook();
    let before = backup(&db);
    let mut asked = Tui::command(&db, &["writeoff", "INV-014"], &[]);
    asked.wait_for("Write off INV-014 (Anita Sharma), 1200.00 EUR left? [y/N]");
    asked.keys("n\r");
    asked.wait_for("Nothing changed");
    asked.wait_exit();
    assert_eq!(backup(&db), before);
    let mut asked = Tui::command(&db, &["void", "INV-014"], &[]);
    asked.wait_for("Void INV-014 (Anita Sharma), 1200.00 EUR left? [y/N]");
    asked.keys("y\r");
    asked.wait_for("Void: INV-014");
    asked.wait_exit();
    assert!(!ok(&db, &["owed"]).contains("They owe you"));
}

#[test]
fn paid_without_an_amount_pays_what_is_left_and_says_so() {
    let (_dir, db) = notebook();
    ok(&db, &["paid", "INV-014", "200", "EUR"]);
    let said = ok(&db, &["paid", "INV-014"]);
    assert_eq!(
        said.trim(),
        "Paid 1000.00 EUR against INV-014 (Anita Sharma): what was left, paid in full"
    );
    ok(&db, &["void", "4", "--yes"]);
    let before = backup(&db);
    let err = fails(&db, &["paid", "INV-014"], 1);
    assert!(
        err.contains("INV-014 is paid in full: nothing is left to pay"),
        "{err}"
    );
    let err = fails(&db, &["paid", "4"], 1);
    assert!(
        err.contains("4 is already void and takes no payment"),
        "{err}"
    );
    let err = fails(&db, &["writeoff", "INV-014", "--yes"], 1);
    assert!(
        err.contains("INV-014 is paid in full: nothing is left to write off"),
        "{err}"
    );
    let err = fails(&db, &["paid", "INV-014", "--on", "someday"], 1);
    assert!(
        err.contains("'someday' is not a date kith can read"),
        "{err}"
    );
    assert_eq!(backup(&db), before);
}

#[test]
fn show_lists_the_open_invoices_and_bills_and_counts_the_settled() {
    let (_dir, db) = notebook();
    ok(&db, &["invoice", "anita", "5 EUR", "--due", "fri"]);
    ok(&db, &["paid", "5"]);
    ok(
        &db,
        &["invoice", "anita", "7 EUR", "--due", "fri", "--ref", "X"],
    );
    ok(&db, &["void", "X", "--yes"]);
    let shown = ok(&db, &["show", "anita"]);
    let section = shown
        .split_once("Invoices and bills\n")
        .map(|(_, s)| s)
        .unwrap_or_else(|| panic!("{shown}"));
    let lines: Vec<&str> = section.lines().map(str::trim_end).collect();
    assert_eq!(
        lines,
        [
            "  ID  KIND     REF      DUE         STATE              AMOUNT         LEFT",
            "  3   invoice  INV-014  2026-11-01  21 days late  1200.00 EUR  1200.00 EUR",
            "  and 2 settled (paid, written off or void)",
        ]
    );
    let shown = ok(&db, &["show", "paper"]);
    assert!(shown.contains("  4   bill"), "{shown}");
    assert!(!shown.contains("settled"), "{shown}");
    ok(&db, &["void", "4", "--yes"]);
    let shown = ok(&db, &["show", "paper"]);
    assert!(
        shown.contains("Invoices and bills\n  none open\n  and 1 settled"),
        "{shown}"
    );
    ok(&db, &["add", "Nobody"]);
    assert!(!ok(&db, &["show", "nobody"]).contains("Invoices and bills"));
}

#[test]
fn the_demo_and_a_restore_count_invoices_and_bills() {
    let (dir, db) = temp_db();
    let said = ok(&db, &["demo", "--contacts", "20", "--interactions", "50"]);
    assert!(said.contains(" and 12 invoices and bills in "), "{said}");
    let file = dir.path().join("backup.json");
    ok(
        &db,
        &["export", "--format", "json", "-o", file.to_str().unwrap()],
    );
    let other = dir.path().join("other.redb");
    let said = ok(&other, &["import", file.to_str().unwrap()]);
    assert!(
        said.contains(", 0 drafts and 12 invoices and bills from"),
        "{said}"
    );
    let (dir, db) = temp_db();
    let said = ok(
        &db,
        &[
            "demo",
            "--contacts",
            "20",
            "--interactions",
            "50",
            "--no-invoices",
        ],
    );
    assert!(said.contains(" follow-ups in "), "{said}");
    let file = dir.path().join("backup.json");
    ok(
        &db,
        &["export", "--format", "json", "-o", file.to_str().unwrap()],
    );
    let said = ok(
        &dir.path().join("other.redb"),
        &["import", file.to_str().unwrap()],
    );
    assert!(said.contains(" follow-ups and 0 drafts from"), "{said}");
}

#[test]
fn show_json_carries_the_invoices_only_when_there_are_some() {
    let (_dir, db) = notebook();
    let shown = super::common::binary::json(&db, &["show", "anita", "--json"]);
    let invoices = shown["invoices"].as_array().expect("anita has invoices");
    assert_eq!(invoices.len(), 1);
    assert_eq!(invoices[0]["reference"], "INV-014");
    assert_eq!(invoices[0]["state"], "open");
    ok(&db, &["add", "Nobody"]);
    let shown = super::common::binary::json(&db, &["show", "nobody", "--json"]);
    assert!(shown.get("invoices").is_none(), "{shown}");
}
