//! The walk's part for referrals and thanks: the rows the notes, contacts and thanks call for
//! (`referral_index.rs`, the writer's own row builders) and the rows the file holds, so
//! `kith check` can compare them (`check/referrals.rs`) and its repair rebuild them. A notebook
//! from before these tables has none; `scan` reads an absent table as empty.

use super::{Walk, decode_record, scan};
use crate::domain::Thanks;
use crate::store::Result;
use crate::store::referral_index::ReferralRows;
use crate::store::tables::*;
use redb::ReadTransaction;
use std::collections::HashSet;

/// The indexes twice over, and the thanks that do not decode.
#[derive(Debug, Default)]
pub(in crate::store) struct ReferralWalk {
    pub expected: ReferralRows,
    pub actual: ReferralRows,
    pub bad: HashSet<u64>,
    /// Whether the rows were built for this notebook's records: a notebook no kith that keeps
    /// them has opened for writing has none yet, and nothing to compare (its first writable
    /// open builds them).
    pub built: bool,
}

/// The index tables, in the order `check/referrals.rs` reports them.
pub(in crate::store) const REFERRAL_INDEXES: [&str; 6] = [
    "purchases_v1",
    "referrals_v1",
    "referral_values_v1",
    "first_buys_v1",
    "thanked_v1",
    "thanks_by_contact_v1",
];

/// Reads the thanks into the walk (the notes were read before, by the walk's own scan, and the
/// contacts' rows are added after, once the purchases are all in).
pub(super) fn scan_thanks(txn: &ReadTransaction, w: &mut Walk, max_id: &mut u64) -> Result<()> {
    scan(txn, THANKS, "thanks_v1", w, |k, v, w| {
        let id = k.value();
        *max_id = (*max_id).max(id);
        let decoded =
            decode_record::<Thanks>("thanks_v1", id, v.value(), |w| &mut w.referral.bad, w);
        if let Some(t) = decoded {
            w.referral.expected.add_thanks(&t);
        }
        id.to_string()
    })
}

/// Reads the indexes as the file holds them.
pub(super) fn read_actual(txn: &ReadTransaction, w: &mut Walk) -> Result<()> {
    w.referral.built = (txn.open_table(META)?)
        .get(crate::store::referral_index::REFERRAL_ROWS_KEY)?
        .is_some();
    let mut rows = ReferralRows::default();
    scan(txn, PURCHASES, REFERRAL_INDEXES[0], w, |k, v, _| {
        let (currency, minor) = v.value();
        rows.purchases
            .insert(k.value(), (currency.to_string(), minor));
        format!("{:?}", k.value())
    })?;
    scan(txn, REFERRALS, REFERRAL_INDEXES[1], w, |k, _, _| {
        rows.referrals.insert(k.value(), ());
        format!("{:?}", k.value())
    })?;
    scan(txn, REFERRAL_VALUES, REFERRAL_INDEXES[2], w, |k, v, _| {
        let (referrer, currency) = k.value();
        rows.values
            .insert((referrer, currency.to_string()), v.value());
        format!("{:?}", k.value())
    })?;
    scan(txn, FIRST_BUYS, REFERRAL_INDEXES[3], w, |k, v, _| {
        rows.first_buys.insert(k.value(), v.value());
        format!("{:?}", k.value())
    })?;
    scan(txn, THANKED, REFERRAL_INDEXES[4], w, |k, v, _| {
        rows.thanked.insert(k.value(), v.value());
        format!("{:?}", k.value())
    })?;
    scan(txn, THANKS_BY_CONTACT, REFERRAL_INDEXES[5], w, |k, _, _| {
        rows.by_contact.insert(k.value(), ());
        format!("{:?}", k.value())
    })?;
    w.referral.actual = rows;
    Ok(())
}
