//! The repair's part for referrals and thanks: each index that disagrees with its records is
//! written afresh from them (with the rows of records that do not decode kept as they are).

use super::{Fixes, emptied, rows};
use crate::store::Result;
use crate::store::check::referrals::referral_problems;
use crate::store::tables::*;
use crate::store::walk::referrals::REFERRAL_INDEXES;
use redb::WriteTransaction;

pub(super) fn referral_indexes(txn: &WriteTransaction, fixes: &mut Fixes<'_>) -> Result<()> {
    let walk = fixes.walk;
    let (e, a) = (&walk.referral.expected, &walk.referral.actual);
    let bad_note = |id: &u64| walk.bad_interactions.contains(id);
    let bad_thanks = |id: &u64| walk.referral.bad.contains(id);
    let [
        purchases,
        referrals,
        values,
        first_buys,
        thanked,
        by_contact,
    ] = referral_problems(walk);
    let both = ["contacts_v1", "interactions_v1"];
    fixes.fix(REFERRAL_INDEXES[0], &["interactions_v1"], purchases, || {
        let mut t = emptied(txn, PURCHASES)?;
        for (key, (currency, minor)) in rows(&e.purchases, &a.purchases, |k| bad_note(&k.2)) {
            t.insert(key, (currency.as_str(), minor))?;
        }
        Ok(())
    })?;
    fixes.fix(REFERRAL_INDEXES[1], &both, referrals, || {
        let mut t = emptied(txn, REFERRALS)?;
        for key in e.referrals.keys() {
            t.insert(key, ())?;
        }
        Ok(())
    })?;
    fixes.fix(REFERRAL_INDEXES[2], &both, values, || {
        let mut t = emptied(txn, REFERRAL_VALUES)?;
        for ((referrer, currency), v) in &e.values {
            t.insert((*referrer, currency.as_str()), v)?;
        }
        Ok(())
    })?;
    fixes.fix(REFERRAL_INDEXES[3], &both, first_buys, || {
        let mut t = emptied(txn, FIRST_BUYS)?;
        for (key, v) in &e.first_buys {
            t.insert(key, v)?;
        }
        Ok(())
    })?;
    fixes.fix(REFERRAL_INDEXES[4], &["thanks_v1"], thanked, || {
        let mut t = emptied(txn, THANKED)?;
        for (key, v) in rows(&e.thanked, &a.thanked, |_| !walk.referral.bad.is_empty()) {
            t.insert(key, v)?;
        }
        Ok(())
    })?;
    fixes.fix(REFERRAL_INDEXES[5], &["thanks_v1"], by_contact, || {
        let mut t = emptied(txn, THANKS_BY_CONTACT)?;
        for (key, ()) in rows(&e.by_contact, &a.by_contact, |k| bad_thanks(&k.1)) {
            t.insert(key, ())?;
        }
        Ok(())
    })
}
