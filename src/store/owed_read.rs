//! Reads of money owed, each in one read transaction and each from an index: a contact's
//! invoices through their rows by contact, what is due through the open rows by due day, and
//! the totals and aging buckets as sums over the per-day sums — never a walk over every invoice.
//! A notebook written before invoices came has none of these tables: it reads as owing nothing.

use super::contain::contain;
use super::owed_index::{owing_index, owing_of};
use super::tables::*;
use super::write::decode_at;
use super::{Loaded, Result, Store, StoreError};
use crate::domain::serde_time::date_to_days;
use crate::domain::{Aging, Amount, ContactId, Currency, Invoice, InvoiceId, Owing, Totals};
use chrono::NaiveDate;
use redb::{ReadOnlyTable, ReadTransaction, ReadableTable, TableDefinition};

/// A table kith added without a schema step (the invoices, the promise and complaint rows),
/// `None` in a notebook that never had one.
pub(super) fn optional<K: redb::Key + 'static, V: redb::Value + 'static>(
    txn: &ReadTransaction,
    def: TableDefinition<K, V>,
) -> Result<Option<ReadOnlyTable<K, V>>> {
    match txn.open_table(def) {
        Ok(table) => Ok(Some(table)),
        Err(redb::TableError::TableDoesNotExist(_)) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

fn invoice_at(table: &ReadOnlyTable<u64, &[u8]>, id: u64) -> Result<Invoice> {
    match table.get(id)? {
        Some(guard) => decode_at("invoices_v1", id, guard.value()),
        None => Err(StoreError::NotFound {
            what: "invoice",
            id,
        }),
    }
}

/// What one contact owes or is owed, per direction and currency: outstanding and how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContactOwed {
    pub owing: Owing,
    pub outstanding: Amount,
    pub count: u64,
}

impl Store {
    pub fn invoice(&self, id: InvoiceId) -> Result<Invoice> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let not_found = StoreError::NotFound {
                what: "invoice",
                id: id.0,
            };
            match optional(&txn, INVOICES)? {
                Some(table) => invoice_at(&table, id.0),
                None => Err(not_found),
            }
        })
    }

    /// The invoices a user's word names: the one with that id, and those whose reference is
    /// that word (folded, so `inv-014` finds `INV-014`).
    pub fn find_invoices(&self, word: &str) -> Result<Vec<Invoice>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let (Some(table), Some(refs)) =
                (optional(&txn, INVOICES)?, optional(&txn, INVOICE_REFS)?)
            else {
                return Ok(Vec::new());
            };
            let mut found = Vec::new();
            if let Ok(id) = crate::words::numbers::ascii_digits(word.trim()).parse::<u64>()
                && table.get(id)?.is_some()
            {
                found.push(invoice_at(&table, id)?);
            }
            let folded = crate::text::fold(word.trim());
            for entry in refs.range((folded.as_str(), 0)..=(folded.as_str(), u64::MAX))? {
                let id = entry?.0.value().1;
                if found.iter().all(|i: &Invoice| i.id.0 != id) {
                    found.push(invoice_at(&table, id)?);
                }
            }
            Ok(found)
        })
    }

    /// Every invoice and bill of a contact, oldest id first.
    pub fn invoices_of(&self, contact: ContactId) -> Result<Loaded<Invoice>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let mut loaded = Loaded::default();
            let (Some(table), Some(rows)) = (
                optional(&txn, INVOICES)?,
                optional(&txn, INVOICES_BY_CONTACT)?,
            ) else {
                return Ok(loaded);
            };
            for entry in rows.range((contact.0, 0)..=(contact.0, u64::MAX))? {
                let id = entry?.0.value().1;
                loaded.push(invoice_at(&table, id));
            }
            Ok(loaded)
        })
    }

    /// Invoices still owed in one direction, due in `from..=to`, soonest first: at most `limit`,
    /// and how many there are in all (from the per-day sums: the rows past `limit` are not read).
    pub fn open_invoices(
        &self,
        owing: Owing,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        limit: usize,
    ) -> Result<(Loaded<Invoice>, usize)> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let mut loaded = Loaded::default();
            let (Some(table), Some(open), Some(days)) = (
                optional(&txn, INVOICES)?,
                optional(&txn, OPEN_INVOICES)?,
                optional(&txn, OWED_DAYS)?,
            ) else {
                return Ok((loaded, 0));
            };
            let o = owing_index(owing);
            let from = from.map_or(i32::MIN, date_to_days);
            let to = to.map_or(i32::MAX, date_to_days);
            for entry in open.range((o, from, 0)..=(o, to, u64::MAX))? {
                if loaded.items.len() + loaded.damaged.len() >= limit {
                    break;
                }
                let id = entry?.0.value().2;
                loaded.push(invoice_at(&table, id));
            }
            let mut total = 0u64;
            for entry in days.range((o, "", i32::MIN)..(o + 1, "", i32::MIN))? {
                let (key, sum) = entry?;
                if (from..=to).contains(&key.value().2) {
                    total = total.saturating_add(sum.value().1);
                }
            }
            Ok((loaded, usize::try_from(total).unwrap_or(usize::MAX)))
        })
    }

    /// Everything owed both ways on `today`, per currency, in aging buckets: one pass over the
    /// per-day sums, whose rows are as many as the days something falls due, not the invoices.
    pub fn owed_totals(&self, today: NaiveDate) -> Result<Totals> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let mut totals = Totals::default();
            let Some(days) = optional(&txn, OWED_DAYS)? else {
                return Ok(totals);
            };
            let today = i64::from(date_to_days(today));
            for entry in days.iter()? {
                let (key, sum) = entry?;
                let (o, currency, due) = key.value();
                let (minor, count) = sum.value();
                let Ok(currency) = Currency::parse(currency) else {
                    continue;
                };
                let aging = Aging::of(today - i64::from(due));
                totals.add(owing_of(o), aging, Amount { minor, currency }, count);
            }
            Ok(totals)
        })
    }

    /// What one contact owes and is owed, per direction and currency: one short range read.
    pub fn owed_by(&self, contact: ContactId) -> Result<Vec<ContactOwed>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let Some(rows) = optional(&txn, OWED_BY_CONTACT)? else {
                return Ok(Vec::new());
            };
            let mut owed = Vec::new();
            for entry in rows.range((contact.0, 0, "")..(contact.0.saturating_add(1), 0, ""))? {
                let (key, sum) = entry?;
                let (_, o, currency) = key.value();
                let (minor, count) = sum.value();
                let Ok(currency) = Currency::parse(currency) else {
                    continue;
                };
                owed.push(ContactOwed {
                    owing: owing_of(o),
                    outstanding: Amount { minor, currency },
                    count,
                });
            }
            Ok(owed)
        })
    }
}
