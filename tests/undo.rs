//! Undo and redo through the real binary: every kind of change taken back and done again, each
//! command its own process (so the history outlives each one), with the whole notebook compared
//! through its JSON backup and `kith check` sound after every step; a change made since that
//! stands in the way; the history's bound; deleting a contact and bringing it back.

mod common;

use common::binary::{exits, kith_with_stdin, ok};
use std::path::Path;

/// The whole notebook, as a backup writes it, but for the id counter (ids are never handed
/// out twice, so an undone add leaves it where it went).
fn notebook(db: &Path) -> String {
    let backup = ok(db, &["export", "--format", "json"]);
    backup
        .lines()
        .filter(|l| !l.trim_start().starts_with("\"next_id\""))
        .collect::<Vec<_>>()
        .join("\n")
}

fn sound(db: &Path) {
    ok(db, &["check"]);
}

/// Makes the change, then checks that `kith undo` restores the notebook as it was and says
/// `what`, and `kith redo` brings the change back.
fn undoable(db: &Path, change: &[&str], what: &str) {
    let before = notebook(db);
    ok(db, change);
    let after = notebook(db);
    assert_ne!(before, after, "{change:?} changed nothing");
    assert_eq!(ok(db, &["undo"]), format!("undid: {what}\n"), "{change:?}");
    assert_eq!(notebook(db), before, "undo of {change:?}");
    sound(db);
    assert_eq!(ok(db, &["redo"]), format!("redid: {what}\n"), "{change:?}");
    assert_eq!(notebook(db), after, "redo of {change:?}");
    sound(db);
}

fn start() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kith.redb");
    ok(
        &db,
        &["add", "Anita Sharma", "--email", "anita@example.com"],
    );
    ok(&db, &["add", "Núria Puig", "--tag", "cat"]);
    (dir, db)
}

#[test]
fn every_kind_of_change_is_undone_and_redone() {
    let (_dir, db) = start();
    undoable(&db, &["add", "Joan Miró"], "add Joan Miró");
    undoable(
        &db,
        &["edit", "Núria", "--tag", "client"],
        "edit Núria Puig",
    );
    undoable(
        &db,
        &["archive", "Anita", "--reason", "moved away"],
        "archive Anita Sharma",
    );
    undoable(&db, &["unarchive", "Anita"], "unarchive Anita Sharma");
    undoable(
        &db,
        &[
            "log",
            "Anita",
            "called about the quote\n>> fri: send the quote",
        ],
        "note for Anita Sharma",
    );
    undoable(
        &db,
        &["followup", "Núria", "tomorrow: call back"],
        "follow-up “call back”",
    );
    let id = followup_id(&db);
    undoable(&db, &["snooze", &id, "next tuesday"], "snooze “call back”");
    undoable(&db, &["done", &id], "done “call back”");
    ok(&db, &["undo"]); // open again, to be dropped
    undoable(&db, &["drop", &id], "drop “call back”");
    undoable(
        &db,
        &["merge", "Joan", "Núria"],
        "merge Núria Puig into Joan Miró",
    );
    undoable(&db, &["delete", "Anita", "--yes"], "delete Anita Sharma");
}

fn followup_id(db: &Path) -> String {
    let said = ok(db, &["followup", "Núria", "tomorrow: call back"]);
    let id = said.rsplit("follow-up ").next().unwrap();
    id.trim().trim_end_matches(')').to_string()
}

#[test]
fn a_whole_import_is_one_step() {
    let (dir, db) = start();
    let file = dir.path().join("cards.vcf");
    let cards = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n\
                 BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anita Sharma\r\nEMAIL:anita@example.com\r\nTEL:+34 600 000 000\r\nEND:VCARD\r\n";
    std::fs::write(&file, cards).unwrap();
    undoable(
        &db,
        &["import", file.to_str().unwrap()],
        "import of 1 new and 1 changed contacts",
    );
}

