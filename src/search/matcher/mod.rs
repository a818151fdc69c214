//! Matching a query word against text, one grapheme cluster at a time: a query never matches
//! half of a conjunct or a letter without its vowel sign. Whole-word and word-start matches rank
//! above matches inside a word, which rank above scattered (fuzzy) matches.

use unicode_segmentation::UnicodeSegmentation;

/// Folded text prepared for matching: the grapheme boundaries are kept unless it is ASCII.
#[derive(Debug, Clone, Default)]
pub struct Searchable {
    pub text: Box<str>,
    /// Byte offsets of grapheme starts, plus the end; `None` when every byte is one.
    bounds: Option<Box<[u32]>>,
}

/// How well a word matched, higher is better; 0 never appears in a match.
pub type Score = u32;

/// A query word prepared once for matching against many texts: its searchers are built once,
/// not once per contact.
#[derive(Debug, Clone)]
pub struct Needle {
    pub text: String,
    /// The query's last word, still being typed: its last grapheme cluster may be the start of
    /// a longer one in the text (`लक` finds `लक्ष्मी`, whose second cluster is `क्ष्मी`).
    pub open_end: bool,
    finder: memchr::memmem::Finder<'static>,
    /// Each grapheme's byte range in `text`, and a searcher for it.
    graphemes: Vec<((usize, usize), memchr::memmem::Finder<'static>)>,
}

impl Needle {
    /// The query's last word: its last cluster may be the start of a longer one.
    pub fn open(word: &str) -> Needle {
        Needle {
            open_end: true,
            ..Needle::new(word)
        }
    }

    pub fn finder(&self) -> &memchr::memmem::Finder<'static> {
        &self.finder
    }

    pub fn new(word: &str) -> Needle {
        let graphemes = word
            .grapheme_indices(true)
            .map(|(i, g)| {
                (
                    (i, i + g.len()),
                    memchr::memmem::Finder::new(g.as_bytes()).into_owned(),
                )
            })
            .collect();
        Needle {
            text: word.to_string(),
            open_end: false,
            finder: memchr::memmem::Finder::new(word.as_bytes()).into_owned(),
            graphemes,
        }
    }
}

impl Searchable {
    pub fn new(folded: &str) -> Self {
        let bounds = (!folded.is_ascii()).then(|| {
            let mut b: Vec<u32> = folded
                .grapheme_indices(true)
                .map(|(i, _)| i as u32)
                .collect();
            b.push(folded.len() as u32);
            b.into_boxed_slice()
        });
        Searchable {
            text: folded.into(),
            bounds,
        }
    }

    fn is_boundary(&self, byte: usize) -> bool {
        match &self.bounds {
            None => true,
            Some(b) => b.binary_search(&(byte as u32)).is_ok(),
        }
    }

    /// The score and the byte ranges of the best match, contiguous or scattered.
    pub fn find(&self, needle: &Needle) -> Option<(Score, Vec<(usize, usize)>)> {
        if let Some((score, start)) = self.best_contiguous(needle) {
            return Some((score, vec![(start, start + needle.text.len())]));
        }
        self.fuzzy(needle)
    }

    fn best_contiguous(&self, needle: &Needle) -> Option<(Score, usize)> {
        let word = &needle.text;
        if word.is_empty() {
            return None;
        }
        let mut best: Option<(Score, usize)> = None;
        for start in needle.finder.find_iter(self.text.as_bytes()) {
            let end = start + word.len();
            if !self.is_boundary(start) || !self.is_boundary(end) {
                continue;
            }
            let score = placed_score(&self.text, start, end);
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, start));
            }
        }
        best
    }

    /// Every grapheme of `word` in order, with gaps: a weak match, only for words of 3 or more.
    fn fuzzy(&self, needle: &Needle) -> Option<(Score, Vec<(usize, usize)>)> {
        fuzzy_in(&self.text, needle, |b| self.is_boundary(b))
    }
}

/// Every grapheme of `needle` in order in `text`, with gaps: a weak match, only for words of 3
/// or more graphemes. Returns the score and the matched byte ranges.
fn fuzzy_in(
    text: &str,
    needle: &Needle,
    is_boundary: impl Fn(usize) -> bool,
) -> Option<(Score, Vec<(usize, usize)>)> {
    if needle.graphemes.len() < 3 {
        return None;
    }
    let bytes = text.as_bytes();
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(needle.graphemes.len());
    let mut from = 0;
    for ((a, b), finder) in &needle.graphemes {
        let len = b - a;
        let found = finder
            .find_iter(&bytes[from..])
            .map(|i| from + i)
            .find(|&i| is_boundary(i) && (is_boundary(i + len) || open_last(needle, *b)))?;
        match ranges.last_mut() {
            Some(last) if last.1 == found => last.1 = found + len,
            _ => ranges.push((found, found + len)),
        }
        from = found + len;
    }
    let spread = ranges.last().map_or(0, |r| r.1) - ranges.first().map_or(0, |r| r.0);
    let score = 500u32
        .saturating_sub((ranges.len() as u32) * 40 + spread.min(200) as u32)
        .max(1);
    Some((score, ranges))
}

