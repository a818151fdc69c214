//! Keeping the note index and the contact trigram index: which notes hold each word, which
//! contacts each three characters, as chunks of ascending interaction ids.
//! Shared by the writer and the migration that builds the index for older notebooks.

use super::codec::{decode_postings, encode_postings};
use super::{Result, StoreError};
use redb::{ReadableTable, Table};

/// Ids per chunk: small enough to rewrite on every note, large enough to keep the index compact.
pub const CHUNK: usize = 128;

pub type PostingsTable<'t> = Table<'t, (&'static str, u64), &'static [u8]>;

fn damaged(table: &'static str, word: &str, first: u64, e: super::codec::CodecError) -> StoreError {
    StoreError::Corrupt {
        table,
        key: format!("{word}/{first}"),
        reason: e.to_string(),
    }
}

/// Index entries a write adds when it finishes, by word: each word is kept once with its ids,
/// so a bulk load of 100k contacts sorts the distinct words at the end, not millions of pairs.
#[derive(Debug, Default)]
pub(crate) struct Pending {
    by_word: std::collections::HashMap<String, Vec<u64>>,
    /// The records with entries here, so forgetting one that has none costs nothing.
    ids: std::collections::HashSet<u64>,
}

impl Pending {
    /// `id` is to be found under each of `words`.
    pub fn add(&mut self, words: impl IntoIterator<Item = String>, id: u64) {
        self.ids.insert(id);
        for word in words {
            self.by_word.entry(word).or_default().push(id);
        }
    }

    /// `id`'s entries are no longer wanted (the record changed again in the same write).
    pub fn forget(&mut self, id: u64) {
        if !self.ids.remove(&id) {
            return;
        }
        for ids in self.by_word.values_mut() {
            ids.retain(|i| *i != id);
        }
    }

    /// Writes every entry, word by word in order, each word's ids ascending.
    pub fn write(self, name: &'static str, table: &mut PostingsTable<'_>) -> Result<()> {
        let mut words: Vec<(String, Vec<u64>)> = self.by_word.into_iter().collect();
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        for (word, mut ids) in words {
            ids.sort_unstable();
            ids.dedup();
            if !ids.is_empty() {
                add_word(name, table, &word, &ids)?;
            }
        }
        Ok(())
    }
}

/// Adds `(word, id)` pairs, which must be sorted; ids newer than a word's last one are appended
/// to its last chunk, anything else goes through [`insert_one`].
pub fn add_sorted(
    name: &'static str,
    table: &mut PostingsTable<'_>,
    pairs: &[(String, u64)],
) -> Result<()> {
    let mut start = 0;
    while start < pairs.len() {
        let word = pairs[start].0.as_str();
        let end = start + pairs[start..].iter().take_while(|(w, _)| w == word).count();
        let ids: Vec<u64> = pairs[start..end].iter().map(|(_, id)| *id).collect();
        add_word(name, table, word, &ids)?;
        start = end;
    }
    Ok(())
}

fn last_chunk(
    name: &'static str,
    table: &PostingsTable<'_>,
    word: &str,
) -> Result<Option<(u64, Vec<u64>)>> {
    let Some(entry) = table.range((word, 0)..=(word, u64::MAX))?.next_back() else {
        return Ok(None);
    };
    let (key, value) = entry?;
    let first = key.value().1;
    let ids = decode_postings(value.value()).map_err(|e| damaged(name, word, first, e))?;
    Ok(Some((first, ids)))
}

fn add_word(
    name: &'static str,
    table: &mut PostingsTable<'_>,
    word: &str,
    ids: &[u64],
) -> Result<()> {
    let mut ids = ids.iter().copied().peekable();
    if let Some((first, mut chunk)) = last_chunk(name, table, word)?
        && chunk
            .last()
            .is_some_and(|last| ids.peek().is_some_and(|id| id > last))
    {
        while chunk.len() < CHUNK {
            match ids.next() {
                Some(id) => chunk.push(id),
                None => break,
            }
        }
        table.insert((word, first), encode_postings(&chunk).as_slice())?;
    }
    let rest: Vec<u64> = ids.collect();
    for piece in rest.chunks(CHUNK) {
        // Older ids than the word's newest (a note moved between words by an edit is re-added
        // under its old id) are placed one by one.
        if last_chunk(name, table, word)?
            .is_some_and(|(_, c)| c.last().is_some_and(|l| piece[0] < *l))
        {
            for id in piece {
                insert_one(name, table, word, *id)?;
            }
        } else {
            table.insert((word, piece[0]), encode_postings(piece).as_slice())?;
        }
    }
    Ok(())
}

/// Puts one id into the chunk that covers it.
fn insert_one(
    name: &'static str,
    table: &mut PostingsTable<'_>,
    word: &str,
    id: u64,
) -> Result<()> {
    let found = match table.range((word, 0)..=(word, id))?.next_back() {
        Some(entry) => {
            let (key, value) = entry?;
            let first = key.value().1;
            Some((
                first,
                decode_postings(value.value()).map_err(|e| damaged(name, word, first, e))?,
            ))
        }
        None => None,
    };
    match found {
        Some((first, mut chunk)) => {
            if let Err(at) = chunk.binary_search(&id) {
                chunk.insert(at, id);
                table.insert((word, first), encode_postings(&chunk).as_slice())?;
            }
        }
        None => {
            // Before every chunk of the word: start a new first chunk.
            table.insert((word, id), encode_postings(&[id]).as_slice())?;
        }
    }
    Ok(())
}

/// Removes `id` from a word's postings, dropping the chunk when it empties.
pub fn remove(
    name: &'static str,
    table: &mut PostingsTable<'_>,
    word: &str,
    id: u64,
) -> Result<()> {
    let Some(entry) = table.range((word, 0)..=(word, id))?.next_back() else {
        return Ok(());
    };
    let (first, mut chunk) = {
        let (key, value) = entry?;
        let first = key.value().1;
        (
            first,
            decode_postings(value.value()).map_err(|e| damaged(name, word, first, e))?,
        )
    };
    let Ok(at) = chunk.binary_search(&id) else {
        return Ok(());
    };
    chunk.remove(at);
    table.remove((word, first))?;
    if let Some(&new_first) = chunk.first() {
        table.insert((word, new_first), encode_postings(&chunk).as_slice())?;
    }
    Ok(())
}
