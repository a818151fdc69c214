//! Many kith processes on one notebook, all real binaries: readers that change nothing (even on
//! a read-only file), writers that take turns while the screen is open, the screen following
//! other processes' commits, two screens at once, and files from other versions.

#![cfg(unix)]

mod common;

use common::binary::{fails, kith, kith_within, ok};
use common::held::WriteHeld;
use common::pty::Tui;
use kith::store::Store;
use std::path::Path;
use std::time::Duration;

fn fingerprint(path: &Path) -> (Vec<u8>, std::time::SystemTime) {
    let bytes = std::fs::read(path).unwrap();
    let modified = std::fs::metadata(path).unwrap().modified().unwrap();
    (bytes, modified)
}

fn small_notebook() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, db) = common::temp_db();
    ok(&db, &["add", "Núria Puig", "--kind", "customer"]);
    ok(&db, &["add", "अनीता शर्मा"]);
    ok(&db, &["log", "nuria", "Asked for the wholesale price list"]);
    ok(&db, &["followup", "nuria", "fri: send the price list"]);
    (dir, db)
}

const READERS: [&[&str]; 10] = [
    &["list"],
    &["list", "--json"],
    &["show", "nuria"],
    &["search", "nuria"],
    &["search", "--notes", "price"],
    &["due"],
    &["export", "--format", "json"],
    &["export", "--format", "ics"],
    &["check"],
    &["check", "--json"],
];

#[test]
fn readers_change_not_a_byte_and_run_beside_the_open_screen() {
    let (_dir, db) = small_notebook();
    let before = fingerprint(&db);
    std::thread::sleep(Duration::from_millis(20)); // an mtime change would show
    for args in READERS {
        ok(&db, args);
    }
    assert!(fingerprint(&db) == before, "a reader changed the file");

    let mut tui = Tui::start(&db);
    tui.wait_for("Núria Puig");
    for args in READERS {
        ok(&db, args);
    }
    assert!(ok(&db, &["list"]).contains("अनीता शर्मा"));
    tui.keys("q");
    tui.wait_exit();
}

#[test]
fn readers_work_on_a_read_only_file() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, db) = small_notebook();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o400)).unwrap();
    let before = fingerprint(&db);
    for args in READERS {
        ok(&db, args);
    }
    assert!(fingerprint(&db) == before);
}

