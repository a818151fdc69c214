//! Names found by how they sound across scripts: a query word's loose Latin key
//! (`text::roman::sound_key`) finds the words of Devanagari and Bengali names whose own key
//! holds it at a word's start, so `anita` and `aneeta` find अनीता, `suman` finds সুমন, and अनीता
//! finds অনীতা.
//!
//! No contact pays for it: the index keeps the different words of such names once each, with
//! their keys (a few thousand words in a large notebook, since names repeat), and a query word
//! is looked for as the words of names its key finds, all at once in the packed names. A match
//! by sound scores below every direct match of a name, so the name as typed ranks first.

use super::ContactIndex;
use crate::search::matcher::Score;
use crate::text::roman::{has_indic, sound_key};
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashSet;

/// What a name's word scores when its key is the query word's key: below the lowest direct
/// match of a name (1099, inside a word far along it).
pub(super) const SOUNDS_WHOLE: Score = 1050;
/// What it scores when its key begins with the query word's key.
pub(super) const SOUNDS_START: Score = 1000;
/// A query word whose key is shorter than this finds nothing by sound.
const SHORTEST_KEY: usize = 2;

/// The different words of the index's names that hold Devanagari or Bengali letters, each
/// with its key.
#[derive(Default)]
pub(super) struct Sounds {
    /// While the index is built: the words met so far.
    building: HashSet<Box<str>>,
    /// Once built: the words in byte order, each with its key.
    words: Vec<(Box<str>, Box<str>)>,
}

impl Sounds {
    /// Keeps the words of a (folded) name that hold Devanagari or Bengali letters.
    pub(super) fn push(&mut self, name: &str) {
        if !has_indic(name) {
            return;
        }
        for word in name.split(' ').filter(|w| has_indic(w)) {
            if !self.building.contains(word) {
                self.building.insert(word.into());
            }
        }
    }

    /// Gives every word its key.
    pub(super) fn finish(&mut self) {
        let building = std::mem::take(&mut self.building);
        let mut words: Vec<(Box<str>, Box<str>)> = (building.into_iter())
            .filter_map(|w| {
                let key = sound_key(&w)?;
                Some((w, key.into_boxed_str()))
            })
            .collect();
        words.sort_unstable();
        words.shrink_to_fit();
        self.words = words;
    }

    /// How a query word is looked for by sound here: `None` when its key finds no word.
    pub(super) fn sound(&self, word: &str) -> Option<Sound> {
        let key = query_key(word)?;
        let words: Vec<(Box<str>, Score)> = (self.words.iter())
            .filter_map(|(w, k)| Some((w.clone(), key_score(k, &key)?)))
            .collect();
        if words.is_empty() {
            return None;
        }
        let finder = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(words.iter().map(|(w, _)| w.as_bytes()))
            .ok()?;
        Some(Sound { key, words, finder })
    }
}

/// The key a query word is looked for by, when it has one that can find something: not a
/// short word, nor one whose key is shorter than `SHORTEST_KEY` or falls in two.
pub(in crate::search) fn query_key(word: &str) -> Option<String> {
    if super::is_short(word) {
        return None;
    }
    let key = sound_key(word)?;
    (key.len() >= SHORTEST_KEY && !key.contains(' ')).then_some(key)
}

/// What a name's word whose key is `key` scores for a query word whose key is `wanted`: the
/// best place where one of its key's words begins with it.
pub(super) fn key_score(key: &str, wanted: &str) -> Option<Score> {
    key.split(' ')
        .filter(|k| k.starts_with(wanted))
        .map(|k| {
            if k.len() == wanted.len() {
                SOUNDS_WHOLE
            } else {
                SOUNDS_START
            }
        })
        .max()
}

/// A query word, looked for by sound: the words of names its key finds.
pub(super) struct Sound {
    pub(super) key: String,
    /// In byte order, each with its score.
    words: Vec<(Box<str>, Score)>,
    finder: AhoCorasick,
}

impl Sound {
    /// What the whole word of a name beginning at byte `at` of `name` scores, if it is one of
    /// the words looked for.
    fn score_at(&self, name: &str, at: usize) -> Option<Score> {
        if at > 0 && !name[..at].ends_with(' ') {
            return None;
        }
        let word = name[at..].split(' ').next().unwrap_or("");
        self.score_of(word)
    }

    fn score_of(&self, word: &str) -> Option<Score> {
        (self.words.binary_search_by(|(w, _)| w.as_ref().cmp(word)))
            .ok()
            .map(|at| self.words[at].1)
    }
}

impl ContactIndex {
    /// Calls `found(entry, score)` for every word of the names of `entries` that `sound`
    /// finds, in entry order, until it returns true; whether it did.
    pub(super) fn sound_occurrences_in(
        &self,
        sound: &Sound,
        entries: std::ops::Range<usize>,
        mut found: impl FnMut(usize, Score) -> bool,
    ) -> bool {
        (self.names).occurrences_of_any_in(&sound.finder, entries, |e, at, name| {
            sound.score_at(name, at).is_some_and(|s| found(e, s))
        })
    }

    /// The contact's best score by sound (0: none).
    pub(super) fn sound_score(&self, e: usize, sound: &Sound) -> Score {
        (self.names.segment(e).split(' '))
            .filter_map(|w| sound.score_of(w))
            .max()
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests;
