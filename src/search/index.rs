//! The contact search index: for every contact, in use or archived, the folded name, company,
//! tags, emails and phone digits, each field laid end to end in one string so a query word is
//! found in all 100k contacts by a single fast substring scan. Scattered (fuzzy) matching of
//! names runs only when a word has few direct matches. Filters that change with every note
//! (quiet, due) are read from the store's indexes at query time.

use super::field::Field;
use super::matcher::{Needle, Score, fuzzy_score, score_at};
use super::query::{DueFilter, Filter, Query};
use crate::domain::serde_time::date_to_days;
use crate::domain::{ContactId, Direction, Kind};
use crate::store::{Result, SearchRow, Store};
use chrono::NaiveDate;
use std::collections::HashSet;

/// Hits ranked by score; the rest follow in name order.
const RANKED: usize = 1000;
/// Below this many direct matches for a word, names are also matched letter by scattered letter.
pub const FUZZY_WHEN_FEWER: usize = 200;
/// Separates tags within one contact's tag field.
const TAG_SEP: char = SearchRow::TAG_SEP;

/// A contact that matched, with its score (higher first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub id: ContactId,
    pub score: Score,
}

/// Contacts in name order: those in use first, then archived ones.
pub struct ContactIndex {
    ids: Vec<ContactId>,
    kinds: Vec<Kind>,
    archived: Vec<bool>,
    /// Day number since which each contact has been silent (last interaction, or creation),
    /// as of when the index was read; the screen reads the index again after each note.
    silent_since: Vec<i32>,
    names: Field,
    companies: Field,
    tags: Field,
    emails: Field,
    phones: Field,
    /// Per query word, whether names are matched letter by letter too; `None`: decided by
    /// counting direct matches here.
    fuzzy: Option<Vec<bool>>,
}

impl ContactIndex {
    /// Reads every contact's search row once, in name order, without decoding the contacts or
    /// holding the rows: the index is all the memory it takes. A contact whose row is missing
    /// is not found (`kith check` names it and `--repair` rebuilds the rows).
    pub fn build(store: &Store) -> Result<ContactIndex> {
        let mut index = ContactIndex::with_capacity(0);
        store.each_search_row(&mut |id, row| index.push(id, row))?;
        index.finish();
        // Facts come in id order (the table's): each contact finds its day by halving.
        let last: Vec<(ContactId, i32)> = (store.all_facts()?.into_iter())
            .filter_map(|(id, f)| Some((id, date_to_days(f.last_contacted?.date()))))
            .collect();
        for (i, id) in index.ids.iter().enumerate() {
            if let Ok(at) = last.binary_search_by_key(id, |(id, _)| *id) {
                index.silent_since[i] = last[at].1;
            }
        }
        Ok(index)
    }

