//! Everything the screen counts or holds can be reached from it, on the real binary in a
//! pseudo-terminal at 80 and 120 columns: the rest of a review section behind "… and N more"
//! (and no count of follow-ups an archived contact keeps), archived contacts listed, opened and
//! restored, and every field of a contact edited in its form.

use crate::common;
use crate::terminal::{SIZES, kith, start};

const ENTER: &str = "\r";

#[test]
fn every_overdue_follow_up_the_review_counts_can_be_reached() {
    let (_dir, db) = common::temp_db();
    kith(&db, &["add", "Ana"]);
    kith(&db, &["add", "Bea"]);
    // Bea's follow-up is overdue too, but she is archived: it is neither listed nor counted.
    kith(&db, &["followup", "Bea", "2026-11-19: call Bea back"]);
    kith(&db, &["archive", "Bea", "--reason", "moved away"]);
    for i in 1..=201 {
        kith(&db, &["followup", "Ana", &format!("2026-11-20: call {i}")]);
    }
    for (cols, rows) in SIZES {
        let mut tui = start(&db, cols, rows);
        tui.wait_for("201 overdue");
        tui.keys("r");
        tui.wait_for("Overdue (201)");
        tui.wait_for("call 1");
        assert!(!tui.contents().contains("Bea"), "{}", tui.contents());
        // The row past the section's limit is one the cursor reaches, and Enter reads the rest.
        tui.keys("G");
        tui.wait_for("… and 2 more");
        tui.wait_for("Enter shows them");
        tui.keys(ENTER);
        tui.keys("G");
        tui.wait_for("call 201");
        let screen = tui.contents();
        assert!(!screen.contains("more"), "{screen}");
        // Done on the last one: the count follows, and the rest stays open.
        tui.keys("x");
        tui.wait_for("200 overdue");
        tui.wait_for("call 200");
        tui.keys("g");
        tui.wait_for("Overdue (200)");
        assert!(!tui.contents().contains("more"), "{}", tui.contents());
        tui.keys("q");
        drop(tui);
        kith(&db, &["followup", "Ana", "2026-11-20: call 201"]);
    }
}

/// The review on `db` shows `total` overdue, and "… and `more` more" after the first section's
/// worth, which Enter opens down to `last`; `gone` is shown nowhere.
fn overdue_reached(db: &std::path::Path, total: usize, more: usize, last: &str, gone: &str) {
    for (cols, rows) in SIZES {
        let mut tui = start(db, cols, rows);
        tui.wait_for(&format!("{total} overdue"));
        tui.keys("r");
        tui.wait_for(&format!("Overdue ({total})"));
        tui.keys("G");
        tui.wait_for(&format!("… and {more} more"));
        tui.keys(ENTER);
        tui.keys("G");
        tui.wait_for(last);
        let screen = tui.contents();
        assert!(!screen.contains("more"), "{screen}");
        assert!(!screen.contains(gone), "{screen}");
        tui.keys("g");
        tui.wait_for(&format!("Overdue ({total})"));
    }
}

#[test]
fn an_archived_contacts_follow_up_past_the_first_rows_is_not_counted_until_restored() {
    let (_dir, db) = common::temp_db();
    kith(&db, &["add", "Ana"]);
    kith(&db, &["add", "Bea"]);
    for i in 1..=201 {
        kith(&db, &["followup", "Ana", &format!("2026-11-20: call {i}")]);
    }
    // Bea's follow-up falls after the first section's worth of rows: the review never reads it.
    kith(&db, &["followup", "Bea", "2026-11-21: call Bea back"]);
    kith(&db, &["archive", "Bea", "--reason", "moved away"]);
    kith(&db, &["check"]);
    overdue_reached(&db, 201, 1, "call 201", "Bea");
    // Undone, the archive's follow-up counts again; redone, it goes out again.
    kith(&db, &["undo"]);
    kith(&db, &["check"]);
    overdue_reached(&db, 202, 2, "call Bea back", "moved away");
    kith(&db, &["redo"]);
    kith(&db, &["check"]);
    overdue_reached(&db, 201, 1, "call 201", "Bea");
    kith(&db, &["unarchive", "Bea"]);
    kith(&db, &["check"]);
    overdue_reached(&db, 202, 2, "call Bea back", "moved away");
}

