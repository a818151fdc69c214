//! End to end: the real binary in a pseudo-terminal, driven by keys, read back through a
//! terminal emulator the way a person would see it. Killed, reopened, checked.

#![cfg(unix)]

mod common;

use common::pty::Tui;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn kith(db: &Path, args: &[&str]) -> String {
    let out = common::binary::kith_command()
        .args(args)
        .env("KITH_DB", db)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "kith {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A notebook holding only `name`, on the screen with `text` typed into a new note for them:
/// (its folder, the notebook, the screen).
fn typed_for(name: &str, text: &str) -> (tempfile::TempDir, PathBuf, Tui) {
    let (dir, db) = common::temp_db();
    kith(&db, &["add", name]);
    let mut tui = Tui::start_in_editor(&db, name, &[]);
    tui.type_and_see(text);
    (dir, db, tui)
}

const CTRL_S: &str = "\x13";
const ESC: &str = "\x1b";

#[test]
fn add_a_contact_write_a_note_quit_and_find_it_again() {
    let (_dir, db) = common::temp_db();
    let mut tui = Tui::start(&db);
    tui.wait_for("Welcome to kith");
    tui.keys("a");
    tui.wait_for("Add contact");
    tui.keys("Núria Puig\rForn Puig");
    tui.keys(CTRL_S);
    tui.wait_for("Contact added");
    tui.keys("n");
    tui.wait_for("New note");
    tui.keys("Wants rye bread for Saturday\rand the wholesale list");
    tui.keys(CTRL_S);
    tui.wait_for("Note saved");
    tui.wait_for("Wants rye bread for Saturday");
    tui.keys("q");
    assert!(tui.wait_exit().success());
    assert!(
        tui.left_the_alternate_screen(),
        "the alternate screen was left"
    );

    let mut again = Tui::start(&db);
    again.wait_for("Núria Puig");
    again.wait_for("Wants rye bread for Saturday");
    again.keys("q");
    again.wait_exit();
    let shown = kith(&db, &["show", "nuria", "--json"]);
    assert!(
        shown.contains("Wants rye bread for Saturday\\nand the wholesale list"),
        "{shown}"
    );
    assert!(shown.contains("\"company\": \"Forn Puig\""), "{shown}");
}

#[test]
fn a_draft_survives_kill_dash_nine() {
    let (_dir, db) = common::temp_db();
    kith(&db, &["add", "अनीता शर्मा", "--kind", "supplier"]);
    let mut tui = Tui::start_in_editor(&db, "अनीता", &[]);
    tui.keys("दिवाली order: twenty boxes, unsaved");
    tui.wait_for("twenty boxes, unsaved");
    std::thread::sleep(Duration::from_millis(1500)); // past the autosave delay
    tui.signal("-KILL");
    tui.wait_exit();

    let mut again = Tui::start(&db);
    again.wait_for("अनीता");
    again.keys("n");
    again.wait_for("Resumed your unsaved draft");
    again.wait_for("twenty boxes, unsaved");
    again.keys(" and saved");
    again.keys(CTRL_S);
    again.wait_for("Note saved");
    again.keys("q");
    again.wait_exit();
    assert!(kith(&db, &["show", "1"]).contains("दिवाली order: twenty boxes, unsaved and saved"));
}

#[test]
fn sigterm_keeps_the_draft_and_restores_the_terminal() {
    let (_dir, db, mut tui) = typed_for("Suman Das", "just typed");
    tui.signal("-TERM");
    tui.wait_exit();
    assert!(
        tui.left_the_alternate_screen(),
        "the alternate screen was left"
    );
    assert_eq!(
        common::draft_text(&db, "suman").as_deref(),
        Some("just typed")
    );
}

#[test]
fn esc_then_quit_keeps_the_draft() {
    let (_dir, db, mut tui) = typed_for("Ben Hughes", "half a thought");
    tui.keys(ESC);
    tui.wait_for("Draft kept");
    tui.keys("q");
    tui.wait_exit();
    assert_eq!(
        common::draft_text(&db, "ben").as_deref(),
        Some("half a thought")
    );
}

#[test]
fn a_hostile_name_writes_no_escape_sequence_of_its_own() {
    let (_dir, db) = common::temp_db();
    kith(&db, &["add", "Evil\x1b]2;PWNED\x07\x1b[31mRed\u{202e}Name"]);
    kith(
        &db,
        &[
            "log",
            "1",
            "note with \x1b[2J a clear-screen and a \x07 bell",
        ],
    );
    let mut tui = Tui::start(&db);
    tui.wait_for("Evil");
    tui.keys("\t\r"); // focus the timeline and open the note
    tui.wait_for("clear-screen");
    tui.keys(ESC);
    tui.keys("q");
    tui.wait_exit();
    let raw = tui.raw_output();
    let text = String::from_utf8_lossy(&raw);
    assert!(
        !raw.windows(4).any(|w| w == b"\x1b]2;"),
        "a title-setting sequence escaped"
    );
    assert!(!raw.contains(&0x07), "a bell escaped");
    assert!(!text.contains("\x1b[2J a"), "a clear-screen escaped");
    assert!(!text.contains('\u{202e}'), "a bidi override escaped");
    assert!(!text.contains("\x1b[31mRed"), "a colour sequence escaped");
    assert!(
        text.contains("PWNED"),
        "the name is still shown, made inert"
    );
}

#[test]
fn a_follow_up_is_marked_done_from_the_review_screen() {
    let (_dir, db) = common::temp_db();
    kith(&db, &["add", "Núria Puig", "--kind", "customer"]);
    kith(
        &db,
        &["followup", "nuria", "yesterday: send the price list"],
    );
    let mut tui = Tui::start(&db);
    tui.wait_for("1 overdue");
    tui.keys("r");
    tui.wait_for("Overdue (1)");
    tui.wait_for("promise: send the price list");
    tui.keys("x");
    tui.wait_for("Done: send the price list");
    tui.wait_for("Overdue (0)");
    tui.wait_for("0 overdue");
    tui.keys(ESC);
    tui.keys("q");
    tui.wait_exit();
    let shown = kith(&db, &["show", "nuria", "--json"]);
    assert!(shown.contains("\"state\": \"done\""), "{shown}");
}

#[test]
fn sighup_keeps_the_draft() {
    let (_dir, db) = common::temp_db();
    kith(&db, &["add", "Ben Hughes"]);
    let mut tui = Tui::start_in_editor(&db, "Ben Hughes", &[]);
    tui.keys("words typed just before the window closed");
    tui.wait_for("window closed");
    tui.signal("-HUP");
    tui.wait_exit();
    assert_eq!(
        common::draft_text(&db, "ben").as_deref(),
        Some("words typed just before the window closed"),
        "the draft was kept"
    );
}

#[test]
fn typing_a_search_filters_the_list_as_you_type() {
    let (_dir, db) = common::temp_db();
    for name in ["Núria Puig", "Jordi Ferrer", "अनीता शर्मा", "সুমন দাস"]
    {
        kith(&db, &["add", name]);
    }
    kith(&db, &["log", "jordi", "promised the Diwali invoice"]);
    let mut tui = Tui::start(&db);
    tui.wait_for("Contacts (4)");
    tui.keys("/");
    tui.keys("nuria");
    tui.wait_for("Contacts 1/4");
    assert!(!tui.contents().contains("Jordi Ferrer"));
    tui.keys("\x7f\x7f\x7f\x7f\x7f"); // backspaces
    tui.wait_for("Contacts (4)");
    tui.keys("शर्मा");
    tui.wait_for("Contacts 1/4");
    tui.keys("\r");
    tui.wait_for("अनीता शर्मा  · customer");
    tui.keys("/");
    tui.keys("#diwali");
    tui.wait_for("Notes 1");
    tui.wait_for("promised the Diwali invoice");
    tui.keys("\r");
    tui.wait_for("Jordi Ferrer  · customer");
    tui.keys("q");
    tui.wait_exit();
}

#[test]
fn the_stats_screen_of_the_demo_leads_from_a_number_to_a_person() {
    let (_dir, db) = common::temp_db();
    common::binary::ok(
        &db,
        &["demo", "--contacts", "150", "--interactions", "1500"],
    );
    // The screen's day is the demo's.
    let mut tui = Tui::start_sized(&db, &[("KITH_NOW", "2026-11-22 09:30")], 120, 40);
    tui.wait_for("Contacts (150)");
    tui.keys("s");
    tui.wait_for("Stats · Sun 22 Nov 2026");
    tui.wait_for("Week 47 (from Mon 16 Nov)");
    // The months chart: the demo's year has customers lost, with why.
    tui.keys("\t");
    tui.wait_for("Customers kept");
    tui.keys("j");
    tui.wait_for("Enter: who was lost");
    // The latest week's people, and the first of them opened on their timeline.
    tui.keys("\x1b[Z");
    tui.wait_for("Week 47 (from Mon 16 Nov): 41 interactions — in person 4");
    tui.keys("\r");
    tui.wait_for("In touch the week of Mon 16 Nov 2026");
    tui.keys("\r");
    tui.wait_for("Timeline");
    assert!(!tui.settled().contains("Stats ·"), "the stats closed");
    tui.keys("q");
    assert!(tui.wait_exit().success());
}
