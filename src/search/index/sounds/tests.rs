use crate::domain::{ContactId, Kind};
use crate::search::index::ContactIndex;
use crate::search::query::parse_lenient;
use crate::store::{SearchRow, Store};

fn index(names: &[&str]) -> ContactIndex {
    let rows: Vec<(ContactId, SearchRow)> = (names.iter().enumerate())
        .map(|(i, name)| {
            let row = SearchRow {
                archived: false,
                kind: Kind::Customer,
                created_day: 20_000,
                name: crate::text::fold(name),
                company: String::new(),
                tags: String::new(),
                emails: String::new(),
                phones: String::new(),
            };
            (ContactId(i as u64 + 1), row)
        })
        .collect();
    ContactIndex::from_rows(rows.iter())
}

/// The names `typed` finds in `names`, best first, each as the index's reference finds them.
fn found<'a>(names: &[&'a str], typed: &str) -> Vec<&'a str> {
    let index = index(names);
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("t.redb")).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let (query, _) = parse_lenient(typed);
    let hits = index.search(&query, &store, today).unwrap();
    assert_eq!(
        hits,
        index.reference_search(&query, &store, today).unwrap(),
        "{typed}"
    );
    hits.iter().map(|h| names[h.id.0 as usize - 1]).collect()
}

const NAMES: &[&str] = &[
    "Anita Puig",
    "अनीता शर्मा",
    "অনীতা দাস",
    "সুমন দাস",
    "Joan Sharma",
    "लक्ष्मी गुप्ता",
    "রবীন্দ্রনাথ ঠাকুর",
    "सुनीता वर्मा",
];

#[test]
fn a_latin_word_finds_devanagari_and_bengali_names_by_their_romanisations() {
    assert_eq!(
        found(NAMES, "anita"),
        ["Anita Puig", "अनीता शर्मा", "অনীতা দাস"]
    );
    assert_eq!(found(NAMES, "aneeta"), ["अनीता शर्मा", "অনীতা দাস"]);
    assert_eq!(found(NAMES, "suman"), ["সুমন দাস"]);
    assert_eq!(found(NAMES, "sharma"), ["Joan Sharma", "अनीता शर्मा"]);
    assert_eq!(found(NAMES, "laxmi"), ["लक्ष्मी गुप्ता"]);
    assert_eq!(found(NAMES, "robindronath"), ["রবীন্দ্রনাথ ঠাকুর"]);
    assert_eq!(found(NAMES, "anita sharma"), ["अनीता शर्मा"]);
}

#[test]
fn a_devanagari_word_finds_the_same_name_in_bengali_after_its_own() {
    assert_eq!(found(NAMES, "अनीता"), ["अनीता शर्मा", "অনীতা দাস"]);
    // Written alike, the earlier in the name first.
    assert_eq!(found(NAMES, "দাস"), ["সুমন দাস", "অনীতা দাস"]);
    // Alike by sound only: in name order.
    assert_eq!(found(NAMES, "दास"), ["অনীতা দাস", "সুমন দাস"]);
}

#[test]
fn a_name_is_found_by_sound_as_its_beginning_is_typed() {
    for typed in ["ane", "anee", "aneet", "aneeta"] {
        assert_eq!(found(NAMES, typed), ["अनीता शर्मा", "অনীতা দাস"], "{typed}");
    }
    // Inside a word is no place to begin a sound: "nita" is not "sunita".
    assert_eq!(found(NAMES, "neeta"), Vec::<&str>::new());
}

#[test]
fn what_sounds_alike_ranks_below_what_is_written_alike() {
    let names = ["শর্মিলা দাস", "Sharmila Roy", "शर्मिला"];
    assert_eq!(
        found(&names, "sharmila"),
        ["Sharmila Roy", "শর্মিলা দাস", "शर्मिला"]
    );
    assert_eq!(found(&names, "शर्मिला"), ["शर्मिला", "শর্মিলা দাস"]);
}
