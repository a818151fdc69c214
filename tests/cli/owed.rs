//! `kith invoice`, `bill`, `paid` and `owed` through the real binary, on the pinned clock
//! (Sunday 22 November 2026).

use super::common::binary::{json, ok};
use super::common::temp_db;
use super::fails;

fn notebook() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, db) = temp_db();
    ok(&db, &["add", "Anita Sharma", "--kind", "customer"]);
    ok(&db, &["add", "Paper Mill", "--kind", "supplier"]);
    (dir, db)
}

#[test]
fn invoices_bills_and_payments_are_recorded_and_said() {
    let (_dir, db) = notebook();
    let said = ok(
        &db,
        &[
            "invoice",
            "anita",
            "1200.00",
            "EUR",
            "--due",
            "in 30 days",
            "--issued",
            "2026-09-01",
            "--ref",
            "INV-014",
        ],
    );
    assert_eq!(
        said.trim(),
        "Invoice 3 to Anita Sharma: 1200.00 EUR, due Thu 2026-10-01 (INV-014)"
    );
    let said = ok(
        &db,
        &["bill", "paper mill", "80 EUR", "--due", "2026-12-01"],
    );
    assert_eq!(
        said.trim(),
        "Bill 4 from Paper Mill: 80.00 EUR, due Tue 2026-12-01"
    );
    let said = ok(
        &db,
        &["paid", "inv-014", "200.00", "EUR", "--on", "yesterday"],
    );
    assert_eq!(
        said.trim(),
        "Paid 200.00 EUR against INV-014 (Anita Sharma): 1000.00 EUR left"
    );
    let said = ok(&db, &["paid", "4", "80", "EUR"]);
    assert_eq!(
        said.trim(),
        "Paid 80.00 EUR against 4 (Paper Mill): paid in full"
    );
    let undo = ok(&db, &["undo"]);
    assert!(undo.contains("payment against 4"), "{undo}");
}

#[test]
fn a_wrong_payment_is_refused_in_plain_words() {
    let (_dir, db) = notebook();
    ok(
        &db,
        &[
            "invoice", "anita", "100 EUR", "--due", "fri", "--ref", "A-1",
        ],
    );
    let err = fails(&db, &["paid", "A-1", "100", "USD"], 1);
    assert!(
        err.contains("A-1 is in EUR: a payment in USD cannot go against it"),
        "{err}"
    );
    let err = fails(&db, &["paid", "A-1", "100.01", "EUR"], 1);
    assert!(
        err.contains("A-1 has 100.00 EUR left to pay, less than 100.01 EUR"),
        "{err}"
    );
    let err = fails(&db, &["paid", "nothing", "1", "EUR"], 1);
    assert!(
        err.contains("no invoice or bill has the reference or id 'nothing'"),
        "{err}"
    );
    let err = fails(
        &db,
        &[
            "invoice", "anita", "100 EUR", "--due", "fri", "--issued", "tomorrow",
        ],
        1,
    );
    assert!(err.contains("a day still to come"), "{err}");
    let err = fails(&db, &["invoice", "anita", "100", "--due", "fri"], 1);
    assert!(err.contains("is not an amount"), "{err}");
}

