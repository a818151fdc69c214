//! Undo says what it will take back before doing it, through the real binary: the screen's `u`
//! and `C-r` ask once (n leaves everything as it was), in the review too; `kith undo` on a
//! terminal asks, `--yes` and a script do not; `kith delete` on a terminal asks; an undo waits
//! its turn behind another process's write like every other write. Editing a saved note, on the
//! screen and from the command line, is undone and redone, and an edit in progress outlives a
//! kill.

#![cfg(unix)]

mod common;

use common::binary::{kith, kith_within, ok};
use common::held::WriteHeld;
use common::pty::Tui;
use std::path::Path;
use std::time::Duration;

const CTRL_R: &str = "\x12";
const CTRL_S: &str = "\x13";

fn with_a_note() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, db) = common::temp_db();
    ok(&db, &["add", "Anita Sharma"]);
    ok(&db, &["log", "Anita", "lunch at the harbour"]);
    (dir, db)
}

fn backup(db: &Path) -> String {
    ok(db, &["export", "--format", "json"])
}

#[test]
fn the_screen_asks_before_undoing_and_no_leaves_everything() {
    let (_dir, db) = with_a_note();
    let before = backup(&db);
    let mut tui = Tui::start(&db);
    tui.wait_for("harbour");
    tui.keys("u");
    tui.wait_for("undo: note for Anita Sharma?");
    tui.keys("n");
    std::thread::sleep(Duration::from_millis(300));
    assert!(!tui.contents().contains("undid"), "{}", tui.contents());
    assert_eq!(backup(&db), before, "n undid nothing");
    tui.keys("u");
    tui.wait_for("undo: note for Anita Sharma?");
    tui.keys("\x1b");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(backup(&db), before, "Esc undid nothing");
    tui.keys("u");
    tui.wait_for("undo: note for Anita Sharma?");
    tui.keys("y");
    tui.wait_for("undid: note for Anita Sharma");
    tui.keys(CTRL_R);
    tui.wait_for("redo: note for Anita Sharma?");
    tui.keys("n");
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        !ok(&db, &["show", "Anita"]).contains("harbour"),
        "n redid nothing"
    );
    tui.keys("q");
    tui.wait_exit();
}

#[test]
fn u_in_the_review_asks_and_takes_back_what_was_done() {
    let (_dir, db) = common::temp_db();
    ok(&db, &["add", "Anita Sharma"]);
    ok(&db, &["followup", "Anita", "tomorrow: send the photos"]);
    let mut tui = Tui::start(&db);
    tui.wait_for("Anita Sharma");
    tui.keys("r");
    tui.wait_for("send the photos");
    tui.keys("x");
    tui.wait_for("Done");
    tui.keys("u");
    tui.wait_for("undo: done “send the photos”?");
    tui.keys("y");
    tui.wait_for("undid: done “send the photos”");
    tui.keys("q");
    tui.keys("q");
    tui.wait_exit();
    assert!(ok(&db, &["due"]).contains("send the photos"));
}

#[test]
fn kith_undo_on_a_terminal_asks_once() {
    let (_dir, db) = with_a_note();
    let mut asked = Tui::command(&db, &["undo"], &[]);
    asked.wait_for("undo: note for Anita Sharma? [y/N]");
    asked.keys("n\r");
    asked.wait_for("Nothing undone");
    asked.wait_exit();
    assert!(ok(&db, &["show", "Anita"]).contains("harbour"));
    let mut asked = Tui::command(&db, &["undo"], &[]);
    asked.wait_for("undo: note for Anita Sharma? [y/N]");
    asked.keys("y\r");
    asked.wait_for("undid: note for Anita Sharma");
    asked.wait_exit();
    assert!(!ok(&db, &["show", "Anita"]).contains("harbour"));
    let mut asked = Tui::command(&db, &["redo"], &[]);
    asked.wait_for("redo: note for Anita Sharma? [y/N]");
    asked.keys("y\r");
    asked.wait_for("redid: note for Anita Sharma");
    asked.wait_exit();
    // --yes does not ask, on a terminal either.
    let mut told = Tui::command(&db, &["undo", "--yes"], &[]);
    told.wait_for("undid: note for Anita Sharma");
    told.wait_exit();
    assert!(!told.contents().contains("[y/N]"));
}

