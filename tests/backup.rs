//! The JSON backup through the real binary: export, restore into an empty notebook, export
//! again — the same bytes; and every way a restore can be refused, with nothing written.

mod common;

use common::binary::{fails, ok};

use std::path::{Path, PathBuf};

/// A notebook with every kind of record: archived contacts, purchases, done and open
/// follow-ups, a draft, hostile and non-Latin text.
fn rich_notebook(db: &Path) {
    ok(
        db,
        &[
            "demo",
            "--contacts",
            "30",
            "--interactions",
            "200",
            "--seed",
            "5",
        ],
    );
    ok(
        db,
        &[
            "add",
            "Evil\u{1b}]2;x\u{7} \u{202e}name",
            "--birthday",
            "02-29",
            "--occasion",
            "anniversary=2019-06-01",
            "--grade",
            "7",
        ],
    );
    ok(
        db,
        &[
            "log",
            "evil",
            "--amount",
            "1200 INR",
            "--sentiment",
            "praise",
            "दिवाली\n>> fri: send the quote",
        ],
    );
    ok(db, &["archive", "evil", "--reason", "moved away"]);
    let store = kith::store::Store::open(db).unwrap();
    let draft = kith::domain::Draft {
        contact: kith::domain::ContactId(1),
        channel: kith::domain::Channel::Video,
        at: "2026-11-22 09:00".into(),
        amount: String::new(),
        text: "অসমাপ্ত নোট".into(),
        saved_at: common::at(2026, 11, 22, 9, 1),
        editing: None,
    };
    store.write(|w| w.save_draft(&draft)).unwrap();
}

/// The rich notebook in a fresh folder, and its JSON backup beside it: (the folder, the
/// notebook, the backup).
fn backed_up_rich_notebook() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let (dir, db) = common::temp_db();
    rich_notebook(&db);
    let backup = dir.path().join("backup.json");
    ok(
        &db,
        &["export", "--format", "json", "-o", backup.to_str().unwrap()],
    );
    (dir, db, backup)
}

#[test]
fn export_restore_export_gives_the_same_bytes() {
    let (dir, db, first) = backed_up_rich_notebook();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&first).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let restored = dir.path().join("restored.redb");
    let said = ok(&restored, &["import", first.to_str().unwrap()]);
    assert!(said.starts_with("Restored 31 contacts"), "{said}");
    let again = ok(&restored, &["export", "--format", "json"]);
    assert_eq!(
        std::fs::read_to_string(&first).unwrap(),
        again,
        "byte-identical"
    );

    // The restored notebook works: ids continue after the backup's, indexes were rebuilt.
    let counts = |path: &Path| -> Vec<usize> {
        let store = kith::store::Store::open(path).unwrap();
        ["दिवाली", "invoice", "quote", "pa"]
            .iter()
            .map(|q| store.search_notes(q, 1000).unwrap().notes.len())
            .collect()
    };
    let original = counts(&db);
    assert!(original.iter().all(|n| *n > 0), "{original:?}");
    assert_eq!(counts(&restored), original, "the note index was rebuilt");
    let store = kith::store::Store::open(&restored).unwrap();
    assert_eq!(
        store
            .draft(kith::domain::ContactId(1))
            .unwrap()
            .unwrap()
            .text,
        "অসমাপ্ত নোট"
    );
    let backup: serde_json::Value = serde_json::from_str(&again).unwrap();
    let next = backup["next_id"].as_u64().unwrap();
    let mut c = kith::domain::Contact::new("New", common::at(2026, 11, 22, 10, 0));
    let id = store.write(|w| w.add_contact(&mut c)).unwrap();
    assert!(id.0 >= next, "ids are never reused across a restore");
}

