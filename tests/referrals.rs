//! Referrals and thanks in the store: whom a contact referred and what it brought, kept in the
//! same write as the contacts and purchases (add, edit of who referred, purchase edit and
//! delete, contact delete and merge, undo), first-purchase anniversaries among the occasions,
//! the thanks given, and `kith check` agreeing with it all.

mod common;

use chrono::NaiveDate;
use common::*;
use kith::domain::*;
use kith::store::Store;

fn buy(store: &Store, who: ContactId, d: u32, amount: &str) -> Interaction {
    let mut i = Interaction::new(who, at(2026, 3, d, 10, 0), Channel::Purchase, "bought");
    i.amount = Some(Amount::parse(amount).unwrap());
    store.write(|w| w.add_interaction(&mut i)).unwrap();
    i
}

fn refer(store: &Store, who: ContactId, by: Option<ContactId>) {
    store
        .write(|w| {
            let mut c = w.contact(who)?;
            c.referred_by = by;
            w.update_contact(&mut c, at(2026, 3, 20, 9, 0))
        })
        .unwrap();
}

fn brought(store: &Store, who: ContactId) -> (usize, Vec<String>) {
    let r = store.referred(who, 10).unwrap();
    (r.count, r.value.iter().map(|a| a.to_string()).collect())
}

fn clean(store: &Store) {
    let report = store.check().unwrap();
    assert!(report.is_clean(), "{:?}", report.indexes);
}

#[test]
fn value_brought_follows_every_write_and_undo() {
    let (_dir, store) = temp_store();
    let anna = add(&store, "Anna Puig", Kind::Customer);
    let joan = add(&store, "Joan Vila", Kind::Customer);
    let marta = add(&store, "Marta Roca", Kind::Customer);
    buy(&store, joan, 2, "40.00 EUR");
    refer(&store, joan, Some(anna));
    assert_eq!(brought(&store, anna), (1, vec!["40.00 EUR".to_string()]));
    let second = buy(&store, joan, 5, "10.50 EUR");
    buy(&store, joan, 6, "USD 5");
    refer(&store, marta, Some(anna));
    buy(&store, marta, 7, "1.00 EUR");
    let (count, value) = brought(&store, anna);
    assert_eq!(count, 2);
    assert_eq!(value.len(), 2);
    assert!(value.contains(&"51.50 EUR".to_string()), "{value:?}");
    clean(&store);
    store.write(|w| w.delete_interaction(second.id)).unwrap();
    assert!(brought(&store, anna).1.contains(&"41.00 EUR".to_string()));
    store.undo().unwrap();
    assert!(brought(&store, anna).1.contains(&"51.50 EUR".to_string()));
    refer(&store, joan, Some(marta));
    assert_eq!(brought(&store, marta).0, 1);
    assert_eq!(brought(&store, anna), (1, vec!["1.00 EUR".to_string()]));
    store.undo().unwrap();
    assert_eq!(brought(&store, anna).0, 2);
    clean(&store);
    // Deleting the referrer leaves the referred referred by nobody; undo brings it back.
    store
        .write(|w| w.delete_contact(anna, at(2026, 3, 21, 9, 0)))
        .unwrap();
    assert_eq!(store.contact(joan).unwrap().referred_by, None);
    assert_eq!(brought(&store, anna), (0, vec![]));
    clean(&store);
    store.undo().unwrap();
    assert_eq!(brought(&store, anna).0, 2);
    // Merging moves the referrals to the kept contact.
    let ana = add(&store, "Ana Puig", Kind::Customer);
    store
        .write(|w| w.merge_contacts(ana, anna, at(2026, 3, 22, 9, 0)))
        .unwrap();
    assert_eq!(brought(&store, ana).0, 2);
    assert_eq!(store.referrers().unwrap()[0].contact, ana);
    clean(&store);
}

#[test]
fn a_first_purchase_comes_back_yearly_and_first_buys_wait_for_thanks() {
    let (_dir, store) = temp_store();
    let anna = add(&store, "Anna Puig", Kind::Customer);
    let joan = add(&store, "Joan Vila", Kind::Customer);
    refer(&store, joan, Some(anna));
    let first = buy(&store, joan, 4, "40.00 EUR");
    buy(&store, joan, 9, "10.00 EUR");
    let (id, _, count) = store.first_purchase(joan).unwrap().unwrap();
    assert_eq!((id, count), (first.id, 2));
    assert_eq!(store.occasion_count(&[304]).unwrap(), 1);
    let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
    let (buys, total) = store.first_buys(day(1), day(10), 5).unwrap();
    assert_eq!((buys.len(), total), (1, 1));
    assert_eq!((buys[0].referred, buys[0].referrer), (joan, anna));
    let mut thanks = Thanks::new(
        anna,
        ThanksFor::Referral { referred: joan },
        at(2026, 3, 10, 9, 0),
    );
    store.write(|w| w.give_thanks(&mut thanks)).unwrap();
    assert_eq!(store.first_buys(day(1), day(10), 5).unwrap().1, 0);
    clean(&store);
    store.undo().unwrap();
    assert_eq!(store.first_buys(day(1), day(10), 5).unwrap().1, 1);
    // An archived contact's anniversary is not counted.
    store
        .write(|w| {
            let mut c = w.contact(joan)?;
            c.archived = Some(Archived {
                reason: "moved".into(),
                at: at(2026, 3, 20, 9, 0),
            });
            w.update_contact(&mut c, at(2026, 3, 20, 9, 0))
        })
        .unwrap();
    assert_eq!(store.occasion_count(&[304]).unwrap(), 0);
    let mut greeted = Thanks::new(
        anna,
        ThanksFor::Occasion {
            slot: FIRST_PURCHASE_SLOT,
            on: day(4),
        },
        at(2026, 3, 4, 9, 0),
    );
    store.write(|w| w.give_thanks(&mut greeted)).unwrap();
    assert_eq!(
        store.greeted(day(1), day(10)).unwrap(),
        vec![(anna, FIRST_PURCHASE_SLOT, day(4))]
    );
    clean(&store);
}

