//! The one-shot search (`kith search`) reads the search rows and trigram index the notebook
//! keeps; the screen matches its in-memory index. Both must give the same contacts in the same
//! order, for every kind of query, after adds, edits and archiving.

mod common;

use kith::domain::{Archived, ContactId};
use kith::search::index::ContactIndex;
use kith::search::query::parse;
use kith::store::Store;

const QUERIES: &[&str] = &[
    "casals",
    "celler casals",
    "puig",
    "smith",
    "sharma",
    "com",
    "cat",
    "forn",
    "acme",
    "a",
    "an",
    "ro",
    "nria",
    "srma",
    "600",
    "+34 600",
    "600 111",
    "+34 600 111 222",
    "(0034) 600-111-222",
    "casals 600",
    "puig casals",
    "zzzqqq",
    "kind:customer",
    "kind:customer puig",
    "tag:wholesale",
    "tag:wholesale com",
    "company:celler",
    "company:acme smith",
    "quiet:30",
    "quiet:30 font",
    "due:overdue",
    "due:overdue ser",
    "archived:yes",
    "archived:yes ser",
    "দাস",
    "শর্",
    "दा",
    "शर्मा",
    "शर्",
    "tag:who",
    "tag:who com",
    "renamed",
];

fn compare(store: &Store) -> usize {
    let today = kith::clock::now().date();
    let screen = ContactIndex::build(store).unwrap();
    let mut many = 0;
    for line in QUERIES {
        let query = parse(line).unwrap();
        let stored = kith::search::stored::search(store, &query, today).unwrap();
        let expected = screen.search(&query, store, today).unwrap();
        assert_eq!(stored.hits, expected, "query {line:?}");
        many = many.max(expected.len());
    }
    many
}

fn demo(contacts: u32) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("k.redb")).unwrap();
    kith::demo::fill(
        &store,
        &kith::demo::DemoSpec {
            contacts,
            interactions: u64::from(contacts),
            seed: 7,
        },
        kith::clock::now(),
    )
    .unwrap();
    (dir, store)
}

#[test]
fn the_stored_search_finds_what_the_screen_finds_in_the_same_order() {
    let (_dir, store) = demo(1500);
    let most = compare(&store);
    assert!(
        most > 1000,
        "some query ranks past the first thousand: {most}"
    );
}

#[test]
fn edits_and_archiving_keep_the_stored_search_in_step() {
    let (_dir, store) = demo(400);
    let ids: Vec<ContactId> = store.sorted_contact_ids(false, 0, 40).unwrap();
    let now = kith::clock::now();
    store
        .write(|w| {
            for (n, id) in ids.iter().enumerate() {
                let mut c = w.contact(*id)?;
                match n % 3 {
                    0 => c.name = format!("Renamed Person {n}"),
                    1 => {
                        c.archived = Some(Archived {
                            reason: "moved away".into(),
                            at: now,
                        })
                    }
                    _ => {
                        c.company = Some("Forn Nou".into());
                        c.tags.push("wholesale".into());
                    }
                }
                w.update_contact(&mut c, now)?;
            }
            Ok(())
        })
        .unwrap();
    compare(&store);
    let today = now.date();
    let renamed = kith::search::stored::search(&store, &parse("renamed").unwrap(), today)
        .unwrap()
        .hits;
    assert_eq!(renamed.len(), 14, "each renamed contact, and no one else");
    // An old name no longer finds the contact that had it.
    let old = store.contact(ids[0]).unwrap();
    assert!(old.name.starts_with("Renamed"));
}

