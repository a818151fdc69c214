//! Dates typed in Hindi, Bengali or Catalan, read as the English phrase they mean: each
//! language's phrases and words (one module per language, each a table) are put in English,
//! then the one grammar reads them. Every language is read whatever language kith speaks, as no
//! word of one means something else in another (`कल`, tomorrow or yesterday, is read as
//! tomorrow, since a due day lies ahead).

use super::{bn, ca, hi};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Each language's tables: phrases, words, and words said after what they qualify.
type Tables = (
    &'static [(&'static str, &'static str)],
    &'static [(&'static str, &'static str)],
    &'static [(&'static str, &'static str)],
);

const LANGUAGES: [Tables; 3] = [
    (ca::PHRASES, ca::WORDS, ca::AFTER),
    (hi::PHRASES, hi::WORDS, hi::AFTER),
    (bn::PHRASES, bn::WORDS, bn::AFTER),
];

/// Every language's words, in NFC (as the phrase typed is made), with their English.
fn words() -> &'static HashMap<String, &'static str> {
    static WORDS: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        (LANGUAGES.iter())
            .flat_map(|(_, words, _)| words.iter())
            .map(|(word, english)| (crate::text::nfc(word), *english))
            .collect()
    })
}

/// Every language's phrases, longest first, in NFC, with their English.
fn phrases() -> &'static [(String, &'static str)] {
    static PHRASES: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let mut all: Vec<(String, &'static str)> = (LANGUAGES.iter())
            .flat_map(|(phrases, _, _)| phrases.iter())
            .map(|(phrase, english)| (crate::text::nfc(phrase), *english))
            .collect();
        all.sort_by_key(|(phrase, _)| std::cmp::Reverse(phrase.len()));
        all
    })
}

/// `phrase` (lowercase, NFC, ASCII digits) with every word of another language put in English.
pub(in crate::domain::when) fn in_english(phrase: &str) -> String {
    let phrase = phrase.replace(['’', 'ʼ'], "'");
    let mut spaced = format!(
        " {} ",
        phrase.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    for (from, english) in phrases() {
        spaced = spaced.replace(&format!(" {from} "), &format!(" {english} "));
    }
    for (_, _, after) in LANGUAGES {
        for (suffix, english) in after {
            if let Some(head) = spaced.strip_suffix(&format!(" {suffix} ")) {
                spaced = format!(" {english}{head} ");
            }
        }
    }
    let words = words();
    spaced
        .split_whitespace()
        .filter_map(|word| english_of(word, words))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A word in English: itself when no table knows it, none when its language leaves it out.
fn english_of<'a>(word: &'a str, words: &HashMap<String, &'static str>) -> Option<&'a str> {
    let bare = match word.trim_end_matches('.') {
        "" => word,
        trimmed => trimmed,
    };
    let elided = bare.strip_prefix("d'").or_else(|| bare.strip_prefix("l'"));
    let found = words
        .get(bare)
        .or_else(|| elided.and_then(|rest| words.get(rest)));
    match found {
        Some(&"") => None,
        Some(english) => Some(english),
        None => Some(word),
    }
}
