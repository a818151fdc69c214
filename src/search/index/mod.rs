//! The contact search index: for every contact, in use or archived, the folded name, company,
//! tags, emails and phone digits, each field laid end to end in one string so a query word is
//! found in all 100k contacts by a single fast substring scan. Scattered (fuzzy) matching of
//! names runs only when a word has few direct matches. Filters that change with every note
//! are read from the store's indexes: `due:` at every query, `quiet:` (the day each contact has
//! been silent since) the first time it is asked while the index lives, which the screen reads
//! again after every note.

mod everywhere;
mod field;
mod memo;
mod plan;
mod sounds;
mod word;

use super::matcher::Score;
use super::query::{DueFilter, Filter, Query};
use crate::domain::serde_time::date_to_days;
use crate::domain::{ContactId, ContactIds, Direction, Kind};
use crate::store::{Result, SearchRow, Store};
use chrono::NaiveDate;
use field::Field;
pub(in crate::search) use sounds::query_key;
use std::collections::HashSet;
use std::sync::Mutex;

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
    ids: ContactIds,
    kinds: Vec<Kind>,
    /// Where the archived contacts begin: every contact from this entry on is archived.
    archived_from: Option<usize>,
    names: Field,
    companies: Field,
    tags: Field,
    emails: Field,
    phones: Field,
    /// The words of Devanagari and Bengali names, to find them by sound.
    sounds: sounds::Sounds,
    /// Per query word, whether names are matched letter by letter too; `None`: decided by
    /// counting direct matches here.
    fuzzy: Option<Vec<bool>>,
    /// What the last queries found, for the next keystroke's.
    memo: Mutex<memo::Memo>,
}

impl ContactIndex {
    /// Reads every contact's search row once, in name order, without decoding the contacts or
    /// holding the rows: the index is all the memory it takes. A contact whose row is missing
    /// is not found (`kith check` names it and `--repair` rebuilds the rows).
    pub fn build(store: &Store) -> Result<ContactIndex> {
        let mut index = ContactIndex::with_capacity(0);
        store.each_search_row(&mut |id, row| index.push(id, row))?;
        index.finish();
        Ok(index)
    }

    /// An index of the given contacts' search rows, which must be in name order (those in use,
    /// then archived ones).
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
            ids: ContactIds::with_capacity(n),
            kinds: Vec::with_capacity(n),
            archived_from: None,
            names: Field::packed(),
            companies: Field::interned(),
            tags: Field::interned(),
            emails: Field::packed(),
            phones: Field::packed(),
            sounds: sounds::Sounds::default(),
            fuzzy: None,
            memo: Mutex::default(),
        }
    }

    /// Adds the next contact in name order.
    fn push(&mut self, id: ContactId, row: &SearchRow) {
        if row.archived && self.archived_from.is_none() {
            self.archived_from = Some(self.ids.len());
        }
        self.ids.push(id);
        self.kinds.push(row.kind);
        self.names.push(&row.name);
        self.companies.push(&row.company);
        self.tags.push(&row.tags);
        self.emails.push(&row.emails);
        self.phones.push(&row.phones);
        self.sounds.push(&row.name);
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
        self.sounds.finish();
        self.ids.shrink_to_fit();
        self.kinds.shrink_to_fit();
    }

    /// Decides, word by word, whether names are also matched letter by letter, instead of
    /// counting direct matches in this index: an index of a few candidates answers as the whole
    /// notebook would only with the whole notebook's decision.
    pub fn decide_fuzzy(&mut self, fuzzy: Vec<bool>) {
        self.fuzzy = Some(fuzzy);
    }

    /// The contacts of this index that match `word` directly (not letter by scattered letter).
    pub fn direct_matches(&self, word: &str, last: bool) -> Vec<ContactId> {
        self.scan(&word::Word::new(word, last, &self.sounds), None)
            .iter()
            .zip(self.ids.iter())
            .filter(|(s, _)| **s > 0)
            .map(|(_, id)| id)
            .collect()
    }

    /// Forgets what earlier queries found, so the next is looked for from scratch, as the
    /// first key typed after contacts changed is.
    pub fn forget(&self) {
        *self.memo.lock().unwrap_or_else(|e| e.into_inner()) = memo::Memo::default();
    }

    /// Whether the contact at `entry` is archived: it comes after the first archived one (a row
    /// out of that order, in a damaged notebook, counts as its place says).
    fn is_archived(&self, entry: usize) -> bool {
        self.archived_from.is_some_and(|from| entry >= from)
    }

    /// The contacts of this index, in its order.
    pub fn ids(&self) -> &ContactIds {
        &self.ids
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
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

/// A stored phone number of at least this many digits that the digits of a longer query end
/// with is the same number written with a country code (`+34 600 675 781` finds `600675781`).
pub const SAME_NUMBER_FROM: usize = 7;

/// The last `SAME_NUMBER_FROM` digits of a word's phone digits, when it has more: a stored
/// number they end with may be the same number without its country code.
pub fn phone_tail(digits: &str) -> Option<&str> {
    (digits.len() > SAME_NUMBER_FROM).then(|| &digits[digits.len() - SAME_NUMBER_FROM..])
}

/// Whether the phone number holding the occurrence of a phone tail at byte `at` of `phones`
/// (a contact's numbers, digits separated by spaces) ends with it, and is itself the end of
/// `digits`, at least `SAME_NUMBER_FROM` digits long.
pub fn ends_number(phones: &str, at: usize, digits: &str) -> bool {
    let end = at + SAME_NUMBER_FROM;
    if end != phones.len() && phones.as_bytes().get(end) != Some(&b' ') {
        return false;
    }
    let start = phones[..at].rfind(' ').map_or(0, |i| i + 1);
    let number = &phones[start..end];
    number.len() >= SAME_NUMBER_FROM && digits.ends_with(number)
}

/// The digits a word is matched with against phone numbers, when it is mostly digits.
pub fn phone_digits(word: &str) -> Option<String> {
    let wanted = SearchRow::digits(word);
    (wanted.len() >= 3 && wanted.len() * 2 >= word.len()).then_some(wanted)
}

/// Below this many contacts, the `quiet:` filter reads each one's facts; from it, the silence
/// rows of every contact in use.
const QUIET_ONE_BY_ONE_BELOW: usize = 4096;

/// The day a query's `quiet:` filter asks for silence since (or earlier), if it has one.
fn quiet_day(query: &Query, today: NaiveDate) -> Option<i32> {
    query.filters.iter().find_map(|f| match f {
        Filter::Quiet(days) => Some(date_to_days(today).saturating_sub_unsigned(*days)),
        _ => None,
    })
}

/// The day since which each contact of `index` has been silent, by entry (the day last in
/// touch, or the day they were added; `i32::MAX` for an archived contact, never quiet), by the
/// store's silence rows, which every write keeps: read once for every `quiet:` while the index
/// lives, then compared with each day asked.
fn silent_days(index: &ContactIndex, store: &Store) -> Result<Vec<i32>> {
    let mut days: Vec<(ContactId, i32)> = Vec::new();
    let mut keep = |id, day| days.push((id, day));
    if index.len() < QUIET_ONE_BY_ONE_BELOW {
        store.each_silent_among(index.ids.iter(), &mut keep)?;
    } else {
        store.each_silent(i32::MAX, &mut keep)?;
    }
    days.sort_unstable();
    Ok((index.ids.iter())
        .map(|id| match days.binary_search_by_key(&id, |(id, _)| *id) {
            Ok(at) => days[at].1,
            Err(_) => i32::MAX,
        })
        .collect())
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

#[cfg(test)]
mod reference;
#[cfg(test)]
mod tests;
