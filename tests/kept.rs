//! Promises kept and complaints resolved in the store: the counts kept in the same write as
//! the follow-ups, notes and resolutions, undo of a resolution and of a deleted contact,
//! `kith check` and its repair, and a notebook an older kith kept, whose rows the first
//! writable open builds.

mod common;

use chrono::NaiveDate;
use common::*;
use kith::domain::*;
use kith::store::{Period, Replayed, Store};
use redb::{ReadableDatabase, ReadableTable};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn complaint(store: &Store, who: ContactId, d: u32) -> Interaction {
    let mut i = Interaction::new(who, at(2026, 3, d, 10, 0), Channel::Call, "it broke");
    i.sentiment = Some(Sentiment::Complaint);
    store.write(|w| w.add_interaction(&mut i)).unwrap();
    i
}

fn resolve(store: &Store, note: InteractionId, d: u32) {
    let mut r = Resolution {
        note,
        on: day(3, d),
        text: "replaced it".into(),
        created_at: at(2026, 3, d, 12, 0),
    };
    store.write(|w| w.resolve_complaint(&mut r)).unwrap();
}

fn done(store: &Store, f: &FollowUp, d: u32) {
    store
        .write(|w| {
            let mut f = w.followup(f.id)?;
            f.complete(at(2026, 3, d, 18, 0))?;
            w.update_followup(&mut f)
        })
        .unwrap();
}

/// Anita: a promise due the 3rd kept late, one due the 4th kept on time, one due the 5th open;
/// two complaints, the first resolved after four days.
fn notebook() -> (tempfile::TempDir, Store, ContactId) {
    let (dir, store) = temp_store();
    let anita = add(&store, "Anita Sharma", Kind::Customer);
    let late = promise(&store, anita, (2026, 3, 3), "send the quote");
    let kept = promise(&store, anita, (2026, 3, 4), "call back");
    promise(&store, anita, (2026, 3, 5), "visit");
    done(&store, &late, 6);
    done(&store, &kept, 4);
    let first = complaint(&store, anita, 1);
    complaint(&store, anita, 2);
    resolve(&store, first.id, 5);
    (dir, store, anita)
}

#[test]
fn counts_follow_every_write_and_undo() {
    let (_dir, store, anita) = notebook();
    let today = day(3, 10);
    let kept = store
        .kept(Direction::Promise, Period::default(), today)
        .unwrap();
    assert_eq!((kept.on_time, kept.late, kept.overdue), (1, 1, 1));
    let broken = store
        .broken(Direction::Promise, Period::default(), today, 10)
        .unwrap();
    let texts: Vec<&str> = broken.followups.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(texts, ["visit", "send the quote"]);
    assert_eq!(broken.total, 2);
    assert_eq!(store.open_complaints(10).unwrap().total, 1);
    assert_eq!(
        store.resolve_times(Period::default()).unwrap().median_days,
        Some(4.0)
    );
    assert!(store.check().unwrap().is_clean());

    // Deleting the contact takes every row with it, and undo brings them back.
    store
        .write(|w| w.delete_contact(anita, at(2026, 3, 10, 9, 0)))
        .unwrap();
    let kept = store
        .kept(Direction::Promise, Period::default(), today)
        .unwrap();
    assert_eq!(kept.counted(), 0);
    assert_eq!(store.open_complaints(10).unwrap().total, 0);
    assert_eq!(store.resolve_times(Period::default()).unwrap().resolved, 0);
    assert!(store.check().unwrap().is_clean());
    assert!(matches!(store.undo().unwrap(), Replayed::Done(_)));
    assert_eq!(store.resolve_times(Period::default()).unwrap().resolved, 1);
    assert_eq!(store.open_complaints(10).unwrap().total, 1);
    assert!(store.check().unwrap().is_clean());
}

