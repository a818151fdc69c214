//! A notebook written by schema 1 is committed under tests/fixtures/; every later kith must
//! still open it (migrating it to the current schema) and read what it holds. Fixtures are made
//! once, by the kith of their schema, and never regenerated; `cargo test --test fixture --
//! --ignored` writes the current schema's fixture when a new schema is introduced.

mod common;

use common::at;
use kith::domain::*;
use kith::store::Store;
use std::path::PathBuf;

fn fixture_path(schema: u64) -> PathBuf {
    common::fixture_path(&format!("schema_v{schema}.redb"))
}

fn open_copy(schema: u64) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.redb");
    std::fs::copy(fixture_path(schema), &copy).expect("the fixture is committed");
    let store = Store::open(&copy).unwrap();
    (dir, store)
}

#[test]
#[ignore = "writes the committed fixture of the current schema"]
fn make_current_schema_fixture() {
    let path = fixture_path(kith::store::CURRENT_SCHEMA);
    let _ = std::fs::remove_file(&path);
    let store = Store::open(&path).unwrap();
    let mut nuria = Contact::new("Núria Puig", at(2025, 1, 10, 9, 0));
    nuria.kind = Kind::Customer;
    nuria.company = Some("Forn Puig".into());
    nuria.emails = vec![Labeled::parse("work:nuria@forn.cat")];
    nuria.phones = vec![Labeled::parse("+34 600 111 222")];
    nuria.tags = vec!["wholesale".into()];
    nuria.birthday = Some(PartialDate::parse("--05-14").unwrap());
    nuria.occasions = vec![Occasion::parse("first purchase=2019-06-01").unwrap()];
    nuria.cadence_days = Some(30);
    nuria.grade = Some(8);
    nuria.vcard_extra = vec!["X-SHOE-SIZE:38".into()];
    // Schema 6: what record version 2 of a contact added.
    nuria.name_parts = Some(NameParts {
        family: vec!["Puig".into()],
        given: vec!["Núria".into()],
        prefixes: vec!["Sra.".into()],
        ..NameParts::default()
    });
    nuria.org_units = vec!["Obrador".into()];
    nuria.phones[0].types = vec!["cell".into(), "work".into()];
    nuria.phones[0].pref = Some(1);
    nuria.phones[0].group = Some("item1".into());
    nuria.phones[0].group_label = Some("Botiga".into());
    store.write(|w| w.add_contact(&mut nuria)).unwrap();
    let mut anita = Contact::new("अनीता शर्मा", at(2025, 1, 11, 9, 0));
    anita.kind = Kind::Supplier;
    anita.referred_by = Some(nuria.id);
    store.write(|w| w.add_contact(&mut anita)).unwrap();
    let mut suman = Contact::new("সুমন দাস", at(2025, 1, 12, 9, 0));
    suman.archived = Some(Archived {
        reason: "closed the shop".into(),
        at: at(2025, 6, 1, 9, 0),
    });
    store.write(|w| w.add_contact(&mut suman)).unwrap();
    let mut note = Interaction::new(
        nuria.id,
        at(2025, 2, 1, 10, 30),
        Channel::Purchase,
        "torrons for the shop\nsecond line",
    );
    note.amount = Some(Amount::parse("120.50 EUR").unwrap());
    note.sentiment = Some(Sentiment::Praise);
    store.write(|w| w.add_interaction(&mut note)).unwrap();
    let mut call = Interaction::new(
        anita.id,
        at(2025, 2, 2, 11, 0),
        Channel::Call,
        "दिवाली का ऑर्डर",
    );
    store.write(|w| w.add_interaction(&mut call)).unwrap();
    let mut promise = FollowUp::new(
        nuria.id,
        at(2025, 2, 8, 0, 0).date(),
        Direction::Promise,
        "send the quote",
        at(2025, 2, 1, 10, 30),
    );
    promise.from_interaction = Some(note.id);
    store.write(|w| w.add_followup(&mut promise)).unwrap();
    let draft = Draft {
        contact: anita.id,
        channel: Channel::Message,
        at: "2025-02-03 09:00".into(),
        amount: String::new(),
        text: "अधूरा नोट".into(),
        saved_at: at(2025, 2, 3, 9, 1),
        editing: None,
    };
    store.write(|w| w.save_draft(&draft)).unwrap();
}

