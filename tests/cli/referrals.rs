//! `kith referrals`, `event`, what `show` and `log` say of referrals, and the review's new
//! items, through the real binary on a pinned clock (2026-11-22): the value a referrer's
//! referrals brought per currency, the hint at a referred contact's first purchase, the
//! first-purchase anniversary a year on, life events once and yearly, and `kith check` sound.

use super::common::binary::{json, ok, ok_with_env};
use super::common::temp_db;
use std::path::Path;

fn on(db: &Path, now: &str, args: &[&str]) -> String {
    ok_with_env(db, args, &[("KITH_NOW", now)])
}

fn notebook() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, db) = temp_db();
    ok(&db, &["add", "Anna Puig"]); // 1
    ok(&db, &["add", "Joan Vila", "--referred-by", "Anna"]); // 2
    ok(&db, &["add", "Marta Roca", "--referred-by", "Anna"]); // 3
    ok(&db, &["add", "Pere Mas"]); // 4
    (dir, db)
}

#[test]
fn a_referrers_value_is_ranked_shown_and_hinted_at_the_first_purchase() {
    let (_dir, db) = notebook();
    let first = on(
        &db,
        "2025-11-25 10:00",
        &["log", "joan", "--amount", "40 EUR", "first bottle"],
    );
    assert!(
        first.contains("Joan Vila made a first purchase: Anna Puig referred them"),
        "{first}"
    );
    let second = ok(&db, &["log", "joan", "--amount", "12.50 EUR", "more"]);
    assert!(!second.contains("first purchase"), "{second}");
    ok(&db, &["log", "marta", "--amount", "9 USD", "a gift"]);
    ok(&db, &["log", "pere", "--amount", "500 EUR", "big order"]);
    let ranked = ok(&db, &["referrals"]);
    assert!(
        ranked.contains("Anna Puig: 52.50 EUR (2 referred, 2 purchases)"),
        "{ranked}"
    );
    assert!(ranked.contains("Anna Puig: 9.00 USD (2 referred, 1 purchase)"));
    assert!(!ranked.contains("Pere"), "nobody referred Pere: {ranked}");
    let shown = ok(&db, &["show", "anna"]);
    assert!(
        shown.contains("Referred 2: Joan Vila, Marta Roca"),
        "{shown}"
    );
    assert!(shown.contains("Their referrals brought 52.50 EUR, 9.00 USD (3 purchases)"));
    let detail = json(&db, &["show", "anna", "--json"]);
    assert_eq!(detail["referrals"]["referred_count"], 2);
    assert!(
        json(&db, &["show", "pere", "--json"])
            .get("referrals")
            .is_none()
    );
    let one = json(&db, &["referrals", "anna", "--json"]);
    assert_eq!(one["value"][0]["display"], "52.50 EUR");
    // The review thanks Anna for Marta (today's first purchase); Joan's was a year ago and
    // comes back as an anniversary.
    let due = ok(&db, &["due"]);
    assert!(due.contains("Thank for a referral (1)"), "{due}");
    assert!(due.contains("Marta Roca made a first purchase"), "{due}");
    assert!(due.contains("1 year since the first purchase"), "{due}");
    assert!(ok(&db, &["check"]).contains("The notebook is sound."));
    // Undoing the referral moves the value away.
    ok(&db, &["edit", "joan", "--referred-by", ""]);
    assert!(ok(&db, &["referrals", "anna"]).contains("Referred 1: Marta Roca"));
    ok(&db, &["undo"]);
    assert!(ok(&db, &["referrals", "anna"]).contains("Referred 2"));
}

#[test]
fn life_events_come_back_once_or_every_year() {
    let (_dir, db) = notebook();
    let once = ok(
        &db,
        &[
            "event",
            "anna",
            "Pau turns 21",
            "--on",
            "2026-11-30",
            "--before",
            "3",
        ],
    );
    assert!(
        once.contains("Reminder for \"Pau turns 21\" (Anna Puig) due"),
        "{once}"
    );
    let yearly = ok(
        &db,
        &[
            "event",
            "joan",
            "New shop",
            "--on",
            "2020-11-25",
            "--yearly",
        ],
    );
    assert!(
        yearly.contains("it comes back in the review every year"),
        "{yearly}"
    );
    let due = ok(&db, &["due"]);
    assert!(due.contains("Pau turns 21 (2026-11-30)"), "{due}");
    assert!(due.contains("New shop (6 years)"), "{due}");
    ok(&db, &["undo"]);
    assert!(!ok(&db, &["due"]).contains("New shop"));
}