#[test]
fn kith_delete_on_a_terminal_asks_once() {
    let (_dir, db) = with_a_note();
    let mut asked = Tui::command(&db, &["delete", "Anita"], &[]);
    asked.wait_for("Delete Anita Sharma with 1 notes and 0 follow-ups? [y/N]");
    asked.keys("n\r");
    asked.wait_for("Nothing deleted");
    asked.wait_exit();
    assert!(ok(&db, &["list"]).contains("Anita Sharma"));
    let mut asked = Tui::command(&db, &["delete", "Anita"], &[]);
    asked.wait_for("Delete Anita Sharma with 1 notes and 0 follow-ups? [y/N]");
    asked.keys("y\r");
    asked.wait_for("Deleted Anita Sharma");
    asked.wait_exit();
    assert!(!ok(&db, &["list"]).contains("Anita Sharma"));
}

#[test]
fn an_undo_waits_its_turn_behind_another_process_like_every_write() {
    let (_dir, db) = with_a_note();
    let held = WriteHeld::start(&db);
    let out = kith_within(&db, &["--wait", "0.3", "undo"], Duration::from_secs(20))
        .expect("an undo that cannot get its turn gives up after --wait");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("kept the notebook busy for 0.3 s"), "{err}");
    assert!(ok(&db, &["show", "Anita"]).contains("harbour"));
    let db2 = db.clone();
    let patient = std::thread::spawn(move || kith(&db2, &["undo"]));
    std::thread::sleep(Duration::from_millis(400));
    held.release();
    let out = patient.join().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "undid: note for Anita Sharma\n"
    );
}

/// How many notes `kith show` lists.
fn notes(shown: &str) -> usize {
    shown
        .lines()
        .filter(|l| l.contains("(id ") && !l.contains("Anita"))
        .count()
}

/// Opens the selected contact's newest note in the editor.
fn edit_newest_note(tui: &mut Tui) {
    tui.wait_for("harbour");
    tui.keys("\t");
    tui.keys("E");
    tui.wait_for("Edit note · Anita Sharma");
}

#[test]
fn a_note_edited_on_the_screen_is_undone_and_redone() {
    let (_dir, db) = with_a_note();
    let before = backup(&db);
    let mut tui = Tui::start(&db);
    edit_newest_note(&mut tui);
    tui.type_and_see(" and tea");
    tui.keys(CTRL_S);
    tui.wait_for("Note saved");
    let edited = ok(&db, &["show", "Anita"]);
    assert!(edited.contains("lunch at the harbour and tea"), "{edited}");
    assert_eq!(notes(&edited), 1, "the same note: {edited}");
    assert!(ok(&db, &["search", "--notes", "tea"]).contains("Anita Sharma"));
    tui.keys("u");
    tui.wait_for("undo: edit note for Anita Sharma?");
    tui.keys("y");
    tui.wait_for("undid: edit note for Anita Sharma");
    assert_eq!(backup(&db), before);
    tui.keys(CTRL_R);
    tui.wait_for("redo: edit note for Anita Sharma?");
    tui.keys("y");
    tui.wait_for("redid: edit note for Anita Sharma");
    tui.keys("q");
    tui.wait_exit();
    assert!(ok(&db, &["show", "Anita"]).contains("harbour and tea"));
    ok(&db, &["check"]);
}

#[test]
fn a_note_edit_in_progress_outlives_a_kill() {
    let (_dir, db) = with_a_note();
    let mut tui = Tui::start(&db);
    edit_newest_note(&mut tui);
    tui.type_and_see(" with Ravi");
    std::thread::sleep(Duration::from_millis(1500));
    tui.signal("-KILL");
    tui.wait_exit();
    let mut tui = Tui::start(&db);
    edit_newest_note(&mut tui);
    tui.wait_for("harbour with Ravi");
    tui.keys(CTRL_S);
    tui.wait_for("Note saved");
    tui.keys("q");
    tui.wait_exit();
    let shown = ok(&db, &["show", "Anita"]);
    assert!(shown.contains("lunch at the harbour with Ravi"), "{shown}");
    assert_eq!(notes(&shown), 1, "an edit, not a new note: {shown}");
}
