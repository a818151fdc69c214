//! Damaged notebooks, through the real binary: a record that does not decode is named and
//! skipped by every command that reads it, `kith check` finds damaged records and indexes that
//! disagree with their records, `--repair` rebuilds the indexes, and no damaged page or
//! truncation makes a command panic or hang.

#[path = "../common/mod.rs"]
mod common;

mod check;
mod records;

use common::binary::{exits, kith, kith_within};
use common::tables;
use common::{add, at, log, promise, temp_db};
use kith::domain::serde_time::datetime_to_secs;
use kith::domain::{ContactId, FollowUpId, Interaction, Kind};
use kith::store::Store;
use redb::ReadableTable;
use std::path::Path;
use std::time::Duration;

/// Exit status of a command that skipped damaged records or found damage.
pub(crate) const DAMAGED: i32 = 3;

/// Writes through redb itself, as damage from outside kith would: `f` gets the write
/// transaction of the closed notebook.
pub(crate) fn tamper(path: &Path, f: impl FnOnce(&redb::WriteTransaction)) {
    let db = redb::Database::create(path).unwrap();
    let txn = db.begin_write().unwrap();
    f(&txn);
    txn.commit().unwrap();
}

pub(crate) struct Notebook {
    pub(crate) _dir: tempfile::TempDir,
    pub(crate) path: std::path::PathBuf,
    pub(crate) bob: ContactId,
    pub(crate) bad_note: Interaction,
    pub(crate) bad_followup: FollowUpId,
}

/// Ann and Cara are whole; Bob's contact record, one of Ann's notes and one of Cara's
/// follow-ups are overwritten with bytes that do not decode.
pub(crate) fn notebook_with_damaged_records() -> Notebook {
    let (dir, path) = temp_db();
    let (bob, bad_note, bad_followup);
    {
        let store = Store::open(&path).unwrap();
        let ann = add(&store, "Ann Archer", Kind::Customer);
        bob = add(&store, "Bob Baker", Kind::Customer);
        let cara = add(&store, "Cara Cole", Kind::Supplier);
        log(
            &store,
            ann,
            at(2026, 11, 2, 9, 0),
            "sent the quote for the shelves",
        );
        bad_note = log(
            &store,
            ann,
            at(2026, 11, 3, 9, 0),
            "a second quote, damaged",
        );
        log(&store, bob, at(2026, 11, 4, 9, 0), "quote for Bob");
        promise(&store, ann, (2026, 11, 20), "call Ann about the quote");
        bad_followup = promise(&store, cara, (2026, 11, 21), "pay Cara").id;
    }
    let garbage: &[u8] = &[1, 0xff, 0xfe, 0xfd, 0x00, 0x42];
    tamper(&path, |txn| {
        txn.open_table(tables::CONTACTS)
            .unwrap()
            .insert(bob.0, garbage)
            .unwrap();
        let key = (
            bad_note.contact.0,
            datetime_to_secs(bad_note.at),
            bad_note.id.0,
        );
        txn.open_table(tables::INTERACTIONS)
            .unwrap()
            .insert(key, garbage)
            .unwrap();
        txn.open_table(tables::FOLLOWUPS)
            .unwrap()
            .insert(bad_followup.0, garbage)
            .unwrap();
    });
    Notebook {
        _dir: dir,
        path,
        bob,
        bad_note,
        bad_followup,
    }
}
