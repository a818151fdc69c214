//! Damaged notebooks, through the real binary: a record that does not decode is named and
//! skipped by every command that reads it, `kith check` finds damaged records and indexes that
//! disagree with their records, `--repair` rebuilds the indexes, and no damaged page or
//! truncation makes a command panic or hang.

mod common;

use common::binary::{exits, kith, kith_within};
use common::tables;
use common::{add, at, log, temp_db};
use kith::domain::serde_time::datetime_to_secs;
use kith::domain::{ContactId, Direction, FollowUp, FollowUpId, Interaction, Kind};
use kith::store::Store;
use redb::ReadableTable;
use std::path::Path;
use std::time::Duration;

/// Exit status of a command that skipped damaged records or found damage.
const DAMAGED: i32 = 3;

fn followup(store: &Store, contact: ContactId, due: (i32, u32, u32), text: &str) -> FollowUpId {
    let due = chrono::NaiveDate::from_ymd_opt(due.0, due.1, due.2).unwrap();
    let mut f = FollowUp::new(
        contact,
        due,
        Direction::Promise,
        text,
        at(2026, 11, 1, 9, 0),
    );
    store.write(|w| w.add_followup(&mut f)).unwrap()
}

/// Writes through redb itself, as damage from outside kith would: `f` gets the write
/// transaction of the closed notebook.
fn tamper(path: &Path, f: impl FnOnce(&redb::WriteTransaction)) {
    let db = redb::Database::create(path).unwrap();
    let txn = db.begin_write().unwrap();
    f(&txn);
    txn.commit().unwrap();
}

struct Notebook {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    bob: ContactId,
    bad_note: Interaction,
    bad_followup: FollowUpId,
}

/// Ann and Cara are whole; Bob's contact record, one of Ann's notes and one of Cara's
/// follow-ups are overwritten with bytes that do not decode.
fn notebook_with_damaged_records() -> Notebook {
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
        followup(&store, ann, (2026, 11, 20), "call Ann about the quote");
        bad_followup = followup(&store, cara, (2026, 11, 21), "pay Cara");
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

#[test]
fn every_command_names_a_damaged_record_skips_it_and_shows_the_rest() {
    let nb = notebook_with_damaged_records();
    let db = nb.path.as_path();
    let bob = format!("contacts_v1, key {}", nb.bob);
    let note = format!("interactions_v1, key {}", nb.bad_note.id);
    let followup = format!("followups_v1, key {}", nb.bad_followup.0);

    let (out, err) = exits(db, &["list"], DAMAGED);
    assert!(
        out.contains("Ann Archer") && out.contains("Cara Cole"),
        "{out}"
    );
    assert!(!out.contains("Bob"), "{out}");
    assert!(
        err.contains(&bob) && err.contains("run `kith check`"),
        "{err}"
    );

    let (out, err) = exits(db, &["show", "Ann"], DAMAGED);
    assert!(out.contains("sent the quote for the shelves"), "{out}");
    assert!(err.contains(&note), "{err}");

    let (out, err) = exits(db, &["due"], DAMAGED);
    assert!(out.contains("call Ann about the quote"), "{out}");
    assert!(err.contains(&followup), "{err}");

    // The search reads only the contacts it finds: Bob's damage is named when he is found.
    let (out, _) = exits(db, &["search", "Ann"], 0);
    assert!(out.contains("Ann Archer"), "{out}");
    let (out, err) = exits(db, &["search", "Bob"], DAMAGED);
    assert!(!out.contains("Bob"), "{out}");
    assert!(err.contains(&bob), "{err}");

    let (out, err) = exits(db, &["search", "--notes", "quote"], DAMAGED);
    assert!(out.contains("sent the quote for the shelves"), "{out}");
    assert!(err.contains(&note), "{err}");
    // Bob's note is found, and the damage to his contact is said, not hidden.
    assert!(out.contains(&format!("contact {}", nb.bob)), "{out}");
    assert!(err.contains(&bob), "{err}");

    for format in ["json", "vcard", "csv", "ics"] {
        let (out, err) = exits(db, &["export", "--format", format], DAMAGED);
        assert!(out.contains("Ann"), "{format}: {out}");
        let expected = if format == "ics" { &followup } else { &bob };
        assert!(err.contains(expected.as_str()), "{format}: {err}");
    }
    let (out, err) = exits(db, &["export", "--format", "json"], DAMAGED);
    let backup: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    // Ann, Cara, and a stand-in keeping Bob's note (see the rescue test below).
    assert_eq!(backup["contacts"].as_array().map(Vec::len), Some(3));
    assert_eq!(backup["interactions"].as_array().map(Vec::len), Some(2));
    assert!(err.contains(&bob) && err.contains(&note) && err.contains(&followup));

    let target = nb._dir.path().join("strict.json");
    let target_arg = target.to_str().unwrap();
    let (out, err) = exits(
        db,
        &["export", "--format", "json", "--strict", "-o", target_arg],
        DAMAGED,
    );
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("nothing was exported"), "{err}");
    assert!(!target.exists(), "--strict wrote {}", target.display());
    exits(
        db,
        &["export", "--format", "json", "-o", target_arg],
        DAMAGED,
    );
    assert!(target.exists());

    let (out, _) = exits(db, &["check"], DAMAGED);
    for damaged in [&bob, &note, &followup] {
        assert!(out.contains(damaged.as_str()), "{damaged} not in {out}");
    }
    // The damaged records keep their index rows: nothing else is wrong.
    assert!(!out.contains("disagree"), "{out}");
}

