//! The notebook store on real temp files: what is written is found again after reopening,
//! indexes stay in step, and bad files give clear errors.

mod common;

use common::*;
use kith::domain::*;
use kith::store::{Store, StoreError};

#[test]
fn everything_written_is_found_after_reopening() {
    let (_dir, path) = temp_db();
    let (nuria, anita, interaction, followup);
    {
        let store = Store::open(&path).unwrap();
        nuria = add(&store, "Núria Puig", Kind::Customer);
        anita = add(&store, "अनीता शर्मा", Kind::Supplier);
        interaction = log(&store, nuria, at(2026, 3, 1, 10, 0), "Wants rye bread");
        let mut f = FollowUp::new(
            nuria,
            at(2026, 3, 8, 0, 0).date(),
            Direction::Promise,
            "send the quote",
            at(2026, 3, 1, 10, 0),
        );
        store.write(|w| w.add_followup(&mut f)).unwrap();
        followup = f;
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.contact(nuria).unwrap().name, "Núria Puig");
    assert_eq!(store.contact(anita).unwrap().kind, Kind::Supplier);
    assert_eq!(
        store.timeline(nuria, 10).unwrap().items,
        vec![interaction.clone()]
    );
    assert_eq!(store.interaction(interaction.id).unwrap(), interaction);
    assert_eq!(
        store.followups_for(nuria).unwrap().items,
        vec![followup.clone()]
    );
    assert_eq!(store.last_contacted(nuria).unwrap(), Some(interaction.at));
    assert_eq!(store.last_contacted(anita).unwrap(), None);
    assert_eq!(store.contact_count(false).unwrap(), 2);
    assert_eq!(store.interaction_count().unwrap(), 1);
}

#[test]
fn ids_are_never_reused() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    let a = add(&store, "A", Kind::Other);
    let i = log(&store, a, at(2026, 1, 2, 9, 0), "x");
    store.write(|w| w.delete_interaction(i.id)).unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    let j = log(&store, a, at(2026, 1, 2, 9, 0), "y");
    assert!(j.id.0 > i.id.0, "{:?} after {:?}", j.id, i.id);
    let b = add(&store, "B", Kind::Other);
    assert!(b.0 > j.id.0);
}

#[test]
fn names_are_listed_in_folded_order_and_follow_renames_and_archiving() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    let zoe = add(&store, "zoe", Kind::Other);
    let alex = add(&store, "Àlex Vila", Kind::Other);
    let bea = add(&store, "Bea", Kind::Other);
    assert_eq!(
        store.sorted_contact_ids(false, 0, 10).unwrap(),
        vec![alex, bea, zoe]
    );
    assert_eq!(store.sorted_contact_ids(false, 1, 1).unwrap(), vec![bea]);

    let mut c = store.contact(zoe).unwrap();
    c.name = "Aaron".into();
    store
        .write(|w| w.update_contact(&mut c, at(2026, 2, 1, 9, 0)))
        .unwrap();
    assert_eq!(
        store.sorted_contact_ids(false, 0, 10).unwrap(),
        vec![zoe, alex, bea]
    );

    let mut c = store.contact(bea).unwrap();
    c.archived = Some(Archived {
        reason: "moved away".into(),
        at: at(2026, 2, 1, 9, 0),
    });
    store
        .write(|w| w.update_contact(&mut c, at(2026, 2, 1, 9, 0)))
        .unwrap();
    assert_eq!(
        store.sorted_contact_ids(false, 0, 10).unwrap(),
        vec![zoe, alex]
    );
    assert_eq!(store.sorted_contact_ids(true, 0, 10).unwrap(), vec![bea]);
    assert_eq!(store.contact_count(true).unwrap(), 1);
    assert_eq!(store.contact(bea).unwrap().updated_at, at(2026, 2, 1, 9, 0));
}