#[test]
fn the_command_prints_the_screens_hits() {
    let (dir, store) = demo(300);
    let today = kith::clock::now().date();
    let query = parse("casals").unwrap();
    let expected = ContactIndex::build(&store)
        .unwrap()
        .search(&query, &store, today)
        .unwrap();
    drop(store);
    let printed = common::binary::ok(&dir.path().join("k.redb"), &["search", "--json", "casals"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&printed).unwrap();
    let ids: Vec<u64> = rows.iter().map(|r| r["id"].as_u64().unwrap()).collect();
    let want: Vec<u64> = expected.iter().take(ids.len()).map(|h| h.id.0).collect();
    assert!(!ids.is_empty());
    assert_eq!(ids, want);
}

#[test]
fn a_word_of_digits_is_a_phone_number_never_scattered_letters_of_a_name() {
    let (_dir, store) = common::temp_store();
    let now = common::at(2026, 11, 1, 9, 0);
    let mut droid = kith::domain::Contact::new("R2 D2 Unit 7", now);
    store.write(|w| w.add_contact(&mut droid)).unwrap();
    let mut anna = kith::domain::Contact::new("Anna Ferrer", now);
    anna.phones = vec![kith::domain::Labeled::parse("+34 227 000 111")];
    store.write(|w| w.add_contact(&mut anna)).unwrap();
    let today = now.date();
    let query = parse("227").unwrap();
    let screen = ContactIndex::build(&store)
        .unwrap()
        .search(&query, &store, today)
        .unwrap();
    let stored = kith::search::stored::search(&store, &query, today).unwrap();
    let found: Vec<ContactId> = screen.iter().map(|h| h.id).collect();
    assert_eq!(
        found,
        [anna.id],
        "2, 2 and 7 scattered in a name are no phone number"
    );
    assert_eq!(stored.hits, screen);
}

#[test]
fn a_name_in_any_script_is_found_as_it_is_typed_and_a_tag_by_its_start() {
    let (dir, store) = common::temp_store();
    let now = common::at(2026, 11, 1, 9, 0);
    for (name, tag) in [
        ("लक्ष्मी वर्मा", "vip"),
        ("देवी प्रसाद", "wholesale"),
        ("অক্ষয় দাস", "vintage"),
        ("Laia Puig", "market"),
    ] {
        let mut c = kith::domain::Contact::new(name, now);
        c.tags = vec![tag.to_string()];
        store.write(|w| w.add_contact(&mut c)).unwrap();
    }
    drop(store);
    let db = dir.path().join("kith.redb");
    let found = |query: &str| common::binary::ok(&db, &["search", query]);
    // Every prefix, code point by code point, as a keyboard sends them.
    for name in ["लक्ष्मी", "देवी", "অক্ষয়"] {
        for end in name.char_indices().map(|(i, c)| i + c.len_utf8()).skip(1) {
            let typed = &name[..end];
            assert!(found(typed).contains(name), "{typed:?} finds {name}");
        }
    }
    let none = common::binary::kith(&db, &["search", "zzzz"]);
    assert!(none.status.success());
    let said = String::from_utf8_lossy(&none.stderr);
    assert!(
        said.contains("--notes"),
        "no match says where else to look: {said}"
    );
    let vi = found("tag:vi");
    assert!(vi.contains("लक्ष्मी") && vi.contains("অক্ষয়"), "{vi}");
    assert!(!vi.contains("Laia"), "{vi}");
}

#[test]
fn a_pasted_phone_number_is_found_however_it_is_spaced_and_with_or_without_its_country_code() {
    let (dir, store) = common::temp_store();
    let now = common::at(2026, 11, 1, 9, 0);
    for (name, phone) in [
        ("Pau Vidal", "600 675 781"),
        ("Rosa Mir", "+34 600-675-781"),
        ("Joan Roig", "+34 600 675 782"),
    ] {
        let mut c = kith::domain::Contact::new(name, now);
        c.phones = vec![kith::domain::Labeled::parse(phone)];
        store.write(|w| w.add_contact(&mut c)).unwrap();
    }
    drop(store);
    let db = dir.path().join("kith.redb");
    for query in [
        "+34 600 675 781",
        "+34 (600) 675-781",
        "600675781",
        "600 675 781",
    ] {
        let found = common::binary::ok(&db, &["search", query]);
        assert!(found.contains("Pau Vidal"), "{query}: {found}");
        assert!(found.contains("Rosa Mir"), "{query}: {found}");
        assert!(!found.contains("Joan Roig"), "{query}: {found}");
    }
}

#[test]
fn quiet_lets_through_the_contacts_in_use_silent_long_enough_read_either_way() {
    let (_dir, store) = demo(300);
    let now = kith::clock::now();
    // Archive a few contacts, among them some long silent: quiet never lets them through.
    let ids: Vec<ContactId> = store.sorted_contact_ids(false, 0, 300).unwrap();
    store
        .write(|w| {
            for id in ids.iter().step_by(7) {
                let mut c = w.contact(*id)?;
                c.archived = Some(Archived {
                    reason: "moved away".into(),
                    at: now,
                });
                w.update_contact(&mut c, now)?;
            }
            Ok(())
        })
        .unwrap();
    let today = now.date();
    for days in [0u32, 10, 30, 90] {
        let last_day = kith::domain::serde_time::date_to_days(today) - days as i32;
        let expected: std::collections::HashSet<ContactId> = (store.all_facts().unwrap())
            .into_iter()
            .filter(|(_, f)| !f.archived)
            .filter(|(_, f)| {
                let since = f.last_contacted.unwrap_or(f.created_at).date();
                kith::domain::serde_time::date_to_days(since) <= last_day
            })
            .map(|(id, _)| id)
            .collect();
        let every: Vec<ContactId> = (store.all_facts().unwrap().into_iter())
            .map(|(id, _)| id)
            .collect();
        assert_eq!(store.silent_since(last_day).unwrap(), expected, "{days}");
        let among = store.silent_among(every.into_iter(), last_day).unwrap();
        assert_eq!(among, expected, "{days}");
        // The screen's index lets the same contacts through `quiet:`.
        let query = parse(&format!("quiet:{days}")).unwrap();
        let screen = ContactIndex::build(&store).unwrap();
        let found: std::collections::HashSet<ContactId> = (screen.search(&query, &store, today))
            .unwrap()
            .into_iter()
            .map(|hit| hit.id)
            .collect();
        assert_eq!(found, expected, "quiet:{days}");
        if days == 30 {
            assert!(
                !expected.is_empty() && expected.len() < 250,
                "{}",
                expected.len()
            );
        }
    }
    // The screen's index (the whole notebook) and the stored search (a few candidates) agree.
    compare(&store);
}

#[test]
fn many_search_rows_read_at_once_are_each_contacts_own() {
    let (_dir, store) = demo(4400);
    let every = store.all_search_rows().unwrap();
    let mut ids: Vec<u64> = every.iter().map(|(id, _)| id.0).collect();
    // An id with no row is left out, wherever it falls.
    ids.push(u64::MAX - 1);
    ids.sort_unstable();
    let mut read = store.search_rows(&ids).unwrap();
    read.sort_by_key(|(id, _)| *id);
    let mut expected = every.clone();
    expected.sort_by_key(|(id, _)| *id);
    assert_eq!(read, expected);
}