/// What every fixture, of any schema, holds.
fn check_common_contents(store: &Store) {
    assert_eq!(store.contact_count(false).unwrap(), 2);
    assert_eq!(store.contact_count(true).unwrap(), 1);
    let ids = store.sorted_contact_ids(false, 0, 10).unwrap();
    let active = store.contacts(&ids).unwrap();
    assert!(active.damaged.is_empty());
    let names: Vec<&str> = active.items.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Núria Puig", "अनीता शर्मा"]);

    let nuria = &active.items[0];
    assert_eq!(nuria.company.as_deref(), Some("Forn Puig"));
    assert_eq!(nuria.emails[0].label.as_deref(), Some("work"));
    assert_eq!(nuria.birthday.unwrap().to_string(), "--05-14");
    assert_eq!(nuria.occasions[0].label, "first purchase");
    assert_eq!((nuria.cadence_days, nuria.grade), (Some(30), Some(8)));
    assert_eq!(nuria.vcard_extra, ["X-SHOE-SIZE:38"]);
    assert_eq!(active.items[1].referred_by, Some(nuria.id));

    let archived = store
        .contacts(&store.sorted_contact_ids(true, 0, 10).unwrap())
        .unwrap();
    assert_eq!(
        archived.items[0].archived.as_ref().unwrap().reason,
        "closed the shop"
    );

    let timeline = store.timeline(nuria.id, 10).unwrap().items;
    assert_eq!(timeline.len(), 1);
    assert_eq!(timeline[0].amount.unwrap().to_string(), "120.50 EUR");
    assert_eq!(timeline[0].sentiment, Some(Sentiment::Praise));
    assert_eq!(
        store.last_contacted(nuria.id).unwrap(),
        Some(at(2025, 2, 1, 10, 30))
    );
    let followups = store.followups_for(nuria.id).unwrap().items;
    assert_eq!(followups[0].text, "send the quote");
    assert_eq!(followups[0].from_interaction, Some(timeline[0].id));
    assert_eq!(
        store.resolve("anita sharma").ok(),
        None,
        "names match in their own script"
    );
    assert_eq!(store.resolve("शर्मा").unwrap(), active.items[1].id);

    // The file takes new writes, with ids after the ones it already used.
    let mut next = Contact::new("New", at(2026, 1, 1, 9, 0));
    let id = store.write(|w| w.add_contact(&mut next)).unwrap();
    assert!(id.0 > followups[0].id.0);
}

/// A copy of the fixture of `schema`, opened, which migrates it to the current schema.
fn migrated_copy(schema: u64) -> (tempfile::TempDir, Store) {
    let (dir, store) = open_copy(schema);
    assert_eq!(
        store.schema_version().unwrap(),
        kith::store::CURRENT_SCHEMA,
        "schema {schema} was migrated"
    );
    (dir, store)
}

/// What every fixture holds once opened, whatever its schema: the contents, and the review's
/// and the notes' indexes (a migration builds those a fixture's schema lacked).
fn check_contents_and_indexes(store: &Store) {
    check_common_contents(store);
    check_review_indexes(store);
    check_note_index(store);
}

#[test]
fn the_schema_1_fixture_is_migrated_and_reads() {
    let (_dir, store) = migrated_copy(1);
    check_contents_and_indexes(&store);
    // Schema 2 added drafts: the migrated file has none yet and takes new ones.
    let anita = store.resolve("शर्मा").unwrap();
    assert_eq!(store.draft(anita).unwrap(), None);
    let draft = Draft {
        contact: anita,
        channel: Channel::Call,
        at: String::new(),
        amount: String::new(),
        text: "x".into(),
        saved_at: at(2026, 1, 1, 9, 0),
        editing: None,
    };
    store.write(|w| w.save_draft(&draft)).unwrap();
    assert_eq!(store.draft(anita).unwrap(), Some(draft));
}