#[test]
fn what_an_export_saves_from_a_damaged_notebook_restores_into_a_fresh_one() {
    let nb = notebook_with_damaged_records();
    let rescue = nb._dir.path().join("rescue.json");
    let rescue = rescue.to_str().unwrap();
    exits(
        &nb.path,
        &["export", "--format", "json", "-o", rescue],
        DAMAGED,
    );
    let fresh = nb._dir.path().join("fresh.redb");
    exits(&fresh, &["import", rescue], 0);
    let (out, _) = exits(&fresh, &["list"], 0);
    assert!(
        out.contains("Ann Archer") && out.contains("Cara Cole"),
        "{out}"
    );
    // Bob's record was lost, but his note is kept under a stand-in named by his id.
    let stand_in = format!("Unreadable contact {}", nb.bob);
    assert!(out.contains(&stand_in), "{out}");
    let (out, _) = exits(&fresh, &["show", &nb.bob.to_string()], 0);
    assert!(out.contains("quote for Bob"), "{out}");
    exits(&fresh, &["check"], 0);
}

#[test]
fn check_finds_indexes_that_disagree_and_repair_rebuilds_them() {
    let (dir, path) = temp_db();
    let (ann, bob, due_id);
    {
        let store = Store::open(&path).unwrap();
        ann = add(&store, "Ann Archer", Kind::Customer);
        bob = add(&store, "Bob Baker", Kind::Customer);
        log(
            &store,
            ann,
            at(2026, 11, 2, 9, 0),
            "talked about the orchard",
        );
        log(&store, bob, at(2026, 11, 3, 9, 0), "bought apples");
        due_id = followup(&store, bob, (2026, 11, 20), "deliver the apples");
    }
    let db = path.as_path();
    exits(db, &["check"], 0);
    tamper(&path, |txn| {
        // Bob drops out of the name index, the note index forgets "orchard", a stray open
        // follow-up row appears, and Ann's last contact goes wrong.
        let mut names = txn.open_table(tables::NAMES).unwrap();
        names.remove(("bob baker", bob.0)).unwrap();
        let mut postings = txn.open_table(tables::NOTE_POSTINGS).unwrap();
        let orchard: Vec<(String, u64)> = postings
            .range(("orchard", 0)..=("orchard", u64::MAX))
            .unwrap()
            .map(|e| {
                let (k, _) = e.unwrap();
                (k.value().0.to_string(), k.value().1)
            })
            .collect();
        assert!(!orchard.is_empty());
        for (word, first) in &orchard {
            postings.remove((word.as_str(), *first)).unwrap();
        }
        let mut open = txn.open_table(tables::OPEN_FOLLOWUPS).unwrap();
        open.insert((0, 1, 999_999), ann.0).unwrap();
        let mut facts = txn.open_table(tables::CONTACT_FACTS).unwrap();
        let row = facts.get(ann.0).unwrap().unwrap().value();
        facts
            .insert(ann.0, (row.0, row.1, row.2, row.3, i64::MIN))
            .unwrap();
    });
    // Before the repair the damage is silent to the everyday commands...
    let (out, _) = exits(db, &["list"], 0);
    assert!(!out.contains("Bob"), "{out}");
    // ...and `check` names every index that disagrees.
    let (out, _) = exits(db, &["check"], DAMAGED);
    for index in [
        "names_v1",
        "note_postings_v1",
        "open_followups_v1",
        "contact_facts_v1",
    ] {
        assert!(out.contains(index), "{index} not in {out}");
    }
    assert!(out.contains("kith check --repair"), "{out}");
    let report: serde_json::Value =
        serde_json::from_str(&exits(db, &["check", "--json"], DAMAGED).0).unwrap();
    assert_eq!(report["indexes"].as_array().map(Vec::len), Some(4));

    let (out, _) = exits(db, &["check", "--repair"], 0);
    assert!(out.contains("Rebuilt (4)"), "{out}");
    let (out, _) = exits(db, &["check"], 0);
    assert!(out.contains("The notebook is sound."), "{out}");

    let (out, _) = exits(db, &["list"], 0);
    assert!(out.contains("Bob Baker"), "{out}");
    let (out, _) = exits(db, &["search", "--notes", "orchard"], 0);
    assert!(out.contains("talked about the orchard"), "{out}");
    let (out, _) = exits(db, &["due", "--json"], 0);
    assert!(out.contains("deliver the apples"), "{out}");
    assert!(!out.contains("999999"), "{out}");
    let (out, _) = exits(db, &["show", "Ann", "--json"], 0);
    assert!(out.contains("2026-11-02"), "{out}");
    let _ = (dir, due_id);
}

