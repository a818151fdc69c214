//! The matcher as it was before the index remembered words and narrowed its searches: every
//! word scored in every contact, by a scan of each field. Kept for the tests as the meaning
//! the faster search must keep, result for result. Since then, the query's last word may end
//! inside a grapheme cluster, `tag:` takes the start of a tag, and a number with a country code
//! finds the same number stored without it, and a word finds Devanagari and Bengali names by
//! how they sound.

use super::sounds::{key_score, query_key};
use super::{
    ContactIndex, FUZZY_WHEN_FEWER, Hit, TAG_SEP, due_contacts, ends_number, is_short,
    phone_digits, phone_tail, quiet_day, scatters,
};
use crate::search::matcher::{Needle, Score, fuzzy_score, score_at};
use crate::search::query::{Filter, Query};
use crate::store::{Result, Store};
use crate::text::roman::{has_indic, sound_key};
use chrono::NaiveDate;

const RANKED: usize = 1000;

impl ContactIndex {
    /// Contacts matching `query`, best first (ties, and everything past the first thousand, in
    /// name order). `store` answers the filters that change with every note.
    pub(super) fn reference_search(
        &self,
        query: &Query,
        store: &Store,
        today: NaiveDate,
    ) -> Result<Vec<Hit>> {
        let n = self.ids.len();
        let archived = query.archived();
        let due = due_contacts(query, store, today)?;
        let quiet = match quiet_day(query, today) {
            Some(day) => Some(store.silent_since(day)?),
            None => None,
        };
        let companies: Option<Vec<bool>> = {
            let wanted: Vec<Needle> = query
                .filters
                .iter()
                .filter_map(|f| match f {
                    Filter::Company(c) => Some(Needle::new(c)),
                    _ => None,
                })
                .collect();
            (!wanted.is_empty()).then(|| {
                let mut ok = vec![true; n];
                for needle in &wanted {
                    let mut has = vec![false; n];
                    self.companies.occurrences(needle, |e, _| has[e] = true);
                    ok.iter_mut().zip(has).for_each(|(o, h)| *o &= h);
                }
                ok
            })
        };
        let word_scores: Vec<Vec<Score>> = query
            .words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let fuzzy = self
                    .fuzzy
                    .as_ref()
                    .map(|f| f.get(i).copied().unwrap_or(false));
                self.word_scores(w, fuzzy, i + 1 == query.words.len())
            })
            .collect();

        let mut hits: Vec<(Score, usize)> = Vec::new();
        'entries: for i in 0..n {
            if self.is_archived(i) != archived {
                continue;
            }
            for f in &query.filters {
                let ok = match f {
                    Filter::Kind(k) => self.kinds[i] == *k,
                    Filter::Tag(t) => self
                        .tags
                        .segment(i)
                        .split(TAG_SEP)
                        .any(|x| x.starts_with(t.as_str())),
                    Filter::Company(_) => companies.as_ref().is_some_and(|c| c[i]),
                    Filter::Due(_) => due.as_ref().is_some_and(|d| d.contains(&self.ids.at(i))),
                    Filter::Quiet(_) => quiet.as_ref().is_some_and(|q| q.contains(&self.ids.at(i))),
                    Filter::Archived => true,
                };
                if !ok {
                    continue 'entries;
                }
            }
            let mut total: Score = 1;
            for scores in &word_scores {
                if scores[i] == 0 {
                    continue 'entries;
                }
                total += scores[i];
            }
            hits.push((total, i));
        }
        let by_score = |a: &(Score, usize), b: &(Score, usize)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
        if hits.len() <= RANKED {
            hits.sort_unstable_by(by_score);
            return Ok(hits
                .into_iter()
                .map(|(score, i)| Hit {
                    id: self.ids.at(i),
                    score,
                })
                .collect());
        }
        // `hits` is in name order: rank the best thousand, and keep the rest as they are.
        let mut best = hits.clone();
        best.select_nth_unstable_by(RANKED, by_score);
        best.truncate(RANKED);
        best.sort_unstable_by(by_score);
        let mut ranked = vec![false; n];
        for (_, i) in &best {
            ranked[*i] = true;
        }
        let rest = hits.into_iter().filter(|(_, i)| !ranked[*i]);
        Ok(best
            .into_iter()
            .chain(rest)
            .map(|(score, i)| Hit {
                id: self.ids.at(i),
                score,
            })
            .collect())
    }

    /// Every contact's best score for one word (0: no match). The name counts most. Names are
    /// also matched letter by scattered letter when `fuzzy` says so, or, left to this index,
    /// when the word has few direct matches.
    fn word_scores(&self, word: &str, fuzzy: Option<bool>, last: bool) -> Vec<Score> {
        let needle = if last {
            Needle::open(word)
        } else {
            Needle::new(word)
        };
        let mut scores = self.direct_scores(&needle);
        let fuzzy = scatters(word)
            && fuzzy
                .unwrap_or_else(|| scores.iter().filter(|s| **s > 0).count() < FUZZY_WHEN_FEWER);
        if fuzzy {
            for (e, score) in scores.iter_mut().enumerate().filter(|(_, s)| **s == 0) {
                if let Some(s) = fuzzy_score(self.names.segment(e), &needle) {
                    *score = s;
                }
            }
        }
        scores
    }

    /// Every contact's best score for one word from direct (whole, word-start or in-word)
    /// matches only.
    fn direct_scores(&self, needle: &Needle) -> Vec<Score> {
        let n = self.ids.len();
        let word = needle.text.as_str();
        let mut scores = vec![0 as Score; n];
        let keep = |scores: &mut Vec<Score>, e: usize, s: Option<Score>| {
            if let Some(s) = s {
                scores[e] = scores[e].max(s);
            }
        };
        self.names.occurrences(needle, |e, at| {
            keep(
                &mut scores,
                e,
                score_at(self.names.segment(e), at, needle).map(|s| s + 300),
            )
        });
        // A letter or two inside a company or an email address finds nearly everyone: short
        // words match those only at a word start, and emails not at all.
        let short = is_short(word);
        let min = if short { 1400 } else { 0 };
        self.companies.occurrences(needle, |e, at| {
            keep(
                &mut scores,
                e,
                score_at(self.companies.segment(e), at, needle).filter(|s| *s >= min),
            )
        });
        if !short {
            self.emails.occurrences(needle, |e, at| {
                keep(&mut scores, e, score_at(self.emails.segment(e), at, needle))
            });
        }
        self.tags.occurrences(needle, |e, at| {
            let segment = self.tags.segment(e);
            let at_tag_start = at == 0 || segment[..at].ends_with(TAG_SEP);
            keep(&mut scores, e, at_tag_start.then_some(900));
        });
        // Devanagari and Bengali names by sound: a word of the name whose key holds the query
        // word's at one of its words' start.
        if let Some(wanted) = query_key(word) {
            for (e, score) in scores.iter_mut().enumerate() {
                let by_sound = (self.names.segment(e).split(' '))
                    .filter(|w| has_indic(w))
                    .filter_map(|w| key_score(&sound_key(w)?, &wanted))
                    .max();
                *score = (*score).max(by_sound.unwrap_or(0));
            }
        }
        if let Some(wanted) = phone_digits(word) {
            self.phones.occurrences(&Needle::new(&wanted), |e, _| {
                keep(&mut scores, e, Some(900))
            });
            if let Some(tail) = phone_tail(&wanted) {
                self.phones.occurrences(&Needle::new(tail), |e, at| {
                    let same = ends_number(self.phones.segment(e), at, &wanted);
                    keep(&mut scores, e, same.then_some(900))
                });
            }
        }
        scores
    }
}
