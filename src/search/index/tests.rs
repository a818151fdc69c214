//! The index answers every query as the plain matcher (`reference.rs`) does, whatever it
//! remembers from the queries before: queries are typed a key at a time, taken back and typed
//! again, on notebooks large enough that common words pass `FUZZY_WHEN_FEWER` direct matches and
//! rare ones are narrowed from their beginnings.

use super::ContactIndex;
use crate::domain::{ContactId, Kind};
use crate::search::query::parse_lenient;
use crate::store::{SearchRow, Store};
use proptest::prelude::*;

const NAMES: &[&str] = &[
    "ana",
    "anna",
    "marti",
    "soler",
    "sharma",
    "anita",
    "शर्मा",
    "अनीता",
    "সুমন",
    "দাস",
    "অনীতা",
    "शर्मिला",
    "puig",
    "zoe",
    "wright",
    "casals",
    "mariana",
    "x",
    "ab",
    "martinez",
];
const COMPANIES: &[&str] = &["", "", "forn puig", "ca la maria", "acme ltd", "শাড়ি ঘর"];
const TAGS: &[&str] = &["wholesale", "vip", "market"];
const TYPED: &[&str] = &[
    "ana",
    "anit",
    "marti so",
    "sharma",
    "शर्मा",
    "সুমন দা",
    "puig",
    "zo wr",
    "mrti",
    "ctsl",
    "600",
    "600 11",
    "a1234",
    "ab",
    "x",
    "casals m",
    "wholesale",
    "e.c",
    "example",
    "अनी",
    "aneeta",
    "sumon d",
    "অনীতা",
    "pooja",
    "kind:customer an",
    "archived ma",
    "tag:vip s",
    "company:puig a",
    "quiet:30 ma",
    "zzz",
];

fn row(seed: &(u8, u8, u8, u8, u8, u16)) -> SearchRow {
    let (a, b, c, t, k, n) = *seed;
    let name = match c % 3 {
        0 => NAMES[a as usize % NAMES.len()].to_string(),
        _ => format!(
            "{} {}",
            NAMES[a as usize % NAMES.len()],
            NAMES[b as usize % NAMES.len()]
        ),
    };
    let tags: Vec<&str> = (TAGS.iter().enumerate())
        .filter(|(i, _)| t & (1 << i) != 0)
        .map(|(_, t)| *t)
        .collect();
    SearchRow {
        archived: k % 5 == 0,
        kind: Kind::ALL[k as usize % Kind::ALL.len()].0,
        created_day: 19_000 + i32::from(n % 400),
        emails: format!("{}.{n}@example.com", NAMES[b as usize % NAMES.len()]),
        phones: if c % 4 == 0 {
            String::new()
        } else {
            format!("600{n:06}")
        },
        company: COMPANIES[c as usize % COMPANIES.len()].to_string(),
        tags: tags.join(&SearchRow::TAG_SEP.to_string()),
        name,
    }
}

/// Every prefix of `text`, a character more each time.
fn keystrokes(text: &str) -> impl Iterator<Item = &str> {
    text.char_indices().map(|(i, c)| &text[..i + c.len_utf8()])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]
    #[test]
    fn typed_queries_find_what_the_plain_matcher_finds(
        seeds in proptest::collection::vec(any::<(u8, u8, u8, u8, u8, u16)>(), 1..1200),
        typed in proptest::collection::vec(0..TYPED.len(), 1..6),
    ) {
        let rows: Vec<(ContactId, SearchRow)> = (seeds.iter().enumerate())
            .map(|(i, s)| (ContactId(i as u64 + 1), row(s)))
            .collect();
        let index = ContactIndex::from_rows(rows.iter());
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("t.redb")).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        for t in &typed {
            let text = TYPED[*t];
            // Typed, then taken back a key at a time.
            let back: Vec<&str> = keystrokes(text).collect();
            for line in back.iter().chain(back.iter().rev()) {
                let (query, _) = parse_lenient(line);
                let got = index.search(&query, &store, today).unwrap();
                let want = index.reference_search(&query, &store, today).unwrap();
                prop_assert_eq!(got, want, "typing {:?}", line);
            }
        }
    }
}

/// `n` contacts named "ana N", "marti ana" (so `n + 1` match "ana" directly), and "marti
/// aixna", which only matches it letter by letter.
fn named_ana(n: usize) -> Vec<(ContactId, SearchRow)> {
    (0..n)
        .map(|i| format!("ana {i}"))
        .chain(["marti ana".to_string(), "marti aixna".to_string()])
        .enumerate()
        .map(|(i, name)| {
            let row = SearchRow {
                name,
                emails: "x@example.com".to_string(),
                ..row(&(0, 0, 4, 0, 1, 0))
            };
            (ContactId(i as u64 + 1), row)
        })
        .collect()
}

#[test]
fn a_word_is_matched_letter_by_letter_below_two_hundred_direct_matches_not_at_them() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("t.redb")).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    // "marti ana": "marti" is looked for first, and "ana" only among its matches, so whether
    // "ana" also matches letter by letter ("aixna") is told by counting in the whole index.
    for (n, scattered) in [(198, true), (199, false), (260, false)] {
        let rows = named_ana(n);
        let index = ContactIndex::from_rows(rows.iter());
        let (query, _) = parse_lenient("marti ana");
        for _ in 0..2 {
            let got = index.search(&query, &store, today).unwrap();
            let want = index.reference_search(&query, &store, today).unwrap();
            assert_eq!(got, want);
            assert_eq!(got.len(), if scattered { 2 } else { 1 }, "{n} named ana");
        }
    }
}

#[test]
fn past_a_thousand_hits_the_best_thousand_come_first_and_the_rest_in_name_order() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("t.redb")).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let shapes = [
        "ana {i}",
        "{i} ana",
        "mariana {i}",
        "x{i} anabel",
        "ana",
        "bo {i} ana",
    ];
    let rows: Vec<(ContactId, SearchRow)> = (0..2400)
        .map(|i| {
            let name = shapes[i % shapes.len()].replace("{i}", &i.to_string());
            let row = SearchRow {
                name,
                ..row(&(0, 0, 4, 0, 1, 0))
            };
            (ContactId(i as u64 + 1), row)
        })
        .collect();
    let index = ContactIndex::from_rows(rows.iter());
    for line in ["ana", "an", "ana kind:prospect", "ana 1"] {
        let (query, _) = parse_lenient(line);
        let got = index.search(&query, &store, today).unwrap();
        assert_eq!(got, index.reference_search(&query, &store, today).unwrap());
        assert!(
            got.len() > 1000 || line.ends_with('1'),
            "{line}: {}",
            got.len()
        );
    }
}

#[test]
fn each_contact_is_archived_as_its_row_says() {
    let mut rows: Vec<(ContactId, SearchRow)> = (0..40u16)
        .map(|n| {
            (
                ContactId(u64::from(n) + 1),
                row(&(n as u8, 3, 1, 0, n as u8, n)),
            )
        })
        .collect();
    crate::store::in_name_order(&mut rows, crate::text::collation::Collation::Root);
    assert!(rows.iter().any(|(_, r)| r.archived) && rows.iter().any(|(_, r)| !r.archived));
    let index = ContactIndex::from_rows(rows.iter());
    for (e, (_, row)) in rows.iter().enumerate() {
        assert_eq!(index.is_archived(e), row.archived, "entry {e}");
    }
}
