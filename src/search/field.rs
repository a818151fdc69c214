//! One searchable field of every contact in the index, packed end to end in one string so a
//! query word is found in all of them by a single fast substring scan.

use super::matcher::Needle;

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

    /// Calls `found(entry, offset in its segment)` for every occurrence of `needle`.
    pub(super) fn occurrences(&self, needle: &Needle, mut found: impl FnMut(usize, usize)) {
        // Occurrences come in order, so the owning entry only ever moves forward.
        let mut entry = 0;
        for at in needle.finder().find_iter(self.text.as_bytes()) {
            while self.starts[entry + 1] as usize <= at {
                entry += 1;
            }
            found(entry, at - self.starts[entry] as usize);
        }
    }
}
