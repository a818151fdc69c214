//! The walk's part for promises kept and complaints resolved: the rows the follow-ups, the
//! complaints and their resolutions call for (`kept_index.rs`, the writer's own row builders)
//! and the rows the file holds, so `kith check` can compare them (`check/kept.rs`) and its
//! repair rebuild them. A notebook from before these tables has none; `scan` reads an absent
//! table as empty.

use super::{Walk, decode_record, scan};
use crate::domain::{Interaction, Resolution};
use crate::store::Result;
use crate::store::kept_index::{KeptRows, is_complaint};
use crate::store::tables::*;
use redb::ReadTransaction;
use std::collections::{BTreeMap, HashSet};

/// The indexes twice over, the complaints read, and the resolutions that do not decode.
#[derive(Debug, Default)]
pub(in crate::store) struct KeptWalk {
    pub expected: KeptRows,
    pub actual: KeptRows,
    complaints: Vec<Interaction>,
    pub bad: HashSet<u64>,
}

impl KeptWalk {
    /// Keeps a note that decoded under its own key, when it is a complaint.
    pub(super) fn keep_complaint(&mut self, i: &Interaction) {
        if is_complaint(i) {
            self.complaints.push(i.clone());
        }
    }
}

/// The index tables, in the order `check/kept.rs` reports them.
pub(in crate::store) const KEPT_INDEXES: [&str; 5] = [
    "promise_days_v1",
    "promise_contacts_v1",
    "late_promises_v1",
    "open_complaints_v1",
    "complaint_days_v1",
];

/// Reads the resolutions and the indexes into the walk (the follow-ups and notes were read
/// before, by the walk's own scans).
pub(super) fn scan_kept(txn: &ReadTransaction, w: &mut Walk) -> Result<()> {
    let mut resolutions: BTreeMap<u64, Resolution> = BTreeMap::new();
    scan(txn, RESOLUTIONS, "resolutions_v1", w, |k, v, w| {
        let id = k.value();
        let decoded =
            decode_record::<Resolution>("resolutions_v1", id, v.value(), |w| &mut w.kept.bad, w);
        if let Some(r) = decoded {
            resolutions.insert(id, r);
        }
        id.to_string()
    })?;
    for i in std::mem::take(&mut w.kept.complaints) {
        w.kept.expected.add_note(&i, resolutions.get(&i.id.0));
    }
    let mut rows = KeptRows::default();
    scan(txn, PROMISE_DAYS, KEPT_INDEXES[0], w, |k, v, _| {
        rows.days.insert(k.value(), v.value());
        format!("{:?}", k.value())
    })?;
    scan(txn, PROMISE_CONTACTS, KEPT_INDEXES[1], w, |k, v, _| {
        rows.contacts.insert(k.value(), v.value());
        format!("{:?}", k.value())
    })?;
    scan(txn, LATE_PROMISES, KEPT_INDEXES[2], w, |k, v, _| {
        rows.late.insert(k.value(), v.value());
        format!("{:?}", k.value())
    })?;
    scan(txn, OPEN_COMPLAINTS, KEPT_INDEXES[3], w, |k, v, _| {
        rows.open_complaints.insert(k.value(), v.value());
        format!("{:?}", k.value())
    })?;
    scan(txn, COMPLAINT_DAYS, KEPT_INDEXES[4], w, |k, v, _| {
        rows.complaint_days.insert(k.value(), v.value());
        format!("{:?}", k.value())
    })?;
    w.kept.actual = rows;
    Ok(())
}
