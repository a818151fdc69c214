//! Disk failures injected where redb meets the file (a full disk, a read-only file system, EIO,
//! the file deleted underneath): the store says what happened in plain words and recovers
//! without a restart; the screen keeps the note in the editor, rescues it to a file, and never
//! quits without asking while the text is nowhere else. The same on a real full file system is
//! in `full_disk.rs`.

mod common;

use common::faulty::{Disk, EIO, ENOSPC, EROFS, store_on};
use common::screen::{ctrl, key, note_typed, press, screen_text, type_text};
use crossterm::event::KeyCode;
use kith::domain::{Channel, Interaction, Kind};
use kith::store::{DiskProblem, Store};
use kith::tui::action::Report;
use kith::tui::state::{Layer, Question};

/// Logs a note for the notebook's first contact. Reads need the disk too (redb cannot open a
/// file needing recovery on a full disk), so nothing is looked up by name here.
fn note(store: &Store, text: &str) -> kith::store::Result<()> {
    let id = kith::domain::ContactId(1);
    let mut i = Interaction::new(id, common::at(2026, 11, 2, 10, 0), Channel::Call, text);
    store.write(|w| w.add_interaction(&mut i)).map(drop)
}

/// A notebook holding Ana Puig, on a disk that fails when told to: (its folder, the disk, the
/// notebook).
fn ana_on_a_failing_disk() -> (tempfile::TempDir, Disk, Store) {
    let (dir, path) = common::temp_db();
    let disk = Disk::default();
    let store = store_on(&path, &disk);
    common::add(&store, "Ana Puig", Kind::Customer);
    (dir, disk, store)
}

/// The texts of Ana's notes, newest first.
fn anas_notes(store: &Store) -> Vec<String> {
    common::note_texts(store, store.resolve("ana").unwrap())
}

#[test]
fn a_full_disk_is_named_and_the_store_recovers_when_space_returns() {
    let (_dir, disk, store) = ana_on_a_failing_disk();
    note(&store, "before").unwrap();

    disk.fail_with(ENOSPC);
    let first = note(&store, "while full").unwrap_err();
    assert_eq!(first.disk_problem(), Some(&DiskProblem::Full));
    assert_eq!(first.to_string(), "disk full");
    // Every later write says the same plain thing, not "previous I/O error".
    let again = note(&store, "still full").unwrap_err();
    assert_eq!(again.to_string(), "disk full");

    disk.heal();
    note(&store, "after").unwrap();
    let texts = anas_notes(&store);
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts.contains(&"before".to_string()) && texts.contains(&"after".to_string()));
}

#[test]
fn a_failed_sync_poisons_the_handle_and_the_store_reopens_it() {
    let (_dir, disk, store) = ana_on_a_failing_disk();
    disk.fail_sync_with(EIO);
    let e = note(&store, "lost to a bad fsync").unwrap_err();
    assert!(e.to_string().starts_with("I/O error"), "{e}");
    disk.heal();
    // redb refuses every operation on a handle that saw a failed sync until it is reopened;
    // the store does that itself, so the next save simply works.
    note(&store, "after").unwrap();
    let texts = anas_notes(&store);
    // Whether the note whose sync failed survived is up to the disk; the one after it did.
    assert!(texts.contains(&"after".to_string()), "{texts:?}");
}

#[test]
fn a_read_only_file_system_and_eio_are_named_too() {
    let (_dir, disk, store) = ana_on_a_failing_disk();
    disk.fail_with(EROFS);
    assert_eq!(
        note(&store, "x").unwrap_err().disk_problem(),
        Some(&DiskProblem::ReadOnly)
    );
    disk.fail_with(EIO);
    let e = note(&store, "x").unwrap_err();
    assert!(
        matches!(e.disk_problem(), Some(DiskProblem::Other(_))),
        "{e:?}"
    );
    assert!(e.to_string().starts_with("I/O error"), "{e}");
    disk.heal();
    note(&store, "x").unwrap();
}

#[test]
fn a_file_deleted_underneath_is_a_failed_save_not_a_lost_note() {
    let (_dir, path) = common::temp_db();
    let store = kith::store::Store::open(&path).unwrap();
    common::add(&store, "Ana Puig", Kind::Customer);
    std::fs::remove_file(&path).unwrap();
    let e = note(&store, "into the void").unwrap_err();
    assert_eq!(e.disk_problem(), Some(&DiskProblem::Gone));
    assert!(
        !path.exists(),
        "a new empty notebook was created in its place"
    );
}