#[test]
fn archived_contacts_are_listed_opened_and_restored_from_the_screen() {
    for (cols, rows) in SIZES {
        let (_dir, db) = common::temp_db();
        kith(&db, &["add", "Ana"]);
        kith(&db, &["add", "Bea"]);
        kith(&db, &["log", "Bea", "Moved to Lisbon, keeps the shop"]);
        kith(&db, &["archive", "Bea", "--reason", "moved away"]);
        let mut tui = start(&db, cols, rows);
        tui.wait_for("Contacts (1)");
        tui.keys("Z");
        tui.wait_for("Archived (1)");
        tui.wait_for("Bea");
        // Opened as any contact: her timeline, her notes.
        tui.keys(ENTER);
        tui.wait_for("Moved to Lisbon");
        tui.keys("\x1b");
        // A contact in use is not restored; the archived one is, once asked.
        tui.keys("U");
        tui.wait_for("Take Bea out of the archive?");
        tui.keys("y");
        tui.wait_for("Restored Bea");
        tui.wait_for("Archived (0)");
        tui.keys("Z");
        tui.wait_for("Contacts (2)");
        tui.keys("U");
        tui.wait_for("Only an archived contact can be restored: Z lists them");
        // The restore is a step of the undo history, as `kith unarchive` is.
        tui.keys("u");
        tui.wait_for("undo: unarchive Bea?");
        tui.keys("n");
        tui.keys("q");
        tui.wait_exit();
        let listed = String::from_utf8(kith(&db, &["list"]).stdout).unwrap();
        assert!(listed.contains("Bea"), "{listed}");
    }
}

#[test]
fn the_contact_form_edits_every_field_a_contact_has() {
    const TAB: &str = "\t";
    const CTRL_S: &str = "\x13";
    for (cols, rows) in SIZES {
        let (_dir, db) = common::temp_db();
        let profile = "Likes rye.\nRuns the family bakery";
        kith(&db, &["add", "Ana", "--profile", profile]);
        kith(&db, &["add", "Bea"]);
        let mut tui = start(&db, cols, rows);
        tui.wait_for("Ana");
        tui.keys("e");
        tui.wait_for("Edit contact · 1/2");
        tui.keys("\x7f\x7f\x7fAna Puig");
        for (field, typed) in [
            ("Company", "Forn Puig"),
            ("Title", "owner"),
            ("Kind", " "),
            ("Emails", "work:ana@forn.cat"),
            ("Phones", "+34 600 111 222"),
            ("Tags", "vip, bread"),
            ("Birthday", "1980-03-14"),
            ("Every (days)", "45"),
        ] {
            tui.keys(TAB);
            tui.wait_for(field);
            tui.keys(typed);
        }
        // The second page: what is known about her, and the longer things.
        tui.keys(TAB);
        tui.wait_for("Edit contact · 2/2");
        tui.wait_for("Runs the family bakery");
        tui.keys("eleven");
        tui.keys(CTRL_S);
        tui.wait_for("'eleven' is not a grade");
        tui.keys("\x7f\x7f\x7f\x7f\x7f\x7f7");
        for typed in [
            "baking bread",
            "at the trade fair",
            "Bea",
            "anniversary=2019-06-01, first order=2021-03-04",
            " and the café",
        ] {
            tui.keys(TAB);
            tui.keys(typed);
        }
        tui.wait_for("and the café");
        tui.keys(CTRL_S);
        tui.wait_for("Contact saved");
        tui.wait_for("Ana Puig");
        tui.keys("q");
        tui.wait_exit();
        let c = common::binary::shown_contact(&db, "Ana Puig");
        assert_eq!(c["company"], "Forn Puig");
        assert_eq!(c["title"], "owner");
        assert_eq!(c["kind"], "prospect");
        assert_eq!(c["emails"][0]["value"], "ana@forn.cat");
        assert_eq!(c["emails"][0]["label"], "work");
        assert_eq!(c["phones"][0]["value"], "+34 600 111 222");
        assert_eq!(c["tags"], serde_json::json!(["vip", "bread"]));
        assert_eq!(c["birthday"], "1980-03-14");
        assert_eq!(c["cadence_days"], 45);
        assert_eq!(c["grade"], 7);
        assert_eq!(c["interests"], "baking bread");
        assert_eq!(c["how_we_met"], "at the trade fair");
        let bea = common::binary::shown_contact(&db, "Bea");
        assert_eq!(c["referred_by"], bea["id"]);
        assert_eq!(
            c["occasions"],
            serde_json::json!([
                {"label": "anniversary", "date": "2019-06-01"},
                {"label": "first order", "date": "2021-03-04"},
            ])
        );
        assert_eq!(
            c["profile"], "Likes rye.\nRuns the family bakery and the café",
            "the profile keeps its lines"
        );
    }
}

