//! Reads of promises kept and complaints resolved, each in one read transaction and each from
//! an index: the on-time counts of a period are sums over its days (`promise_days_v1` for the
//! settled, the review's day counts for the open ones past their day), the broken promises read
//! the late and open rows up to a limit, the open complaints their index up to a limit, and the
//! times to resolve are sums over the days resolved. A notebook nobody wrote to since these
//! tables came has none of them: it reads as nothing kept and nothing complained of.

use super::contain::contain;
use super::index::direction_index;
use super::owed_read::optional;
use super::review_read::count_open;
use super::tables::*;
use super::{Result, Skipped, Store, StoreError};
use crate::domain::serde_time::date_to_days;
use crate::domain::{
    ContactId, Direction, FollowUp, FollowUpId, Interaction, InteractionId, Kept, Resolution,
    ResolveTimes,
};
use chrono::NaiveDate;
use redb::ReadableTable;

/// A period of days, both ends kept; `None` is open on that side.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Period {
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

impl Period {
    fn days(&self) -> (i32, i32) {
        (
            self.since.map_or(i32::MIN, date_to_days),
            self.until.map_or(i32::MAX, date_to_days),
        )
    }

    pub fn holds(&self, day: NaiveDate) -> bool {
        self.since.is_none_or(|s| day >= s) && self.until.is_none_or(|u| day <= u)
    }
}

/// Open complaints, oldest first, up to a limit, and how many there are.
#[derive(Debug, Clone, Default)]
pub struct OpenComplaints {
    pub notes: Vec<Interaction>,
    pub total: usize,
    /// Notes the index leads to that could not be read, named rather than failing the read.
    pub skipped: Vec<Skipped>,
}

/// Broken promises, latest due first, up to a limit, and how many there are.
#[derive(Debug, Clone, Default)]
pub struct Broken {
    pub followups: Vec<FollowUp>,
    pub total: u64,
}

impl Store {
    /// How promises (or requests) due in `period` were kept, as of `today`.
    pub fn kept(&self, direction: Direction, period: Period, today: NaiveDate) -> Result<Kept> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let d = direction_index(direction);
            let (from, to) = period.days();
            let mut kept = Kept::default();
            if let Some(days) = optional(&txn, PROMISE_DAYS)? {
                for entry in days.range((d, from, 0)..=(d, to, u8::MAX))? {
                    let (key, count) = entry?;
                    match key.value().2 {
                        0 => kept.on_time += count.value(),
                        _ => kept.late += count.value(),
                    }
                }
            }
            let to = to.min(date_to_days(today).saturating_sub(1));
            kept.overdue = count_open(&self.day_counts()?, d, from, to)? as u64;
            Ok(kept)
        })
    }

    /// How one contact's promises (or requests) due in `period` were kept: read from the
    /// contact's own follow-ups.
    pub fn kept_by(
        &self,
        contact: ContactId,
        direction: Direction,
        period: Period,
        today: NaiveDate,
    ) -> Result<Kept> {
        let mut kept = Kept::default();
        for f in self.followups_for(contact)?.items {
            if f.direction == direction && period.holds(f.due) {
                kept.add(&f, today);
            }
        }
        Ok(kept)
    }

    /// Promises (or requests) broken in `period` as of `today`, latest due first: done after
    /// their day, or open past it. At most `limit` are read; `total` counts them all.
    pub fn broken(
        &self,
        direction: Direction,
        period: Period,
        today: NaiveDate,
        limit: usize,
    ) -> Result<Broken> {
        let ids = contain(|| {
            let txn = self.db.begin_read()?;
            let d = direction_index(direction);
            let (from, to) = period.days();
            let mut rows: Vec<(i32, u64)> = Vec::new();
            if let Some(late) = optional(&txn, LATE_PROMISES)? {
                for entry in late
                    .range((d, from, 0)..=(d, to, u64::MAX))?
                    .rev()
                    .take(limit)
                {
                    let k = entry?.0.value();
                    rows.push((k.1, k.2));
                }
            }
            let open_to = to.min(date_to_days(today).saturating_sub(1));
            if from <= open_to {
                let open = txn.open_table(OPEN_FOLLOWUPS)?;
                let facts = txn.open_table(CONTACT_FACTS)?;
                let range = open.range((d, from, 0)..=(d, open_to, u64::MAX))?.rev();
                for entry in range {
                    let (k, contact) = entry?;
                    let archived = facts.get(contact.value())?.is_some_and(|f| f.value().2);
                    if !archived {
                        rows.push((k.value().1, k.value().2));
                        if rows.len() >= 2 * limit {
                            break;
                        }
                    }
                }
            }
            rows.sort_unstable_by(|a, b| b.cmp(a));
            rows.truncate(limit);
            Ok(rows)
        })?;
        let k = self.kept(direction, period, today)?;
        let mut followups = Vec::with_capacity(ids.len());
        for (_, id) in ids {
            followups.push(self.followup(FollowUpId(id))?);
        }
        Ok(Broken {
            followups,
            total: k.late + k.overdue,
        })
    }

    /// Complaints not resolved, oldest first: at most `limit` read, and how many there are.
    pub fn open_complaints(&self, limit: usize) -> Result<OpenComplaints> {
        let (ids, total) = contain(|| {
            let txn = self.db.begin_read()?;
            let mut ids = Vec::new();
            if let Some(open) = optional(&txn, OPEN_COMPLAINTS)? {
                for entry in open.iter()?.take(limit) {
                    ids.push(entry?.0.value().1);
                }
            }
            let mut total = 0u64;
            if let Some(days) = optional(&txn, COMPLAINT_DAYS)? {
                for entry in days.range((0, i32::MIN, 0)..=(0, i32::MAX, u32::MAX))? {
                    total = total.saturating_add(entry?.1.value());
                }
            }
            Ok((ids, usize::try_from(total).unwrap_or(usize::MAX)))
        })?;
        let (mut notes, mut skipped) = (Vec::with_capacity(ids.len()), Vec::new());
        contain(|| {
            let txn = self.db.begin_read()?;
            let keys = txn.open_table(INTERACTION_KEYS)?;
            let table = txn.open_table(INTERACTIONS)?;
            for id in ids {
                // Each note is contained on its own: a damaged one is skipped and named.
                match contain(|| super::read::interaction_in(&keys, &table, InteractionId(id))) {
                    Ok(note) => notes.push(note),
                    Err(StoreError::Storage(e)) => return Err(StoreError::Storage(e)),
                    Err(e) => skipped.push(e.into()),
                }
            }
            Ok(())
        })?;
        Ok(OpenComplaints {
            notes,
            total,
            skipped,
        })
    }

    /// The times complaints resolved in `period` took.
    pub fn resolve_times(&self, period: Period) -> Result<ResolveTimes> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let (from, to) = period.days();
            let mut counts = Vec::new();
            if let Some(days) = optional(&txn, COMPLAINT_DAYS)? {
                for entry in days.range((1, from, 0)..=(1, to, u32::MAX))? {
                    let (k, n) = entry?;
                    counts.push((k.value().2, n.value()));
                }
            }
            Ok(ResolveTimes::of(&counts))
        })
    }

    /// The resolution kept against a note, if any.
    pub fn resolution(&self, note: InteractionId) -> Result<Option<Resolution>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let Some(table) = optional(&txn, RESOLUTIONS)? else {
                return Ok(None);
            };
            match table.get(note.0)? {
                Some(bytes) => Ok(Some(super::write::decode_at(
                    "resolutions_v1",
                    note,
                    bytes.value(),
                )?)),
                None => Ok(None),
            }
        })
    }
}