#[test]
fn writers_take_turns_while_the_screen_is_open() {
    let (_dir, db) = small_notebook();
    let mut tui = Tui::start(&db);
    tui.wait_for("Núria Puig");
    let per_shell = 60;
    let shells: Vec<_> = (0..2)
        .map(|shell| {
            let db = db.clone();
            std::thread::spawn(move || {
                for i in 0..per_shell {
                    let out = kith(&db, &["log", "शर्मा", &format!("shell {shell} call {i}")]);
                    assert!(
                        out.status.success(),
                        "{}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            })
        })
        .collect();
    for shell in shells {
        shell.join().unwrap();
    }
    // The screen follows: the list shows the newest contact without a key press.
    ok(&db, &["add", "Zoe Newcomer"]);
    tui.wait_for("Contacts (3)");
    tui.keys("q");
    tui.wait_exit();
    let store = Store::open_read_only(&db).unwrap();
    let anita = store.resolve("शर्मा").unwrap();
    assert_eq!(
        store.timeline(anita, 1000).unwrap().items.len(),
        2 * per_shell
    );
}

#[test]
fn a_writer_that_cannot_get_its_turn_says_so_and_one_that_waits_gets_it() {
    let (_dir, db) = small_notebook();
    let held = WriteHeld::start(&db);
    let err = {
        // Bounded, so a wait that never ends fails the test instead of hanging it.
        let out = kith_within(
            &db,
            &["--wait", "0.3", "add", "Impatient"],
            Duration::from_secs(20),
        )
        .expect("a writer that cannot get its turn gives up after --wait");
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stderr).unwrap()
    };
    assert!(err.contains("kept the notebook busy for 0.3 s"), "{err}");
    assert!(err.contains("--wait SECS"), "{err}");
    // A patient writer gets its turn once the other finishes.
    let db2 = db.clone();
    let patient = std::thread::spawn(move || kith(&db2, &["add", "Patient"]));
    std::thread::sleep(Duration::from_millis(400));
    held.release();
    assert!(patient.join().unwrap().status.success());
    let listed = ok(&db, &["list"]);
    assert!(listed.contains("Patient") && !listed.contains("Impatient"));
}

#[test]
fn a_note_saved_in_one_screen_appears_in_the_other() {
    let (_dir, db) = small_notebook();
    let mut one = Tui::start(&db);
    let mut two = Tui::start(&db);
    one.wait_for("Núria Puig");
    two.wait_for("Núria Puig");
    two.keys("\t"); // the timeline of the first contact
    one.keys("n");
    one.wait_for("New note");
    one.keys("Brought samples of turrón");
    one.keys("\x13");
    one.wait_for("Note saved");
    two.wait_for("Brought samples of turrón");
    for tui in [&mut one, &mut two] {
        tui.keys("q");
        tui.wait_exit();
    }
}

/// Sets the notebook's schema number directly, as a newer or older kith would have left it.
fn set_schema(db: &Path, version: u64) {
    let file = redb::Database::create(db).unwrap();
    let txn = file.begin_write().unwrap();
    {
        let table: redb::TableDefinition<&str, u64> = redb::TableDefinition::new("meta");
        let mut meta = txn.open_table(table).unwrap();
        meta.insert("schema_version", version).unwrap();
    }
    txn.commit().unwrap();
}

#[test]
fn a_newer_notebook_is_refused_and_left_byte_identical() {
    let (_dir, db) = small_notebook();
    set_schema(&db, 99);
    let before = fingerprint(&db);
    std::thread::sleep(Duration::from_millis(20));
    for args in [&["list"][..], &["add", "Someone"], &["log", "1", "x"]] {
        let err = fails(&db, args);
        assert!(err.contains("written by a newer kith"), "{err}");
    }
    assert!(fingerprint(&db) == before, "refusing changed the file");
}

#[test]
fn an_older_notebook_is_named_by_readers_and_upgraded_by_a_writer() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("old.redb");
    std::fs::copy(common::fixture_path("schema_v3.redb"), &db).unwrap();
    let before = fingerprint(&db);
    let err = fails(&db, &["list"]);
    assert!(err.contains("written by an older kith"), "{err}");
    assert!(err.contains("any command that writes"), "{err}");
    assert!(fingerprint(&db) == before);
    ok(&db, &["add", "Upgrader"]);
    assert!(ok(&db, &["list"]).contains("Upgrader"));
}

#[test]
fn the_screen_follows_other_commits_and_never_touches_the_editors_text() {
    let (_dir, db) = small_notebook();
    let mut tui = Tui::start_in_editor(&db, "Contacts (2)", &[]);
    tui.keys("Half a thought, not saved yet");
    ok(&db, &["add", "Zoe Newcomer"]);
    ok(&db, &["log", "nuria", "Paid the March invoice"]);
    ok(
        &db,
        &["followup", "शर्मा", "today: call back about the samples"],
    );
    // No key pressed: the list count, the due counts and the timeline behind the editor
    // follow the file.
    tui.wait_for("Contacts (3)");
    tui.wait_for("2 overdue");
    assert!(tui.contents().contains("Half a thought, not saved yet"));
    tui.keys("\x13");
    tui.wait_for("Note saved");
    tui.wait_for("Paid the March invoice");
    tui.keys("q");
    tui.wait_exit();
    let shown = ok(&db, &["show", "nuria"]);
    assert!(shown.contains("Half a thought, not saved yet"), "{shown}");
    assert!(shown.contains("Paid the March invoice"), "{shown}");
}

#[test]
fn a_contact_archived_elsewhere_while_selected_is_named() {
    let (_dir, db) = small_notebook();
    let mut tui = Tui::start(&db);
    tui.wait_for("Asked for the wholesale"); // Núria is selected
    ok(&db, &["archive", "nuria", "--reason", "moved away"]);
    tui.wait_for("Núria Puig is no longer in the list");
    tui.wait_for("Contacts (1)");
    // The screen goes on: the remaining contact is selected and shown.
    tui.keys("j");
    assert!(tui.contents().contains("अनीता शर्मा"));
    tui.keys("q");
    tui.wait_exit();
}

#[test]
fn a_save_while_another_process_writes_is_queued_then_made() {
    let (_dir, db) = small_notebook();
    let mut tui = Tui::start_in_editor(&db, "Núria Puig", &[]);
    tui.keys("Promised a discount on the next order");
    let held = WriteHeld::start(&db);
    tui.keys("\x13");
    tui.wait_for("Another kith is writing");
    // The screen still answers keys while it waits: the editor takes more text.
    tui.keys(" (10%)");
    tui.wait_for("next order (10%)");
    held.release();
    tui.wait_for("Note saved");
    tui.keys("q");
    tui.wait_exit();
    let shown = ok(&db, &["show", "nuria"]);
    assert!(
        shown.contains("Promised a discount on the next order"),
        "{shown}"
    );
}

#[test]
fn readers_work_after_the_screen_quits_or_is_killed() {
    let (_dir, db) = small_notebook();
    let mut tui = Tui::start(&db);
    tui.wait_for("Núria Puig");
    tui.keys("q");
    tui.wait_exit();
    // A screen that quits closes the file cleanly: a reader opens it without writing.
    let before = fingerprint(&db);
    assert!(ok(&db, &["list"]).contains("Núria Puig"));
    assert!(
        fingerprint(&db) == before,
        "the reader had to repair the file"
    );

    let mut tui = Tui::start(&db);
    tui.wait_for("Núria Puig");
    tui.signal("-KILL");
    tui.wait_exit();
    // Killed, it leaves the file for a writer to repair; the reader does so rather than fail.
    assert!(ok(&db, &["list"]).contains("Núria Puig"));
    assert!(ok(&db, &["due"]).contains("price list"));
}

#[test]
fn a_wait_that_is_not_a_number_of_seconds_is_refused_plainly() {
    let (_dir, db) = small_notebook();
    for wait in ["--wait=-1", "--wait=nan", "--wait=1e30"] {
        let err = fails(&db, &[wait, "add", "Someone"]);
        assert!(
            err.contains("--wait takes a number of seconds"),
            "{wait}: {err}"
        );
    }
    assert!(ok(&db, &["--wait", "0", "add", "No Waiting"]).contains("Added No Waiting"));
}

/// Runs kith as a user the file's permissions apply to: as root (which ignores them), through
/// `runuser` as `nobody`; `None` where that cannot be done here.
fn kith_unprivileged(db: &Path, args: &[&str]) -> Option<std::process::Output> {
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .ok()
        .is_some_and(|o| o.stdout.trim_ascii() == b"0");
    if !root {
        return Some(kith(db, args));
    }
    // nobody must be able to reach the binary and the notebook's folder.
    let dir = db.parent()?;
    let bin = dir.join("kith");
    std::fs::copy(env!("CARGO_BIN_EXE_kith"), &bin).ok()?;
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).ok()?;
    std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).ok()?;
    let out = common::binary::neutral(&mut std::process::Command::new("runuser"))
        .args(["-u", "nobody", "--"])
        .arg(&bin)
        .args(args)
        .env("KITH_DB", db)
        .env("KITH_NOW", "2026-11-22 09:30")
        .output()
        .ok()?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    (!stderr.contains("runuser:")).then_some(out)
}

#[test]
fn a_file_that_cannot_be_written_is_read_and_a_write_is_refused_plainly() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, db) = small_notebook();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = fingerprint(&db);
    let Some(listed) = kith_unprivileged(&db, &["list"]) else {
        eprintln!("skipped: cannot run kith as a user without write permission here");
        return;
    };
    assert!(listed.status.success());
    assert!(String::from_utf8_lossy(&listed.stdout).contains("Núria Puig"));
    let added = kith_unprivileged(&db, &["add", "Nobody Writes"]).unwrap();
    assert_eq!(added.status.code(), Some(1));
    let err = String::from_utf8_lossy(&added.stderr);
    assert!(
        err.contains("can only be read here (no permission to write it"),
        "{err}"
    );
    assert!(fingerprint(&db) == before);
}