#[test]
fn timeline_is_newest_first_and_last_contact_follows_deletes() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    let a = add(&store, "A", Kind::Customer);
    let b = add(&store, "B", Kind::Customer);
    let early = log(&store, a, at(2026, 1, 1, 9, 0), "early");
    let late = log(&store, a, at(2026, 5, 1, 9, 0), "late");
    let mid = log(&store, a, at(2026, 3, 1, 9, 0), "mid");
    log(&store, b, at(2026, 6, 1, 9, 0), "other contact");
    let texts: Vec<String> = store
        .timeline(a, 10)
        .unwrap()
        .items
        .into_iter()
        .map(|i| i.text)
        .collect();
    assert_eq!(texts, ["late", "mid", "early"]);
    assert_eq!(store.timeline(a, 2).unwrap().items.len(), 2);
    assert_eq!(store.last_contacted(a).unwrap(), Some(late.at));

    store.write(|w| w.delete_interaction(late.id)).unwrap();
    assert_eq!(store.last_contacted(a).unwrap(), Some(mid.at));
    let mut moved = store.interaction(early.id).unwrap();
    moved.at = at(2026, 4, 1, 9, 0);
    store.write(|w| w.update_interaction(&mut moved)).unwrap();
    assert_eq!(store.last_contacted(a).unwrap(), Some(moved.at));
    store.write(|w| w.delete_interaction(mid.id)).unwrap();
    store.write(|w| w.delete_interaction(early.id)).unwrap();
    assert_eq!(store.last_contacted(a).unwrap(), None);
    assert!(matches!(
        store.interaction(early.id),
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        store.write(|w| w.delete_interaction(early.id)),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn a_failed_action_writes_nothing() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    let a = add(&store, "A", Kind::Customer);
    let result = store.write(|w| {
        let mut good = Interaction::new(a, at(2026, 1, 1, 9, 0), Channel::Call, "kept?");
        w.add_interaction(&mut good)?;
        let mut bad = Interaction::new(
            ContactId(999),
            at(2026, 1, 1, 9, 0),
            Channel::Call,
            "no such contact",
        );
        w.add_interaction(&mut bad)
    });
    assert!(matches!(
        result,
        Err(StoreError::NotFound {
            what: "contact",
            id: 999
        })
    ));
    assert!(store.timeline(a, 10).unwrap().items.is_empty());
    assert_eq!(store.last_contacted(a).unwrap(), None);
}

#[test]
fn open_followups_are_indexed_by_due_date() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    let a = add(&store, "A", Kind::Customer);
    let day = |d| at(2026, 3, d, 0, 0).date();
    let mut ids = Vec::new();
    for (d, text) in [(9, "third"), (2, "first"), (5, "second")] {
        let mut f = FollowUp::new(a, day(d), Direction::Promise, text, at(2026, 3, 1, 9, 0));
        ids.push(store.write(|w| w.add_followup(&mut f)).unwrap());
    }
    let texts = |from, to| -> Vec<String> {
        store
            .open_followups(Direction::Promise, Some(day(from)), Some(day(to)), 100)
            .unwrap()
            .0
            .items
            .into_iter()
            .map(|f| f.text)
            .collect()
    };
    assert_eq!(texts(1, 31), ["first", "second", "third"]);
    assert_eq!(texts(3, 9), ["second", "third"]);
    let mut done = store.followup(ids[1]).unwrap();
    done.state = FollowUpState::Done(at(2026, 3, 2, 12, 0));
    store.write(|w| w.update_followup(&mut done)).unwrap();
    assert_eq!(texts(1, 31), ["second", "third"]);
    let mut snoozed = store.followup(ids[0]).unwrap();
    snoozed.due = day(1);
    store.write(|w| w.update_followup(&mut snoozed)).unwrap();
    assert_eq!(texts(1, 31), ["third", "second"]);
    assert_eq!(store.followups_for(a).unwrap().items.len(), 3);
}

