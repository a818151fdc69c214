//! The matcher's tests: folding, scripts, boundaries and the open-ended last word.

use super::*;
use crate::search::fold;

fn s(text: &str) -> Searchable {
    Searchable::new(&fold(text))
}

impl Searchable {
    /// The best score of `word` (folded) in this text, as the search and the highlight
    /// find it.
    fn score(&self, word: &str) -> Option<Score> {
        self.find(&Needle::new(word)).map(|(score, _)| score)
    }
}

#[test]
fn a_boundary_found_from_its_neighbours_is_one_found_by_segmenting_the_whole_text() {
    for text in [
        "अनीता शर्मा",
        "শর্মিলা দাস",
        "কৃষ্ণ",
        "क्षत्रिय",
        "e\u{301}e\u{301}\u{302}",
        "👩\u{200d}👩\u{200d}👧 fam",
        "🇪🇸🇮🇳🇧",
        "a\r\nb",
        "\u{202e}evil\u{202c}",
        "plain ascii",
    ] {
        let whole: Vec<usize> = (text.grapheme_indices(true).map(|(i, _)| i))
            .chain([text.len()])
            .collect();
        for at in 0..=text.len() {
            assert_eq!(
                on_boundary(text, at),
                whole.contains(&at),
                "{text:?} at {at}"
            );
        }
    }
}

#[test]
fn the_last_word_typed_finds_a_name_whose_cluster_it_begins() {
    let open = |text: &str, word: &str| {
        let text = fold(text);
        let needle = Needle::open(&fold(word));
        (needle.finder().find_iter(text.as_bytes()))
            .filter_map(|at| score_at(&text, at, &needle))
            .max()
    };
    // Each prefix of लक्ष्मी, code point by code point, finds it.
    let name = "लक्ष्मी";
    for end in name.char_indices().map(|(i, c)| i + c.len_utf8()) {
        assert!(open(name, &name[..end]).is_some(), "{}", &name[..end]);
    }
    assert!(open("देवी", "देव").is_some());
    assert!(open("অক্ষয়", "অক").is_some());
    // Still from the start of a cluster, never inside one.
    assert_eq!(open("लक्ष्मी", "\u{94d}ष"), None);
    assert_eq!(open("देवी", "\u{940}"), None);
    // A whole cluster at the same place ranks above the start of a longer one.
    assert!(open("देव राज", "देव") > open("देवी राज", "देव"));
    // Words before the last are whole clusters, as before.
    assert!(s("लक्ष्मी").score("लक").is_none());
}

#[test]
fn diacritics_and_case_fold_away() {
    for (query, name) in [
        ("marti", "Martí Soler"),
        ("jose", "José Puig"),
        ("nuria", "Núria Vila"),
        ("cafe", "Café de la Plaça"),
    ] {
        assert!(s(name).score(&fold(query)).is_some(), "{query} in {name}");
    }
}

#[test]
fn indic_words_match_in_their_own_script_on_cluster_boundaries() {
    assert!(s("अनीता शर्मा").score(&fold("शर्मा")).is_some());
    assert!(s("সুমন দাস").score(&fold("দাস")).is_some());
    // र is only half of the conjunct र्मा: it must not match inside it.
    assert!(s("शर्मा").score("र").is_none());
    // न without its vowel sign is not नी.
    assert!(s("अनीता").score("न").is_none());
    assert!(s("अनीता").score("नी").is_some());
}

#[test]
fn mixed_scripts_in_one_name_match_each_in_its_own_script() {
    let name = s("Núria शर्मा-Das সুমন");
    for q in ["nuria", "शर्मा", "das", "সুমন", "NÚRIA"] {
        assert!(name.score(&fold(q)).is_some(), "{q}");
    }
    assert!(
        name.score(&fold("সু")).is_some(),
        "a Bengali prefix on a cluster boundary"
    );
    assert!(
        name.score("স").is_none(),
        "স without its vowel sign is not সু"
    );
}

#[test]
fn catalan_and_spanish_letters_fold_as_people_type_them() {
    for (q, name) in [
        ("lluis", "Lluís Camps"),
        ("l·l", "Col·legi"),
        ("queralt", "QUERALT"),
        ("aina", "Aïna"),
        ("nunez", "Núñez"),
    ] {
        assert!(s(name).score(&fold(q)).is_some(), "{q} in {name}");
    }
}

#[test]
fn better_matches_score_higher() {
    let name = s("Anita Sharma");
    let whole = name.score("anita").unwrap();
    let start = name.score("shar").unwrap();
    let inside = name.score("arma").unwrap();
    let fuzzy = name.score("ashm").unwrap();
    assert!(
        whole > start && start > inside && inside > fuzzy,
        "{whole} {start} {inside} {fuzzy}"
    );
    assert!(name.score("zzz").is_none());
    assert!(
        name.score("as").is_none(),
        "two letters never match fuzzily"
    );
}

#[test]
fn highlights_map_back_to_the_displayed_graphemes() {
    assert_eq!(highlight("Núria Puig", &["nuri".into()]), [0, 1, 2, 3]);
    assert_eq!(highlight("José", &["se".into()]), [2, 3]);
    assert_eq!(
        highlight("अनीता शर्मा", &[fold("शर्मा")]),
        [4, 5],
        "श and the cluster र्मा"
    );
}