    /// An index of the given contacts' search rows, which must be in name order (those in use,
    /// then archived ones). Silent days are their creation day until told otherwise.
    pub fn from_rows<'a>(
        rows: impl ExactSizeIterator<Item = &'a (ContactId, SearchRow)>,
    ) -> ContactIndex {
        let mut index = ContactIndex::with_capacity(rows.len());
        for (id, row) in rows {
            index.push(*id, row);
        }
        index.finish();
        index
    }

    fn with_capacity(n: usize) -> ContactIndex {
        ContactIndex {
            ids: Vec::with_capacity(n),
            kinds: Vec::with_capacity(n),
            archived: Vec::with_capacity(n),
            silent_since: Vec::with_capacity(n),
            names: Field::default(),
            companies: Field::default(),
            tags: Field::default(),
            emails: Field::default(),
            phones: Field::default(),
            fuzzy: None,
        }
    }

    /// Adds the next contact in name order.
    fn push(&mut self, id: ContactId, row: &SearchRow) {
        self.ids.push(id);
        self.kinds.push(row.kind);
        self.archived.push(row.archived);
        self.silent_since.push(row.created_day);
        self.names.push(&row.name);
        self.companies.push(&row.company);
        self.tags.push(&row.tags);
        self.emails.push(&row.emails);
        self.phones.push(&row.phones);
    }

    /// Closes every field, and gives back what growing left spare.
    fn finish(&mut self) {
        for field in [
            &mut self.names,
            &mut self.companies,
            &mut self.tags,
            &mut self.emails,
            &mut self.phones,
        ] {
            field.finish();
        }
        self.ids.shrink_to_fit();
        self.kinds.shrink_to_fit();
        self.archived.shrink_to_fit();
        self.silent_since.shrink_to_fit();
    }

    /// Sets the day since which each listed contact has been silent (its latest interaction).
    pub fn set_last_contacted(&mut self, last: &std::collections::HashMap<ContactId, i32>) {
        for (i, id) in self.ids.iter().enumerate() {
            if let Some(day) = last.get(id) {
                self.silent_since[i] = *day;
            }
        }
    }

    /// Decides, word by word, whether names are also matched letter by letter, instead of
    /// counting direct matches in this index: an index of a few candidates answers as the whole
    /// notebook would only with the whole notebook's decision.
    pub fn decide_fuzzy(&mut self, fuzzy: Vec<bool>) {
        self.fuzzy = Some(fuzzy);
    }

    /// The contacts of this index that match `word` directly (not letter by scattered letter).
    pub fn direct_matches(&self, word: &str) -> Vec<ContactId> {
        self.direct_scores(&Needle::new(word))
            .iter()
            .zip(&self.ids)
            .filter(|(s, _)| **s > 0)
            .map(|(_, id)| *id)
            .collect()
    }

    /// The contacts of this index, in its order.
    pub fn ids(&self) -> &[ContactId] {
        &self.ids
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Contacts matching `query`, best first (ties, and everything past the first thousand, in
    /// name order). `store` answers the filters that change with every note.
    pub fn search(&self, query: &Query, store: &Store, today: NaiveDate) -> Result<Vec<Hit>> {
        let n = self.ids.len();
        let archived = query.archived();
        let due = due_contacts(query, store, today)?;
        let quiet_before = query.filters.iter().find_map(|f| match f {
            Filter::Quiet(days) => {
                Some(crate::domain::serde_time::date_to_days(today) - *days as i32)
            }
            _ => None,
        });
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
                self.word_scores(w, fuzzy)
            })
            .collect();

        let mut hits: Vec<(Score, usize)> = Vec::new();
        'entries: for i in 0..n {
            if self.archived[i] != archived {
                continue;
            }
            for f in &query.filters {
                let ok = match f {
                    Filter::Kind(k) => self.kinds[i] == *k,
                    Filter::Tag(t) => self.tags.segment(i).split(TAG_SEP).any(|x| x == t),
                    Filter::Company(_) => companies.as_ref().is_some_and(|c| c[i]),
                    Filter::Due(_) => due.as_ref().is_some_and(|d| d.contains(&self.ids[i])),
                    Filter::Quiet(_) => quiet_before.is_some_and(|day| self.silent_since[i] <= day),
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
                    id: self.ids[i],
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
                id: self.ids[i],
                score,
            })
            .collect())
    }

    /// Every contact's best score for one word (0: no match). The name counts most. Names are
    /// also matched letter by scattered letter when `fuzzy` says so, or, left to this index,
    /// when the word has few direct matches.
    fn word_scores(&self, word: &str, fuzzy: Option<bool>) -> Vec<Score> {
        let needle = Needle::new(word);
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
        if let Some(wanted) = phone_digits(word) {
            self.phones.occurrences(&Needle::new(&wanted), |e, _| {
                keep(&mut scores, e, Some(900))
            });
        }
        scores
    }
}

/// A word of fewer than three letters: matched in companies only at a word start, never in
/// emails, and never letter by scattered letter.
pub fn is_short(word: &str) -> bool {
    word.chars().count() < 3
}

/// Whether a word with few direct matches is also matched in names letter by scattered letter:
/// not a short word, nor one that is mostly digits, which is matched against phone numbers
/// (scattered digits in a name mean nothing, and looking for them reads every name).
pub fn scatters(word: &str) -> bool {
    !is_short(word) && phone_digits(word).is_none()
}

/// The digits a word is matched with against phone numbers, when it is mostly digits.
pub fn phone_digits(word: &str) -> Option<String> {
    let wanted = SearchRow::digits(word);
    (wanted.len() >= 3 && wanted.len() * 2 >= word.len()).then_some(wanted)
}

fn due_contacts(
    query: &Query,
    store: &Store,
    today: NaiveDate,
) -> Result<Option<HashSet<ContactId>>> {
    let Some(which) = query.filters.iter().find_map(|f| match f {
        Filter::Due(d) => Some(d),
        _ => None,
    }) else {
        return Ok(None);
    };
    let (from, to) = match which {
        DueFilter::Overdue => (None, Some(today - chrono::Duration::days(1))),
        DueFilter::Today => (Some(today), Some(today)),
    };
    let mut set = HashSet::new();
    for direction in [Direction::Promise, Direction::Reminder] {
        set.extend(store.open_followup_contacts(direction, from, to)?);
    }
    Ok(Some(set))
}