#[test]
fn archive_on_a_contact_archived_already_says_so_and_points_at_restore() {
    for (cols, rows) in SIZES {
        let (_dir, db) = common::temp_db();
        kith(&db, &["add", "Ana"]);
        kith(&db, &["add", "Bea"]);
        kith(&db, &["archive", "Bea", "--reason", "moved away"]);
        let mut tui = start(&db, cols, rows);
        tui.wait_for("Contacts (1)");
        tui.keys("Z");
        tui.wait_for("Archived (1)");
        tui.wait_for("Bea");
        tui.keys("A");
        tui.wait_for("Bea is archived already; U takes them out of the archive");
        assert!(
            !tui.contents().contains("Archive Bea?"),
            "{}",
            tui.contents()
        );
        tui.keys("U");
        tui.wait_for("Take Bea out of the archive?");
        tui.keys("y");
        tui.wait_for("Restored Bea");
    }
}

/// The contact form's "Referred by" line as the screen shows it.
fn referred_by_line(tui: &crate::common::pty::Tui) -> String {
    let screen = tui.contents();
    let line = screen.lines().find(|l| l.contains("Referred by"));
    line.unwrap_or_else(|| panic!("no Referred by line:\n{screen}"))
        .to_string()
}

#[test]
fn the_contact_form_shows_who_referred_them_by_name_and_finds_a_name_typed() {
    const TAB: &str = "\t";
    const CTRL_S: &str = "\x13";
    const BACKSPACE: &str = "\x7f";
    for (cols, rows) in SIZES {
        let (_dir, db) = common::temp_db();
        // Two contacts share a name; Ana was referred by the second of them (#2).
        kith(&db, &["add", "Bea Puig"]);
        kith(&db, &["add", "Bea Puig"]);
        kith(&db, &["add", "Bea Roca"]);
        kith(&db, &["add", "Ana", "--referred-by", "#2"]);
        let referred = || common::binary::shown_contact(&db, "Ana")["referred_by"].clone();
        assert_eq!(referred(), 2);
        let mut tui = start(&db, cols, rows);
        tui.wait_for("Ana");
        let open_the_field = |tui: &mut crate::common::pty::Tui| {
            tui.keys("e");
            tui.wait_for("Edit contact · 1/2");
            tui.keys(&TAB.repeat(9));
            tui.wait_for("Edit contact · 2/2");
            tui.keys(&TAB.repeat(3));
        };
        open_the_field(&mut tui);
        let line = referred_by_line(&tui);
        assert!(line.contains("Bea Puig") && !line.contains("#2"), "{line}");
        // Saved as it is shown, it stays the one of the two it was.
        tui.keys(CTRL_S);
        tui.wait_for("Contact saved");
        assert_eq!(referred(), 2);
        // A name typed is found as `kith edit --referred-by` finds it: one that names several
        // contacts is refused with them listed.
        open_the_field(&mut tui);
        tui.keys(&BACKSPACE.repeat("Bea Puig".len()));
        tui.keys("Bea");
        tui.keys(CTRL_S);
        tui.wait_for("'Bea' matches 3 contacts");
        tui.keys(" Roca");
        tui.keys(CTRL_S);
        tui.wait_for("Contact saved");
        let roca = common::binary::shown_contact(&db, "Bea Roca")["id"].clone();
        assert_eq!(referred(), roca);
        open_the_field(&mut tui);
        assert!(referred_by_line(&tui).contains("Bea Roca"));
        tui.keys("\x1b");
    }
}
