//! The review's reads from its counted indexes (`review_index.rs`): who has gone quiet, and the
//! totals of the sections, each a sum over days of the day counts.

use super::contain::contain;
use super::review_index::{
    COUNT_OCCASIONS, COUNT_OPEN, SILENT_BY_KIND, SILENT_BY_OWN, silence_key,
};
use super::tables::{CONTACT_FACTS, DAY_COUNTS, SILENCE};
use super::{Result, Store};
use crate::domain::serde_time::date_to_days;
use crate::domain::{CadenceDefaults, ContactId, Kind};
use chrono::NaiveDate;
use redb::ReadOnlyTable;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};

/// A contact's name as written, and whether it is archived: all the review needs of most
/// contacts it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactName {
    pub id: ContactId,
    pub name: String,
    pub archived: bool,
}

/// A contact past their cadence: days silent, the cadence they exceed, and who.
pub type Quiet = (i64, u32, ContactId);

pub(super) type Counts = ReadOnlyTable<(u8, u32, i32), u64>;

/// How many open follow-ups of a direction (its index) are due on a day in `from..=to`.
pub(super) fn count_open(counts: &Counts, direction: u8, from: i32, to: i32) -> Result<usize> {
    count_days(counts, COUNT_OPEN, u32::from(direction), from, to)
}

/// The rows of one counted group on days `from..=to`.
fn count_days(counts: &Counts, tag: u8, group: u32, from: i32, to: i32) -> Result<usize> {
    let mut total = 0u64;
    if from <= to {
        for entry in counts.range((tag, group, from)..=(tag, group, to))? {
            total = total.saturating_add(entry?.1.value());
        }
    }
    Ok(usize::try_from(total).unwrap_or(usize::MAX))
}

impl Store {
    pub(super) fn day_counts(&self) -> Result<Counts> {
        self.table(DAY_COUNTS)
    }

    /// How many birthdays and occasions of contacts in use fall on the given days of the year
    /// (month × 100 + day; a day given twice counts twice, as `occasions_on` reads it twice).
    pub fn occasion_count(&self, days: &[u16]) -> Result<usize> {
        contain(|| {
            let counts = self.day_counts()?;
            let mut total = 0usize;
            for day in days {
                let day = i32::from(*day);
                total = total.saturating_add(count_days(&counts, COUNT_OCCASIONS, 0, day, day)?);
            }
            Ok(total)
        })
    }

    /// Contacts in use past their cadence on `today` (their own, else their kind's default
    /// from `cadences`), longest silence first and then by id: the first `limit` of them, and
    /// how many there are. Reads one range per cadence group, never every contact.
    pub fn gone_quiet(
        &self,
        cadences: &CadenceDefaults,
        today: NaiveDate,
        limit: usize,
    ) -> Result<(Vec<Quiet>, usize)> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let silence = txn.open_table(SILENCE)?;
            let counts = txn.open_table(DAY_COUNTS)?;
            let today = i64::from(date_to_days(today));
            let mut total = 0usize;
            // Each group's quiet rows, soonest silent first, merged by (day, id).
            let mut ranges = Vec::new();
            for (tag, group, cadence) in cadence_groups(&counts, cadences)? {
                // Quiet: more than `cadence` days since the day last in touch.
                let last = today - i64::from(cadence) - 1;
                if last < i64::from(i32::MIN) {
                    continue;
                }
                let last = i32::try_from(last).unwrap_or(i32::MAX);
                let n = count_days(&counts, tag, group, i32::MIN, last)?;
                total = total.saturating_add(n);
                if n > 0 {
                    let range =
                        silence.range((tag, group, i32::MIN, 0)..=(tag, group, last, u64::MAX))?;
                    ranges.push((cadence, range));
                }
            }
            let mut heap = BinaryHeap::new();
            for (at, (_, range)) in ranges.iter_mut().enumerate() {
                if let Some(entry) = range.next() {
                    let (_, _, day, id) = entry?.0.value();
                    heap.push(Reverse((day, id, at)));
                }
            }
            let mut quiet = Vec::with_capacity(limit.min(total));
            while quiet.len() < limit
                && let Some(Reverse((day, id, at))) = heap.pop()
            {
                let (cadence, range) = &mut ranges[at];
                quiet.push((today - i64::from(day), *cadence, ContactId(id)));
                if let Some(entry) = range.next() {
                    let (_, _, day, id) = entry?.0.value();
                    heap.push(Reverse((day, id, at)));
                }
            }
            Ok((quiet, total))
        })
    }

    /// The contacts in use silent since `last_day` or earlier (the day last in touch, or the day
    /// they were added): the search's `quiet:` filter. Reads one range of each cadence group's
    /// silence rows, so its cost grows with the contacts it finds.
    pub fn silent_since(&self, last_day: i32) -> Result<HashSet<ContactId>> {
        let mut found = HashSet::new();
        self.each_silent(last_day, &mut |id, _| {
            found.insert(id);
        })?;
        Ok(found)
    }

    /// Calls `each` with every contact in use silent since `last_day` or earlier, and that
    /// day, from the silence rows (`i32::MAX`: every contact in use).
    pub fn each_silent(&self, last_day: i32, each: &mut dyn FnMut(ContactId, i32)) -> Result<()> {
        contain(|| {
            let silence = self.table(SILENCE)?;
            let mut from = (0u8, 0u32, i32::MIN, 0u64);
            while let Some(first) = silence.range(from..)?.next() {
                let (tag, group, _, _) = first?.0.value();
                for entry in
                    silence.range((tag, group, i32::MIN, 0)..=(tag, group, last_day, u64::MAX))?
                {
                    let (_, _, day, id) = entry?.0.value();
                    each(ContactId(id), day);
                }
                from = match (group.checked_add(1), tag.checked_add(1)) {
                    (Some(next), _) => (tag, next, i32::MIN, 0),
                    (None, Some(next)) => (next, 0, i32::MIN, 0),
                    (None, None) => break,
                };
            }
            Ok(())
        })
    }

    /// Those of `contacts` that are in use and silent since `last_day` or earlier, by the same
    /// rule as [`Store::silent_since`], read contact by contact: for a few contacts.
    pub fn silent_among(
        &self,
        contacts: impl Iterator<Item = ContactId>,
        last_day: i32,
    ) -> Result<HashSet<ContactId>> {
        let mut found = HashSet::new();
        self.each_silent_among(contacts, &mut |id, day| {
            if day <= last_day {
                found.insert(id);
            }
        })?;
        Ok(found)
    }

    /// Calls `each` with those of `contacts` in use and the day since which each is silent, by
    /// the silence rows' rule, read contact by contact from their facts.
    pub fn each_silent_among(
        &self,
        contacts: impl Iterator<Item = ContactId>,
        each: &mut dyn FnMut(ContactId, i32),
    ) -> Result<()> {
        contain(|| {
            let facts = self.table(CONTACT_FACTS)?;
            for id in contacts {
                if let Some(row) = facts.get(id.0)?
                    && let Some((_, _, day, _)) = silence_key(id.0, row.value())
                {
                    each(id, day);
                }
            }
            Ok(())
        })
    }
}

