//! The stats in the store: the indexes kept in the same write as the contacts and notes they
//! come from, the people behind each bar, `kith check` and its repair, a notebook an older kith
//! kept (whose rows the first writable open builds), a backup restored, and the demo's data.

mod common;

use chrono::NaiveDate;
use common::*;
use kith::domain::*;
use kith::review::stats::{Bar, PromiseBar, StatsOptions, people_behind, stats, stats_with};
use kith::store::Store;
use redb::ReadableDatabase;

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

const TODAY: (u32, u32) = (11, 22);

fn today() -> NaiveDate {
    day(TODAY.0, TODAY.1)
}

fn buy(store: &Store, who: ContactId, m: u32, d: u32, amount: &str) {
    let mut i = Interaction::new(who, at(2026, m, d, 10, 0), Channel::Purchase, "");
    i.amount = Some(Amount::parse(amount).unwrap());
    store.write(|w| w.add_interaction(&mut i)).unwrap();
}

/// Anita, a customer who bought three times and refunded once, silent since August; Bob, a
/// supplier; Carla, a customer archived in October for the price.
fn notebook() -> (tempfile::TempDir, Store, [ContactId; 3]) {
    let (dir, store) = temp_store();
    let anita = add(&store, "Anita Sharma", Kind::Customer);
    let bob = add(&store, "Bob Paper", Kind::Supplier);
    let carla = add(&store, "Carla Puig", Kind::Customer);
    buy(&store, anita, 6, 5, "100 EUR");
    buy(&store, anita, 7, 5, "50 EUR");
    buy(&store, anita, 7, 10, "-20 EUR");
    buy(&store, anita, 8, 5, "10 EUR");
    log(&store, bob, at(2026, 11, 17, 9, 0), "delivery");
    store
        .write(|w| {
            let mut c = w.contact(carla)?;
            c.archived = Some(Archived {
                reason: "price".into(),
                at: at(2026, 10, 15, 9, 0),
            });
            w.update_contact(&mut c, at(2026, 10, 15, 9, 0))
        })
        .unwrap();
    (dir, store, [anita, bob, carla])
}

#[test]
fn every_bar_leads_to_the_people_behind_it() {
    let (_dir, store, [anita, bob, carla]) = notebook();
    let s = stats(&store, today()).unwrap();
    let week = s.weeks.last().unwrap();
    assert_eq!(week.by_channel, vec![(Channel::Call, 1)]);
    let behind = |bar: Bar| people_behind(&store, today(), &bar).unwrap();
    let monday = week.monday;
    assert_eq!(
        behind(Bar::Week {
            monday,
            channel: None
        }),
        vec![bob]
    );
    let october = day(10, 1);
    let lost = s.months.iter().find(|m| m.month == october).unwrap();
    assert_eq!((lost.lost, lost.kept), (1, 1));
    assert_eq!(lost.reasons, vec![(ArchiveReason::Price, 1)]);
    assert_eq!(
        behind(Bar::Lost {
            month: october,
            reason: Some(ArchiveReason::Price)
        }),
        vec![carla]
    );
    assert!(
        behind(Bar::Lost {
            month: october,
            reason: Some(ArchiveReason::Moved)
        })
        .is_empty()
    );
    assert_eq!(behind(Bar::Kept { month: october }), vec![anita]);
    assert_eq!(behind(Bar::Kept { month: day(9, 1) }), vec![anita, carla]);
    let eur = Currency::parse("EUR").unwrap();
    assert_eq!(s.top[0].customers[0].minor, 14000);
    assert_eq!(behind(Bar::Top { currency: eur }), vec![anita]);
    assert_eq!(
        behind(Bar::ValueByKind {
            kind: Kind::Customer,
            currency: eur
        }),
        vec![anita]
    );
    assert_eq!(s.at_risk.len(), 1);
    assert_eq!(behind(Bar::AtRisk), vec![anita]);
    let since = day(1, 1);
    let none = Bar::Promises {
        direction: Direction::Promise,
        bar: PromiseBar::Late,
        since,
    };
    assert!(behind(none).is_empty());
}