#[test]
fn repair_keeps_the_index_rows_of_records_that_do_not_decode() {
    let nb = notebook_with_damaged_records();
    let db = nb.path.as_path();
    let (out, _) = exits(db, &["check", "--repair"], DAMAGED);
    assert!(!out.contains("Rebuilt"), "{out}");
    // Bob is still named as damaged, not silently dropped from the list.
    let (_, err) = exits(db, &["list"], DAMAGED);
    assert!(
        err.contains(&format!("contacts_v1, key {}", nb.bob)),
        "{err}"
    );
}

/// The pages of a small demo notebook, each zeroed in turn, and the file cut at several
/// lengths: every command ends with a message, never a panic or a hang.
#[test]
fn damaged_pages_and_truncation_never_panic_or_hang() {
    let (dir, path) = temp_db();
    let made = kith(
        &path,
        &["demo", "--contacts", "40", "--interactions", "200"],
    );
    assert!(made.status.success());
    let intact = std::fs::read(&path).unwrap();
    let copy = dir.path().join("damaged.redb");
    let commands: [&[&str]; 5] = [
        &["list"],
        &["export", "--format", "json"],
        &["search", "--notes", "quote"],
        &["add", "Someone New"],
        &["check"],
    ];
    let mut damaged: Vec<(String, Vec<u8>)> = Vec::new();
    for page in 0..intact.len() / 4096 {
        let mut bytes = intact.clone();
        bytes[page * 4096..(page + 1) * 4096].fill(0);
        damaged.push((format!("page {page} zeroed"), bytes));
    }
    for len in [
        0,
        1,
        511,
        4096,
        intact.len() / 3,
        intact.len() / 2,
        intact.len() - 1,
    ] {
        damaged.push((format!("cut to {len} bytes"), intact[..len].to_vec()));
    }
    let mut runs = 0;
    for (what, bytes) in &damaged {
        for args in commands {
            std::fs::write(&copy, bytes).unwrap();
            let out = kith_within(&copy, args, Duration::from_secs(60))
                .unwrap_or_else(|| panic!("kith {args:?} hung on a file with {what}"));
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_ne!(
                out.status.code(),
                Some(101),
                "{what}: kith {args:?}: {stderr}"
            );
            assert!(
                !stderr.contains("panicked"),
                "{what}: kith {args:?}: {stderr}"
            );
            runs += 1;
        }
    }
    assert!(runs > 50, "only {runs} runs");
}