#[test]
fn owed_shows_both_directions_per_currency_in_aging_buckets() {
    let (_dir, db) = notebook();
    let add = |args: &[&str]| ok(&db, args);
    add(&[
        "invoice",
        "anita",
        "1200 EUR",
        "--issued",
        "2026-10-01",
        "--due",
        "2026-10-10",
        "--ref",
        "INV-1",
    ]);
    add(&["invoice", "anita", "300 EUR", "--due", "2026-12-10"]);
    add(&[
        "invoice",
        "anita",
        "45000 INR",
        "--issued",
        "2026-07-01",
        "--due",
        "2026-07-15",
    ]);
    add(&[
        "bill",
        "paper mill",
        "80.50 EUR",
        "--issued",
        "2026-11-01",
        "--due",
        "2026-11-15",
    ]);
    add(&["paid", "INV-1", "200 EUR"]);

    let text = ok(&db, &["owed"]);
    let expected = "\
They owe you
  CURRENCY  OUTSTANDING  CURRENT  1-30    31-60  61-90       90+  OPEN
  EUR           1300.00   300.00  0.00  1000.00   0.00      0.00     2
  INR          45000.00     0.00  0.00     0.00   0.00  45000.00     1

  NAME          CURRENCY  OUTSTANDING  CURRENT  1-30    31-60  61-90       90+
  Anita Sharma  INR          45000.00     0.00  0.00     0.00   0.00  45000.00
  Anita Sharma  EUR           1300.00   300.00  0.00  1000.00   0.00      0.00

You owe them
  CURRENCY  OUTSTANDING  CURRENT   1-30  31-60  61-90   90+  OPEN
  EUR             80.50     0.00  80.50   0.00   0.00  0.00     1
";
    assert!(text.starts_with(expected), "{text}");
    assert!(text.contains("Paper Mill"), "{text}");
    assert!(text.contains("7 days late"), "{text}");

    let owed = json(&db, &["owed", "--json"]);
    let totals = owed["totals"].as_array().unwrap();
    assert_eq!(totals.len(), 3);
    assert_eq!(totals[0]["kind"], "invoice");
    assert_eq!(totals[0]["currency"], "EUR");
    assert_eq!(totals[0]["outstanding"]["minor"], 130000);
    assert_eq!(totals[0]["buckets"]["31-60"]["display"], "1000.00 EUR");
    assert_eq!(totals[2]["kind"], "bill");
    assert_eq!(totals[2]["buckets"]["1-30"]["minor"], 8050);
    assert_eq!(owed["invoices"].as_array().unwrap().len(), 4);

    let one = json(&db, &["owed", "paper mill", "--json"]);
    assert_eq!(one["invoices"].as_array().unwrap().len(), 1);
    assert_eq!(one["totals"].as_array().unwrap().len(), 1);
}

#[test]
fn nothing_owed_says_so() {
    let (_dir, db) = notebook();
    assert_eq!(ok(&db, &["owed"]).trim(), "Nothing is owed either way.");
}

#[test]
fn the_review_shows_invoices_overdue_and_bills_to_pay_only_when_there_are_some() {
    let (_dir, db) = notebook();
    let before = ok(&db, &["due"]);
    assert!(!before.contains("Invoices overdue") && !before.contains("Bills to pay"));
    ok(
        &db,
        &[
            "invoice",
            "anita",
            "1200 EUR",
            "--issued",
            "2026-10-01",
            "--due",
            "2026-10-31",
            "--ref",
            "INV-1",
        ],
    );
    ok(&db, &["invoice", "anita", "50 EUR", "--due", "2026-12-31"]);
    ok(
        &db,
        &[
            "bill",
            "paper mill",
            "80 EUR",
            "--due",
            "2026-11-25",
            "--ref",
            "PM-7",
        ],
    );
    ok(
        &db,
        &["bill", "paper mill", "10 EUR", "--due", "2027-01-25"],
    );
    ok(&db, &["paid", "INV-1", "200 EUR"]);
    let review = ok(&db, &["due"]);
    let tail = review.split("Invoices overdue").nth(1).expect(&review);
    assert!(tail.starts_with(" (1)"), "{review}");
    assert!(
        tail.contains("Sat 2026-10-31  Anita Sharma  INV-1: 1000.00 EUR left"),
        "{review}"
    );
    assert!(
        tail.contains("Bills to pay (overdue and the next 7 days) (1)"),
        "{review}"
    );
    assert!(
        tail.contains("Wed 2026-11-25  Paper Mill    PM-7: 80.00 EUR left"),
        "{review}"
    );
    let sections = json(&db, &["due", "--json"])["sections"].clone();
    let names: Vec<&str> = sections
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(
        names.ends_with(&["invoices_overdue", "bills_to_pay"]),
        "{names:?}"
    );
}