#[test]
fn a_notebook_an_older_kith_kept_gets_its_rows_at_the_first_writable_open() {
    let (dir, _) = temp_db();
    let copy = dir.path().join("old.redb");
    // Written by the kith of schema 9 before referrals were kept: no referral rows yet.
    std::fs::copy(fixture_path("schema_v9.redb"), &copy).unwrap();
    assert!(
        Store::open_read_only(&copy)
            .unwrap()
            .check()
            .unwrap()
            .is_clean()
    );
    let store = Store::open(&copy).unwrap();
    clean(&store);
}

#[test]
fn the_demo_has_referrers_anniversaries_and_life_events_and_keeps_its_ids() {
    let spec = kith::demo::DemoSpec {
        contacts: 200,
        interactions: 500,
        seed: 1,
    };
    let now = at(2026, 11, 22, 9, 30);
    // The year's customers lost and gained come after the referrals: left out of both.
    let fill = |[invoices, promises, referrals]: [bool; 3]| {
        let parts = [invoices, promises, referrals, false];
        let (dir, store) = temp_store();
        kith::demo::fill_with(&store, &spec, now, parts).unwrap();
        (dir, store)
    };
    let (_a, store) = fill([true; 3]);
    let referrers = store.referrers().unwrap();
    assert!(referrers.len() >= 3, "{referrers:?}");
    let today = now.date();
    let (buys, total) = store
        .first_buys(today - chrono::Duration::days(30), today, 10)
        .unwrap();
    assert!(buys.len() >= 2 && total == buys.len(), "{buys:?}");
    let review = kith::review::build(&store, &Default::default(), today, 7).unwrap();
    let occasions = review
        .section(kith::review::SectionKind::Occasions)
        .unwrap();
    assert!(
        occasions
            .items
            .iter()
            .any(|i| i.what.contains("since the first purchase")),
        "{occasions:?}"
    );
    let due: Vec<&str> = review.items().map(|i| i.what.as_str()).collect();
    assert!(
        due.iter()
            .any(|w| w.contains("turns 21") || w.contains("Moving")),
        "{due:?}"
    );
    clean(&store);
    // Without them the rest of the sample is the same, under the same ids.
    let (_b, without) = fill([true, true, false]);
    let before = without.dump().unwrap();
    let after = store.dump().unwrap();
    for c in &before.contacts {
        let same = after.contacts.iter().find(|a| a.id == c.id).unwrap();
        assert_eq!(same.name, c.name);
    }
    assert_eq!(
        fill([true; 3]).1.dump().unwrap(),
        after,
        "the same each time"
    );
}

#[test]
fn a_backup_carries_the_thanks_and_restores_them() {
    let (dir, store) = temp_store();
    let anna = add(&store, "Anna Puig", Kind::Customer);
    let joan = add(&store, "Joan Vila", Kind::Customer);
    refer(&store, joan, Some(anna));
    buy(&store, joan, 4, "EUR 40.00");
    let mut thanks = Thanks::new(
        anna,
        ThanksFor::Referral { referred: joan },
        at(2026, 3, 10, 9, 0),
    );
    store.write(|w| w.give_thanks(&mut thanks)).unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 3, 4).unwrap();
    let mut greeted = Thanks::new(
        joan,
        ThanksFor::Occasion { slot: 0, on: day },
        at(2026, 3, 4, 9, 0),
    );
    store.write(|w| w.give_thanks(&mut greeted)).unwrap();
    let db = store.path().to_path_buf();
    drop(store);
    let backup = dir.path().join("backup.json");
    let export = common::binary::ok(
        &db,
        &["export", "--format", "json", "-o", backup.to_str().unwrap()],
    );
    let _ = export;
    let text = std::fs::read_to_string(&backup).unwrap();
    assert!(text.contains("\"thanks\""), "{text}");
    let restored = dir.path().join("restored.redb");
    common::binary::ok(&restored, &["import", backup.to_str().unwrap()]);
    let again = common::binary::ok(&restored, &["export", "--format", "json"]);
    assert_eq!(text, again, "byte-identical");
    let store = Store::open(&restored).unwrap();
    assert_eq!(
        store.first_buys(day, day, 5).unwrap().1,
        0,
        "Anna was thanked"
    );
    clean(&store);
}
