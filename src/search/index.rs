//! The contact search index: for every contact, in use or archived, the folded name, company,
//! tags, emails and phone digits, each field laid end to end in one string so a query word is
//! found in all 100k contacts by a single fast substring scan. Scattered (fuzzy) matching of
//! names runs only when a word has few direct matches. Filters that change with every note
//! (quiet, due) are read from the store's indexes at query time.

use super::fold;
use super::matcher::{Needle, Score, fuzzy_score, score_at};
use super::query::{DueFilter, Filter, Query};
use crate::domain::{Contact, ContactId, Direction, Kind};
use crate::store::{Result, Store};
use chrono::NaiveDate;
use std::collections::HashSet;

/// Hits ranked by score; the rest follow in name order.
const RANKED: usize = 1000;
/// Below this many direct matches for a word, names are also matched letter by scattered letter.
const FUZZY_WHEN_FEWER: usize = 200;
/// Separates tags within one contact's tag field.
const TAG_SEP: char = '\u{1F}';

/// One searchable field of every contact, end to end, `\n` between contacts.
#[derive(Default)]
struct Field {
    text: String,
    starts: Vec<u32>,
}

impl Field {
    fn push(&mut self, value: &str) {
        self.starts.push(self.text.len() as u32);
        // Folded text holds no newline (fold joins words with single spaces).
        self.text.push_str(value);
        self.text.push('\n');
    }

    fn finish(&mut self) {
        self.starts.push(self.text.len() as u32);
    }

    fn segment(&self, entry: usize) -> &str {
        let (a, b) = (self.starts[entry] as usize, self.starts[entry + 1] as usize);
        &self.text[a..b - 1]
    }

    /// Calls `found(entry, offset in its segment)` for every occurrence of `needle`.
    fn occurrences(&self, needle: &Needle, mut found: impl FnMut(usize, usize)) {
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
    /// Contacts left out because their records are damaged.
    pub skipped: Vec<crate::store::Skipped>,
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

impl ContactIndex {
    /// Reads every contact once. Damaged records are left out and named in `skipped`.
    pub fn build(store: &Store) -> Result<ContactIndex> {
        let mut ids = store.sorted_contact_ids(false, 0, usize::MAX)?;
        ids.extend(store.sorted_contact_ids(true, 0, usize::MAX)?);
        let loaded = store.contacts(&ids)?;
        let mut index = Self::from_contacts(&loaded.items);
        index.skipped = loaded.damaged;
        let last: std::collections::HashMap<ContactId, chrono::NaiveDateTime> = store
            .all_facts()?
            .into_iter()
            .filter_map(|(id, f)| Some((id, f.last_contacted?)))
            .collect();
        for (i, id) in index.ids.iter().enumerate() {
            if let Some(at) = last.get(id) {
                index.silent_since[i] = crate::domain::serde_time::date_to_days(at.date());
            }
        }
        Ok(index)
    }

    fn from_contacts(contacts: &[Contact]) -> ContactIndex {
        let mut index = ContactIndex {
            ids: Vec::with_capacity(contacts.len()),
            kinds: Vec::with_capacity(contacts.len()),
            archived: Vec::with_capacity(contacts.len()),
            silent_since: Vec::with_capacity(contacts.len()),
            names: Field::default(),
            companies: Field::default(),
            tags: Field::default(),
            emails: Field::default(),
            phones: Field::default(),
            skipped: Vec::new(),
        };
        for c in contacts {
            index.ids.push(c.id);
            index.kinds.push(c.kind);
            index.archived.push(c.is_archived());
            index
                .silent_since
                .push(crate::domain::serde_time::date_to_days(c.created_at.date()));
            index.names.push(&fold(&c.name));
            index
                .companies
                .push(&fold(c.company.as_deref().unwrap_or("")));
            let tags: Vec<String> = c.tags.iter().map(|t| fold(t)).collect();
            index.tags.push(&tags.join(&TAG_SEP.to_string()));
            let emails: Vec<String> = c.emails.iter().map(|e| fold(&e.value)).collect();
            index.emails.push(&emails.join(" "));
            let phones: Vec<String> = c.phones.iter().map(|p| digits(&p.value)).collect();
            index.phones.push(&phones.join(" "));
        }
        for field in [
            &mut index.names,
            &mut index.companies,
            &mut index.tags,
            &mut index.emails,
            &mut index.phones,
        ] {
            field.finish();
        }
        index
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
        let word_scores: Vec<Vec<Score>> =
            query.words.iter().map(|w| self.word_scores(w)).collect();

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

    /// Every contact's best score for one word (0: no match). The name counts most.
    fn word_scores(&self, word: &str) -> Vec<Score> {
        let n = self.ids.len();
        let needle = Needle::new(word);
        let mut scores = vec![0 as Score; n];
        let keep = |scores: &mut Vec<Score>, e: usize, s: Option<Score>| {
            if let Some(s) = s {
                scores[e] = scores[e].max(s);
            }
        };
        self.names.occurrences(&needle, |e, at| {
            keep(
                &mut scores,
                e,
                score_at(self.names.segment(e), at, &needle).map(|s| s + 300),
            )
        });
        // A letter or two inside a company or an email address finds nearly everyone: short
        // words match those only at a word start, and emails not at all.
        let short = needle.text.chars().count() < 3;
        let min = if short { 1400 } else { 0 };
        self.companies.occurrences(&needle, |e, at| {
            keep(
                &mut scores,
                e,
                score_at(self.companies.segment(e), at, &needle).filter(|s| *s >= min),
            )
        });
        if !short {
            self.emails.occurrences(&needle, |e, at| {
                keep(
                    &mut scores,
                    e,
                    score_at(self.emails.segment(e), at, &needle),
                )
            });
        }
        self.tags.occurrences(&needle, |e, at| {
            let segment = self.tags.segment(e);
            let at_tag_start = at == 0 || segment[..at].ends_with(TAG_SEP);
            keep(&mut scores, e, at_tag_start.then_some(900));
        });
        let wanted = digits(word);
        if wanted.len() >= 3 && wanted.len() * 2 >= word.len() {
            self.phones.occurrences(&Needle::new(&wanted), |e, _| {
                keep(&mut scores, e, Some(900))
            });
        }
        // Few direct matches: try names letter by scattered letter too.
        if scores.iter().filter(|s| **s > 0).count() < FUZZY_WHEN_FEWER {
            for (e, score) in scores.iter_mut().enumerate().filter(|(_, s)| **s == 0) {
                if let Some(s) = fuzzy_score(self.names.segment(e), &needle) {
                    *score = s;
                }
            }
        }
        scores
    }
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