#[test]
fn the_schema_2_fixture_is_migrated_and_reads() {
    let (_dir, store) = migrated_copy(2);
    check_contents_and_indexes(&store);
    let anita = store.resolve("शर्मा").unwrap();
    assert_eq!(store.draft(anita).unwrap().unwrap().text, "अधूरा नोट");
}

#[test]
fn the_schema_3_fixture_is_migrated_and_reads() {
    let (_dir, store) = migrated_copy(3);
    check_contents_and_indexes(&store);
}

/// The indexes schema 3 added, whether built by a migration or by writes.
fn check_review_indexes(store: &Store) {
    let nuria = store.resolve("nuria").unwrap();
    let facts = store.facts(nuria).unwrap().unwrap();
    assert_eq!((facts.kind, facts.cadence_days), (Kind::Customer, Some(30)));
    assert_eq!(facts.last_contacted, Some(at(2025, 2, 1, 10, 30)));
    assert_eq!(
        store.occasions_on(&[514, 601]).unwrap(),
        vec![(514, nuria, 0), (601, nuria, 1)]
    );
    let (promises, total) = store
        .open_followups(Direction::Promise, None, None, 10)
        .unwrap();
    assert_eq!(
        (promises.items[0].text.as_str(), total),
        ("send the quote", 1)
    );
    check_counted_review_indexes(store);
}

/// The indexes schema 7 added, whether built by the migration or by writes: who has gone quiet
/// is what the contacts' facts say, and the occasions of contacts in use are counted.
fn check_counted_review_indexes(store: &Store) {
    assert_eq!(store.occasion_count(&[514, 601, 1225]).unwrap(), 2);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    let cadences = CadenceDefaults::default();
    let mut quiet: Vec<(i64, u32, ContactId)> = store
        .all_facts()
        .unwrap()
        .into_iter()
        .filter(|(_, f)| !f.archived)
        .filter_map(|(id, f)| {
            let cadence = f.cadence_days.or_else(|| cadences.for_kind(f.kind))?;
            let days = (today - f.last_contacted.unwrap_or(f.created_at).date()).num_days();
            (days > i64::from(cadence)).then_some((days, cadence, id))
        })
        .collect();
    quiet.sort_by(|a, b| b.0.cmp(&a.0).then(a.2.cmp(&b.2)));
    assert_eq!(quiet.len(), 2, "{quiet:?}");
    let total = quiet.len();
    assert_eq!(
        store.gone_quiet(&cadences, today, 10).unwrap(),
        (quiet, total)
    );
}

/// What a fixture of schema 4 or later holds once opened: the contents, the review's and the
/// notes' indexes, and the contact search.
fn check_everything_since_schema_4(store: &Store) {
    check_contents_and_indexes(store);
    check_contact_search(store);
}

#[test]
fn the_schema_4_fixture_is_migrated_and_reads() {
    let (dir, store) = migrated_copy(4);
    check_everything_since_schema_4(&store);
    drop(store);
    // Schema 6 rewrote every contact in record version 2, so a kith that cannot read those
    // refuses the file (by its schema) instead of meeting them.
    let db = redb::Database::open(dir.path().join("copy.redb")).unwrap();
    let read = redb::ReadableDatabase::begin_read(&db).unwrap();
    let contacts = read.open_table(common::tables::CONTACTS).unwrap();
    for entry in redb::ReadableTable::iter(&contacts).unwrap() {
        let (_, bytes) = entry.unwrap();
        assert_eq!(bytes.value()[0], 2);
    }
}

