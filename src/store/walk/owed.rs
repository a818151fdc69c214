//! The walk's part for money owed: every invoice decoded, the invoice indexes as the invoices
//! call for them (`owed_index.rs`, the writer's own row builders) and as the file holds them,
//! so `kith check` can compare them (`check/owed.rs`) and its repair rebuild them. A notebook from before
//! invoices has none of these tables; `scan` reads an absent table as empty.

use super::{Walk, decode_record, misplaced, scan};
use crate::domain::Invoice;
use crate::store::Result;
use crate::store::owed_index::OwedRows;
use crate::store::tables::*;
use redb::ReadTransaction;
use std::collections::HashSet;

/// The invoice indexes, twice over, and the invoices that do not decode.
#[derive(Debug, Default)]
pub(in crate::store) struct OwedWalk {
    pub expected: OwedRows,
    pub actual: OwedRows,
    pub bad: HashSet<u64>,
}

/// The index tables and the record table each is built from.
pub(in crate::store) const OWED_INDEXES: [&str; 5] = [
    "invoices_by_contact_v1",
    "open_invoices_v1",
    "owed_days_v1",
    "owed_by_contact_v1",
    "invoice_refs_v1",
];

/// Reads the invoices and their indexes into the walk; `max_id` rises to the highest id.
pub(super) fn scan_owed(txn: &ReadTransaction, w: &mut Walk, max_id: &mut u64) -> Result<()> {
    scan(txn, INVOICES, "invoices_v1", w, |k, v, w| {
        let id = k.value();
        *max_id = (*max_id).max(id);
        let decoded =
            decode_record::<Invoice>("invoices_v1", id, v.value(), |w| &mut w.owed.bad, w);
        if let Some(i) = decoded {
            if i.id.0 == id {
                w.owed.expected.add(&i);
            } else {
                w.owed.bad.insert(id);
                let what = crate::say!("store-record-says-id", id = i.id.to_string());
                misplaced(w, "invoices_v1", id.to_string(), what);
            }
        }
        id.to_string()
    })?;
    let mut rows = OwedRows::default();
    scan(txn, INVOICES_BY_CONTACT, OWED_INDEXES[0], w, |k, _, _| {
        rows.by_contact.insert(k.value(), ());
        format!("{:?}", k.value())
    })?;
    scan(txn, OPEN_INVOICES, OWED_INDEXES[1], w, |k, v, _| {
        rows.open.insert(k.value(), v.value());
        format!("{:?}", k.value())
    })?;
    scan(txn, OWED_DAYS, OWED_INDEXES[2], w, |k, v, _| {
        let (o, currency, day) = k.value();
        rows.days.insert((o, currency.to_string(), day), v.value());
        format!("{:?}", k.value())
    })?;
    scan(txn, OWED_BY_CONTACT, OWED_INDEXES[3], w, |k, v, _| {
        let (contact, o, currency) = k.value();
        rows.contacts
            .insert((contact, o, currency.to_string()), v.value());
        format!("{:?}", k.value())
    })?;
    scan(txn, INVOICE_REFS, OWED_INDEXES[4], w, |k, v, _| {
        let (folded, id) = k.value();
        rows.refs.insert((folded.to_string(), id), v.value());
        format!("{:?}", k.value())
    })?;
    w.owed.actual = rows;
    Ok(())
}