/// Scores an occurrence of `needle` at byte `start` of `text`, or `None` when it would split a
/// grapheme cluster.
pub fn score_at(text: &str, start: usize, needle: &Needle) -> Option<Score> {
    let end = start + needle.text.len();
    if text.is_ascii() {
        return Some(placed_score(text, start, end));
    }
    if !on_boundary(text, start) {
        return None;
    }
    if on_boundary(text, end) {
        return Some(placed_score(text, start, end));
    }
    // The start of a longer cluster: never a whole word, and just below a whole-cluster match
    // at the same place.
    needle.open_end.then(|| {
        let at_start = start == 0 || text[..start].ends_with(|c: char| !c.is_alphanumeric());
        let place = if at_start { 400 } else { 0 };
        1000 + place - (start.min(200) as u32) - 1
    })
}

/// Whether the grapheme of `needle` ending at byte `end` is the open end of the query.
fn open_last(needle: &Needle, end: usize) -> bool {
    needle.open_end && end == needle.text.len()
}

/// Whether byte `at` of `text` is between two grapheme clusters (or at either end), found by
/// looking at the characters around it rather than by segmenting the whole text.
fn on_boundary(text: &str, at: usize) -> bool {
    if at == 0 || at == text.len() {
        return true;
    }
    if !text.is_char_boundary(at) {
        return false;
    }
    let mut cursor = unicode_segmentation::GraphemeCursor::new(at, text.len(), true);
    match cursor.is_boundary(text, 0) {
        Ok(boundary) => boundary,
        Err(_) => text.grapheme_indices(true).any(|(i, _)| i == at),
    }
}

/// The one score of a contiguous match at bytes `start..end` of `text`: a whole word beats a
/// word's start, which beats the inside of a word; earlier beats later.
fn placed_score(text: &str, start: usize, end: usize) -> Score {
    let word_start = |b: usize| b == 0 || text[..b].ends_with(|c: char| !c.is_alphanumeric());
    let at_start = word_start(start);
    let whole = at_start && (end == text.len() || word_start(end));
    let place = if whole {
        600
    } else if at_start {
        400
    } else {
        0
    };
    1000 + place - (start.min(200) as u32)
}

/// Whether the bytes of `word` come in `text` in their order, gaps allowed: true of every text
/// `word` matches letter by scattered letter (each grapheme's bytes are found in order), and
/// of every longer word's texts when `word` begins that word, so it cheaply rules texts out.
pub fn bytes_in_order(text: &str, word: &str) -> bool {
    let mut rest = text.as_bytes().iter();
    word.bytes().all(|b| rest.any(|t| *t == b))
}

/// Scores a scattered match of `needle` in `text` (the graphemes in order, with gaps).
pub fn fuzzy_score(text: &str, needle: &Needle) -> Option<Score> {
    if needle.graphemes.len() < 3 || !bytes_in_order(text, &needle.text) {
        return None;
    }
    if text.is_ascii() {
        return fuzzy_in(text, needle, |_| true).map(|(score, _)| score);
    }
    // Boundaries are worked out only for texts that hold the first grapheme at all.
    let (a, b) = needle.graphemes[0].0;
    if !text.contains(&needle.text[a..b]) {
        return None;
    }
    let bounds: Vec<usize> = text
        .grapheme_indices(true)
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    fuzzy_in(text, needle, |i| bounds.binary_search(&i).is_ok()).map(|(score, _)| score)
}

/// Which graphemes of `display` (a name as shown) a query's words match, for highlighting.
pub fn highlight(display: &str, words: &[String]) -> Vec<usize> {
    // Fold grapheme by grapheme so positions map back to what is on screen.
    let pieces: Vec<String> = display.graphemes(true).map(crate::search::fold).collect();
    let mut folded = String::new();
    let mut owner = Vec::new(); // byte → grapheme index
    for (i, p) in pieces.iter().enumerate() {
        let p = if p.is_empty() { " " } else { p.as_str() };
        folded.push_str(p);
        owner.extend(std::iter::repeat_n(i, p.len()));
    }
    let text = Searchable::new(&folded);
    let mut marked: Vec<usize> = Vec::new();
    for word in words {
        if let Some((_, ranges)) = text.find(&Needle::new(word)) {
            for (a, b) in ranges {
                marked.extend(owner[a..b].iter().copied());
            }
        }
    }
    marked.sort_unstable();
    marked.dedup();
    marked
}

#[cfg(test)]
mod tests;