#[test]
fn the_schema_5_fixture_is_migrated_and_reads() {
    let (_dir, store) = migrated_copy(5);
    check_everything_since_schema_4(&store);
}

#[test]
fn the_schema_6_fixture_is_migrated_and_reads() {
    let (_dir, store) = migrated_copy(6);
    check_since_schema_6(&store);
}

#[test]
fn the_schema_7_fixture_is_migrated_and_reads() {
    let (_dir, store) = migrated_copy(7);
    check_since_schema_6(&store);
    let report = store.check().unwrap();
    assert!(report.is_clean(), "{report:?}");
}

#[test]
fn the_schema_8_fixture_is_migrated_and_reads() {
    let (_dir, store) = migrated_copy(8);
    check_since_schema_6(&store);
    let report = store.check().unwrap();
    assert!(report.is_clean(), "{report:?}");
}

#[test]
fn the_schema_9_fixture_opens_and_reads() {
    let (_dir, store) = open_copy(9);
    assert_eq!(store.schema_version().unwrap(), 9);
    check_since_schema_6(&store);
}

/// What a fixture of schema 6 or later holds once opened: everything before, the contacts'
/// record version 2, and the list read from the name index alone (schema 7).
fn check_since_schema_6(store: &Store) {
    let listed = |archived| {
        let rows = store.list_rows(archived, &mut |s| panic!("{s:?}")).unwrap();
        (rows.into_iter())
            .map(|r| (r.name, r.company, r.facts.kind))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        listed(false),
        [
            (
                "Núria Puig".to_string(),
                "Forn Puig".to_string(),
                Kind::Customer
            ),
            ("अनीता शर्मा".to_string(), String::new(), Kind::Supplier),
        ]
    );
    assert_eq!(
        listed(true),
        [("সুমন দাস".to_string(), String::new(), Kind::Other)]
    );
    check_everything_since_schema_4(store);
    check_schema_6_contacts(store);
}

/// What record version 2 of a contact (schema 6) holds.
fn check_schema_6_contacts(store: &Store) {
    let nuria = store.contact(store.resolve("nuria").unwrap()).unwrap();
    let parts = nuria.name_parts.unwrap();
    assert_eq!(
        (parts.family, parts.prefixes),
        (vec!["Puig".to_string()], vec!["Sra.".to_string()])
    );
    assert_eq!(nuria.org_units, ["Obrador"]);
    assert_eq!(nuria.phones[0].types, ["cell", "work"]);
    assert_eq!(nuria.phones[0].pref, Some(1));
    assert_eq!(nuria.phones[0].group_label.as_deref(), Some("Botiga"));
}

/// Schema 5's contact search, whether built by the migration or by writes: the same hits as
/// the screen's index built from the contacts themselves.
fn check_contact_search(store: &Store) {
    let today = at(2025, 3, 1, 9, 0).date();
    for line in [
        "nuria",
        "forn",
        "600111",
        "शर्मा",
        "wholesale",
        "archived:yes",
        "nria",
    ] {
        let query = kith::search::query::parse(line).unwrap();
        let stored = kith::search::stored::search(store, &query, today).unwrap();
        let screen = kith::search::index::ContactIndex::build(store)
            .unwrap()
            .search(&query, store, today)
            .unwrap();
        assert!(!stored.hits.is_empty(), "{line}");
        assert_eq!(stored.hits, screen, "{line}");
    }
}

/// Schema 4's note index, whether built by the migration or by writes.
fn check_note_index(store: &Store) {
    let hits = store.search_notes("torrons", 10).unwrap();
    assert_eq!(hits.notes.len(), 1);
    assert_eq!(hits.notes[0].amount.unwrap().to_string(), "120.50 EUR");
    assert_eq!(store.search_notes("दिवाली", 10).unwrap().notes.len(), 1);
    assert_eq!(
        store.search_notes("दिवा", 10).unwrap().notes.len(),
        1,
        "the last word is a prefix"
    );
}
