//! Exports stream from one snapshot, a record at a time, and write exactly what the exports
//! that read the whole notebook first wrote: compared with files those wrote
//! (`tests/fixtures/export/`), and with what the whole-notebook functions write from the
//! store's reads, on a healthy notebook and on one with every kind of damage the backup works
//! around. `--strict` on a damaged notebook writes nothing, in every format and to every
//! kind of target.

mod common;

use common::binary::{each_field, kith_with_env};
use common::tables;
use common::{add, at, log, promise, temp_db};
use kith::domain::serde_time::datetime_to_secs;
use kith::domain::{Channel, Draft, Kind};
use kith::store::Store;
use redb::ReadableTable;
use std::path::Path;

/// Exit status of a command that skipped damaged records.
const DAMAGED: i32 = 3;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/export");

/// Runs an export (the calendar's stamps are UTC whatever the machine's zone); its stdout.
fn export(db: &Path, args: &[&str], code: i32) -> (Vec<u8>, String) {
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    let out = kith_with_env(db, &all, &[("TZ", "UTC")]);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(code), "kith {all:?}: {stderr}");
    (out.stdout, stderr)
}

fn same(what: &str, got: &[u8], expected: &[u8]) {
    if got != expected {
        let at = got
            .iter()
            .zip(expected)
            .position(|(a, b)| a != b)
            .unwrap_or(got.len().min(expected.len()));
        let from = at.saturating_sub(200);
        panic!(
            "{what} differs at byte {at} (lengths {} and {}):\n--- got\n{}\n--- expected\n{}",
            got.len(),
            expected.len(),
            String::from_utf8_lossy(&got[from..(at + 200).min(got.len())]),
            String::from_utf8_lossy(&expected[from..(at + 200).min(expected.len())]),
        );
    }
}

#[test]
fn every_format_writes_the_bytes_the_whole_notebook_export_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let made = common::binary::neutral(&mut std::process::Command::new("bash"))
        .arg(Path::new(FIXTURES).join("make.sh"))
        .arg(env!("CARGO_BIN_EXE_kith"))
        .arg(dir.path())
        .output()
        .expect("bash runs");
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let files = [
        ("backup.json", vec!["--format", "json"]),
        ("cards.vcf", vec!["--format", "vcard"]),
        ("cards3.vcf", vec!["--format", "vcard", "--vcard3"]),
        ("cards.csv", vec!["--format", "csv"]),
        (
            "calendar.ics",
            vec!["--format", "ics", "--alarm-before", "30"],
        ),
    ];
    let db = dir.path().join("kith.redb");
    for (file, args) in &files {
        let expected = std::fs::read(Path::new(FIXTURES).join(file)).unwrap();
        // Through the private-file writer, as the script wrote it …
        same(
            &format!("{file} (-o)"),
            &std::fs::read(dir.path().join(file)).unwrap(),
            &expected,
        );
        // … and to standard output.
        let (out, _) = export(&db, args, 0);
        same(&format!("{file} (stdout)"), &out, &expected);
    }
    // A folder of cards holds the same cards, one a file.
    let cards = dir.path().join("cards");
    export(
        &db,
        &["--format", "vcard", "--dir", cards.to_str().unwrap()],
        0,
    );
    let store = Store::open_read_only(&db).unwrap();
    let contacts = listed_contacts(&store).items;
    let plan = kith::interop::vdir::plan(&cards, &contacts, false);
    assert_eq!(plan.files.len(), 32);
    assert_eq!(std::fs::read_dir(&cards).unwrap().count(), 32);
    for card in &plan.files {
        same(
            &card.path.display().to_string(),
            &std::fs::read(&card.path).unwrap(),
            card.text.as_bytes(),
        );
    }
}

/// Every contact as the exports list them (in use, then archived, in name order), read the
/// way the exports did before they streamed.
fn listed_contacts(store: &Store) -> kith::store::Loaded<kith::domain::Contact> {
    let mut ids = store.sorted_contact_ids(false, 0, usize::MAX).unwrap();
    ids.extend(store.sorted_contact_ids(true, 0, usize::MAX).unwrap());
    store.contacts(&ids).unwrap()
}

