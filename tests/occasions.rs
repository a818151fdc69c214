//! Local occasions in the store and the review: opting in by contact and by tag, the greeting
//! rows following every write (rename, retag, archive, merge, delete, undo), the review's
//! Greetings on the right days (a lunar date, a name day, across the new year), `T`'s greeting
//! keeping an item out until the next year, and `kith check` agreeing with it all.

mod common;

use chrono::NaiveDate;
use common::*;
use kith::domain::*;
use kith::review::{ReviewItem, SectionKind};
use kith::store::Store;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn celebrate(store: &Store, who: Celebrant, add: &[LocalOccasion]) {
    store.write(|w| w.celebrate(who, add, &[])).unwrap();
}

fn tag(store: &Store, id: ContactId, tags: &[&str]) {
    store
        .write(|w| {
            let mut c = w.contact(id)?;
            c.tags = tags.iter().map(|t| t.to_string()).collect();
            w.update_contact(&mut c, at(2026, 1, 2, 9, 0))
        })
        .unwrap();
}

/// The Greetings section's items as (date, name, what), and its "… and N more".
fn greetings(store: &Store, today: NaiveDate) -> (Vec<(NaiveDate, String, String)>, usize) {
    let cadences = CadenceDefaults::default();
    let review = kith::review::build(store, &cadences, today, 7).unwrap();
    let Some(section) = review.section(SectionKind::Greetings) else {
        return (Vec::new(), 0);
    };
    let items = section.items.iter().map(|i: &ReviewItem| {
        let kith::review::ItemWhen::On { date, .. } = i.when else {
            panic!("a greeting is on a day");
        };
        (date, i.name.clone(), i.what.clone())
    });
    (items.collect(), section.more)
}

fn clean(store: &Store) {
    let report = store.check().unwrap();
    assert!(report.is_clean(), "{:?}", report.indexes);
}

#[test]
fn a_contact_and_a_tag_opt_in_and_the_review_greets_them_on_the_day() {
    let (_dir, store) = temp_store();
    let anita = add(&store, "Anita Sharma", Kind::Customer);
    let jordi = add(&store, "Jòrdi Casals", Kind::Customer);
    let nuria = add(&store, "NÚRIA Vila", Kind::Customer);
    tag(&store, jordi, &["Barcelona"]);
    tag(&store, nuria, &["barcelona"]);
    celebrate(&store, Celebrant::Contact(anita), &[LocalOccasion::Diwali]);
    let by_tag = [LocalOccasion::SantJordi, LocalOccasion::NameDay];
    celebrate(&store, Celebrant::Tag("BARCELONA".into()), &by_tag);
    clean(&store);

    // Diwali 2026 is 8 November (Lakshmi Puja), a lunar date from the table.
    let (items, more) = greetings(&store, day(2026, 11, 1));
    assert_eq!(
        items,
        vec![(day(2026, 11, 8), "Anita Sharma".into(), "Diwali".into())]
    );
    assert_eq!(more, 0);
    // Sant Jordi reaches both through the tag; the name day only Jordi, whose given name,
    // folded, is in the calendar; the same date's greetings by name.
    let (items, _) = greetings(&store, day(2027, 4, 20));
    let names: Vec<(&str, &str)> = (items.iter())
        .map(|(_, n, w)| (n.as_str(), w.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("Jòrdi Casals", "Sant Jordi"),
            ("Jòrdi Casals", "Name day"),
            ("NÚRIA Vila", "Sant Jordi"),
        ]
    );
    assert!(items.iter().all(|i| i.0 == day(2027, 4, 23)));
    // Núria's own name day (8 September) comes with the tag.
    let (items, _) = greetings(&store, day(2027, 9, 1));
    assert!(items.contains(&(day(2027, 9, 8), "NÚRIA Vila".into(), "Name day".into())));
    // No one is greeted when nothing falls in the days.
    assert_eq!(greetings(&store, day(2027, 6, 1)).0, vec![]);
}

