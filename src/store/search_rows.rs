//! The contact search kept on disk: one row per contact with the folded fields the search
//! matches (`contact_search_v1`), and which contacts hold each three characters of those fields
//! (`contact_trigrams_v1`). The writer keeps both in the transaction that changes the contact;
//! a one-shot search reads the candidates of its words instead of every contact.

use super::SearchRow;
use super::codec::decode_postings;
use super::contain::contain;
use super::tables::{ARCHIVED_NAMES, CONTACT_SEARCH, CONTACT_TRIGRAMS, NAMES, SearchRowValue};
use super::{Result, Skipped, Store};
use crate::domain::{ContactId, Kind};
use crate::text::collation::Collation;
use redb::{ReadableTable, ReadableTableMetadata};

pub(super) const TRIGRAMS_TABLE: &str = "contact_trigrams_v1";

pub(super) fn kind_index(kind: Kind) -> u8 {
    Kind::ALL.iter().position(|(k, _)| *k == kind).unwrap_or(0) as u8
}

/// The stored form of a row; borrowed from it, so write it before `row` goes.
pub(super) fn to_value(row: &SearchRow) -> SearchRowValue<'_> {
    (
        row.archived,
        kind_index(row.kind),
        row.created_day,
        row.name.as_str(),
        row.company.as_str(),
        row.tags.as_str(),
        row.emails.as_str(),
        row.phones.as_str(),
    )
}

pub(super) fn from_value(v: SearchRowValue<'_>) -> SearchRow {
    let (archived, kind, created_day, name, company, tags, emails, phones) = v;
    SearchRow {
        archived,
        kind: Kind::ALL
            .get(usize::from(kind))
            .map_or(Kind::Other, |(k, _)| *k),
        created_day,
        name: name.to_string(),
        company: company.to_string(),
        tags: tags.to_string(),
        emails: emails.to_string(),
        phones: phones.to_string(),
    }
}

/// From this many rows, `search_rows` reads them in two halves at once.
const READ_IN_HALVES_FROM: usize = 4096;

impl Store {
    /// Every contact's search row, in name order (those in use, then archived ones).
    pub fn all_search_rows(&self) -> Result<Vec<(ContactId, SearchRow)>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let table = txn.open_table(CONTACT_SEARCH)?;
            let mut rows = Vec::with_capacity(table.len()? as usize);
            for entry in table.iter()? {
                let (id, row) = entry?;
                rows.push((ContactId(id.value()), from_value(row.value())));
            }
            in_name_order(&mut rows, super::name_order::in_txn(&txn)?);
            Ok(rows)
        })
    }

    /// Calls `each` with every contact's search row in name order (those in use, then archived
    /// ones), one row at a time; a contact without a row is passed over.
    pub fn each_search_row(&self, each: &mut dyn FnMut(ContactId, &SearchRow)) -> Result<()> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let rows = txn.open_table(CONTACT_SEARCH)?;
            for names in [NAMES, ARCHIVED_NAMES] {
                for entry in txn.open_table(names)?.iter()? {
                    let id = entry?.0.value().1;
                    if let Some(row) = rows.get(id)? {
                        each(ContactId(id), &from_value(row.value()));
                    }
                }
            }
            Ok(())
        })
    }

    /// The search rows of the given contacts, in no particular order; ids without one are left
    /// out.
    pub fn search_rows(&self, ids: &[u64]) -> Result<Vec<(ContactId, SearchRow)>> {
        if ids.len() < READ_IN_HALVES_FROM {
            return self.search_rows_of(ids);
        }
        // Each row is a walk down the table from its root: many rows are read faster by two
        // threads at once, each in its own read transaction of the same notebook.
        let (low, high) = ids.split_at(ids.len() / 2);
        let (mut rows, high) = std::thread::scope(|s| {
            let other = s.spawn(|| self.search_rows_of(high));
            let rows = self.search_rows_of(low);
            let high = other
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p));
            (rows, high)
        });
        if let Ok(rows) = &mut rows {
            rows.extend(high?);
        }
        rows
    }

    fn search_rows_of(&self, ids: &[u64]) -> Result<Vec<(ContactId, SearchRow)>> {
        contain(|| {
            let table = self.db.begin_read()?.open_table(CONTACT_SEARCH)?;
            let mut rows = Vec::with_capacity(ids.len());
            for id in ids {
                if let Some(row) = table.get(*id)? {
                    rows.push((ContactId(*id), from_value(row.value())));
                }
            }
            Ok(rows)
        })
    }

    /// The contacts whose search fields hold every one of `pieces` (three characters each),
    /// ascending. Damaged chunks are left out and named in `skipped`.
    pub fn contacts_holding(
        &self,
        pieces: &[String],
        skipped: &mut Vec<Skipped>,
    ) -> Result<Vec<u64>> {
        contain(|| {
            let index = self.db.begin_read()?.open_table(CONTACT_TRIGRAMS)?;
            let mut lists: Vec<Vec<u64>> = Vec::with_capacity(pieces.len());
            for piece in pieces {
                let mut ids = Vec::new();
                for entry in index.range((piece.as_str(), 0)..=(piece.as_str(), u64::MAX))? {
                    let (key, value) = entry?;
                    match decode_postings(value.value()) {
                        Ok(chunk) => ids.extend(chunk),
                        Err(e) => skipped.push(Skipped {
                            table: TRIGRAMS_TABLE,
                            key: format!("{piece}/{}", key.value().1),
                            reason: e.to_string(),
                        }),
                    }
                }
                if ids.is_empty() {
                    return Ok(Vec::new());
                }
                lists.push(ids);
            }
            // Walk the shortest list, keeping what every other list holds too.
            lists.sort_by_key(Vec::len);
            let Some((first, rest)) = lists.split_first() else {
                return Ok(Vec::new());
            };
            Ok(first
                .iter()
                .copied()
                .filter(|id| rest.iter().all(|l| l.binary_search(id).is_ok()))
                .collect())
        })
    }
}

/// Name order, as the name indexes keep it in the collation `order`: in use before archived,
/// then the folded name's order key, then id.
pub fn in_name_order(rows: &mut [(ContactId, SearchRow)], order: Collation) {
    rows.sort_by_cached_key(|(id, row)| (row.archived, order.order_key(&row.name), *id));
}
