//! One query word against the index: how an occurrence of it counts in each field, and its
//! score in one contact, in every contact (a scan of the packed fields), or letter by scattered
//! letter in names.
//!
//! The scan of every contact and the look at one contact count an occurrence with the same
//! function (`Part::score`), so a contact scores the same either way.

use super::field::Field;
use super::sounds::{Sound, Sounds, query_key};
use super::{
    ContactIndex, FUZZY_WHEN_FEWER, TAG_SEP, ends_number, is_short, phone_digits, phone_tail,
    scatters,
};
use crate::search::matcher::{Needle, Score, bytes_in_order, fuzzy_score, score_at};
use std::collections::HashSet;

/// From this many contacts, a scan runs in two halves at once (the screen's thread waits for
/// it, so the second core is free).
const SCAN_IN_HALVES_FROM: usize = 50_000;

/// A query word, ready to look for.
pub(super) struct Word {
    pub(super) needle: Needle,
    /// The digits looked for in phone numbers, when the word is mostly digits.
    pub(super) phone: Option<Needle>,
    /// Their last digits, looked for at the end of a stored number that may be the same
    /// number without a country code.
    pub(super) phone_tail: Option<Needle>,
    pub(super) short: bool,
    pub(super) scatters: bool,
    /// How it is looked for by sound in Devanagari and Bengali names, when it can be.
    pub(super) sound: Option<Sound>,
}

impl Word {
    /// A word of the query; `last`: the query's last, still being typed, whose last cluster
    /// may be the start of a longer one.
    pub(super) fn new(word: &str, last: bool, sounds: &Sounds) -> Word {
        Word {
            needle: if last {
                Needle::open(word)
            } else {
                Needle::new(word)
            },
            phone: phone_digits(word).map(|d| Needle::new(&d)),
            phone_tail: (phone_digits(word).as_deref())
                .and_then(phone_tail)
                .map(Needle::new),
            short: is_short(word),
            scatters: scatters(word),
            sound: sounds.sound(word),
        }
    }

    /// Whether every contact this word matches by sound is among those a `shorter` word it
    /// grew from matched by sound: so when its key grew from the shorter one's (a key may
    /// change as a word grows: `po` is `p`, `poo` is `pu`).
    pub(super) fn sounds_grown_from(&self, shorter: &str) -> bool {
        match &self.sound {
            None => true,
            Some(sound) => query_key(shorter).is_some_and(|k| sound.key.starts_with(&k)),
        }
    }

    pub(super) fn text(&self) -> &str {
        &self.needle.text
    }

    /// What the index remembers the word by: its text, and whether it is open-ended (which
    /// finds more).
    pub(super) fn key(&self) -> String {
        key(self.text(), self.needle.open_end)
    }
}

/// What the index remembers a word by (see `Word::key`).
pub(super) fn key(text: &str, open: bool) -> String {
    if open {
        format!("{text}\u{1}")
    } else {
        text.to_string()
    }
}

/// The fields a word is looked for in, each counting its occurrences its own way.
#[derive(Debug, Clone, Copy)]
enum Part {
    Name,
    Company,
    Email,
    Tag,
    Phone,
    PhoneTail,
}

impl Part {
    /// What an occurrence of `word` at byte `at` of a contact's `segment` of this field counts
    /// for: the name most; a short word (a letter or two finds nearly everyone inside a company
    /// or an email address) only at a company's word start, and never in emails; a tag only
    /// from its start; phone digits always the same.
    fn score(self, segment: &str, at: usize, word: &Word) -> Option<Score> {
        let needle = &word.needle;
        match self {
            Part::Name => score_at(segment, at, needle).map(|s| s + 300),
            Part::Company => {
                let min = if word.short { 1400 } else { 0 };
                score_at(segment, at, needle).filter(|s| *s >= min)
            }
            Part::Email => score_at(segment, at, needle),
            Part::Tag => (at == 0 || segment[..at].ends_with(TAG_SEP)).then_some(900),
            Part::Phone => Some(900),
            Part::PhoneTail => {
                let digits = &word.phone.as_ref()?.text;
                ends_number(segment, at, digits).then_some(900)
            }
        }
    }
}