#[test]
fn the_screen_keeps_the_note_rescues_it_and_asks_before_quitting() {
    let (dir, disk, store) = ana_on_a_failing_disk();
    let mut state = note_typed(&store, "Vol 20 capses de torrons\nपरसों तक");

    disk.fail_with(ENOSPC);
    press(&mut state, &store, ctrl('s'));
    let editor = state.layers.editor().expect("the editor stays open");
    assert_eq!(editor.text_value(), "Vol 20 capses de torrons\nपरसों तक");
    let shown = screen_text(&state);
    assert!(
        shown.contains("disk full: the note is still here, not saved"),
        "{shown}"
    );
    // The draft could not go to the notebook either, so it went to a rescue file beside it.
    let rescued = state
        .unwritable
        .as_ref()
        .and_then(|u| u.rescued.clone())
        .expect("a rescue file");
    assert_eq!(rescued.parent(), Some(dir.path()));
    let text = std::fs::read_to_string(&rescued).unwrap();
    assert!(
        text.ends_with("\n\nVol 20 capses de torrons\nपरसों तक\n"),
        "{text}"
    );
    assert!(text.contains("contact: Ana Puig"), "{text}");

    // Quitting asks, naming the copy; "no" goes back to the note.
    press(&mut state, &store, ctrl('c'));
    assert!(!state.quit);
    assert!(matches!(
        state.layers.question(),
        Some(Question::QuitUnsaved { .. })
    ));
    let shown = screen_text(&state);
    assert!(shown.contains("Quit without saving?"), "{shown}");
    assert!(shown.contains("A copy is in"), "{shown}");
    press(&mut state, &store, key(KeyCode::Char('n')));
    assert!(state.layers.question().is_none() && state.layers.editor().is_some() && !state.quit);
    // The next keys clear passing messages, not this one.
    type_text(&mut state, &store, " ");
    let shown = screen_text(&state);
    assert!(
        shown.contains("disk full: note not saved, copy in"),
        "{shown}"
    );

    // Space comes back: the same Ctrl-S saves, with no restart.
    disk.heal();
    press(&mut state, &store, ctrl('s'));
    assert!(state.layers.editor().is_none(), "{}", screen_text(&state));
    assert!(state.unwritable.is_none());
    let id = store.resolve("ana").unwrap();
    assert_eq!(
        store.timeline(id, 1).unwrap().items[0].text,
        "Vol 20 capses de torrons\nपरसों तक"
    );
    assert!(store.draft(id).unwrap().is_none());
}

#[test]
fn text_kept_nowhere_holds_the_editor_open_and_quitting_warns() {
    let (_dir, store) = common::temp_store();
    common::add(&store, "Ana Puig", Kind::Customer);
    let mut state = note_typed(&store, "only here");
    let nowhere = Report::DraftNotKept {
        problem: "disk full".into(),
    };
    kith::tui::dispatch(&mut state, &store, nowhere.clone());
    press(&mut state, &store, key(KeyCode::Esc));
    // The editor stays; its text went to the notebook once more, which took it here.
    assert!(state.layers.editor().is_some(), "Esc closed the only copy");

    kith::tui::dispatch(&mut state, &store, nowhere);
    state.layers.open(Layer::Question(Question::QuitUnsaved {
        problem: "disk full".into(),
        rescued: None,
    }));
    let shown = screen_text(&state);
    assert!(shown.contains("quitting loses it"), "{shown}");
    // Asked twice, kith quits; the last try still goes to the notebook, which takes it here.
    press(&mut state, &store, ctrl('c'));
    assert!(state.quit);
    let id = store.resolve("ana").unwrap();
    assert_eq!(store.draft(id).unwrap().unwrap().text, "only here");
}

#[test]
fn quitting_asks_while_the_disk_is_full_and_not_once_space_returns() {
    let (_dir, disk, store) = ana_on_a_failing_disk();
    let mut state = note_typed(&store, "a promise to keep");
    disk.fail_with(ENOSPC);
    kith::tui::dispatch(&mut state, &store, Report::AutosaveDraft);
    press(&mut state, &store, ctrl('c'));
    assert!(matches!(
        state.layers.question(),
        Some(Question::QuitUnsaved { .. })
    ));
    assert!(!state.quit);
    // "No": back to the note. Space comes back, the next autosave keeps it.
    press(&mut state, &store, key(KeyCode::Char('n')));
    disk.heal();
    type_text(&mut state, &store, "!");
    kith::tui::dispatch(&mut state, &store, Report::AutosaveDraft);
    assert!(state.unwritable.is_none(), "{}", screen_text(&state));
    // Nothing is at risk now: quitting does not ask.
    press(&mut state, &store, ctrl('c'));
    assert!(state.quit && state.layers.question().is_none());
    let id = kith::domain::ContactId(1);
    assert_eq!(store.draft(id).unwrap().unwrap().text, "a promise to keep!");
}
