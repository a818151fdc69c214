//! The writer's part for money owed: invoices and bills stored with their index rows (by
//! contact, by reference, the open ones by due day, and the sums per due day and per contact)
//! kept in the same transaction, each change costing what it touched. Every invoice written is
//! touched first, so it is part of the change's undo step.

use super::{Writer, decode_at, encode};
use crate::domain::{ContactId, Invoice, InvoiceId};
use crate::store::owed_index::{ContactKey, DayKey, by_contact_key, open_key, ref_key, sum_keys};
use crate::store::steps::Kind;
use crate::store::tables::*;
use crate::store::{Result, StoreError};
use redb::{ReadableTable, Table, WriteTransaction};

/// The invoice tables, open for the transaction.
pub(in crate::store) struct OwedTables<'t> {
    pub invoices: Table<'t, u64, &'static [u8]>,
    by_contact: Table<'t, (u64, u64), ()>,
    open: Table<'t, (u8, i32, u64), u64>,
    days: Table<'t, (u8, &'static str, i32), (i64, u64)>,
    contacts: Table<'t, (u64, u8, &'static str), (i64, u64)>,
    refs: Table<'t, (&'static str, u64), u64>,
}

impl<'t> OwedTables<'t> {
    pub(super) fn open(txn: &'t WriteTransaction) -> Result<Self> {
        Ok(OwedTables {
            invoices: txn.open_table(INVOICES)?,
            by_contact: txn.open_table(INVOICES_BY_CONTACT)?,
            open: txn.open_table(OPEN_INVOICES)?,
            days: txn.open_table(OWED_DAYS)?,
            contacts: txn.open_table(OWED_BY_CONTACT)?,
            refs: txn.open_table(INVOICE_REFS)?,
        })
    }

    /// Adds `minor` outstanding and one invoice to a sum (`up`), or takes them away; a sum
    /// left with no invoice loses its row.
    fn sum(&mut self, day: &DayKey, contact: &ContactKey, minor: i64, up: bool) -> Result<()> {
        let (minor, count) = if up { (minor, 1i64) } else { (-minor, -1) };
        let change = |now: Option<(i64, u64)>| {
            let (m, c) = now.unwrap_or((0, 0));
            let c = c.saturating_add_signed(count);
            (c > 0).then(|| (m.saturating_add(minor), c))
        };
        let dk = (day.0, day.1.as_str(), day.2);
        let now = self.days.get(dk)?.map(|v| v.value());
        match change(now) {
            Some(v) => self.days.insert(dk, v)?,
            None => self.days.remove(dk)?,
        };
        let ck = (contact.0, contact.1, contact.2.as_str());
        let now = self.contacts.get(ck)?.map(|v| v.value());
        match change(now) {
            Some(v) => self.contacts.insert(ck, v)?,
            None => self.contacts.remove(ck)?,
        };
        Ok(())
    }

    /// Adds or removes every index row of an invoice.
    fn index(&mut self, i: &Invoice, insert: bool) -> Result<()> {
        let (contact, id) = by_contact_key(i);
        if insert {
            self.by_contact.insert((contact, id), ())?;
        } else {
            self.by_contact.remove((contact, id))?;
        }
        if let Some((folded, id)) = ref_key(i) {
            if insert {
                self.refs.insert((folded.as_str(), id), contact)?;
            } else {
                self.refs.remove((folded.as_str(), id))?;
            }
        }
        if let Some(key) = open_key(i) {
            if insert {
                self.open.insert(key, contact)?;
            } else {
                self.open.remove(key)?;
            }
        }
        if let Some((day, contact, minor)) = sum_keys(i) {
            self.sum(&day, &contact, minor, insert)?;
        }
        Ok(())
    }
}

