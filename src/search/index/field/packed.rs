//! A field whose values differ from contact to contact (names, email addresses, phone
//! numbers): every value end to end in one string, `\n` after each. Where each value starts is
//! kept sparsely: the start of every `MARK_EVERY`th value and each value's length in a byte,
//! so the offsets cost about a byte and a quarter a contact instead of four.

use crate::search::matcher::Needle;

/// A start is kept for every this many values; the others are summed from lengths.
const MARK_EVERY: usize = 16;
/// A length byte holding this says the length is in `long`.
const LONG: u8 = u8::MAX;

#[derive(Default)]
pub(in crate::search::index) struct Packed {
    text: String,
    /// The start of values 0, 16, 32… in `text`.
    marks: Vec<u32>,
    /// Each value's length in bytes, or `LONG`.
    lengths: Vec<u8>,
    /// (value, length) of each value of `LONG` bytes or more, in value order.
    long: Vec<(u32, u32)>,
}

impl Packed {
    pub(super) fn push(&mut self, value: &str) -> usize {
        let entry = self.lengths.len();
        if entry.is_multiple_of(MARK_EVERY) {
            self.marks.push(self.text.len() as u32);
        }
        match u8::try_from(value.len()) {
            Ok(length) if length < LONG => self.lengths.push(length),
            _ => {
                self.lengths.push(LONG);
                self.long.push((entry as u32, value.len() as u32));
            }
        }
        // Folded text holds no newline (fold joins words with single spaces).
        self.text.push_str(value);
        self.text.push('\n');
        entry
    }

    pub(super) fn finish(&mut self) {
        self.text.shrink_to_fit();
        self.marks.shrink_to_fit();
        self.lengths.shrink_to_fit();
        self.long.shrink_to_fit();
    }

    pub(super) fn len(&self) -> usize {
        self.lengths.len()
    }

    /// The bytes value `entry` takes in `text`, its `\n` included.
    fn width(&self, entry: usize) -> usize {
        let length = self.lengths[entry];
        if length != LONG {
            return length as usize + 1;
        }
        let at = (self.long.binary_search_by_key(&(entry as u32), |(e, _)| *e))
            .expect("every long value is listed");
        self.long[at].1 as usize + 1
    }

    /// Where value `entry` starts in `text` (`text.len()` for one past the last).
    pub(super) fn start(&self, entry: usize) -> usize {
        if entry == self.len() {
            return self.text.len();
        }
        let mark = entry / MARK_EVERY;
        let from = mark * MARK_EVERY;
        let lengths = &self.lengths[from..entry];
        let before: usize = if lengths.contains(&LONG) {
            (from..entry).map(|e| self.width(e)).sum()
        } else {
            lengths.iter().map(|&l| l as usize + 1).sum()
        };
        self.marks[mark] as usize + before
    }

    pub(super) fn segment(&self, entry: usize) -> &str {
        let start = self.start(entry);
        &self.text[start..start + self.width(entry) - 1]
    }

    /// Calls `found(entry, offset in its value, the value)` for each occurrence of `needle` in
    /// the values of `entries`, in order, until it returns true; whether it did.
    pub(super) fn occurrences_in<'a>(
        &'a self,
        needle: &Needle,
        entries: std::ops::Range<usize>,
        found: impl FnMut(usize, usize, &'a str) -> bool,
    ) -> bool {
        self.found_in(entries, |text| needle.finder().find_iter(text), found)
    }

    /// `occurrences_in` of any of the words `words` looks for (each occurrence found once, the
    /// longest at a place).
    pub(super) fn occurrences_of_any_in<'a>(
        &'a self,
        words: &aho_corasick::AhoCorasick,
        entries: std::ops::Range<usize>,
        found: impl FnMut(usize, usize, &'a str) -> bool,
    ) -> bool {
        self.found_in(
            entries,
            |text| words.find_iter(text).map(|m| m.start()),
            found,
        )
    }

    /// Calls `found(entry, offset in its value, the value)` for each place `find` gives in
    /// the text of the values of `entries` (in order), until it returns true; whether it did.
    fn found_in<'a, 't, I: Iterator<Item = usize>>(
        &'a self,
        entries: std::ops::Range<usize>,
        find: impl FnOnce(&'t [u8]) -> I,
        mut found: impl FnMut(usize, usize, &'a str) -> bool,
    ) -> bool
    where
        'a: 't,
    {
        if entries.is_empty() {
            return false;
        }
        let from = self.start(entries.start);
        let to = self.start(entries.end);
        // Occurrences come in order, so the owning entry only ever moves forward.
        let (mut entry, mut start) = (entries.start, from);
        let mut end = start + self.width(entry);
        for at in find(&self.text.as_bytes()[from..to]) {
            let at = from + at;
            while end <= at {
                entry += 1;
                start = end;
                end += self.width(entry);
            }
            if found(entry, at - start, &self.text[start..end - 1]) {
                return true;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_found_where_they_were_put() {
        let mut packed = Packed::default();
        let long = "x".repeat(300);
        let values: Vec<String> = (0..100)
            .map(|i| match i % 7 {
                0 => String::new(),
                3 => format!("{long}{i}"),
                _ => format!("value {i}"),
            })
            .collect();
        for v in &values {
            packed.push(v);
        }
        packed.finish();
        for (e, v) in values.iter().enumerate() {
            assert_eq!(packed.segment(e), v);
        }
        let mut seen = Vec::new();
        packed.occurrences_in(&Needle::new("5"), 20..80, |e, at, value| {
            assert_eq!(value, values[e]);
            seen.push((e, at));
            false
        });
        let expected: Vec<(usize, usize)> = (20..80)
            .flat_map(|e| values[e].match_indices('5').map(move |(at, _)| (e, at)))
            .collect();
        assert_eq!(seen, expected);
    }
}
