//! The JSON backup through the real binary: export, restore into an empty notebook, export
//! again — the same bytes; and every way a restore can be refused, with nothing written.

mod common;

use common::binary::{fails, ok};

use std::path::Path;

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
    };
    store.write(|w| w.save_draft(&draft)).unwrap();
}

#[test]
fn export_restore_export_gives_the_same_bytes() {
    let (dir, db) = common::temp_db();
    rich_notebook(&db);
    let first = dir.path().join("backup.json");
    ok(
        &db,
        &["export", "--format", "json", "-o", first.to_str().unwrap()],
    );
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
    let (dir, db) = common::temp_db();
    rich_notebook(&db);
    let backup = dir.path().join("backup.json");
    ok(
        &db,
        &["export", "--format", "json", "-o", backup.to_str().unwrap()],
    );
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
    let err = try_restore("cut.json", &text[..text.len() / 2]);
    assert!(
        err.contains("cut.json: not a kith JSON backup") && err.contains("line"),
        "{err}"
    );
    let err = try_restore(
        "other.json",
        &text.replacen("\"kith-backup\"", "\"something-else\"", 1),
    );
    assert!(err.contains("not a kith backup"), "{err}");
    let err = try_restore(
        "newer.json",
        &text.replacen("\"version\": 1", "\"version\": 9", 1),
    );
    assert!(err.contains("version 9"), "{err}");
    let err = try_restore(
        "baddate.json",
        &text.replacen("\"created_at\": \"", "\"created_at\": \"yesterday", 1),
    );
    assert!(
        err.contains("created_at") && err.contains("is not a date-time"),
        "{err}"
    );
    let err = try_restore(
        "badkind.json",
        &text.replacen("\"kind\": \"", "\"kind\": \"friend", 1),
    );
    assert!(err.contains("unknown kind"), "{err}");
    let orphan = text.replacen("\"contact_id\": ", "\"contact_id\": 9999", 1);
    let err = try_restore("orphan.json", &orphan);
    assert!(err.contains("no contact has id"), "{err}");

    let said = ok(&target, &["import", "--dry-run", backup.to_str().unwrap()]);
    assert!(said.starts_with("Would restore 31 contacts"), "{said}");
    assert_eq!(ok(&target, &["list", "--json"]).trim(), "[]");
}
