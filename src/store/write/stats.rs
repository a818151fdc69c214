//! The writer's part for the stats: a note's week row moves with the note, and every contact
//! whose record or notes the transaction touched has its standing worked out again at the end
//! (`settle_standings`, once per contact however many notes changed) and, where it changed,
//! its rows moved from what the old standing called for to what the new one does
//! (`stats_index.rs` says which rows each calls for).

use super::{Writer, encode};
use crate::domain::{Contact, Interaction, Standing};
use crate::store::Result;
use crate::store::codec;
use crate::store::stats_index::{
    GAP_DAYS, GAPS, StandingRows, group_key, month_key, standing_rows, week_keys,
};
use crate::store::tables::*;
use redb::{ReadableTable, Table, WriteTransaction};
use std::collections::BTreeSet;

/// The tables of this part, open for the transaction, and the contacts to settle.
pub(in crate::store) struct StatsTables<'t> {
    weeks: Table<'t, (i32, u8), u64>,
    week_people: Table<'t, (i32, u8, u64), u64>,
    standings: Table<'t, u64, &'static [u8]>,
    months: Table<'t, (u8, i32, u8), u64>,
    month_people: Table<'t, (u8, i32, u64), u8>,
    top: Table<'t, (&'static str, i64, u64), u32>,
    groups: Table<'t, (u8, &'static str, &'static str), (i64, u64)>,
    group_people: Table<'t, (u8, &'static str, &'static str, u64), i64>,
    totals: Table<'t, &'static str, u64>,
    at_risk: Table<'t, (i32, u64), (i32, u32, bool)>,
    /// Contacts whose record or notes changed in this transaction.
    dirty: BTreeSet<u64>,
}

/// Adds `by` to a count (or takes it away); a count left at nothing loses its row.
macro_rules! add {
    ($table:expr, $key:expr, $by:expr, $up:expr) => {{
        let key = $key;
        let now = $table.get(key)?.map_or(0, |v| v.value());
        let next = if $up {
            now.saturating_add($by)
        } else {
            now.saturating_sub($by)
        };
        if next == 0 {
            $table.remove(key)?;
        } else {
            $table.insert(key, next)?;
        }
    }};
}

impl<'t> StatsTables<'t> {
    pub(super) fn open(txn: &'t WriteTransaction) -> Result<Self> {
        Ok(StatsTables {
            weeks: txn.open_table(STATS_WEEKS)?,
            week_people: txn.open_table(STATS_WEEK_PEOPLE)?,
            standings: txn.open_table(STATS_STANDINGS)?,
            months: txn.open_table(STATS_MONTHS)?,
            month_people: txn.open_table(STATS_MONTH_PEOPLE)?,
            top: txn.open_table(STATS_TOP)?,
            groups: txn.open_table(STATS_GROUPS)?,
            group_people: txn.open_table(STATS_GROUP_PEOPLE)?,
            totals: txn.open_table(STATS_TOTALS)?,
            at_risk: txn.open_table(STATS_AT_RISK)?,
            dirty: BTreeSet::new(),
        })
    }

    /// Marks a contact to be settled when the transaction finishes.
    pub(super) fn dirty(&mut self, contact: u64) {
        self.dirty.insert(contact);
    }

    /// Adds or removes a note's week rows, and marks its contact.
    pub(super) fn note(&mut self, i: &Interaction, insert: bool) -> Result<()> {
        let (week, person) = week_keys(i);
        add!(self.weeks, week, 1, insert);
        add!(self.week_people, person, 1, insert);
        self.dirty(i.contact.0);
        Ok(())
    }

    fn standing(&self, contact: u64) -> Result<Option<Standing>> {
        Ok(self
            .standings
            .get(contact)?
            .and_then(|b| codec::decode::<Standing>(b.value()).ok()))
    }

    /// Adds or removes the rows a standing calls for.
    fn apply(&mut self, rows: &StandingRows, insert: bool) -> Result<()> {
        for row in &rows.months {
            add!(self.months, month_key(row), 1, insert);
            if insert {
                self.month_people.insert(row.0, row.1)?;
            } else {
                self.month_people.remove(row.0)?;
            }
        }
        for ((currency, minus, contact), purchases) in &rows.top {
            let key = (currency.as_str(), *minus, *contact);
            if insert {
                self.top.insert(key, purchases)?;
            } else {
                self.top.remove(key)?;
            }
        }
        for (person, minor) in &rows.groups {
            let (g, name, currency) = group_key(person);
            let key = (g, name.as_str(), currency.as_str());
            let (sum, n) = self.groups.get(key)?.map_or((0, 0), |v| v.value());
            let next = if insert {
                (sum.saturating_add(*minor), n + 1)
            } else {
                (sum.saturating_sub(*minor), n.saturating_sub(1))
            };
            if next.1 == 0 {
                self.groups.remove(key)?;
            } else {
                self.groups.insert(key, next)?;
            }
            let key = (person.0, person.1.as_str(), person.2.as_str(), person.3);
            if insert {
                self.group_people.insert(key, minor)?;
            } else {
                self.group_people.remove(key)?;
            }
        }
        if rows.gaps.1 > 0 {
            add!(self.totals, GAP_DAYS, rows.gaps.0, insert);
            add!(self.totals, GAPS, rows.gaps.1, insert);
        }
        if let Some((key, value)) = rows.at_risk {
            if insert {
                self.at_risk.insert(key, value)?;
            } else {
                self.at_risk.remove(key)?;
            }
        }
        Ok(())
    }
}

impl Writer<'_> {
    /// Works out again the standing of every contact the transaction touched, and moves the
    /// rows of those whose standing changed.
    pub(super) fn settle_standings(&mut self) -> Result<()> {
        for contact in std::mem::take(&mut self.stats.dirty) {
            let now = self.standing_now(contact)?;
            let before = self.stats.standing(contact)?;
            if before == now {
                continue;
            }
            if let Some(before) = &before {
                self.stats.apply(&standing_rows(contact, before), false)?;
            }
            match &now {
                Some(now) => {
                    self.stats.apply(&standing_rows(contact, now), true)?;
                    self.stats
                        .standings
                        .insert(contact, encode(now)?.as_slice())?;
                }
                None => {
                    self.stats.standings.remove(contact)?;
                }
            }
        }
        Ok(())
    }

    /// What the contact's record and notes call for now (`None`: no contact, or one whose
    /// record does not decode).
    fn standing_now(&self, contact: u64) -> Result<Option<Standing>> {
        let Some(bytes) = self.contacts.get(contact)? else {
            return Ok(None);
        };
        let Ok(c) = codec::decode::<Contact>(bytes.value()) else {
            return Ok(None);
        };
        let mut notes = Vec::new();
        for entry in self
            .interactions
            .range((contact, i64::MIN, 0)..=(contact, i64::MAX, u64::MAX))?
        {
            if let Ok(i) = codec::decode::<Interaction>(entry?.1.value()) {
                notes.push(i);
            }
        }
        Ok(Some(Standing::of(&c, &notes)))
    }
}
