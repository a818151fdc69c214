//! Answering a query from the index. One word (the one remembered with the fewest matches, or
//! else the longest) is looked for in every contact; the filters and the other words are then
//! tried only on its matches, one contact at a time. When no word is remembered and the filters
//! leave few contacts, every word is tried on those alone.

use super::field::Field;
use super::memo::{Known, Memo};
use super::word::{DirectCount, Word};
use super::{
    ContactIndex, FUZZY_WHEN_FEWER, Hit, TAG_SEP, due_contacts, phone_digits, quiet_day,
    silent_days,
};
use crate::domain::ContactId;
use crate::search::matcher::{Needle, Score};
use crate::search::query::{Filter, Query};
use crate::store::{Result, Store};
use chrono::NaiveDate;
use std::collections::HashSet;
use std::sync::Arc;

/// Hits ranked by score; the rest follow in name order.
const RANKED: usize = 1000;
/// Words are tried on contacts one at a time when those are fewer than this share of the
/// index (1/16); past it, a scan of the whole index is quicker.
const ONE_BY_ONE_BELOW: usize = 16;

/// The query's filters, ready to try on a contact.
struct Filters<'q> {
    archived: bool,
    filters: &'q [Filter],
    /// The contacts holding every tag the query names, by entry; `None`: no tag named.
    tagged: Option<Vec<bool>>,
    /// The contacts whose company holds every piece the query names, likewise.
    in_company: Option<Vec<bool>>,
    due: Option<HashSet<ContactId>>,
    /// When the query says `quiet:`, the day since which each contact has been silent, by
    /// entry, and the latest such day that lets a contact through.
    quiet: Option<(Arc<Vec<i32>>, i32)>,
}

impl<'q> Filters<'q> {
    fn new(
        index: &ContactIndex,
        memo: &mut Memo,
        query: &'q Query,
        store: &Store,
        today: NaiveDate,
    ) -> Result<Filters<'q>> {
        let tags: Vec<&str> = (query.filters.iter())
            .filter_map(|f| match f {
                Filter::Tag(t) => Some(t.as_str()),
                _ => None,
            })
            .collect();
        let companies: Vec<&str> = (query.filters.iter())
            .filter_map(|f| match f {
                Filter::Company(c) => Some(c.as_str()),
                _ => None,
            })
            .collect();
        Ok(Filters {
            archived: query.archived(),
            filters: &query.filters,
            // `tag:vi` finds #vip: the start of a tag is enough.
            tagged: holding(index, &index.tags, &tags, |segment, at, _| {
                at == 0 || segment[..at].ends_with(TAG_SEP)
            }),
            in_company: holding(index, &index.companies, &companies, |_, _, _| true),
            due: due_contacts(query, store, today)?,
            quiet: match quiet_day(query, today) {
                None => None,
                Some(day) => Some((
                    match memo.silent_days() {
                        Some(days) => days,
                        None => {
                            let days = Arc::new(silent_days(index, store)?);
                            memo.keep_silent_days(days.clone());
                            days
                        }
                    },
                    day,
                )),
            },
        })
    }

    /// Whether the filters leave every contact in (those in use, or the archived ones).
    fn only_archived(&self) -> bool {
        self.filters.iter().all(|f| matches!(f, Filter::Archived))
    }

    fn pass(&self, index: &ContactIndex, e: usize) -> bool {
        index.is_archived(e) == self.archived
            && self.filters.iter().all(|f| match f {
                Filter::Kind(k) => index.kinds[e] == *k,
                Filter::Tag(_) => self.tagged.as_ref().is_some_and(|t| t[e]),
                Filter::Company(_) => self.in_company.as_ref().is_some_and(|c| c[e]),
                Filter::Due(_) => self
                    .due
                    .as_ref()
                    .is_some_and(|d| d.contains(&index.ids.at(e))),
                Filter::Quiet(_) => self
                    .quiet
                    .as_ref()
                    .is_some_and(|(days, day)| days[e] <= *day),
                Filter::Archived => true,
            })
    }
}