#[test]
fn check_finds_lost_rows_and_repair_puts_them_back() {
    let (_dir, store, _) = notebook();
    let path = store.path().to_path_buf();
    drop(store);
    {
        let db = redb::Database::create(&path).unwrap();
        let txn = db.begin_write().unwrap();
        {
            txn.open_table(tables::PROMISE_DAYS)
                .unwrap()
                .retain(|_, _| false)
                .unwrap();
            txn.open_table(tables::OPEN_COMPLAINTS)
                .unwrap()
                .retain(|_, _| false)
                .unwrap();
        }
        txn.commit().unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let report = store.check().unwrap();
    let bad: Vec<&str> = report.indexes.iter().map(|p| p.index).collect();
    assert_eq!(bad, vec!["promise_days_v1", "open_complaints_v1"]);
    let repaired = store.repair().unwrap();
    assert!(repaired.is_clean(), "{repaired:?}");
    assert_eq!(store.open_complaints(10).unwrap().total, 1);
}

#[test]
fn an_older_notebook_gets_its_rows_at_the_first_writable_open() {
    let (_dir, store, _) = notebook();
    let path = store.path().to_path_buf();
    drop(store);
    {
        // As an older kith left it: none of these tables, no mark.
        let db = redb::Database::create(&path).unwrap();
        let txn = db.begin_write().unwrap();
        for name in [
            "promise_days_v1",
            "promise_contacts_v1",
            "late_promises_v1",
            "open_complaints_v1",
            "complaint_days_v1",
        ] {
            let def: redb::TableDefinition<u64, u64> = redb::TableDefinition::new(name);
            txn.delete_table(def).unwrap();
        }
        txn.open_table(tables::META)
            .unwrap()
            .remove("kept_rows_built")
            .unwrap();
        txn.commit().unwrap();
        let read = db.begin_read().unwrap();
        assert!(read.open_table(tables::PROMISE_DAYS).is_err());
    }
    let store = Store::open(&path).unwrap();
    let kept = store
        .kept(Direction::Promise, Period::default(), day(3, 10))
        .unwrap();
    assert_eq!((kept.on_time, kept.late), (1, 1));
    assert_eq!(store.open_complaints(10).unwrap().total, 1);
    assert!(store.check().unwrap().is_clean());
}

#[test]
fn the_demo_has_promises_kept_late_and_broken_and_complaints_open_and_resolved() {
    let fill = || {
        let (dir, store) = temp_store();
        let spec = kith::demo::DemoSpec {
            contacts: 200,
            interactions: 500,
            seed: 1,
        };
        let summary = kith::demo::fill(&store, &spec, at(2026, 11, 22, 9, 30)).unwrap();
        (dir, store, summary)
    };
    let (_a, first, summary) = fill();
    let today = day(11, 22);
    let kept = first
        .kept(Direction::Promise, Period::default(), today)
        .unwrap();
    assert!(
        kept.on_time > kept.late && kept.late > 0 && kept.overdue > 0,
        "{kept:?}"
    );
    assert!(first.open_complaints(10).unwrap().total > 0);
    let times = first.resolve_times(Period::default()).unwrap();
    assert!(
        times.resolved > 10 && times.median_days.unwrap() < 8.0,
        "{times:?}"
    );
    assert_eq!(summary.resolutions, times.resolved);
    assert!(first.check().unwrap().is_clean());
    let (_b, second, _) = fill();
    assert_eq!(second.dump().unwrap(), first.dump().unwrap());
}

#[test]
fn the_review_lists_open_complaints_and_names_a_damaged_one_instead_of_failing() {
    let (_dir, store, _) = notebook();
    let review = |store: &Store| {
        kith::review::build(store, &CadenceDefaults::default(), day(3, 10), 7).unwrap()
    };
    let shown = review(&store);
    let section = shown
        .section(kith::review::SectionKind::OpenComplaints)
        .expect("the open complaint is listed");
    assert_eq!(section.items.len(), 1);
    assert_eq!(
        section.items[0].when,
        kith::review::ItemWhen::On {
            date: day(3, 2),
            years: None
        }
    );
    let note = section.items[0].complaint.unwrap();
    let path = store.path().to_path_buf();
    drop(store);
    {
        let db = redb::Database::create(&path).unwrap();
        let txn = db.begin_write().unwrap();
        {
            let mut notes = txn.open_table(tables::INTERACTIONS).unwrap();
            let key = notes
                .iter()
                .unwrap()
                .map(|e| e.unwrap().0.value())
                .find(|k| k.2 == note.0)
                .unwrap();
            notes.insert(key, &b"\xff\xff"[..]).unwrap();
        }
        txn.commit().unwrap();
    }
    let store = Store::open(&path).unwrap();
    let shown = review(&store);
    assert!(
        shown
            .section(kith::review::SectionKind::OpenComplaints)
            .is_some()
    );
    assert!(!shown.skipped.is_empty());
}