#[test]
fn check_finds_a_broken_search_index_and_repair_rebuilds_it() {
    let (dir, path) = temp_db();
    let (ann, bob);
    {
        let store = Store::open(&path).unwrap();
        ann = add(&store, "Ann Archer", Kind::Customer);
        bob = add(&store, "Bob Baker", Kind::Customer);
    }
    let db = path.as_path();
    exits(db, &["check"], 0);
    let (out, _) = exits(db, &["search", "Baker"], 0);
    assert!(out.contains("Bob Baker"), "{out}");
    tamper(&path, |txn| {
        // Bob's search row goes, Ann's says a name she does not have, and every trigram chunk
        // of "ann" is overwritten with bytes that do not decode.
        let mut rows = txn.open_table(tables::CONTACT_SEARCH).unwrap();
        rows.remove(bob.0).unwrap();
        let row = {
            let guard = rows.get(ann.0).unwrap().unwrap();
            let (a, k, d, _, c, t, e, p) = guard.value();
            (
                a,
                k,
                d,
                c.to_string(),
                t.to_string(),
                e.to_string(),
                p.to_string(),
            )
        };
        let (a, k, d, c, t, e, p) = &row;
        rows.insert(
            ann.0,
            (
                *a,
                *k,
                *d,
                "zed zebra",
                c.as_str(),
                t.as_str(),
                e.as_str(),
                p.as_str(),
            ),
        )
        .unwrap();
        let mut trigrams = txn.open_table(tables::CONTACT_TRIGRAMS).unwrap();
        let firsts: Vec<u64> = trigrams
            .range(("ann", 0)..=("ann", u64::MAX))
            .unwrap()
            .map(|e| e.unwrap().0.value().1)
            .collect();
        assert!(!firsts.is_empty());
        let garbage: &[u8] = &[0xff, 0xfe, 0xfd];
        for first in firsts {
            trigrams.insert(("ann", first), garbage).unwrap();
        }
    });
    let (out, _) = exits(db, &["search", "Baker"], 0);
    assert!(!out.contains("Bob Baker"), "{out}");

    let (out, _) = exits(db, &["check"], DAMAGED);
    for index in ["contact_search_v1", "contact_trigrams_v1"] {
        assert!(out.contains(index), "{index} not in {out}");
    }
    let report: serde_json::Value =
        serde_json::from_str(&exits(db, &["check", "--json"], DAMAGED).0).unwrap();
    let search = report["indexes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["index"] == "contact_search_v1")
        .unwrap();
    assert_eq!(
        (search["missing"].as_u64(), search["wrong"].as_u64()),
        (Some(1), Some(1))
    );
    // The undecodable chunks are named, and the contacts they held are missing from the index.
    let trigrams: Vec<&serde_json::Value> = report["indexes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["index"] == "contact_trigrams_v1")
        .collect();
    assert!(
        trigrams.iter().any(|p| p["missing"].as_u64() >= Some(1)),
        "{report}"
    );
    assert!(
        trigrams
            .iter()
            .any(|p| p["example"].as_str().unwrap().contains("does not decode")),
        "{report}"
    );

    let (out, _) = exits(db, &["check", "--repair"], 0);
    assert!(out.contains("Rebuilt (2)"), "{out}");
    let (out, _) = exits(db, &["check"], 0);
    assert!(out.contains("The notebook is sound."), "{out}");
    let (out, _) = exits(db, &["search", "Baker"], 0);
    assert!(out.contains("Bob Baker"), "{out}");
    let (out, _) = exits(db, &["search", "Ann"], 0);
    assert!(out.contains("Ann Archer"), "{out}");
    let _ = dir;
}