#[test]
fn check_finds_a_stats_index_that_lost_rows_and_repair_rebuilds_it() {
    let (_dir, store, _) = notebook();
    let path = store.path().to_path_buf();
    let before = stats(&store, today()).unwrap();
    drop(store);
    {
        let db = redb::Database::create(&path).unwrap();
        let txn = db.begin_write().unwrap();
        txn.open_table(tables::STATS_TOP)
            .unwrap()
            .retain(|_, _| false)
            .unwrap();
        txn.open_table(tables::STATS_AT_RISK)
            .unwrap()
            .retain(|_, _| false)
            .unwrap();
        txn.commit().unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let report = store.check().unwrap();
    let bad: Vec<&str> = report.indexes.iter().map(|p| p.index).collect();
    assert_eq!(bad, vec!["stats_top_v1", "stats_at_risk_v1"]);
    let repaired = store.repair().unwrap();
    assert!(repaired.is_clean(), "{repaired:?}");
    assert_eq!(stats(&store, today()).unwrap(), before);
}

#[test]
fn an_older_notebook_gets_its_rows_at_the_first_writable_open() {
    let (_dir, store, _) = notebook();
    let path = store.path().to_path_buf();
    let before = stats(&store, today()).unwrap();
    drop(store);
    {
        let db = redb::Database::create(&path).unwrap();
        let txn = db.begin_write().unwrap();
        for name in [
            "stats_weeks_v1",
            "stats_months_v1",
            "stats_month_people_v1",
            "stats_totals_v1",
        ] {
            let def: redb::TableDefinition<u64, u64> = redb::TableDefinition::new(name);
            txn.delete_table(def).unwrap();
        }
        txn.delete_table(tables::STATS_TOP).unwrap();
        txn.open_table(tables::META)
            .unwrap()
            .remove("stats_rows_built")
            .unwrap();
        txn.commit().unwrap();
        assert!(
            db.begin_read()
                .unwrap()
                .open_table(tables::STATS_TOP)
                .is_err()
        );
    }
    let reader = Store::open_for_a_read(&path).unwrap();
    assert!(
        reader.check().unwrap().is_clean(),
        "not built yet: not compared"
    );
    assert!(
        stats(&reader, today()).unwrap().top.is_empty(),
        "read as empty"
    );
    drop(reader);
    let store = Store::open(&path).unwrap();
    assert_eq!(stats(&store, today()).unwrap(), before);
    assert!(store.check().unwrap().is_clean());
}

#[test]
fn a_restored_backup_has_the_same_stats() {
    let (dir, store, _) = notebook();
    let backup = dir.path().join("backup.json");
    let db = store.path().to_path_buf();
    drop(store);
    binary::ok(
        &db,
        &["export", "--format", "json", "-o", backup.to_str().unwrap()],
    );
    let restored = dir.path().join("restored.redb");
    binary::ok(&restored, &["import", backup.to_str().unwrap()]);
    let (a, b) = (Store::open(&db).unwrap(), Store::open(&restored).unwrap());
    let options = StatsOptions {
        months: 24,
        weeks: 60,
        ..StatsOptions::default()
    };
    let (sa, sb) = (
        stats_with(&a, today(), &options).unwrap(),
        stats_with(&b, today(), &options).unwrap(),
    );
    assert_eq!(sa.months, sb.months);
    assert_eq!(sa.weeks, sb.weeks);
    assert_eq!(sa.top.len(), sb.top.len());
    assert_eq!(sa.top[0].customers[0].minor, sb.top[0].customers[0].minor);
    assert_eq!(sa.at_risk_total, sb.at_risk_total);
    assert!(b.check().unwrap().is_clean());
}

#[test]
fn the_demo_has_customers_lost_for_every_reason_refunds_and_data_in_every_chart() {
    let (_dir, store) = temp_store();
    let spec = kith::demo::DemoSpec {
        contacts: 300,
        interactions: 3000,
        seed: 1,
    };
    let summary = kith::demo::fill(&store, &spec, at(2026, 11, 22, 9, 30)).unwrap();
    assert_eq!(
        store.contact_count(false).unwrap(),
        300,
        "as many in use as asked"
    );
    assert_eq!(store.contact_count(true).unwrap(), summary.churned);
    let options = StatsOptions {
        months: 12,
        weeks: 12,
        ..StatsOptions::default()
    };
    let s = stats_with(&store, today(), &options).unwrap();
    let months_with = |f: &dyn Fn(&kith::review::stats::MonthCounts) -> bool| {
        s.months.iter().filter(|m| f(m)).count()
    };
    assert!(months_with(&|m| m.lost > 0) >= 10, "{:?}", s.months);
    assert!(months_with(&|m| m.gained > 0) >= 10, "{:?}", s.months);
    let reasons: std::collections::BTreeSet<ArchiveReason> = s
        .months
        .iter()
        .flat_map(|m| m.reasons.iter().map(|r| r.0))
        .collect();
    assert_eq!(
        reasons.len(),
        ArchiveReason::ALL.len(),
        "every reason, own words too"
    );
    assert!(s.weeks.iter().all(|w| w.total() > 0));
    assert!(!s.owed.is_empty() && s.promises.counted() > 0);
    assert!(!s.top.is_empty() && !s.value_by_kind.is_empty() && !s.value_by_tag.is_empty());
    assert!(s.at_risk_total > 0 && s.days_between_purchases.is_some());
    let refunded = s.top.iter().flat_map(|t| &t.customers).any(|c| {
        store
            .standing(c.contact)
            .unwrap()
            .is_some_and(|st| st.refunds > 0)
    }) || (1..2000).any(|id| {
        store
            .standing(ContactId(id))
            .unwrap()
            .is_some_and(|st| st.refunds > 0)
    });
    assert!(refunded, "some customer got a refund");
    assert!(store.check().unwrap().is_clean());
}

#[test]
fn a_merge_moves_the_absorbed_contacts_notes_into_the_kept_ones_stats() {
    let (_dir, store, [anita, bob, _]) = notebook();
    store
        .write(|w| w.merge_contacts(anita, bob, at(2026, 11, 20, 9, 0)))
        .unwrap();
    let s = stats(&store, today()).unwrap();
    let monday = s.weeks.last().unwrap().monday;
    let week = Bar::Week {
        monday,
        channel: None,
    };
    assert_eq!(people_behind(&store, today(), &week).unwrap(), vec![anita]);
    assert_eq!(
        s.at_risk_total, 0,
        "Anita was in touch this week through Bob's note"
    );
    assert!(store.check().unwrap().is_clean());
}

#[test]
fn the_promises_kept_on_time_lead_to_those_who_kept_one_in_the_months_shown() {
    let (_dir, store, [anita, bob, _]) = notebook();
    let promise = |who, m, d| {
        let mut f = FollowUp::new(
            who,
            day(m, d),
            Direction::Promise,
            "send the list",
            at(2026, 1, 2, 9, 0),
        );
        store
            .write(|w| {
                w.add_followup(&mut f)?;
                f.complete(at(2026, m, d, 9, 0))?;
                w.update_followup(&mut f)
            })
            .unwrap();
    };
    // Anita kept one in February, Bob one in October: since September, only Bob's counts.
    promise(anita, 2, 10);
    promise(bob, 10, 20);
    let behind = |since| {
        people_behind(
            &store,
            today(),
            &Bar::Promises {
                direction: Direction::Promise,
                bar: PromiseBar::OnTime,
                since,
            },
        )
        .unwrap()
    };
    assert_eq!(behind(day(9, 1)), vec![bob]);
    assert_eq!(behind(day(1, 1)), vec![anita, bob]);
}