/// Each format as the whole-notebook functions write it from the store's reads.
fn references(db: &Path) -> Vec<(Vec<&'static str>, Vec<u8>)> {
    let store = Store::open_read_only(db).unwrap();
    let contacts = listed_contacts(&store).items;
    let followups = store.all_followups().unwrap().items;
    let dump = store.dump().unwrap();
    let mut json = Vec::new();
    kith::interop::json::write_pretty(&mut json, &kith::interop::backup::BackupJson::from(&dump))
        .unwrap();
    vec![
        (vec!["--format", "json"], json),
        (
            vec!["--format", "vcard"],
            kith::interop::vcard::write_cards(&contacts, false).into_bytes(),
        ),
        (
            vec!["--format", "vcard", "--vcard3"],
            kith::interop::vcard::write_cards(&contacts, true).into_bytes(),
        ),
        (
            vec!["--format", "csv"],
            kith::interop::csv::write_csv(&contacts)
                .unwrap()
                .into_bytes(),
        ),
        (
            vec!["--format", "ics", "--alarm-before", "15"],
            kith::interop::ics::write_calendar(&contacts, &followups, 15).into_bytes(),
        ),
    ]
}

/// A notebook with everything the backup must work around: a contact whose record does not
/// decode but has notes, a follow-up and a draft (a stand-in keeps them); a note the id index
/// does not lead to; a note and a contact stored under another id's key (a copy, so two
/// records share an id); a follow-up that does not decode.
fn damaged_notebook(db: &Path) {
    let (ann, bob, cara, dan, lost, copied);
    {
        let store = Store::open(db).unwrap();
        ann = add(&store, "Ann Archer", Kind::Customer);
        bob = add(&store, "Bob Baker", Kind::Customer);
        cara = add(&store, "Cara Cole", Kind::Supplier);
        dan = add(&store, "Dan Dale", Kind::Partner);
        for (i, who) in [ann, bob, cara, dan, ann, cara, bob, dan]
            .iter()
            .enumerate()
        {
            log(
                &store,
                *who,
                at(2026, 10, 1 + i as u32, 9, 0),
                &format!("note {i}"),
            );
        }
        lost = log(&store, ann, at(2026, 9, 3, 9, 0), "the note the index lost");
        copied = log(&store, cara, at(2026, 9, 4, 9, 0), "a note stored twice");
        log(&store, dan, at(2026, 11, 5, 9, 0), "the newest note");
        promise(&store, bob, (2026, 12, 3), "call Bob");
        promise(&store, ann, (2026, 12, 4), "this one is damaged");
        promise(&store, cara, (2026, 12, 5), "pay Cara");
        let draft = Draft {
            contact: bob,
            channel: Channel::Video,
            at: "2026-11-22 09:00".into(),
            amount: String::new(),
            text: "unsaved".into(),
            saved_at: at(2026, 8, 1, 9, 0),
            editing: None,
        };
        store.write(|w| w.save_draft(&draft)).unwrap();
    }
    let garbage: &[u8] = &[1, 0xff, 0xfe, 0xfd, 0x00, 0x42];
    let database = redb::Database::create(db).unwrap();
    let txn = database.begin_write().unwrap();
    {
        let mut contacts = txn.open_table(tables::CONTACTS).unwrap();
        let dan_bytes = contacts.get(dan.0).unwrap().unwrap().value().to_vec();
        contacts.insert(bob.0, garbage).unwrap();
        contacts.insert(999_998, dan_bytes.as_slice()).unwrap();
        txn.open_table(tables::INTERACTION_KEYS)
            .unwrap()
            .remove(lost.id.0)
            .unwrap();
        let mut interactions = txn.open_table(tables::INTERACTIONS).unwrap();
        let key = (cara.0, datetime_to_secs(copied.at), copied.id.0);
        let bytes = interactions.get(key).unwrap().unwrap().value().to_vec();
        interactions
            .insert((cara.0, key.1 + 60, 999_997), bytes.as_slice())
            .unwrap();
        let mut followups = txn.open_table(tables::FOLLOWUPS).unwrap();
        let damaged = followups.iter().unwrap().nth(1).unwrap().unwrap().0.value();
        followups.insert(damaged, garbage).unwrap();
    }
    txn.commit().unwrap();
}

