//! One searchable field of every contact in the index, found by a fast substring scan: names,
//! email addresses and phone numbers packed end to end in one string (`packed.rs`); companies
//! and tag sets, which repeat across contacts, each kept once with every contact pointing at
//! its own (`interned.rs`).

mod interned;
mod packed;

use crate::search::matcher::Needle;
use interned::Interned;
use packed::Packed;

pub(super) enum Field {
    Packed(Packed),
    Interned(Interned),
}

impl Field {
    /// A field whose values differ from contact to contact.
    pub(super) fn packed() -> Field {
        Field::Packed(Packed::default())
    }

    /// A field whose values repeat across contacts.
    pub(super) fn interned() -> Field {
        Field::Interned(Interned::default())
    }

    pub(super) fn push(&mut self, value: &str) {
        match self {
            Field::Packed(p) => {
                p.push(value);
            }
            Field::Interned(i) => i.push(value),
        }
    }

    pub(super) fn finish(&mut self) {
        match self {
            Field::Packed(p) => p.finish(),
            Field::Interned(i) => i.finish(),
        }
    }

    fn len(&self) -> usize {
        match self {
            Field::Packed(p) => p.len(),
            Field::Interned(i) => i.len(),
        }
    }

    pub(super) fn segment(&self, entry: usize) -> &str {
        match self {
            Field::Packed(p) => p.segment(entry),
            Field::Interned(i) => i.segment(entry),
        }
    }

    /// Calls `found(entry, offset in its segment)` for every occurrence of `needle` (the
    /// matcher of old, which the tests hold the index to, looks for words this way).
    #[cfg(test)]
    pub(super) fn occurrences(&self, needle: &Needle, mut found: impl FnMut(usize, usize)) {
        self.occurrences_until(needle, |entry, at, _| {
            found(entry, at);
            false
        });
    }

    /// Calls `found(entry, offset in its segment, the segment)` for each occurrence of `needle`
    /// in turn, until it returns true; whether it did.
    pub(super) fn occurrences_until<'a>(
        &'a self,
        needle: &Needle,
        found: impl FnMut(usize, usize, &'a str) -> bool,
    ) -> bool {
        self.occurrences_in(needle, 0..self.len(), found)
    }

    /// `occurrences_in` of any of the words `words` looks for; only a field of values that
    /// differ (names) is looked for this way, an interned one finds none.
    pub(super) fn occurrences_of_any_in<'a>(
        &'a self,
        words: &aho_corasick::AhoCorasick,
        entries: std::ops::Range<usize>,
        found: impl FnMut(usize, usize, &'a str) -> bool,
    ) -> bool {
        match self {
            Field::Packed(p) => p.occurrences_of_any_in(words, entries, found),
            Field::Interned(_) => false,
        }
    }

    /// `occurrences_until` in the segments of the given entries only.
    pub(super) fn occurrences_in<'a>(
        &'a self,
        needle: &Needle,
        entries: std::ops::Range<usize>,
        found: impl FnMut(usize, usize, &'a str) -> bool,
    ) -> bool {
        match self {
            Field::Packed(p) => p.occurrences_in(needle, entries, found),
            Field::Interned(i) => i.occurrences_in(needle, entries, found),
        }
    }
}
