//! The one-shot contact search (`kith search`), answered from the search rows and trigram index
//! the notebook keeps, with the screen's own matcher and order: the same hits, read from the
//! candidates of each word instead of from every contact.
//!
//! A word of three or more characters can only match directly in a field holding each of its
//! three-character pieces, so its candidates are the contacts holding all of them (and, for a
//! word that finds Devanagari and Bengali names by sound, those holding every piece of its key
//! after `SearchRow::SOUND_MARK`). A word with
//! fewer than `FUZZY_WHEN_FEWER` direct matches in the whole notebook (and not mostly digits)
//! also matches names letter by scattered letter; only then are the names read, from the name
//! index. Queries of short words or only filters read every search row.

use super::index::{
    ContactIndex, FUZZY_WHEN_FEWER, Hit, is_short, phone_digits, phone_tail, query_key, scatters,
};
use super::matcher::{Needle, fuzzy_score};
use super::query::Query;
use crate::domain::ContactId;
use crate::store::{Result, Skipped, Store};
use crate::store::{SearchRow, trigrams};
use crate::text::collation::Collation;
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// Contacts matching a query, in the screen's order, and index pieces left out as damaged.
#[derive(Debug, Default)]
pub struct Found {
    pub hits: Vec<Hit>,
    pub skipped: Vec<Skipped>,
}

pub fn search(store: &Store, query: &Query, today: NaiveDate) -> Result<Found> {
    if query.words.is_empty() || query.words.iter().any(|w| is_short(w)) {
        return every_row(store, query, today);
    }
    let mut skipped = Vec::new();
    let mut matching: Vec<HashSet<ContactId>> = Vec::with_capacity(query.words.len());
    let mut fuzzy = Vec::with_capacity(query.words.len());
    // Every search row read so far: each is read once, for the word that first needs it, and
    // the final index is built from these.
    let mut read = Rows::default();
    let last = query.words.len() - 1;
    for (i, word) in query.words.iter().enumerate() {
        let mut ids = store.contacts_holding(&trigrams(word), &mut skipped)?;
        if let Some(digits) = phone_digits(word) {
            ids.extend(store.contacts_holding(&trigrams(&digits), &mut skipped)?);
            // The same number stored without its country code ends with the same digits.
            if let Some(tail) = phone_tail(&digits) {
                ids.extend(store.contacts_holding(&trigrams(tail), &mut skipped)?);
            }
            ids.sort_unstable();
            ids.dedup();
        }
        // Devanagari and Bengali names it finds by sound hold the pieces of its key.
        if let Some(key) = query_key(word) {
            let marked = format!("{}{key}", SearchRow::SOUND_MARK);
            ids.extend(store.contacts_holding(&trigrams(&marked), &mut skipped)?);
            ids.sort_unstable();
            ids.dedup();
        }
        // Whether names are also matched letter by letter turns on how many contacts the word
        // matches directly, but only up to `FUZZY_WHEN_FEWER`: candidates are read until that
        // many match. Past it, or for a word that never scatters, the candidates stand for the
        // word's matches here, and the final index keeps only the true ones.
        let few = if scatters(word) {
            few_direct(store, &mut read, word, i == last, &ids)?
        } else {
            None
        };
        fuzzy.push(few.is_some());
        matching.push(match few {
            Some(direct) => direct.into_iter().collect(),
            None => ids.into_iter().map(ContactId).collect(),
        });
    }
    if fuzzy.iter().any(|f| *f) {
        let needles: Vec<(usize, Needle)> = query
            .words
            .iter()
            .enumerate()
            .filter(|(i, _)| fuzzy[*i])
            .map(|(i, w)| {
                let needle = if i == last {
                    Needle::open(w)
                } else {
                    Needle::new(w)
                };
                (i, needle)
            })
            .collect();
        store.each_folded_name(&mut |id, name| {
            for (i, needle) in &needles {
                if fuzzy_score(name, needle).is_some() {
                    matching[*i].insert(id);
                }
            }
        })?;
    }
    // Every word must match: the candidates are in every word's set.
    let Some((first, rest)) = matching.split_first() else {
        return every_row(store, query, today);
    };
    let mut ids: Vec<u64> = first
        .iter()
        .filter(|id| rest.iter().all(|set| set.contains(id)))
        .map(|id| id.0)
        .collect();
    ids.sort_unstable();
    read.fetch(store, &ids)?;
    let mut index = ContactIndex::from_rows(read.keeping(&ids, store.name_order()?).iter());
    index.decide_fuzzy(fuzzy);
    Ok(Found {
        hits: index.search(query, store, today)?,
        skipped,
    })
}

/// The contacts `word` (`last`: the query's last) matches directly among its candidates `ids`,
/// when they are fewer than `FUZZY_WHEN_FEWER`; `None` as soon as that many are found. Rows
/// are read a slice at a time.
fn few_direct(
    store: &Store,
    read: &mut Rows,
    word: &str,
    last: bool,
    ids: &[u64],
) -> Result<Option<Vec<ContactId>>> {
    let mut direct = Vec::new();
    for slice in ids.chunks(FUZZY_WHEN_FEWER) {
        read.fetch(store, slice)?;
        let rows = read.of(slice);
        direct.extend(ContactIndex::from_rows(rows.into_iter()).direct_matches(word, last));
        if direct.len() >= FUZZY_WHEN_FEWER {
            return Ok(None);
        }
    }
    Ok(Some(direct))
}

/// Search rows read from the store, each once, by contact.
#[derive(Default)]
struct Rows(HashMap<u64, (ContactId, SearchRow)>);

impl Rows {
    /// Reads the rows of `ids` not read yet.
    fn fetch(&mut self, store: &Store, ids: &[u64]) -> Result<()> {
        let missing: Vec<u64> = (ids.iter().copied())
            .filter(|id| !self.0.contains_key(id))
            .collect();
        for (id, row) in store.search_rows(&missing)? {
            self.0.insert(id.0, (id, row));
        }
        Ok(())
    }

    /// The rows of `ids` (those that have one).
    fn of(&self, ids: &[u64]) -> Vec<&(ContactId, SearchRow)> {
        ids.iter().filter_map(|id| self.0.get(id)).collect()
    }

    /// The rows of `ids`, in name order (the notebook's collation, `order`), the others dropped.
    fn keeping(mut self, ids: &[u64], order: Collation) -> Vec<(ContactId, SearchRow)> {
        let mut rows: Vec<_> = ids.iter().filter_map(|id| self.0.remove(id)).collect();
        crate::store::in_name_order(&mut rows, order);
        rows
    }
}

/// The whole notebook's search rows, for queries the trigram index cannot narrow.
fn every_row(store: &Store, query: &Query, today: NaiveDate) -> Result<Found> {
    let index = ContactIndex::from_rows(store.all_search_rows()?.iter());
    Ok(Found {
        hits: index.search(query, store, today)?,
        skipped: Vec::new(),
    })
}