#[test]
fn names_resolve_by_id_exact_name_prefix_or_word() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    let nuria = add(&store, "Núria Puig", Kind::Customer);
    let anita = add(&store, "अनीता शर्मा", Kind::Customer);
    let das1 = add(&store, "Suman Das", Kind::Customer);
    let das2 = add(&store, "Suman Das", Kind::Customer);
    assert_eq!(store.resolve("NURIA PUIG").unwrap(), nuria);
    assert_eq!(store.resolve("nuria").unwrap(), nuria);
    assert_eq!(store.resolve("puig").unwrap(), nuria);
    assert_eq!(store.resolve("शर्मा").unwrap(), anita);
    assert_eq!(store.resolve(&nuria.to_string()).unwrap(), nuria);
    assert_eq!(store.resolve(&format!("#{}", das2.0)).unwrap(), das2);
    match store.resolve("suman das") {
        Err(StoreError::Ambiguous { candidates, .. }) => {
            let ids: Vec<ContactId> = candidates.iter().map(|(id, _)| *id).collect();
            assert_eq!(ids, vec![das1, das2]);
        }
        other => panic!("expected ambiguity, got {other:?}"),
    }
    assert!(matches!(
        store.resolve("nobody"),
        Err(StoreError::UnknownContact(_))
    ));
    assert!(matches!(
        store.resolve("  "),
        Err(StoreError::UnknownContact(_))
    ));
}

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

#[test]
fn drafts_are_kept_per_contact_and_blank_ones_are_dropped() {
    let (_dir, path) = temp_db();
    let a;
    {
        let store = Store::open(&path).unwrap();
        a = add(&store, "A", Kind::Customer);
        let draft = Draft {
            contact: a,
            channel: Channel::Call,
            at: "2026-03-01 10:00".into(),
            amount: String::new(),
            text: "half a thought".into(),
            saved_at: at(2026, 3, 1, 10, 1),
        };
        store.write(|w| w.save_draft(&draft)).unwrap();
    }
    let store = Store::open(&path).unwrap();
    let mut draft = store
        .draft(a)
        .unwrap()
        .expect("the draft survives reopening");
    assert_eq!(draft.text, "half a thought");
    draft.text = "  ".into();
    store.write(|w| w.save_draft(&draft)).unwrap();
    assert_eq!(store.draft(a).unwrap(), None);
}

#[test]
fn review_indexes_follow_every_write() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    let mut c = Contact::new("Ana", at(2026, 1, 1, 9, 0));
    c.kind = Kind::Customer;
    c.birthday = Some(PartialDate::parse("02-29").unwrap());
    c.occasions = vec![Occasion::parse("anniversary=2019-06-01").unwrap()];
    let ana = store.write(|w| w.add_contact(&mut c)).unwrap();
    let facts = store.facts(ana).unwrap().unwrap();
    assert_eq!(
        (
            facts.kind,
            facts.cadence_days,
            facts.archived,
            facts.last_contacted
        ),
        (Kind::Customer, None, false, None)
    );
    assert_eq!(
        store.occasions_on(&[229, 601, 1225]).unwrap(),
        vec![(229, ana, 0), (601, ana, 1)]
    );

    log(&store, ana, at(2026, 3, 1, 9, 0), "hello");
    assert_eq!(
        store.facts(ana).unwrap().unwrap().last_contacted,
        Some(at(2026, 3, 1, 9, 0))
    );

    let mut c = store.contact(ana).unwrap();
    c.birthday = Some(PartialDate::parse("12-25").unwrap());
    c.occasions.clear();
    c.cadence_days = Some(10);
    store
        .write(|w| w.update_contact(&mut c, at(2026, 3, 2, 9, 0)))
        .unwrap();
    assert_eq!(
        store.occasions_on(&[229, 601, 1225]).unwrap(),
        vec![(1225, ana, 0)]
    );
    let facts = store.facts(ana).unwrap().unwrap();
    assert_eq!(
        (facts.cadence_days, facts.last_contacted),
        (Some(10), Some(at(2026, 3, 1, 9, 0))),
        "an edit keeps the last contact"
    );

    let today = at(2026, 3, 10, 0, 0).date();
    for (d, dir) in [
        (9, Direction::Promise),
        (10, Direction::Promise),
        (10, Direction::Reminder),
        (12, Direction::Request),
    ] {
        let mut f = FollowUp::new(
            ana,
            at(2026, 3, d, 0, 0).date(),
            dir,
            "x",
            at(2026, 3, 1, 9, 0),
        );
        store.write(|w| w.add_followup(&mut f)).unwrap();
    }
    assert_eq!(
        store.due_counts(today).unwrap(),
        (1, 2),
        "requests are not counted as due from me"
    );
    let (requests, total) = store
        .open_followups(Direction::Request, None, None, 10)
        .unwrap();
    assert_eq!((requests.items.len(), total), (1, 1));
}
