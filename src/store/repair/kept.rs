//! The repair's part for promises kept and complaints resolved: each index that disagrees with
//! its records is written afresh from them (with the rows of records that do not decode kept
//! as they are).

use super::{Fixes, emptied, rows};
use crate::store::Result;
use crate::store::check::kept::kept_problems;
use crate::store::tables::*;
use crate::store::walk::kept::KEPT_INDEXES;
use redb::WriteTransaction;

pub(super) fn kept_indexes(txn: &WriteTransaction, fixes: &mut Fixes<'_>) -> Result<()> {
    let walk = fixes.walk;
    let (e, a) = (&walk.kept.expected, &walk.kept.actual);
    let bad_followup = |id: &u64| walk.bad_followups.contains(id);
    let bad_note = |id: &u64| walk.bad_interactions.contains(id) || walk.kept.bad.contains(id);
    let [days, contacts, late, open, complaint_days] = kept_problems(walk);
    let followups = ["followups_v1"];
    let notes = ["interactions_v1", "resolutions_v1"];
    fixes.fix(KEPT_INDEXES[0], &followups, days, || {
        let mut t = emptied(txn, PROMISE_DAYS)?;
        for (key, n) in &e.days {
            t.insert(key, n)?;
        }
        Ok(())
    })?;
    fixes.fix(KEPT_INDEXES[1], &followups, contacts, || {
        let mut t = emptied(txn, PROMISE_CONTACTS)?;
        for (key, n) in &e.contacts {
            t.insert(key, n)?;
        }
        Ok(())
    })?;
    fixes.fix(KEPT_INDEXES[2], &followups, late, || {
        let mut t = emptied(txn, LATE_PROMISES)?;
        for (key, contact) in rows(&e.late, &a.late, |k| bad_followup(&k.2)) {
            t.insert(key, contact)?;
        }
        Ok(())
    })?;
    fixes.fix(KEPT_INDEXES[3], &notes, open, || {
        let mut t = emptied(txn, OPEN_COMPLAINTS)?;
        for (key, contact) in rows(&e.open_complaints, &a.open_complaints, |k| bad_note(&k.1)) {
            t.insert(key, contact)?;
        }
        Ok(())
    })?;
    fixes.fix(KEPT_INDEXES[4], &notes, complaint_days, || {
        let mut t = emptied(txn, COMPLAINT_DAYS)?;
        for (key, n) in &e.complaint_days {
            t.insert(key, n)?;
        }
        Ok(())
    })
}
