//! Names in Devanagari and Bengali beside Latin ones: found by their common romanisations and
//! across the two scripts, by the one-shot search as by the screen's index, in a notebook an
//! older kith wrote too (`schema_v8_scripts.redb`, written by the kith of schema 8: अनीता शर्मा,
//! সুমন দাস, রবীন্দ্রনাথ ঠাকুর, Anita Puig, लक्ष्मी गुप्ता, Àngel Vidal, Angela Roca, Lluc Serra,
//! Laia Puig, Marc Col·lell, ids 1 to 10 in that order).

mod common;

use kith::search::index::ContactIndex;
use kith::store::Store;

fn migrated_copy() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.redb");
    std::fs::copy(common::fixture_path("schema_v8_scripts.redb"), &copy).unwrap();
    let store = Store::open(&copy).unwrap();
    assert_eq!(store.schema_version().unwrap(), kith::store::CURRENT_SCHEMA);
    (dir, store)
}

/// The names `typed` finds, best first, by the one-shot search, which must agree with the
/// screen's index of the whole notebook.
fn found(store: &Store, typed: &str) -> Vec<String> {
    let today = kith::clock::now().date();
    let query = kith::search::query::parse(typed).unwrap();
    let hits = kith::search::stored::search(store, &query, today)
        .unwrap()
        .hits;
    let index = ContactIndex::build(store).unwrap();
    assert_eq!(hits, index.search(&query, store, today).unwrap(), "{typed}");
    (hits.iter())
        .map(|h| store.contact(h.id).unwrap().name)
        .collect()
}

#[test]
fn a_schema_8_notebook_finds_its_indic_names_by_sound_once_opened() {
    let (_dir, store) = migrated_copy();
    let report = store.check().unwrap();
    assert!(report.is_clean(), "{report:?}");
    for (typed, names) in [
        ("anita", &["Anita Puig", "अनीता शर्मा"][..]),
        ("aneeta", &["अनीता शर्मा"]),
        ("suman", &["সুমন দাস"]),
        ("sumon", &["সুমন দাস"]),
        ("sharma", &["अनीता शर्मा"]),
        ("lakshmi", &["लक्ष्मी गुप्ता"]),
        ("gupta", &["लक्ष्मी गुप्ता"]),
        ("rabindranath", &["রবীন্দ্রনাথ ঠাকুর"]),
        ("robindronath thakur", &["রবীন্দ্রনাথ ঠাকুর"]),
        ("सुमन", &["সুমন দাস"]),
        ("অনীতা", &["अनीता शर्मा"]),
    ] {
        assert_eq!(found(&store, typed), names, "{typed}");
    }
}

#[test]
fn a_new_name_is_found_by_sound_at_once_and_its_exact_script_first() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("n.redb")).unwrap();
    for name in ["অনীতা দাস", "Anita Roy", "अनीता शर्मा"] {
        let mut contact = kith::domain::Contact::new(name, common::at(2026, 1, 5, 9, 0));
        store.write(|w| w.add_contact(&mut contact)).unwrap();
    }
    assert_eq!(
        found(&store, "anita"),
        ["Anita Roy", "अनीता शर्मा", "অনীতা দাস"]
    );
    assert_eq!(found(&store, "अनीता"), ["अनीता शर्मा", "অনীতা দাস"]);
    assert_eq!(found(&store, "অনীতা দাস"), ["অনীতা দাস"]);
    assert!(store.check().unwrap().is_clean());
}

/// The names `kith list` prints, in its order, run in `locale`.
fn listed(db: &std::path::Path, locale: &str) -> Vec<String> {
    let out = common::binary::ok_with_env(db, &["list"], &[("LC_ALL", locale)]);
    (out.lines().skip(1))
        .map(|line| {
            let name = line
                .trim_start()
                .split_once("  ")
                .map_or(line, |(_, rest)| rest);
            name.split("  ").next().unwrap_or("").trim().to_string()
        })
        .collect()
}

#[test]
fn the_list_is_in_the_locale_s_order_and_follows_a_change_of_locale() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("copy.redb");
    std::fs::copy(common::fixture_path("schema_v8_scripts.redb"), &db).unwrap();
    // Àngel folds as angel, so it stands where Angel would, before Angela.
    let latin_first = [
        "Àngel Vidal",
        "Angela Roca",
        "Anita Puig",
        "Laia Puig",
        "Lluc Serra",
        "Marc Col·lell",
        "अनीता शर्मा",
        "लक्ष्मी गुप्ता",
        "রবীন্দ্রনাথ ঠাকুর",
        "সুমন দাস",
    ];
    // A reader of the old notebook lists it as it was kept; a writer in Catalan keeps the order.
    common::binary::ok_with_env(&db, &["add", "Zoe Mas"], &[("LC_ALL", "ca_ES.UTF-8")]);
    let mut with_zoe = latin_first.to_vec();
    with_zoe.insert(6, "Zoe Mas");
    assert_eq!(listed(&db, "ca_ES.UTF-8"), with_zoe);
    // A writer in Hindi keys the names again: Devanagari first, then Bengali, then Latin.
    common::binary::ok_with_env(&db, &["add", "कमला"], &[("LC_ALL", "hi_IN.UTF-8")]);
    assert_eq!(
        listed(&db, "hi_IN.UTF-8")[..5],
        ["अनीता शर्मा", "कमला", "लक्ष्मी गुप्ता", "রবীন্দ্রনাথ ঠাকুর", "সুমন দাস"]
    );
    // The one-shot search, the name lookups and the check all follow the notebook's order.
    let store = Store::open_read_only(&db).unwrap();
    assert_eq!(found(&store, "anita"), ["Anita Puig", "अनीता शर्मा"]);
    assert_eq!(store.resolve("कम").unwrap(), store.resolve("कमला").unwrap());
    assert!(store.check().unwrap().is_clean());
    drop(store);
    // In Bengali, Bengali names come first.
    common::binary::ok_with_env(&db, &["add", "কমল"], &[("LC_ALL", "bn_BD.UTF-8")]);
    assert_eq!(
        listed(&db, "bn_BD.UTF-8")[..3],
        ["কমল", "রবীন্দ্রনাথ ঠাকুর", "সুমন দাস"]
    );
    assert_eq!(
        common::binary::ok_with_env(&db, &["show", "সুমন"], &[("LC_ALL", "bn_BD.UTF-8")])
            .lines()
            .next()
            .unwrap_or(""),
        common::binary::ok_with_env(&db, &["show", "2"], &[("LC_ALL", "bn_BD.UTF-8")])
            .lines()
            .next()
            .unwrap_or("")
    );
}
