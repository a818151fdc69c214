//! The repair's part for money owed: each invoice index that disagrees with the invoices is
//! written afresh from them (with the rows of invoices that do not decode kept as they are).

use super::{Fixes, emptied, rows};
use crate::store::Result;
use crate::store::check::owed::owed_problems;
use crate::store::tables::*;
use crate::store::walk::owed::OWED_INDEXES;
use redb::WriteTransaction;

pub(super) fn owed_indexes(txn: &WriteTransaction, fixes: &mut Fixes<'_>) -> Result<()> {
    let walk = fixes.walk;
    let (e, a, bad) = (&walk.owed.expected, &walk.owed.actual, &walk.owed.bad);
    let [by_contact, open, days, contacts, refs] = owed_problems(walk);
    let sources = ["invoices_v1"];
    fixes.fix(OWED_INDEXES[0], &sources, by_contact, || {
        let mut t = emptied(txn, INVOICES_BY_CONTACT)?;
        for (key, ()) in rows(&e.by_contact, &a.by_contact, |k| bad.contains(&k.1)) {
            t.insert(key, ())?;
        }
        Ok(())
    })?;
    fixes.fix(OWED_INDEXES[1], &sources, open, || {
        let mut t = emptied(txn, OPEN_INVOICES)?;
        for (key, contact) in rows(&e.open, &a.open, |k| bad.contains(&k.2)) {
            t.insert(key, contact)?;
        }
        Ok(())
    })?;
    fixes.fix(OWED_INDEXES[2], &sources, days, || {
        let mut t = emptied(txn, OWED_DAYS)?;
        for ((o, currency, day), sum) in &e.days {
            t.insert((*o, currency.as_str(), *day), *sum)?;
        }
        Ok(())
    })?;
    fixes.fix(OWED_INDEXES[3], &sources, contacts, || {
        let mut t = emptied(txn, OWED_BY_CONTACT)?;
        for ((contact, o, currency), sum) in &e.contacts {
            t.insert((*contact, *o, currency.as_str()), *sum)?;
        }
        Ok(())
    })?;
    fixes.fix(OWED_INDEXES[4], &sources, refs, || {
        let mut t = emptied(txn, INVOICE_REFS)?;
        for ((folded, id), contact) in rows(&e.refs, &a.refs, |k| bad.contains(&k.1)) {
            t.insert((folded.as_str(), id), contact)?;
        }
        Ok(())
    })
}
