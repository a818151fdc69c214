//! Note search over the word index: every query word must be in the note, the last one may be
//! the start of a word (search as you type), newest notes first.

use super::codec::decode_postings;
use super::contain::contain;
use super::tables::{INTERACTION_KEYS, INTERACTIONS, NOTE_POSTINGS};
use super::write::decode_at;
use super::{Result, Skipped, Store};
use crate::domain::Interaction;
use crate::text::note_tokens;
use redb::{ReadOnlyTable, ReadableTable};
use std::collections::{BinaryHeap, HashSet};

/// Distinct words a prefix may stand for; beyond that the prefix is too short to be useful.
const MAX_PREFIX_WORDS: usize = 256;
/// Candidates looked at before giving up on finding more.
const MAX_CANDIDATES: usize = 50_000;

/// Notes matching a search, newest first.
#[derive(Debug, Default)]
pub struct NoteHits {
    pub notes: Vec<Interaction>,
    /// Stopped at the limit (or at the candidate cap): there may be more.
    pub more: bool,
    /// Notes, and pieces of the word index, that were left out because they are damaged.
    pub skipped: Vec<Skipped>,
}

type Postings = ReadOnlyTable<(&'static str, u64), &'static [u8]>;

/// A word's note ids, newest (highest) first, a chunk at a time.
struct WordIds {
    chunks: Vec<Vec<u64>>,
}

impl WordIds {
    /// A damaged chunk is left out and named in `skipped`: the notes it listed are then not
    /// found by this word until `kith check --repair` rebuilds the index.
    fn read(index: &Postings, word: &str, skipped: &mut Vec<Skipped>) -> Result<WordIds> {
        let mut chunks = Vec::new();
        for entry in index.range((word, 0)..=(word, u64::MAX))? {
            let (key, value) = entry?;
            let first = key.value().1;
            match decode_postings(value.value()) {
                Ok(ids) => chunks.push(ids),
                Err(e) => skipped.push(Skipped {
                    table: "note_postings_v1",
                    key: format!("{word}/{first}"),
                    reason: e.to_string(),
                }),
            }
        }
        Ok(WordIds { chunks })
    }

    fn len(&self) -> usize {
        self.chunks.iter().map(Vec::len).sum()
    }

    fn newest_first(self) -> impl Iterator<Item = u64> {
        self.chunks
            .into_iter()
            .rev()
            .flat_map(|c| c.into_iter().rev())
    }
}

impl Store {
    /// Notes holding every word of `query` (folded; the last word may be a prefix).
    pub fn search_notes(&self, query: &str, limit: usize) -> Result<NoteHits> {
        contain(|| {
            let mut words = note_tokens(query);
            let Some(last) = words.pop() else {
                return Ok(NoteHits::default());
            };
            let txn = self.db.begin_read()?;
            let index = txn.open_table(NOTE_POSTINGS)?;
            let keys = txn.open_table(INTERACTION_KEYS)?;
            let notes = txn.open_table(INTERACTIONS)?;

            // Drive from the rarest exact word, or from the prefix when it is the only word.
            let mut skipped = Vec::new();
            let mut driver: Option<WordIds> = None;
            for w in &words {
                let ids = WordIds::read(&index, w, &mut skipped)?;
                if driver.as_ref().is_none_or(|d| ids.len() < d.len()) {
                    driver = Some(ids);
                }
            }
            let candidates: Box<dyn Iterator<Item = u64>> = match driver {
                Some(ids) => Box::new(ids.newest_first()),
                None => Box::new(prefix_ids(&index, &last, &mut skipped)?.into_iter()),
            };
            let need_check = !words.is_empty();
            let mut hits = NoteHits {
                skipped,
                ..NoteHits::default()
            };
            let mut seen = HashSet::new();
            for (checked, id) in candidates.enumerate() {
                if checked >= MAX_CANDIDATES || hits.notes.len() >= limit {
                    hits.more = true;
                    break;
                }
                if !seen.insert(id) {
                    continue;
                }
                let Some(place) = keys.get(id)? else { continue };
                let (contact, secs) = place.value();
                let Some(bytes) = notes.get((contact, secs, id))? else {
                    continue;
                };
                let note = match decode_at::<Interaction>("interactions_v1", id, bytes.value()) {
                    Ok(note) => note,
                    Err(e) => {
                        hits.skipped.push(e.into());
                        continue;
                    }
                };
                if need_check {
                    let tokens = note_tokens(&note.text);
                    if !words.iter().all(|w| tokens.contains(w))
                        || !tokens.iter().any(|t| t.starts_with(&last))
                    {
                        continue;
                    }
                }
                hits.notes.push(note);
            }
            // Found in the order notes were written; shown by when they happened.
            hits.notes
                .sort_by(|a, b| b.at.cmp(&a.at).then(b.id.cmp(&a.id)));
            Ok(hits)
        })
    }

    /// Every (word, note id) of the note index: the tests compare it with the notes it indexes.
    #[doc(hidden)]
    pub fn note_index_rows(&self) -> Result<Vec<(String, u64)>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let index = txn.open_table(NOTE_POSTINGS)?;
            let mut rows = Vec::new();
            for entry in index.iter()? {
                let (key, value) = entry?;
                let (word, _) = key.value();
                for id in decode_postings(value.value()).unwrap_or_default() {
                    rows.push((word.to_string(), id));
                }
            }
            Ok(rows)
        })
    }
}

/// Ids of notes holding any word that starts with `prefix`, newest first.
fn prefix_ids(index: &Postings, prefix: &str, skipped: &mut Vec<Skipped>) -> Result<Vec<u64>> {
    // The distinct words with this prefix, hopping from one word to the next.
    let mut words: Vec<String> = Vec::new();
    loop {
        let next = match words.last() {
            None => index.range((prefix, 0)..)?.next(),
            Some(word) => index.range((word.as_str(), u64::MAX)..)?.find(|e| {
                e.as_ref()
                    .map_or(true, |(k, _)| k.value().0 != word.as_str())
            }),
        };
        let Some(entry) = next else { break };
        let (key, _) = entry?;
        let word = key.value().0;
        if !word.starts_with(prefix) || words.len() >= MAX_PREFIX_WORDS {
            break;
        }
        words.push(word.to_string());
    }
    // Merge the words' ids, newest first, up to the candidate cap.
    let mut lists: Vec<std::iter::Peekable<Box<dyn Iterator<Item = u64>>>> = Vec::new();
    for w in &words {
        let it: Box<dyn Iterator<Item = u64>> =
            Box::new(WordIds::read(index, w, skipped)?.newest_first());
        lists.push(it.peekable());
    }
    let mut heap: BinaryHeap<(u64, usize)> = lists
        .iter_mut()
        .enumerate()
        .filter_map(|(i, l)| l.peek().map(|id| (*id, i)))
        .collect();
    let mut merged = Vec::new();
    while let Some((id, i)) = heap.pop() {
        lists[i].next();
        if merged.last() != Some(&id) {
            merged.push(id);
        }
        if merged.len() >= MAX_CANDIDATES {
            break;
        }
        if let Some(next) = lists[i].peek() {
            heap.push((*next, i));
        }
    }
    Ok(merged)
}
