//! The notebook file itself: shared opens, privacy, files that are not notebooks, newer schemas and damaged records.

use super::*;

#[test]
fn two_opens_of_one_file_share_it() {
    let (_dir, path) = temp_db();
    let first = Store::open(&path).unwrap();
    let second = Store::open(&path).unwrap();
    add(&first, "Núria Puig", Kind::Customer);
    assert!(
        second.resolve("nuria").is_ok(),
        "the second sees the first's commit"
    );
    assert!(second.changed_elsewhere().unwrap());
    assert!(
        !second.changed_elsewhere().unwrap(),
        "the news is told once"
    );
    add(&second, "Jordi Ferrer", Kind::Supplier);
    assert!(
        !second.changed_elsewhere().unwrap(),
        "its own commit is no news to it"
    );
}

#[test]
fn a_file_another_program_keeps_to_itself_is_refused_plainly() {
    let (_dir, path) = temp_db();
    drop(Store::open(&path).unwrap());
    // redb's default mode locks the whole file, as an older kith did.
    let _exclusive = redb::Database::create(&path).unwrap();
    let err = Store::open(&path).err().expect("the open must fail");
    assert_eq!(
        err.to_string(),
        format!(
            "{} is open in a program that keeps it to itself (an older kith?); close that first",
            path.display()
        )
    );
    assert!(Store::open_read_only(&path).is_err());
}

#[cfg(unix)]
#[test]
fn the_file_is_private_and_parent_folders_are_made() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a/b/kith.redb");
    Store::open(&path).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn files_that_are_not_notebooks_are_refused_clearly() {
    let (dir, _) = temp_db();
    let garbage = dir.path().join("garbage.redb");
    std::fs::write(
        &garbage,
        b"this is a shopping list, not a database\n".repeat(200),
    )
    .unwrap();
    let err = Store::open(&garbage).err().expect("garbage must fail");
    assert!(matches!(err, StoreError::NotANotebook { .. }), "{err:?}");
    assert!(err.to_string().contains("is not a kith notebook"), "{err}");
    // The file was left as it was.
    assert!(
        std::fs::read(&garbage)
            .unwrap()
            .starts_with(b"this is a shopping list")
    );

    let other = dir.path().join("other.redb");
    {
        let db = redb::Database::create(&other).unwrap();
        let txn = db.begin_write().unwrap();
        txn.open_table(redb::TableDefinition::<u64, u64>::new("orders"))
            .unwrap();
        txn.commit().unwrap();
    }
    let err = Store::open(&other).err().expect("foreign redb must fail");
    assert!(err.to_string().contains("another program"), "{err}");

    let err = Store::open(dir.path()).err().expect("a folder must fail");
    assert!(matches!(err, StoreError::NotANotebook { .. }), "{err:?}");
}

#[test]
fn a_notebook_from_a_newer_kith_is_refused() {
    let (_dir, path) = temp_db();
    drop(Store::open(&path).unwrap());
    {
        let db = redb::Database::create(&path).unwrap();
        let txn = db.begin_write().unwrap();
        txn.open_table(tables::META)
            .unwrap()
            .insert("schema_version", 99)
            .unwrap();
        txn.commit().unwrap();
    }
    let err = Store::open(&path).err().expect("newer schema must fail");
    assert!(
        matches!(
            err,
            StoreError::NewerSchema {
                found: 99,
                supported: kith::store::CURRENT_SCHEMA,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("newer kith"), "{err}");
}

#[test]
fn one_damaged_record_is_reported_and_the_rest_stay_readable() {
    let (_dir, path) = temp_db();
    let (good, bad, good_note, bad_note);
    {
        let store = Store::open(&path).unwrap();
        good = add(&store, "Good", Kind::Customer);
        bad = add(&store, "Bad", Kind::Customer);
        good_note = log(&store, good, at(2026, 1, 1, 9, 0), "fine");
        bad_note = log(&store, good, at(2026, 1, 2, 9, 0), "to be damaged");
    }
    {
        let db = redb::Database::create(&path).unwrap();
        let txn = db.begin_write().unwrap();
        {
            let mut contacts = txn.open_table(tables::CONTACTS).unwrap();
            contacts
                .insert(bad.0, &[1u8, 0xff, 0xfe, 0x00][..])
                .unwrap();
            let mut notes = txn.open_table(tables::INTERACTIONS).unwrap();
            let key = (
                good.0,
                kith::domain::serde_time::datetime_to_secs(bad_note.at),
                bad_note.id.0,
            );
            notes.insert(key, &[7u8, 1, 2, 3][..]).unwrap();
        }
        txn.commit().unwrap();
    }
    let store = Store::open(&path).unwrap();
    let err = store.contact(bad).unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Corrupt {
                table: "contacts_v1",
                ..
            }
        ),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .contains(&format!("contacts_v1, key {}", bad.0)),
        "{err}"
    );
    assert_eq!(store.contact(good).unwrap().name, "Good");

    let all = store
        .contacts(&store.sorted_contact_ids(false, 0, 10).unwrap())
        .unwrap();
    assert_eq!(all.items.len(), 1);
    assert_eq!(all.damaged.len(), 1);

    let timeline = store.timeline(good, 10).unwrap();
    assert_eq!(timeline.items, vec![good_note]);
    assert!(
        timeline.damaged[0]
            .to_string()
            .contains("record version 7 is unknown"),
        "{:?}",
        timeline.damaged
    );
}