/// The contacts whose `field` holds every one of `pieces` at a place `fits(segment, at, len)`
/// allows, by entry; `None` when there are no pieces.
fn holding(
    index: &ContactIndex,
    field: &Field,
    pieces: &[&str],
    fits: impl Fn(&str, usize, usize) -> bool,
) -> Option<Vec<bool>> {
    let (first, rest) = pieces.split_first()?;
    let mut all = vec![false; index.ids.len()];
    let mark = |piece: &str, marks: &mut Vec<bool>| {
        if piece.is_empty() {
            // Found everywhere: at every place of every segment.
            for (e, mark) in marks.iter_mut().enumerate() {
                let segment = field.segment(e);
                *mark = (0..=segment.len()).any(|at| fits(segment, at, 0));
            }
            return;
        }
        field.occurrences_until(&Needle::new(piece), |e, at, segment| {
            if fits(segment, at, piece.len()) {
                marks[e] = true;
            }
            false
        });
    };
    mark(first, &mut all);
    for piece in rest {
        let mut this = vec![false; all.len()];
        mark(piece, &mut this);
        all.iter_mut().zip(this).for_each(|(a, t)| *a &= t);
    }
    Some(all)
}

impl ContactIndex {
    /// Contacts matching `query`, best first (ties, and everything past the first thousand, in
    /// name order). `store` answers the filters that change with every note.
    pub fn search(&self, query: &Query, store: &Store, today: NaiveDate) -> Result<Vec<Hit>> {
        let mut memo = self.memo.lock().unwrap_or_else(|e| e.into_inner());
        let filters = Filters::new(self, &mut memo, query, store, today)?;
        let last = query.words.len().saturating_sub(1);
        let words: Vec<Word> = (query.words.iter().enumerate())
            .map(|(i, w)| Word::new(w, i == last, &self.sounds))
            .collect();
        let n = self.ids.len();
        let driver = self.driver(&memo, &words);
        // The hits so far, and the word they were found for.
        let (hits, found_for) = match driver {
            None => (self.passing(&mut memo, &filters, today), None),
            Some(d) if memo.peek(&words[d].key()).is_some() || filters.only_archived() => {
                (self.driven_by(&mut memo, &words[d], d, &filters), Some(d))
            }
            Some(d) => {
                let left = self.passing(&mut memo, &filters, today);
                if left.len() <= n / ONE_BY_ONE_BELOW {
                    (left, None)
                } else {
                    (self.driven_by(&mut memo, &words[d], d, &filters), Some(d))
                }
            }
        };
        let others: Vec<(usize, &Word)> = (words.iter().enumerate())
            .filter(|(i, _)| Some(*i) != found_for)
            .collect();
        let hits = self.others_on(&mut memo, &others, hits);
        Ok(self.ranked(hits))
    }

    /// The word looked for in every contact: the remembered one with the fewest matches, when
    /// they are few; else the longest (most telling) word.
    fn driver(&self, memo: &Memo, words: &[Word]) -> Option<usize> {
        let remembered = (words.iter().enumerate())
            .filter_map(|(i, w)| Some((i, memo.peek(&w.key())?.matches.len())))
            .min_by_key(|(_, n)| *n)
            .filter(|(_, n)| *n <= self.ids.len() / 8);
        remembered.map(|(i, _)| i).or_else(|| {
            (words.iter().enumerate())
                .max_by_key(|(i, w)| (w.text().chars().count(), usize::MAX - i))
                .map(|(i, _)| i)
        })
    }

    /// Every contact the filters leave, each with the score of a match with no word:
    /// remembered for the next key when the filters do not hang on follow-ups (which change
    /// without the index being read again).
    fn passing(&self, memo: &mut Memo, filters: &Filters, today: NaiveDate) -> Vec<(Score, usize)> {
        let key = (filters.due.is_none()).then(|| format!("{:?} {today}", filters.filters));
        if let Some(left) = key.as_deref().and_then(|k| memo.passing(k)) {
            return left.iter().map(|e| (1, *e as usize)).collect();
        }
        let left: Vec<u32> = (0..self.ids.len())
            .filter(|e| filters.pass(self, *e))
            .map(|e| e as u32)
            .collect();
        let hits = left.iter().map(|e| (1, *e as usize)).collect();
        if let Some(key) = key {
            memo.keep_passing(key, left);
        }
        hits
    }

    /// The driver word's matches that the filters leave.
    fn driven_by(
        &self,
        memo: &mut Memo,
        word: &Word,
        at: usize,
        filters: &Filters,
    ) -> Vec<(Score, usize)> {
        let known = self.everywhere(memo, word, at);
        (known.matches.iter())
            .filter(|(e, _)| filters.pass(self, *e as usize))
            .map(|(e, s)| (1 + s, *e as usize))
            .collect()
    }