#[test]
fn a_change_made_since_stands_in_the_way() {
    let (_dir, db) = start();
    ok(&db, &["archive", "Anita", "--reason", "left"]);
    ok(&db, &["edit", "Núria", "--tag", "vip"]);
    ok(&db, &["undo"]); // the edit, left for redo
    // A kith whose config keeps no history changes both behind the history's back.
    let config = db.with_file_name("none.toml");
    std::fs::write(&config, "[undo]\nsteps = 0\n").unwrap();
    let config = config.to_str().unwrap();
    ok(
        &db,
        &["--config", config, "edit", "Anita", "--company", "Acme"],
    );
    ok(
        &db,
        &["--config", config, "edit", "Núria", "--company", "Acme"],
    );
    let changed = notebook(&db);
    let (_, err) = exits(&db, &["undo"], 1);
    assert!(
        err.contains("cannot undo “archive Anita Sharma”: Anita Sharma changed since"),
        "{err}"
    );
    assert_eq!(notebook(&db), changed, "a refused undo changes nothing");
    let (_, err) = exits(&db, &["redo"], 1);
    assert!(
        err.contains("cannot redo “edit Núria Puig”: Núria Puig changed since"),
        "{err}"
    );
    assert_eq!(notebook(&db), changed, "a refused redo changes nothing");
}

#[test]
fn nothing_to_undo_or_redo_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kith.redb");
    ok(&db, &["add", "Anita Sharma"]);
    assert_eq!(ok(&db, &["undo"]), "undid: add Anita Sharma\n");
    assert!(exits(&db, &["undo"], 1).1.contains("nothing to undo"));
    assert_eq!(ok(&db, &["redo"]), "redid: add Anita Sharma\n");
    assert!(exits(&db, &["redo"], 1).1.contains("nothing to redo"));
    // A new change after an undo leaves nothing to redo.
    ok(&db, &["undo"]);
    ok(&db, &["add", "Joan Miró"]);
    assert!(exits(&db, &["redo"], 1).1.contains("nothing to redo"));
    assert_eq!(ok(&db, &["undo", "--list"]), "add Joan Miró\n");
}

#[test]
fn the_history_keeps_as_many_steps_as_the_config_says() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kith.redb");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[undo]\nsteps = 2\n").unwrap();
    let with = |args: &[&str]| {
        let mut all = vec!["--config", config.to_str().unwrap()];
        all.extend_from_slice(args);
        ok(&db, &all)
    };
    for name in ["One", "Two", "Three"] {
        with(&["add", name]);
    }
    assert_eq!(with(&["undo", "--list"]), "add Three\nadd Two\n");
    assert_eq!(with(&["undo"]), "undid: add Three\n");
    assert_eq!(with(&["undo"]), "undid: add Two\n");
    assert!(exits(&db, &["undo"], 1).1.contains("nothing to undo"));
    assert!(ok(&db, &["list"]).contains("One"));
}

#[test]
fn deleting_asks_and_undo_brings_everything_back_under_the_same_ids() {
    let (_dir, db) = start();
    ok(
        &db,
        &[
            "log",
            "Anita",
            "lunch at the harbour\n>> fri: send the photos",
        ],
    );
    ok(&db, &["edit", "Núria", "--referred-by", "Anita"]);
    let before = notebook(&db);
    // Without a terminal and without --yes, nothing is deleted.
    let out = kith_with_stdin(&db, &["delete", "Anita"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("say --yes"));
    assert_eq!(notebook(&db), before);
    let said = ok(&db, &["delete", "Anita", "--yes"]);
    assert!(
        said.contains("Deleted Anita Sharma with 1 notes and 1 follow-ups"),
        "{said}"
    );
    let gone = notebook(&db);
    assert!(!gone.contains("harbour") && !gone.contains("send the photos"));
    sound(&db);
    ok(&db, &["undo"]);
    assert_eq!(notebook(&db), before);
    assert!(ok(&db, &["search", "anita"]).contains("Anita Sharma"));
    sound(&db);
}

#[test]
fn a_note_edited_from_the_command_line_is_undone_and_redone() {
    let (_dir, db) = start();
    let logged = ok(&db, &["log", "Anita", "lunch at the harbour"]);
    let id = logged
        .rsplit("interaction ")
        .next()
        .unwrap()
        .trim()
        .trim_end_matches(')');
    undoable(
        &db,
        &["note", "edit", id, "--text", "dinner by the sea"],
        "edit note for Anita Sharma",
    );
    let out = kith_with_stdin(&db, &["note", "edit", id], Some("tea at noon"));
    assert!(out.status.success(), "{out:?}");
    let shown = ok(&db, &["show", "Anita"]);
    assert!(
        shown.contains("tea at noon") && !shown.contains("sea"),
        "{shown}"
    );
    assert!(ok(&db, &["search", "--notes", "noon"]).contains("Anita Sharma"));
    assert!(!ok(&db, &["search", "--notes", "sea"]).contains("Anita Sharma"));
    exits(&db, &["note", "edit", "nope", "--text", "x"], 1);
}