/// Every cadence group with a cadence: (tag, group, cadence in days). Kinds whose default is
/// none are left out; cadences of contacts' own are found in the counts, one look per cadence.
fn cadence_groups(counts: &Counts, cadences: &CadenceDefaults) -> Result<Vec<(u8, u32, u32)>> {
    let mut groups: Vec<(u8, u32, u32)> = Kind::ALL
        .iter()
        .filter_map(|(kind, _)| {
            let cadence = cadences.for_kind(*kind)?;
            Some((
                SILENT_BY_KIND,
                super::review_index::kind_index(*kind),
                cadence,
            ))
        })
        .collect();
    let mut from = 0u32;
    loop {
        let next = counts
            .range((SILENT_BY_OWN, from, i32::MIN)..=(SILENT_BY_OWN, u32::MAX, i32::MAX))?
            .next();
        let Some(entry) = next else { break };
        let (_, cadence, _) = entry?.0.value();
        groups.push((SILENT_BY_OWN, cadence, cadence));
        match cadence.checked_add(1) {
            Some(after) => from = after,
            None => break,
        }
    }
    Ok(groups)
}

impl Store {
    /// The names of `ids` and whether each is archived, in one read, without decoding the
    /// records past the name (the archived flag comes from the facts). An unreadable record is
    /// named among the damaged, as a whole read would name it.
    pub fn contact_names(&self, ids: &[ContactId]) -> Result<super::Loaded<ContactName>> {
        use super::StoreError;
        use super::tables::CONTACTS;
        contain(|| {
            let txn = self.db.begin_read()?;
            let contacts = txn.open_table(CONTACTS)?;
            let facts = txn.open_table(CONTACT_FACTS)?;
            let mut loaded = super::Loaded::default();
            for id in ids {
                let read = contain(|| {
                    let guard = contacts.get(id.0)?.ok_or(StoreError::NotFound {
                        what: "contact",
                        id: id.0,
                    })?;
                    let (_, name) =
                        super::codec::decode_contact_name(guard.value()).map_err(|e| {
                            StoreError::Corrupt {
                                table: "contacts_v1",
                                key: id.0.to_string(),
                                reason: e.to_string(),
                            }
                        })?;
                    let archived = facts.get(id.0)?.is_some_and(|row| row.value().2);
                    Ok(ContactName {
                        id: *id,
                        name: name.to_owned(),
                        archived,
                    })
                });
                match read {
                    Err(StoreError::Storage(e)) => return Err(StoreError::Storage(e)),
                    other => loaded.push(other),
                }
            }
            Ok(loaded)
        })
    }
}