impl Writer<'_> {
    pub fn invoice(&self, id: InvoiceId) -> Result<Invoice> {
        let guard = self.owed.invoices.get(id.0)?.ok_or(StoreError::NotFound {
            what: "invoice",
            id: id.0,
        })?;
        decode_at("invoices_v1", id, guard.value())
    }

    /// Stores a new invoice or bill and gives it its id.
    pub fn add_invoice(&mut self, invoice: &mut Invoice) -> Result<InvoiceId> {
        invoice.normalize_and_validate()?;
        self.require_contact(invoice.contact)?;
        invoice.id = InvoiceId(self.take_id());
        self.describe_with(|w| {
            let name = w
                .contact(invoice.contact)
                .map(|c| c.name)
                .unwrap_or_default();
            crate::say!(
                "owed-undo-add",
                kind = invoice.owing.as_str(),
                amount = invoice.amount.to_string(),
                name = name
            )
        });
        self.put_invoice(invoice)?;
        Ok(invoice.id)
    }

    /// Replaces an invoice (a payment, written off, void, a new due day); its contact and
    /// direction stay.
    pub fn update_invoice(&mut self, invoice: &mut Invoice) -> Result<()> {
        invoice.normalize_and_validate()?;
        let old = self.invoice(invoice.id)?;
        if old.contact != invoice.contact || old.owing != invoice.owing {
            return Err(StoreError::Invalid(crate::domain::Invalid(crate::say!(
                "owed-cannot-move"
            ))));
        }
        self.describe_with(|_| {
            if invoice.payments.len() > old.payments.len() {
                crate::say!("owed-undo-pay", label = invoice.label())
            } else {
                crate::say!("owed-undo-edit", label = invoice.label())
            }
        });
        self.remove_invoice_rows(invoice.id.0)?;
        self.put_invoice(invoice)
    }

    /// Writes an invoice's record and its index rows (no rows of it may be there).
    pub(super) fn put_invoice(&mut self, i: &Invoice) -> Result<()> {
        self.touch(Kind::Invoice, i.id.0)?;
        self.owed.invoices.insert(i.id.0, encode(i)?.as_slice())?;
        self.owed.index(i, true)
    }

    /// Deletes an invoice and its index rows.
    pub(super) fn remove_invoice_rows(&mut self, id: u64) -> Result<()> {
        self.touch(Kind::Invoice, id)?;
        let old = self.invoice(InvoiceId(id))?;
        self.owed.index(&old, false)?;
        self.owed.invoices.remove(id)?;
        Ok(())
    }

    /// Deletes an invoice, as a change of its own.
    pub fn delete_invoice(&mut self, id: InvoiceId) -> Result<Invoice> {
        let old = self.invoice(id)?;
        self.describe_with(|_| crate::say!("owed-undo-delete", label = old.label()));
        self.remove_invoice_rows(id.0)?;
        Ok(old)
    }

    /// The ids of a contact's invoices and bills.
    pub(super) fn invoices_of(&self, contact: ContactId) -> Result<Vec<u64>> {
        self.owed
            .by_contact
            .range((contact.0, 0)..=(contact.0, u64::MAX))?
            .map(|entry| entry.map(|(k, _)| k.value().1).map_err(Into::into))
            .collect()
    }

    /// Deletes every invoice of a contact (the contact is going); how many there were.
    pub(super) fn remove_invoices_of(&mut self, contact: ContactId) -> Result<usize> {
        let ids = self.invoices_of(contact)?;
        for id in &ids {
            self.remove_invoice_rows(*id)?;
        }
        Ok(ids.len())
    }

    /// Moves every invoice of `from` to `to` (a merge); how many there were.
    pub(super) fn move_invoices(&mut self, from: ContactId, to: ContactId) -> Result<usize> {
        let ids = self.invoices_of(from)?;
        for id in &ids {
            let mut i = self.invoice(InvoiceId(*id))?;
            self.remove_invoice_rows(*id)?;
            i.contact = to;
            self.put_invoice(&i)?;
        }
        Ok(ids.len())
    }

    /// Stores an invoice under the id it already has (restoring a backup).
    pub(in crate::store) fn restore_invoice(&mut self, invoice: &mut Invoice) -> Result<()> {
        self.without_history();
        let taken = self.owed.invoices.get(invoice.id.0)?.is_some();
        self.require_new_id("invoice", invoice.id.0, taken)?;
        invoice.normalize_and_validate()?;
        self.require_contact(invoice.contact)?;
        self.put_invoice(invoice)
    }
}