impl ContactIndex {
    /// The fields `word` is looked for in, each with the needle it is looked for with.
    fn parts<'w>(&self, word: &'w Word) -> impl Iterator<Item = (Part, &Field, &'w Needle)> {
        let needle = &word.needle;
        [
            Some((Part::Name, &self.names, needle)),
            Some((Part::Company, &self.companies, needle)),
            (!word.short).then_some((Part::Email, &self.emails, needle)),
            Some((Part::Tag, &self.tags, needle)),
            (word.phone.as_ref()).map(|digits| (Part::Phone, &self.phones, digits)),
            (word.phone_tail.as_ref()).map(|tail| (Part::PhoneTail, &self.phones, tail)),
        ]
        .into_iter()
        .flatten()
    }

    /// Every contact's best direct score for `word` (0: none), by a scan of each field. With
    /// `touched`, also every contact the word (or its phone digits) occurs in at all, counted
    /// or not, in entry order: a longer word beginning with this one can only match those.
    /// A large index is scanned in two halves at once.
    pub(super) fn scan(&self, word: &Word, touched: Option<&mut Vec<u32>>) -> Vec<Score> {
        let n = self.ids.len();
        let mut scores = vec![0 as Score; n];
        let want = touched.is_some();
        let cut = if n >= SCAN_IN_HALVES_FROM { n / 2 } else { n };
        let mut found = std::thread::scope(|s| {
            let (low, high) = scores.split_at_mut(cut);
            let other = (cut < n).then(|| s.spawn(move || self.scan_in(word, cut..n, high, want)));
            let mut found = self.scan_in(word, 0..cut, low, want);
            if let Some(other) = other {
                let high = other
                    .join()
                    .unwrap_or_else(|p| std::panic::resume_unwind(p));
                found.extend(high);
            }
            found
        });
        if let Some(touched) = touched {
            found.sort_unstable();
            found.dedup();
            *touched = found;
        }
        scores
    }

    /// `scan` of the given entries, whose scores are `scores`; the entries touched, when
    /// `touched`.
    fn scan_in(
        &self,
        word: &Word,
        entries: std::ops::Range<usize>,
        scores: &mut [Score],
        touched: bool,
    ) -> Vec<u32> {
        let first = entries.start;
        let mut found = Vec::new();
        for (part, field, needle) in self.parts(word) {
            field.occurrences_in(needle, entries.clone(), |e, at, segment| {
                if touched {
                    found.push(e as u32);
                }
                if let Some(s) = part.score(segment, at, word) {
                    scores[e - first] = scores[e - first].max(s);
                }
                false
            });
        }
        if let Some(sound) = &word.sound {
            self.sound_occurrences_in(sound, entries, |e, s| {
                if touched {
                    found.push(e as u32);
                }
                scores[e - first] = scores[e - first].max(s);
                false
            });
        }
        found
    }

    /// One contact's best direct score for `word` (0: none), as `scan` counts it.
    pub(super) fn direct_score(&self, e: usize, word: &Word) -> Score {
        let mut best = 0;
        for (part, field, needle) in self.parts(word) {
            let segment = field.segment(e);
            for at in needle.finder().find_iter(segment.as_bytes()) {
                if let Some(s) = part.score(segment, at, word) {
                    best = best.max(s);
                }
            }
        }
        if let Some(sound) = &word.sound {
            best = best.max(self.sound_score(e, sound));
        }
        best
    }

    /// Whether `word` (or its phone digits) occurs anywhere in the contact's fields, counted or
    /// not: `scan`'s `touched`, for one contact.
    pub(super) fn touches(&self, e: usize, word: &Word) -> bool {
        self.parts(word)
            .any(|(_, field, needle)| needle.finder().find(field.segment(e).as_bytes()).is_some())
            || (word.sound.as_ref()).is_some_and(|sound| self.sound_score(e, sound) > 0)
    }

    /// The contact's score for `word` letter by scattered letter in its name, if any.
    pub(super) fn scattered_score(&self, e: usize, word: &Word) -> Option<Score> {
        fuzzy_score(self.names.segment(e), &word.needle)
    }

    /// Whether the word's bytes come in order in the contact's name: every name a longer word
    /// beginning with this one matches letter by scattered letter is among those.
    pub(super) fn in_order_in_name(&self, e: usize, word: &Word) -> bool {
        bytes_in_order(self.names.segment(e), word.text())
    }

    /// Whether `word` matches at least `FUZZY_WHEN_FEWER` contacts directly, in the whole
    /// index: the scan stops as soon as it has found that many, which for a common word is
    /// early. When it matches fewer, also whether it occurs at all in fewer contacts than
    /// that: then so does every longer word beginning with it.
    pub(super) fn direct_count(&self, word: &Word) -> DirectCount {
        let mut found: HashSet<u32> = HashSet::new();
        let mut touched: HashSet<u32> = HashSet::new();
        for (part, field, needle) in self.parts(word) {
            let done = field.occurrences_until(needle, |e, at, segment| {
                if touched.len() < FUZZY_WHEN_FEWER {
                    touched.insert(e as u32);
                }
                if part.score(segment, at, word).is_some() {
                    found.insert(e as u32);
                }
                found.len() >= FUZZY_WHEN_FEWER
            });
            if done {
                return DirectCount::Many;
            }
        }
        if let Some(sound) = &word.sound {
            let done = self.sound_occurrences_in(sound, 0..self.ids.len(), |e, _| {
                if touched.len() < FUZZY_WHEN_FEWER {
                    touched.insert(e as u32);
                }
                found.insert(e as u32);
                found.len() >= FUZZY_WHEN_FEWER
            });
            if done {
                return DirectCount::Many;
            }
        }
        if touched.len() < FUZZY_WHEN_FEWER {
            DirectCount::FewEvenTouched
        } else {
            DirectCount::Few
        }
    }
}

/// How many contacts a word matches directly, against `FUZZY_WHEN_FEWER`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DirectCount {
    Many,
    Few,
    /// Few, and it occurs (counted or not) in few contacts too.
    FewEvenTouched,
}