#[test]
fn every_format_writes_what_the_whole_notebook_functions_write_healthy_or_damaged() {
    let (dir, db) = temp_db();
    common::binary::ok(
        &db,
        &[
            "demo",
            "--contacts",
            "40",
            "--interactions",
            "300",
            "--seed",
            "9",
        ],
    );
    common::binary::ok(&db, &["archive", "1", "--reason", "gone"]);
    for (args, expected) in references(&db) {
        let (out, _) = export(&db, &args, 0);
        same(&format!("{args:?}"), &out, &expected);
    }

    let damaged = dir.path().join("damaged.redb");
    damaged_notebook(&damaged);
    for (args, expected) in references(&damaged) {
        let (out, err) = export(&damaged, &args, DAMAGED);
        same(&format!("damaged {args:?}"), &out, &expected);
        assert!(err.contains("damaged record"), "{args:?}: {err}");
    }
    // What the backup kept of the damage, so the comparison above compared something.
    let (out, err) = export(&damaged, &["--format", "json"], DAMAGED);
    let backup: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(
        each_field(&backup["contacts"], "name"),
        [
            "Ann Archer",
            "Unreadable contact 2",
            "Cara Cole",
            "Dan Dale",
            "Dan Dale"
        ]
    );
    let texts = each_field(&backup["interactions"], "text");
    assert_eq!(texts.len(), 12, "{texts:?}");
    assert!(texts.contains(&"the note the index lost"), "{texts:?}");
    assert_eq!(
        texts
            .iter()
            .filter(|t| **t == "a note stored twice")
            .count(),
        2
    );
    assert_eq!(backup["followups"].as_array().unwrap().len(), 2);
    assert_eq!(backup["drafts"].as_array().unwrap().len(), 1);
    assert!(
        err.contains("contacts_v1, key 2") && err.contains("followups_v1"),
        "{err}"
    );
}

#[test]
fn strict_writes_nothing_from_a_damaged_notebook_in_any_format_to_any_target() {
    let (dir, db) = temp_db();
    damaged_notebook(&db);
    let formats: [&[&str]; 5] = [
        &["--format", "json"],
        &["--format", "vcard"],
        &["--format", "vcard", "--vcard3"],
        &["--format", "csv"],
        &["--format", "ics"],
    ];
    let kept = dir.path().join("kept");
    std::fs::write(&kept, "what was here before").unwrap();
    for format in formats {
        let strict = [format, &["--strict"]].concat();
        // To standard output.
        let (out, err) = export(&db, &strict, DAMAGED);
        assert!(
            out.is_empty(),
            "{format:?}: {}",
            String::from_utf8_lossy(&out)
        );
        assert!(err.contains("nothing was exported"), "{format:?}: {err}");
        // To a new file, and over a file already there.
        let new = dir.path().join("new");
        export(
            &db,
            &[strict.as_slice(), &["-o", new.to_str().unwrap()]].concat(),
            DAMAGED,
        );
        assert!(!new.exists(), "{format:?} --strict wrote {}", new.display());
        export(
            &db,
            &[strict.as_slice(), &["-o", kept.to_str().unwrap()]].concat(),
            DAMAGED,
        );
        assert_eq!(
            std::fs::read_to_string(&kept).unwrap(),
            "what was here before"
        );
        // Without --strict the same export writes the rest.
        export(
            &db,
            &[format, &["-o", new.to_str().unwrap()]].concat(),
            DAMAGED,
        );
        assert!(std::fs::metadata(&new).unwrap().len() > 100, "{format:?}");
        std::fs::remove_file(&new).unwrap();
    }
    // A folder of cards.
    let cards = dir.path().join("cards");
    let (_, err) = export(
        &db,
        &[
            "--format",
            "vcard",
            "--strict",
            "--dir",
            cards.to_str().unwrap(),
        ],
        DAMAGED,
    );
    assert!(err.contains("nothing was exported"), "{err}");
    assert!(
        !cards.exists() || std::fs::read_dir(&cards).unwrap().count() == 0,
        "--strict wrote cards"
    );
    export(
        &db,
        &["--format", "vcard", "--dir", cards.to_str().unwrap()],
        DAMAGED,
    );
    assert_eq!(std::fs::read_dir(&cards).unwrap().count(), 3);
    // Nothing was left behind beside the targets either (no temporary file).
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".kith-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}