#[test]
fn a_restore_is_refused_whole_and_explains_why() {
    let (dir, db, backup) = backed_up_rich_notebook();
    let text = std::fs::read_to_string(&backup).unwrap();

    // Into a notebook that is not empty.
    let err = fails(&db, &["import", backup.to_str().unwrap()]);
    assert!(
        err.contains("only into an empty notebook") && err.contains("nothing was restored"),
        "{err}"
    );

    let target = dir.path().join("target.redb");
    let try_restore = |name: &str, content: &str| -> String {
        let file = dir.path().join(name);
        std::fs::write(&file, content).unwrap();
        let err = fails(&target, &["import", file.to_str().unwrap()]);
        assert_eq!(
            ok(&target, &["list", "--json"]).trim(),
            "[]",
            "nothing was written for {name}"
        );
        err
    };
    // Cut at a character boundary near the middle (the file holds multi-byte names).
    let half = (0..=text.len() / 2)
        .rev()
        .find(|i| text.is_char_boundary(*i));
    let err = try_restore("cut.json", &text[..half.unwrap_or(0)]);
    assert!(
        err.contains("cut.json: not a kith JSON backup") && err.contains("line"),
        "{err}"
    );
    // One change each: (the file, what is replaced, by what, what the refusal says).
    for (name, from, to, says) in [
        (
            "other.json",
            "\"kith-backup\"",
            "\"something-else\"",
            &["not a kith backup"][..],
        ),
        (
            "newer.json",
            "\"version\": 1",
            "\"version\": 9",
            &["version 9"],
        ),
        (
            "baddate.json",
            "\"created_at\": \"",
            "\"created_at\": \"yesterday",
            &["created_at", "is not a date-time"],
        ),
        (
            "badkind.json",
            "\"kind\": \"",
            "\"kind\": \"friend",
            &["unknown kind"],
        ),
        (
            "orphan.json",
            "\"contact_id\": ",
            "\"contact_id\": 9999",
            &["no contact has id"],
        ),
    ] {
        let err = try_restore(name, &text.replacen(from, to, 1));
        assert!(says.iter().all(|s| err.contains(s)), "{name}: {err}");
    }

    let said = ok(&target, &["import", "--dry-run", backup.to_str().unwrap()]);
    assert!(said.starts_with("Would restore 31 contacts"), "{said}");
    assert_eq!(ok(&target, &["list", "--json"]).trim(), "[]");
}

/// The backup as JSON, changed by `f`, written beside it as `name`.
fn altered(backup: &Path, name: &str, f: impl FnOnce(&mut serde_json::Value)) -> PathBuf {
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(backup).unwrap()).unwrap();
    f(&mut json);
    let path = backup.with_file_name(name);
    std::fs::write(&path, serde_json::to_string_pretty(&json).unwrap()).unwrap();
    path
}

#[test]
fn a_backup_refused_at_its_last_record_leaves_the_notebook_logically_unchanged() {
    let (dir, _db, backup) = backed_up_rich_notebook();
    let target = dir.path().join("target.redb");
    drop(kith::store::Store::open(&target).unwrap());
    // Not byte for byte: redb's own header changes whenever a writer opens the file. What the
    // notebook holds, down to the id counter, is compared instead.
    let contents = || ok(&target, &["export", "--format", "json"]);
    let before = contents();

    // The very last record of the file, after every contact and note was read.
    let bad_draft = altered(&backup, "bad-draft.json", |j| {
        let drafts = j["drafts"].as_array_mut().unwrap();
        drafts.last_mut().unwrap()["saved_at"] = "soon".into();
    });
    let bad_note = altered(&backup, "bad-note.json", |j| {
        let notes = j["interactions"].as_array_mut().unwrap();
        notes.last_mut().unwrap()["contact_id"] = 9999.into();
    });
    for (file, why) in [
        (&bad_draft, "draft saved_at: 'soon' is not a date-time"),
        (&bad_note, "no contact has id 9999"),
    ] {
        let err = common::binary::fails_with_env(
            &target,
            &["import", file.to_str().unwrap()],
            &[("KITH_RESTORE_BATCH", "7")],
        );
        assert!(
            err.contains(why) && err.contains("nothing was restored"),
            "{err}"
        );
        assert_eq!(contents(), before, "{file:?} changed the notebook");
    }
}