    /// Keeps the hits every one of `words` matches, adding each word's score.
    fn others_on(
        &self,
        memo: &mut Memo,
        words: &[(usize, &Word)],
        mut hits: Vec<(Score, usize)>,
    ) -> Vec<(Score, usize)> {
        for (i, word) in words {
            // Past a share of the index, one scan of every contact (remembered for the next
            // key) costs less than looking at each hit in turn.
            if hits.len() > self.ids.len() / ONE_BY_ONE_BELOW {
                let known = self.everywhere(memo, word, *i);
                hits = intersect(hits, &known.matches);
                continue;
            }
            let fuzzy = self.scattered(memo, word, *i);
            hits.retain_mut(|(total, e)| {
                let mut s = self.direct_score(*e, word);
                if s == 0 && fuzzy {
                    s = self.scattered_score(*e, word).unwrap_or(0);
                }
                *total += s;
                s > 0
            });
        }
        hits
    }

    /// Whether the `i`th word of the query is also matched letter by scattered letter: told by
    /// whoever made a partial index, else when it has few direct matches in this index.
    fn scattered(&self, memo: &mut Memo, word: &Word, i: usize) -> bool {
        if !word.scatters {
            return false;
        }
        if let Some(told) = &self.fuzzy {
            return told.get(i).copied().unwrap_or(false);
        }
        if let Some(few) = memo.few_direct(&word.key()) {
            return few;
        }
        // A word that grew from one found in few contacts at all is found in fewer still.
        let grew = memo.grew_from_rare(word.text(), |rare| {
            (word.phone.is_none() || phone_digits(rare).is_some()) && word.sounds_grown_from(rare)
        });
        let count = if grew {
            DirectCount::FewEvenTouched
        } else {
            self.direct_count(word)
        };
        memo.decided(word.key(), count);
        count != DirectCount::Many
    }

    /// The word's matches in every contact: remembered, or found and remembered.
    fn everywhere<'m>(&self, memo: &'m mut Memo, word: &Word, i: usize) -> &'m Known {
        if memo.peek(&word.key()).is_none() {
            let told = self
                .fuzzy
                .as_ref()
                .map(|f| f.get(i).copied().unwrap_or(false));
            let known = self.find_everywhere(memo, word, told);
            let count = if known.direct_few {
                DirectCount::Few
            } else {
                DirectCount::Many
            };
            memo.decided(word.key(), count);
            memo.keep(known.known);
        }
        memo.get(&word.key()).expect("just kept")
    }

    /// Orders hits: the best thousand by score (ties in name order), then the rest as they
    /// came, in name order.
    fn ranked(&self, mut hits: Vec<(Score, usize)>) -> Vec<Hit> {
        let by_score = |a: &(Score, usize), b: &(Score, usize)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
        let hit = |(score, e): (Score, usize)| Hit {
            id: self.ids.at(e),
            score,
        };
        if hits.len() <= RANKED {
            hits.sort_unstable_by(by_score);
            return hits.into_iter().map(hit).collect();
        }
        // All of one score (filters alone): name order already is the order.
        if hits.iter().all(|h| h.0 == hits[0].0) {
            return hits.into_iter().map(hit).collect();
        }
        // The thousandth best score: those above it are ranked, and the first of those at it
        // in name order, up to a thousand in all.
        let mut scores: Vec<Score> = hits.iter().map(|h| h.0).collect();
        let (_, at, _) = scores.select_nth_unstable_by(RANKED - 1, |a, b| b.cmp(a));
        let at = *at;
        drop(scores);
        let mut room = RANKED - hits.iter().filter(|h| h.0 > at).count();
        let (mut best, rest): (Vec<_>, Vec<_>) = hits.into_iter().partition(|h| {
            h.0 > at
                || (h.0 == at && room > 0 && {
                    room -= 1;
                    true
                })
        });
        best.sort_by(by_score);
        best.into_iter().chain(rest).map(hit).collect()
    }
}

/// The hits also in `matches` (both in entry order), each with its score added.
fn intersect(hits: Vec<(Score, usize)>, matches: &[(u32, Score)]) -> Vec<(Score, usize)> {
    let mut matches = matches.iter().peekable();
    hits.into_iter()
        .filter_map(|(total, e)| {
            while matches.next_if(|(m, _)| (*m as usize) < e).is_some() {}
            let (_, s) = matches.next_if(|(m, _)| *m as usize == e)?;
            Some((total + s, e))
        })
        .collect()
}

/// A word's matches everywhere, and whether it had few direct ones.
pub(super) struct Found {
    pub(super) known: Known,
    pub(super) direct_few: bool,
}

/// Below this share of the index, a word's sets are kept to narrow a longer word's search.
pub(super) fn few(n: usize) -> usize {
    n / 8
}

/// Whether a word had few direct matches in the whole index.
pub(super) fn is_few(direct: usize) -> bool {
    direct < FUZZY_WHEN_FEWER
}
