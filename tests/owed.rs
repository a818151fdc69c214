//! Money owed in the store: invoices and bills with their payments, the indexes and sums kept in
//! the same write, undo and redo, a deleted or merged contact's invoices, `kith check` and its
//! repair, and a notebook from before invoices, which owes nothing.

mod common;

use chrono::NaiveDate;
use common::binary::ok;
use common::*;
use kith::domain::*;
use kith::store::{Replayed, Store};
use redb::ReadableTable;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn money(text: &str) -> Amount {
    Amount::parse(text).unwrap()
}

fn invoice(store: &Store, who: ContactId, owing: Owing, amount: &str, due: NaiveDate) -> Invoice {
    let issued = due - chrono::Duration::days(30);
    let mut i = Invoice::new(who, owing, money(amount), issued, due, at(2026, 6, 1, 9, 0));
    i.reference = Some(format!("REF-{amount}"));
    store.write(|w| w.add_invoice(&mut i)).unwrap();
    i
}

fn pay(store: &Store, id: InvoiceId, amount: &str) {
    store
        .write(|w| {
            let mut i = w.invoice(id)?;
            i.pay(Payment {
                on: day(2026, 11, 20),
                amount: money(amount),
            })?;
            w.update_invoice(&mut i)
        })
        .unwrap();
}

const TODAY: (i32, u32, u32) = (2026, 11, 22);

fn today() -> NaiveDate {
    day(TODAY.0, TODAY.1, TODAY.2)
}

fn totals_of(store: &Store, owing: Owing) -> Vec<(String, [i64; 5])> {
    let totals = store.owed_totals(today()).unwrap();
    totals
        .of(owing)
        .map(|(c, b)| (c.to_string(), b.minor))
        .collect()
}

#[test]
fn invoices_bills_and_payments_are_summed_per_currency_and_bucket() {
    let (_dir, store) = temp_store();
    let anita = add(&store, "Anita Sharma", Kind::Customer);
    let mill = add(&store, "Paper Mill", Kind::Supplier);
    let a = invoice(
        &store,
        anita,
        Owing::TheyOweMe,
        "1200.00 EUR",
        day(2026, 11, 30),
    );
    let b = invoice(
        &store,
        anita,
        Owing::TheyOweMe,
        "300.00 EUR",
        day(2026, 10, 1),
    );
    invoice(
        &store,
        anita,
        Owing::TheyOweMe,
        "50000 INR",
        day(2026, 7, 1),
    );
    invoice(
        &store,
        mill,
        Owing::IOweThem,
        "80.00 EUR",
        day(2026, 11, 10),
    );
    pay(&store, b.id, "100.00 EUR");
    pay(&store, a.id, "1200.00 EUR");

    assert_eq!(
        totals_of(&store, Owing::TheyOweMe),
        vec![
            ("EUR".to_string(), [0, 0, 20000, 0, 0]),
            ("INR".to_string(), [0, 0, 0, 0, 5000000]),
        ]
    );
    assert_eq!(
        totals_of(&store, Owing::IOweThem),
        vec![("EUR".to_string(), [0, 8000, 0, 0, 0])]
    );
    let owed = store.owed_by(anita).unwrap();
    assert_eq!(owed.len(), 2, "{owed:?}");
    assert_eq!(owed[0].outstanding, money("200.00 EUR"));
    assert_eq!(owed[1].outstanding, money("50000 INR"));
    let (open, total) = store
        .open_invoices(Owing::TheyOweMe, None, Some(day(2026, 11, 21)), 1)
        .unwrap();
    assert_eq!((open.items.len(), total), (1, 2));
    assert_eq!(store.find_invoices("ref-300.00 eur").unwrap()[0].id, b.id);
    assert_eq!(store.invoices_of(anita).unwrap().items.len(), 3);
    assert!(store.check().unwrap().is_clean());
}

