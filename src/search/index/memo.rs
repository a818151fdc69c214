//! What an index remembers of the words it was last asked about, so a query typed a key at a
//! time costs what the key changed: a word seen a key ago is not looked for again, and a word
//! that grew by a key is looked for only among the contacts its shorter self occurred in.
//! The index is read again whenever contacts change, and forgets with it.

use super::word::{DirectCount, key};
use crate::search::matcher::Score;
use std::collections::HashMap;

/// Words remembered at most, and entries (contacts in their lists) in all.
const WORDS: usize = 16;
const ENTRIES: usize = 1 << 21;
/// Decisions on scattered matching remembered at most.
const DECISIONS: usize = 4096;

/// One word's matches in the whole index.
pub(super) struct Known {
    /// The word's key (`Word::key`).
    pub(super) key: String,
    /// The word as typed.
    pub(super) text: String,
    /// The contacts it matches (directly, or letter by scattered letter when `fuzzy`), in
    /// entry order, each with its score.
    pub(super) matches: Vec<(u32, Score)>,
    /// The contacts it occurs in at all, counted or not, when they are few: a longer word
    /// beginning with it can only match directly among them.
    pub(super) touched: Option<Vec<u32>>,
    /// The contacts whose name holds its bytes in order, when looked at and few: a longer word
    /// beginning with it can only match letter by scattered letter among them.
    pub(super) in_names: Option<Vec<u32>>,
}

impl Known {
    fn entries(&self) -> usize {
        self.matches.len() * 2
            + self.touched.as_ref().map_or(0, Vec::len)
            + self.in_names.as_ref().map_or(0, Vec::len)
    }
}

#[derive(Default)]
pub(super) struct Memo {
    /// Least recently used first.
    known: Vec<Known>,
    /// The contacts the last filters left, by what the filters were.
    passing: Option<(String, Vec<u32>)>,
    /// Per word, how many contacts it matches directly, against `FUZZY_WHEN_FEWER`.
    counted: HashMap<String, DirectCount>,
    /// The day since which each contact has been silent (`quiet:`), by entry: read from the
    /// store the first time a query asks, once while the index lives (it is read again after
    /// every note).
    silent_days: Option<std::sync::Arc<Vec<i32>>>,
}

impl Memo {
    /// The word's matches, when remembered; it becomes the most recently used.
    pub(super) fn get(&mut self, key: &str) -> Option<&Known> {
        let at = self.known.iter().position(|k| k.key == key)?;
        let known = self.known.remove(at);
        self.known.push(known);
        self.known.last()
    }

    pub(super) fn peek(&self, key: &str) -> Option<&Known> {
        self.known.iter().find(|k| k.key == key)
    }

    /// The longest remembered word that `word` begins with and grew from, for which `usable`
    /// holds.
    pub(super) fn shorter(&self, word: &str, usable: impl Fn(&Known) -> bool) -> Option<&Known> {
        (self.known.iter())
            .filter(|k| k.text.len() < word.len() && word.starts_with(k.text.as_str()))
            .filter(|k| usable(k))
            .max_by_key(|k| k.text.len())
    }

    /// Remembers a word's matches, forgetting the least recently used past the bounds.
    pub(super) fn keep(&mut self, known: Known) {
        self.known.retain(|k| k.key != known.key);
        self.known.push(known);
        let mut total: usize = self.known.iter().map(Known::entries).sum();
        while self.known.len() > 1 && (self.known.len() > WORDS || total > ENTRIES) {
            total -= self.known.remove(0).entries();
        }
    }

    /// The contacts the filters `key` leave, when they were the last asked about.
    pub(super) fn passing(&self, key: &str) -> Option<&[u32]> {
        (self.passing.as_ref())
            .filter(|(k, _)| k == key)
            .map(|(_, left)| left.as_slice())
    }

    /// The day since which each contact has been silent, by entry, when read already.
    pub(super) fn silent_days(&self) -> Option<std::sync::Arc<Vec<i32>>> {
        self.silent_days.clone()
    }

    pub(super) fn keep_silent_days(&mut self, days: std::sync::Arc<Vec<i32>>) {
        self.silent_days = Some(days);
    }

    pub(super) fn keep_passing(&mut self, key: String, left: Vec<u32>) {
        self.passing = Some((key, left));
    }

    /// Whether the word (by its key) matches few contacts directly, when counted.
    pub(super) fn few_direct(&self, key: &str) -> Option<bool> {
        self.counted.get(key).map(|c| *c != DirectCount::Many)
    }

    /// Whether `word` grew from a shorter word found (counted or not) in few contacts, for
    /// which `usable` holds. Where a word occurs does not hang on its being open-ended.
    pub(super) fn grew_from_rare(&self, word: &str, usable: impl Fn(&str) -> bool) -> bool {
        (1..word.len())
            .filter(|end| word.is_char_boundary(*end))
            .map(|end| &word[..end])
            .any(|shorter| {
                let rare = |open| {
                    self.counted.get(&key(shorter, open)) == Some(&DirectCount::FewEvenTouched)
                };
                (rare(false) || rare(true)) && usable(shorter)
            })
    }

    pub(super) fn decided(&mut self, key: String, count: DirectCount) {
        if self.counted.len() >= DECISIONS {
            self.counted.clear();
        }
        self.counted.insert(key, count);
    }
}
