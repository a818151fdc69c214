//! One searchable field of every contact in the index, packed end to end in one string so a
//! query word is found in all of them by a single fast substring scan.

use crate::search::matcher::Needle;

/// One searchable field of every contact, end to end, `\n` between contacts.
#[derive(Default)]
pub(super) struct Field {
    text: String,
    starts: Vec<u32>,
}

impl Field {
    pub(super) fn push(&mut self, value: &str) {
        self.starts.push(self.text.len() as u32);
        // Folded text holds no newline (fold joins words with single spaces).
        self.text.push_str(value);
        self.text.push('\n');
    }

    pub(super) fn finish(&mut self) {
        self.starts.push(self.text.len() as u32);
        self.text.shrink_to_fit();
        self.starts.shrink_to_fit();
    }

    pub(super) fn segment(&self, entry: usize) -> &str {
        let (a, b) = (self.starts[entry] as usize, self.starts[entry + 1] as usize);
        &self.text[a..b - 1]
    }

    /// Calls `found(entry, offset in its segment)` for every occurrence of `needle` (the
    /// matcher of old, which the tests hold the index to, looks for words this way).
    #[cfg(test)]
    pub(super) fn occurrences(&self, needle: &Needle, mut found: impl FnMut(usize, usize)) {
        self.occurrences_until(needle, |entry, at| {
            found(entry, at);
            false
        });
    }

    /// Calls `found(entry, offset in its segment)` for each occurrence of `needle` in turn,
    /// until it returns true; whether it did.
    pub(super) fn occurrences_until(
        &self,
        needle: &Needle,
        found: impl FnMut(usize, usize) -> bool,
    ) -> bool {
        self.occurrences_in(needle, 0..self.starts.len() - 1, found)
    }

    /// `occurrences_until` in the segments of the given entries only.
    pub(super) fn occurrences_in(
        &self,
        needle: &Needle,
        entries: std::ops::Range<usize>,
        mut found: impl FnMut(usize, usize) -> bool,
    ) -> bool {
        let from = self.starts[entries.start] as usize;
        let to = self.starts[entries.end] as usize;
        // Occurrences come in order, so the owning entry only ever moves forward.
        let mut entry = entries.start;
        for at in needle.finder().find_iter(&self.text.as_bytes()[from..to]) {
            let at = from + at;
            while self.starts[entry + 1] as usize <= at {
                entry += 1;
            }
            if found(entry, at - self.starts[entry] as usize) {
                return true;
            }
        }
        false
    }
}
