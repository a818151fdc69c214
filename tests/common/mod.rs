//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod binary;
pub mod faulty;
pub mod held;
pub mod hostile;
pub mod in_language;
#[cfg(unix)]
pub mod pty;
pub mod radicale;
pub mod screen;
pub mod tables;
pub mod tricky;

use chrono::{NaiveDate, NaiveDateTime};
use kith::domain::{Channel, Contact, ContactId, Direction, FollowUp, Interaction, Kind};
use kith::store::Store;
use std::path::{Path, PathBuf};

pub fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, 0)
        .unwrap()
}

/// A file or folder under tests/fixtures/.
pub fn fixture_path(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// A file or folder under tests/fixtures/, as a command-line argument.
pub fn fixture_arg(path: &str) -> String {
    fixture_path(path)
        .to_str()
        .expect("a UTF-8 path")
        .to_string()
}

pub fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kith.redb");
    (dir, path)
}

/// A new, empty notebook in a folder of its own, open.
pub fn temp_store() -> (tempfile::TempDir, Store) {
    let (dir, path) = temp_db();
    (dir, Store::open(&path).unwrap())
}

pub fn add(store: &Store, name: &str, kind: Kind) -> ContactId {
    let mut c = Contact::new(name, at(2026, 1, 1, 9, 0));
    c.kind = kind;
    store.write(|w| w.add_contact(&mut c)).unwrap()
}

pub fn log(store: &Store, contact: ContactId, when: NaiveDateTime, text: &str) -> Interaction {
    let mut i = Interaction::new(contact, when, Channel::Call, text);
    store.write(|w| w.add_interaction(&mut i)).unwrap();
    i
}

/// A promise to `contact` due on the day `due` (year, month, day), made on 1 November 2026.
pub fn promise(store: &Store, contact: ContactId, due: (i32, u32, u32), text: &str) -> FollowUp {
    let due = NaiveDate::from_ymd_opt(due.0, due.1, due.2).unwrap();
    let made = at(2026, 11, 1, 9, 0);
    let mut f = FollowUp::new(contact, due, Direction::Promise, text, made);
    store.write(|w| w.add_followup(&mut f)).unwrap();
    f
}

/// The texts of the contact's ten newest notes, newest first.
pub fn note_texts(store: &Store, contact: ContactId) -> Vec<String> {
    store
        .timeline(contact, 10)
        .unwrap()
        .items
        .into_iter()
        .map(|i| i.text)
        .collect()
}

/// The text of the draft kept in the notebook at `db` for the contact `name` names, if any.
pub fn draft_text(db: &Path, name: &str) -> Option<String> {
    let store = Store::open(db).unwrap();
    let id = store.resolve(name).unwrap();
    store.draft(id).unwrap().map(|d| d.text)
}