#[test]
fn the_review_looks_across_the_new_year() {
    let (_dir, store) = temp_store();
    let ben = add(&store, "Ben Hall", Kind::Customer);
    celebrate(&store, Celebrant::Contact(ben), &[LocalOccasion::NewYear]);
    let (items, _) = greetings(&store, day(2026, 12, 28));
    assert_eq!(
        items,
        vec![(day(2027, 1, 1), "Ben Hall".into(), "New Year".into())]
    );
    assert_eq!(greetings(&store, day(2026, 12, 10)).0, vec![], "not yet");
}

#[test]
fn past_the_table_a_lunar_occasion_is_not_shown() {
    let (_dir, store) = temp_store();
    let anita = add(&store, "Anita Sharma", Kind::Customer);
    let all = [LocalOccasion::Diwali, LocalOccasion::NewYear];
    celebrate(&store, Celebrant::Contact(anita), &all);
    let last = kith::domain::local_occasions::LAST_YEAR;
    let (items, _) = greetings(&store, day(last + 1, 10, 15));
    assert_eq!(items, vec![], "no Diwali is guessed after {last}");
    let (items, _) = greetings(&store, day(last + 1, 12, 28));
    assert_eq!(items.len(), 1, "a fixed day has no end: {items:?}");
}

#[test]
fn greeting_rows_follow_every_change_of_the_contact() {
    let (_dir, store) = temp_store();
    let jordi = add(&store, "Jordi Puig", Kind::Customer);
    let joan = add(&store, "Joan Vila", Kind::Customer);
    celebrate(&store, Celebrant::Contact(jordi), &[LocalOccasion::NameDay]);
    celebrate(
        &store,
        Celebrant::Contact(joan),
        &[LocalOccasion::SantJordi],
    );
    let april = day(2027, 4, 20);
    assert_eq!(greetings(&store, april).0.len(), 2);
    // Renamed, the name day moves with the given name.
    store
        .write(|w| {
            let mut c = w.contact(jordi)?;
            c.name = "Marc Puig".into();
            w.update_contact(&mut c, at(2026, 2, 1, 9, 0))
        })
        .unwrap();
    let (items, _) = greetings(&store, april);
    assert!(items.contains(&(day(2027, 4, 25), "Marc Puig".into(), "Name day".into())));
    clean(&store);
    // Archived: left out; back in use: back.
    store
        .write(|w| {
            let mut c = w.contact(joan)?;
            c.archived = Some(Archived {
                reason: "moved".into(),
                at: at(2026, 2, 2, 9, 0),
            });
            w.update_contact(&mut c, at(2026, 2, 2, 9, 0))
        })
        .unwrap();
    assert!(
        greetings(&store, april)
            .0
            .iter()
            .all(|i| i.1 != "Joan Vila")
    );
    clean(&store);
    store.undo().unwrap();
    assert!(
        greetings(&store, april)
            .0
            .iter()
            .any(|i| i.1 == "Joan Vila")
    );
    // Merged: the kept contact is greeted for what either was.
    store
        .write(|w| w.merge_contacts(joan, jordi, at(2026, 2, 3, 9, 0)))
        .unwrap();
    let found = store.celebrated(&store.contact(joan).unwrap()).unwrap();
    let own = found.own.unwrap().occasions();
    assert_eq!(own, vec![LocalOccasion::SantJordi, LocalOccasion::NameDay]);
    clean(&store);
    // Deleted: the celebration goes with the contact.
    store
        .write(|w| w.delete_contact(joan, at(2026, 2, 4, 9, 0)))
        .unwrap();
    assert_eq!(greetings(&store, april).0, vec![]);
    clean(&store);
}