#[test]
fn undo_takes_a_payment_and_an_invoice_back() {
    let (_dir, store) = temp_store();
    let anita = add(&store, "Anita Sharma", Kind::Customer);
    let a = invoice(
        &store,
        anita,
        Owing::TheyOweMe,
        "1200.00 EUR",
        day(2026, 11, 30),
    );
    pay(&store, a.id, "200.00 EUR");
    assert_eq!(
        store.owed_by(anita).unwrap()[0].outstanding,
        money("1000.00 EUR")
    );
    let Replayed::Done(what) = store.undo().unwrap() else {
        panic!("nothing undone")
    };
    assert!(what.contains("REF-1200.00 EUR"), "{what}");
    assert_eq!(
        store.owed_by(anita).unwrap()[0].outstanding,
        money("1200.00 EUR")
    );
    assert!(matches!(store.undo().unwrap(), Replayed::Done(_)));
    assert!(store.owed_by(anita).unwrap().is_empty());
    assert!(store.invoice(a.id).is_err());
    assert!(store.check().unwrap().is_clean());
    store.redo().unwrap();
    store.redo().unwrap();
    assert_eq!(store.invoice(a.id).unwrap().paid(), money("200.00 EUR"));
    assert!(store.check().unwrap().is_clean());
}

#[test]
fn a_deleted_contact_takes_its_invoices_and_a_merge_moves_them() {
    let (_dir, store) = temp_store();
    let anita = add(&store, "Anita Sharma", Kind::Customer);
    let other = add(&store, "Anita S.", Kind::Customer);
    let gone = add(&store, "Gone Ltd", Kind::Supplier);
    invoice(
        &store,
        anita,
        Owing::TheyOweMe,
        "10.00 EUR",
        day(2026, 11, 30),
    );
    let moved = invoice(
        &store,
        other,
        Owing::TheyOweMe,
        "5.00 EUR",
        day(2026, 11, 30),
    );
    let bill = invoice(&store, gone, Owing::IOweThem, "7.00 USD", day(2026, 11, 1));

    store
        .write(|w| w.delete_contact(gone, at(2026, 11, 22, 9, 0)))
        .unwrap();
    assert!(store.invoice(bill.id).is_err());
    assert!(
        store
            .owed_totals(today())
            .unwrap()
            .of(Owing::IOweThem)
            .next()
            .is_none()
    );
    store.undo().unwrap();
    assert_eq!(store.invoice(bill.id).unwrap().contact, gone);
    assert_eq!(totals_of(&store, Owing::IOweThem).len(), 1);

    store
        .write(|w| w.merge_contacts(anita, other, at(2026, 11, 22, 9, 0)))
        .unwrap();
    assert_eq!(store.invoice(moved.id).unwrap().contact, anita);
    assert_eq!(
        store.owed_by(anita).unwrap()[0].outstanding,
        money("15.00 EUR")
    );
    assert!(store.owed_by(other).unwrap().is_empty());
    assert!(store.check().unwrap().is_clean());
}