#[test]
fn a_restore_in_small_batches_gives_the_same_notebook_and_takes_back_an_interrupted_one() {
    use kith::domain::{Contact, ContactId};
    use kith::store::{Restored, Store};
    let (dir, _db, backup) = backed_up_rich_notebook();
    let original = std::fs::read_to_string(&backup).unwrap();

    // A restore that committed two batches and was then killed: its mark stays behind.
    let target = dir.path().join("target.redb");
    {
        let store = Store::open(&target).unwrap();
        let mut restore = store.begin_restore(5000).unwrap();
        restore.set_batch(1);
        for id in [1, 2] {
            let mut c = Contact::new(format!("Half restored {id}"), common::at(2026, 1, 1, 9, 0));
            c.id = ContactId(id);
            restore.add(Restored::Contact(c)).unwrap();
        }
        assert_eq!(restore.written(), 2);
        assert_eq!(store.interrupted_restore().unwrap(), Some(5000));
    }
    assert!(ok(&target, &["list"]).contains("Half restored"));

    let said = common::binary::ok_with_env(
        &target,
        &["import", backup.to_str().unwrap()],
        &[("KITH_RESTORE_BATCH", "5")],
    );
    assert!(said.starts_with("Restored 31 contacts"), "{said}");
    // The same notebook, but for the id counter, which never goes back: the interrupted
    // restore had raised it.
    let restored = ok(&target, &["export", "--format", "json"]);
    let next_id = |s: &str| {
        s.lines()
            .find(|l| l.contains("\"next_id\""))
            .unwrap()
            .to_string()
    };
    assert_eq!(next_id(&restored), "  \"next_id\": 5000,");
    assert_eq!(
        restored.replacen(&next_id(&restored), "", 1),
        original.replacen(&next_id(&original), "", 1)
    );
    assert!(!ok(&target, &["list"]).contains("Half restored"));
    ok(&target, &["check"]);
    assert_eq!(
        Store::open(&target).unwrap().interrupted_restore().unwrap(),
        None
    );
}

#[test]
fn a_restore_that_fails_while_writing_is_taken_back_but_not_what_others_wrote_meanwhile() {
    use kith::domain::{Channel, Contact, ContactId, Interaction, Kind};
    use kith::store::{Restored, Store};
    let (_dir, db) = common::temp_db();
    let store = Store::open(&db).unwrap();
    let mut restore = store.begin_restore(100).unwrap();
    restore.set_batch(2);
    let at = common::at(2026, 1, 1, 9, 0);
    for id in 1..=4 {
        let mut c = Contact::new(format!("Restored {id}"), at);
        c.id = ContactId(id);
        restore.add(Restored::Contact(c)).unwrap();
    }
    // Another process writes between batches: its own contact, and a note on a restored one.
    let other = common::add(&store, "Written meanwhile", Kind::Customer);
    assert!(other.0 >= 100, "other writers get ids above the restore's");
    common::log(&store, ContactId(2), at, "a note on a restored contact");
    let mut note = Interaction::new(ContactId(3), at, Channel::Call, "restored note");
    note.id = kith::domain::InteractionId(50);
    restore.add(Restored::Interaction(note)).unwrap();
    let mut orphan = Interaction::new(ContactId(77), at, Channel::Call, "no such contact");
    orphan.id = kith::domain::InteractionId(51);
    let err = restore.add(Restored::Interaction(orphan)).unwrap_err();
    assert!(err.to_string().contains("no contact has id 77"), "{err}");
    restore.undo().unwrap();

    assert_eq!(store.interrupted_restore().unwrap(), None);
    let names: Vec<String> = store
        .contacts(&store.sorted_contact_ids(false, 0, usize::MAX).unwrap())
        .unwrap()
        .items
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(names, ["Restored 2", "Written meanwhile"]);
    let report = store.check().unwrap();
    assert!(report.is_clean(), "{report:?}");
    drop(store);
    let (out, _) = common::binary::exits(&db, &["search", "--notes", "restored"], 0);
    assert!(out.contains("a note on a restored contact"), "{out}");
    assert!(!out.contains("restored note"), "{out}");
}
