//! The index rows of promises kept and complaints resolved, in one place so the writer,
//! `kith check` and its repair build exactly the same rows: a settled promise's count by due
//! day and by contact, its late row; a complaint's open row and day count, or once resolved its
//! count by the day resolved and the days it took.

use super::Result;
use super::codec;
use super::index::direction_index;
use super::tables::*;
use crate::domain::serde_time::date_to_days;
use crate::domain::{FollowUp, Interaction, Outcome, Resolution, Sentiment, outcome};
use redb::{Database, ReadableDatabase, ReadableTable, WriteTransaction};
use std::collections::BTreeMap;

type Map<K, V = ()> = BTreeMap<K, V>;

pub(crate) type PromiseDay = (u8, i32, u8);
pub(crate) type PromiseContact = (u64, u8, u8);
pub(crate) type LateKey = (u8, i32, u64);
pub(crate) type ComplaintDay = (u8, i32, u32);

/// Where a settled promise is counted: its due day's row, its contact's row, and its late row
/// when it was kept late.
pub(crate) fn promise_keys(f: &FollowUp) -> Option<(PromiseDay, PromiseContact, Option<LateKey>)> {
    let o = outcome(f)?;
    let (d, day) = (direction_index(f.direction), date_to_days(f.due));
    let late = (o == Outcome::Late).then_some((d, day, f.id.0));
    Some(((d, day, o as u8), (f.contact.0, d, o as u8), late))
}

/// Whether a note is a complaint.
pub(crate) fn is_complaint(i: &Interaction) -> bool {
    i.sentiment == Some(Sentiment::Complaint)
}

/// A complaint's rows: its open row (while not resolved) and its day count.
pub(crate) fn complaint_keys(
    i: &Interaction,
    resolution: Option<&Resolution>,
) -> Option<(Option<(i32, u64)>, ComplaintDay)> {
    if !is_complaint(i) {
        return None;
    }
    let day = i.at.date();
    Some(match resolution {
        None => (Some((date_to_days(day), i.id.0)), (0, date_to_days(day), 0)),
        Some(r) => (None, (1, date_to_days(r.on), r.days_after(day))),
    })
}

/// Every index of this part as rows.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct KeptRows {
    pub days: Map<PromiseDay, u64>,
    pub contacts: Map<PromiseContact, u64>,
    pub late: Map<LateKey, u64>,
    pub open_complaints: Map<(i32, u64), u64>,
    pub complaint_days: Map<ComplaintDay, u64>,
}

impl KeptRows {
    pub(crate) fn add_followup(&mut self, f: &FollowUp) {
        if let Some((day, contact, late)) = promise_keys(f) {
            *self.days.entry(day).or_default() += 1;
            *self.contacts.entry(contact).or_default() += 1;
            if let Some(late) = late {
                self.late.insert(late, f.contact.0);
            }
        }
    }

    pub(crate) fn add_note(&mut self, i: &Interaction, resolution: Option<&Resolution>) {
        if let Some((open, day)) = complaint_keys(i, resolution) {
            if let Some(open) = open {
                self.open_complaints.insert(open, i.contact.0);
            }
            *self.complaint_days.entry(day).or_default() += 1;
        }
    }
}

/// In `meta`, set once the rows of this part were built for the records already there: a
/// notebook an older kith kept has settled promises and complaints but none of their rows.
pub(crate) const KEPT_ROWS_KEY: &str = "kept_rows_built";

/// Builds, the first time a kith that keeps these rows opens the notebook for writing, the
/// rows the follow-ups, complaints and resolutions already there call for, in one transaction,
/// and marks them built. No schema step, as for the review's counts in use.
pub(crate) fn build_once(db: &Database) -> Result<()> {
    if (db.begin_read()?.open_table(META)?.get(KEPT_ROWS_KEY)?).is_some() {
        return Ok(());
    }
    let txn = db.begin_write()?;
    {
        let mut meta = txn.open_table(META)?;
        if meta.get(KEPT_ROWS_KEY)?.is_some() {
            return Ok(()); // another process built them while this one waited its turn
        }
        meta.insert(KEPT_ROWS_KEY, 1)?;
    }
    let rows = rows_of(&txn)?;
    write_rows(&txn, &rows)?;
    txn.commit()?;
    Ok(())
}

/// The rows the records call for; a record that does not decode calls for none (`kith check`
/// names it).
fn rows_of(txn: &WriteTransaction) -> Result<KeptRows> {
    let mut rows = KeptRows::default();
    for entry in txn.open_table(FOLLOWUPS)?.iter()? {
        if let Ok(f) = codec::decode::<FollowUp>(entry?.1.value()) {
            rows.add_followup(&f);
        }
    }
    let resolutions = txn.open_table(RESOLUTIONS)?;
    for entry in txn.open_table(INTERACTIONS)?.iter()? {
        let Ok(i) = codec::decode::<Interaction>(entry?.1.value()) else {
            continue;
        };
        if is_complaint(&i) {
            let r = resolutions.get(i.id.0)?;
            let r = r.and_then(|r| codec::decode::<Resolution>(r.value()).ok());
            rows.add_note(&i, r.as_ref());
        }
    }
    Ok(rows)
}

fn write_rows(txn: &WriteTransaction, rows: &KeptRows) -> Result<()> {
    let mut t = txn.open_table(PROMISE_DAYS)?;
    t.retain(|_, _| false)?;
    for (k, n) in &rows.days {
        t.insert(k, n)?;
    }
    let mut t = txn.open_table(PROMISE_CONTACTS)?;
    t.retain(|_, _| false)?;
    for (k, n) in &rows.contacts {
        t.insert(k, n)?;
    }
    let mut t = txn.open_table(LATE_PROMISES)?;
    t.retain(|_, _| false)?;
    for (k, n) in &rows.late {
        t.insert(k, n)?;
    }
    let mut t = txn.open_table(OPEN_COMPLAINTS)?;
    t.retain(|_, _| false)?;
    for (k, n) in &rows.open_complaints {
        t.insert(k, n)?;
    }
    let mut t = txn.open_table(COMPLAINT_DAYS)?;
    t.retain(|_, _| false)?;
    for (k, n) in &rows.complaint_days {
        t.insert(k, n)?;
    }
    Ok(())
}
