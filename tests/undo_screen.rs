//! Undo across the screen and the command line, through the real binary on a terminal: the
//! screen's `u` takes back a script's `kith log` (once asked), `C-r` does it again, and `kith undo` takes
//! back a contact the screen deleted with `X`, notes and follow-ups with it.

mod common;

use common::binary::ok;
use common::pty::Tui;

const CTRL_R: &str = "\x12";

#[test]
fn the_screen_undoes_a_commands_change_and_redoes_it() {
    let (_dir, db) = common::temp_db();
    ok(&db, &["add", "Anita Sharma"]);
    ok(&db, &["log", "Anita", "lunch at the harbour"]);
    let mut tui = Tui::start(&db);
    tui.wait_for("harbour");
    tui.keys("u");
    tui.wait_for("undo: note for Anita Sharma?");
    tui.keys("y");
    tui.wait_for("undid: note for Anita Sharma");
    tui.keys(CTRL_R);
    tui.wait_for("redo: note for Anita Sharma?");
    tui.keys("y");
    tui.wait_for("redid: note for Anita Sharma");
    tui.keys("u");
    tui.wait_for("undo: note for Anita Sharma?");
    tui.keys("\r");
    tui.wait_for("undid: note for Anita Sharma");
    tui.keys("q");
    tui.wait_exit();
    assert!(!ok(&db, &["show", "Anita"]).contains("harbour"));
    // The history is one: the command line redoes what the screen undid.
    assert_eq!(ok(&db, &["redo"]), "redid: note for Anita Sharma\n");
    assert!(ok(&db, &["show", "Anita"]).contains("harbour"));
}

#[test]
fn a_command_undoes_the_screens_delete() {
    let (_dir, db) = common::temp_db();
    ok(&db, &["add", "Anita Sharma"]);
    ok(
        &db,
        &[
            "log",
            "Anita",
            "lunch at the harbour\n>> fri: send the photos",
        ],
    );
    let before = ok(&db, &["export", "--format", "json"]);
    let mut tui = Tui::start(&db);
    tui.wait_for("Anita Sharma");
    tui.keys("X");
    tui.wait_for("Delete Anita Sharma with their notes and follow-ups?");
    tui.keys("y");
    tui.wait_for("Deleted Anita Sharma with 1 notes and 1 follow-ups");
    tui.keys("q");
    tui.wait_exit();
    assert!(!ok(&db, &["list"]).contains("Anita"));
    assert_eq!(ok(&db, &["undo"]), "undid: delete Anita Sharma\n");
    let after = ok(&db, &["export", "--format", "json"]);
    let without_counter = |s: &str| -> String {
        s.lines()
            .filter(|l| !l.contains("\"next_id\""))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(without_counter(&after), without_counter(&before));
    ok(&db, &["check"]);
}