#[test]
fn check_finds_a_lost_open_row_and_repair_puts_it_back() {
    let (dir, store) = temp_store();
    let anita = add(&store, "Anita Sharma", Kind::Customer);
    let a = invoice(
        &store,
        anita,
        Owing::TheyOweMe,
        "10.00 EUR",
        day(2026, 11, 30),
    );
    let path = store.path().to_path_buf();
    drop(store);
    {
        let db = redb::Database::create(&path).unwrap();
        let txn = db.begin_write().unwrap();
        {
            let mut open = txn.open_table(tables::OPEN_INVOICES).unwrap();
            let key = open.iter().unwrap().next().unwrap().unwrap().0.value();
            assert_eq!(key.2, a.id.0);
            open.remove(key).unwrap();
            let mut days = txn.open_table(tables::OWED_DAYS).unwrap();
            days.insert((0, "EUR", 1), (5, 1)).unwrap();
        }
        txn.commit().unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let report = store.check().unwrap();
    let bad: Vec<&str> = report.indexes.iter().map(|p| p.index).collect();
    assert_eq!(bad, vec!["open_invoices_v1", "owed_days_v1"]);
    let repaired = store.repair().unwrap();
    assert!(repaired.is_clean(), "{repaired:?}");
    assert_eq!(repaired.repaired.len(), 2);
    assert_eq!(
        store
            .open_invoices(Owing::TheyOweMe, None, None, 10)
            .unwrap()
            .1,
        1
    );
    drop(dir);
}

#[test]
fn a_notebook_from_before_invoices_owes_nothing() {
    let (dir, _) = temp_db();
    let copy = dir.path().join("old.redb");
    std::fs::copy(fixture_path("schema_v8.redb"), &copy).unwrap();
    // Brought up to the current schema first (9 built the trigrams again), which makes no
    // invoice table: a reader of it still meets none.
    drop(Store::open(&copy).unwrap());
    let store = Store::open_read_only(&copy).unwrap();
    assert!(store.owed_totals(today()).unwrap().is_empty());
    assert!(store.owed_by(ContactId(1)).unwrap().is_empty());
    assert!(store.find_invoices("1").unwrap().is_empty());
    assert_eq!(
        store
            .open_invoices(Owing::TheyOweMe, None, None, 5)
            .unwrap()
            .1,
        0
    );
    assert!(store.check().unwrap().is_clean());
}

#[test]
fn a_backup_carries_invoices_and_one_without_them_still_restores() {
    let (dir, store) = temp_store();
    let anita = add(&store, "Anita Sharma", Kind::Customer);
    let a = invoice(
        &store,
        anita,
        Owing::TheyOweMe,
        "1200.00 EUR",
        day(2026, 11, 30),
    );
    pay(&store, a.id, "200.00 EUR");
    let b = invoice(&store, anita, Owing::IOweThem, "90 JPY", day(2026, 10, 30));
    store
        .write(|w| {
            let mut b = w.invoice(b.id)?;
            b.close(Closed::Void(day(2026, 11, 1)))?;
            w.update_invoice(&mut b)
        })
        .unwrap();
    let db = store.path().to_path_buf();
    drop(store);
    let first = ok(&db, &["export", "--format", "json"]);
    let backup: serde_json::Value = serde_json::from_str(&first).unwrap();
    let invoices = backup["invoices"].as_array().unwrap();
    assert_eq!(invoices.len(), 2);
    assert_eq!(invoices[0]["outstanding"]["display"], "1000.00 EUR");
    assert_eq!(invoices[1]["state"], "void");
    let file = dir.path().join("backup.json");
    std::fs::write(&file, &first).unwrap();
    let restored = dir.path().join("restored.redb");
    ok(&restored, &["import", file.to_str().unwrap()]);
    assert_eq!(ok(&restored, &["export", "--format", "json"]), first);
    let store = Store::open(&restored).unwrap();
    assert_eq!(
        store.owed_by(anita).unwrap()[0].outstanding,
        money("1000.00 EUR")
    );
    assert!(store.check().unwrap().is_clean());
    drop(store);

    // A notebook without invoices backs up as before: no `invoices` at all.
    let plain = dir.path().join("plain.redb");
    add(&Store::open(&plain).unwrap(), "Ravi", Kind::Partner);
    let old = ok(&plain, &["export", "--format", "json"]);
    assert!(!old.contains("invoices"), "{old}");
    std::fs::write(&file, &old).unwrap();
    ok(
        &dir.path().join("again.redb"),
        &["import", file.to_str().unwrap()],
    );
}

#[test]
fn the_demo_has_invoices_and_bills_overdue_in_every_bucket_and_is_the_same_each_time() {
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
    assert!(summary.invoices > 20, "{summary:?}");
    let totals = first.owed_totals(today()).unwrap();
    for owing in [Owing::TheyOweMe, Owing::IOweThem] {
        let mut buckets = [0i64; 5];
        for (_, b) in totals.of(owing) {
            for (sum, minor) in buckets.iter_mut().zip(b.minor) {
                *sum += minor;
            }
        }
        assert!(
            buckets[1..].iter().all(|m| *m > 0),
            "{owing:?}: {buckets:?}"
        );
    }
    assert!(first.check().unwrap().is_clean());
    let (_b, second, _) = fill();
    assert_eq!(
        second.dump().unwrap().invoices,
        first.dump().unwrap().invoices
    );
}