#[test]
fn celebrating_is_one_step_of_the_undo_history() {
    let (_dir, store) = temp_store();
    let anita = add(&store, "Anita Sharma", Kind::Customer);
    tag(&store, anita, &["family"]);
    celebrate(
        &store,
        Celebrant::Tag("family".into()),
        &[LocalOccasion::Holi],
    );
    let march = day(2027, 3, 15);
    assert_eq!(greetings(&store, march).0.len(), 1);
    store.undo().unwrap();
    assert_eq!(greetings(&store, march).0, vec![]);
    assert_eq!(store.tag_celebration("family").unwrap(), None);
    clean(&store);
    store.redo().unwrap();
    assert_eq!(greetings(&store, march).0.len(), 1);
    clean(&store);
    // A contact who takes the tag later is greeted too.
    let ravi = add(&store, "Ravi Kumar", Kind::Customer);
    tag(&store, ravi, &["Family"]);
    assert_eq!(greetings(&store, march).0.len(), 2);
    clean(&store);
}

#[test]
fn greeted_leaves_the_review_until_next_year() {
    let (_dir, store) = temp_store();
    let anita = add(&store, "Anita Sharma", Kind::Customer);
    let ravi = add(&store, "Ravi Kumar", Kind::Customer);
    for who in [anita, ravi] {
        celebrate(&store, Celebrant::Contact(who), &[LocalOccasion::Holi]);
    }
    let march = day(2027, 3, 15);
    let code = LocalOccasion::Holi.code();
    let about = ThanksFor::Occasion {
        slot: LOCAL_OCCASION_SLOT + code,
        on: day(2027, 3, 22),
    };
    let mut thanks = Thanks::new(anita, about, at(2027, 3, 15, 9, 0));
    store.write(|w| w.give_thanks(&mut thanks)).unwrap();
    let (items, more) = greetings(&store, march);
    assert_eq!(
        items,
        vec![(day(2027, 3, 22), "Ravi Kumar".into(), "Holi".into())]
    );
    assert_eq!(more, 0, "the greeted one is no item and not counted");
    // The next year's Holi (2028-03-11) is theirs again.
    let (items, _) = greetings(&store, day(2028, 3, 5));
    assert_eq!(items.len(), 2);
    store.undo().unwrap();
    assert_eq!(greetings(&store, march).0.len(), 2);
    clean(&store);
}

#[test]
fn a_section_shows_its_first_items_and_counts_the_rest() {
    let (_dir, store) = temp_store();
    for i in 0..12 {
        let id = add(&store, &format!("Customer {i:02}"), Kind::Customer);
        celebrate(&store, Celebrant::Contact(id), &[LocalOccasion::LaDiada]);
    }
    let cadences = CadenceDefaults::default();
    let review = kith::review::build_upto(&store, &cadences, day(2027, 9, 5), 7, 5).unwrap();
    let section = review.section(SectionKind::Greetings).unwrap();
    assert_eq!(section.items.len(), 5);
    assert_eq!(section.more, 7);
    assert_eq!(section.items[0].name, "Customer 00");
}

#[test]
fn check_finds_lost_greeting_rows_and_repair_puts_them_back() {
    let (_dir, store) = temp_store();
    let anita = add(&store, "Anita Sharma", Kind::Customer);
    celebrate(&store, Celebrant::Contact(anita), &[LocalOccasion::Holi]);
    let path = store.path().to_path_buf();
    drop(store);
    {
        let db = redb::Database::create(&path).unwrap();
        let txn = db.begin_write().unwrap();
        {
            let mut rows = txn.open_table(tables::GREETINGS).unwrap();
            rows.retain(|_, _| false).unwrap();
            let mut counts = txn.open_table(tables::GREETING_COUNTS).unwrap();
            counts.insert((LocalOccasion::Diwali.code(), 0), 3).unwrap();
        }
        txn.commit().unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let report = store.check().unwrap();
    let bad: Vec<&str> = report.indexes.iter().map(|p| p.index).collect();
    assert_eq!(bad, vec!["greetings_v1", "greeting_counts_v1"]);
    let repaired = store.repair().unwrap();
    assert!(repaired.is_clean(), "{repaired:?}");
    assert_eq!(greetings(&store, day(2027, 3, 15)).0.len(), 1);
}
