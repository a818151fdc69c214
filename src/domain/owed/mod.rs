//! Money owed, both ways: an invoice the owner sent (they owe me) or a bill a supplier sent (I
//! owe them), with the payments made against it. Amounts are exact (`Amount`: minor units and a
//! currency); a payment is in the invoice's own currency and never more than what is left, so
//! what is outstanding is never negative and never a mix of currencies. How late an open one is
//! falls in an aging bucket (`aging.rs`); sums are kept per currency (`totals.rs`).

mod aging;
mod totals;

pub use aging::Aging;
pub use totals::{Buckets, Totals};

use super::{Amount, ContactId, Invalid, InvoiceId, contact::limits, parse_named, serde_time};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// Which way the money goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Owing {
    /// An invoice I sent: they owe me.
    TheyOweMe,
    /// A bill a supplier sent: I owe them.
    IOweThem,
}

impl Owing {
    pub const ALL: [(Owing, &'static str); 2] =
        [(Owing::TheyOweMe, "invoice"), (Owing::IOweThem, "bill")];

    pub fn parse(input: &str) -> Result<Owing, Invalid> {
        parse_named(input, &Self::ALL, "kind")
    }

    /// `invoice` or `bill`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Owing::TheyOweMe => "invoice",
            Owing::IOweThem => "bill",
        }
    }
}

/// A payment made against an invoice or a bill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    #[serde(with = "serde_time::date")]
    pub on: NaiveDate,
    pub amount: Amount,
}

/// Why an invoice stopped being owed without being paid in full.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Closed {
    /// Given up on: what was left will not be paid.
    WrittenOff(#[serde(with = "serde_time::date")] NaiveDate),
    /// Cancelled: it was never owed.
    Void(#[serde(with = "serde_time::date")] NaiveDate),
}

impl Closed {
    pub fn as_str(&self) -> &'static str {
        match self {
            Closed::WrittenOff(_) => "written_off",
            Closed::Void(_) => "void",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invoice {
    pub id: InvoiceId,
    pub contact: ContactId,
    pub owing: Owing,
    /// The invoice number or the supplier's reference, as written.
    pub reference: Option<String>,
    pub amount: Amount,
    #[serde(with = "serde_time::date")]
    pub issued: NaiveDate,
    #[serde(with = "serde_time::date")]
    pub due: NaiveDate,
    pub payments: Vec<Payment>,
    pub closed: Option<Closed>,
    #[serde(with = "serde_time::datetime")]
    pub created_at: NaiveDateTime,
}

/// How many payments one invoice takes.
pub const MAX_PAYMENTS: usize = limits::LIST_ITEMS;

impl Invoice {
    pub fn new(
        contact: ContactId,
        owing: Owing,
        amount: Amount,
        issued: NaiveDate,
        due: NaiveDate,
        now: NaiveDateTime,
    ) -> Self {
        Invoice {
            id: InvoiceId::UNASSIGNED,
            contact,
            owing,
            reference: None,
            amount,
            issued,
            due,
            payments: Vec::new(),
            closed: None,
            created_at: now,
        }
    }

    /// What has been paid so far, in the invoice's currency.
    pub fn paid(&self) -> Amount {
        let minor = self
            .payments
            .iter()
            .fold(0i64, |sum, p| sum.saturating_add(p.amount.minor));
        Amount {
            minor,
            currency: self.amount.currency,
        }
    }

    /// What is still owed: the amount less the payments, nothing once written off or void.
    pub fn outstanding(&self) -> Amount {
        let minor = match self.closed {
            Some(_) => 0,
            None => self.amount.minor.saturating_sub(self.paid().minor).max(0),
        };
        Amount {
            minor,
            currency: self.amount.currency,
        }
    }

    /// Still owed in part or in full.
    pub fn is_open(&self) -> bool {
        self.outstanding().minor > 0
    }

    /// Days past the due day on `today` (0 or less: not due yet).
    pub fn days_overdue(&self, today: NaiveDate) -> i64 {
        (today - self.due).num_days()
    }

    pub fn aging(&self, today: NaiveDate) -> Aging {
        Aging::of(self.days_overdue(today))
    }

    /// The reference when there is one, else the id: how the invoice is named in messages.
    pub fn label(&self) -> String {
        self.reference
            .clone()
            .unwrap_or_else(|| self.id.to_string())
    }

    /// Records a payment: in the invoice's currency, more than nothing, and at most what is left.
    pub fn pay(&mut self, payment: Payment) -> Result<(), Invalid> {
        if let Some(closed) = self.closed {
            return Err(Invalid(crate::say!(
                "owed-closed",
                label = self.label(),
                state = closed.as_str()
            )));
        }
        let left = self.outstanding();
        if payment.amount.currency != left.currency {
            return Err(Invalid(crate::say!(
                "owed-other-currency",
                label = self.label(),
                currency = left.currency.as_str(),
                paid = payment.amount.currency.as_str()
            )));
        }
        if payment.amount.minor <= 0 {
            return Err(Invalid(crate::say!("owed-payment-not-positive")));
        }
        if payment.amount.minor > left.minor {
            return Err(Invalid(crate::say!(
                "owed-overpaid",
                label = self.label(),
                paid = payment.amount.shown(),
                left = left.shown()
            )));
        }
        if self.payments.len() >= MAX_PAYMENTS {
            return Err(Invalid(crate::say!("owed-too-many-payments")));
        }
        self.payments.push(payment);
        Ok(())
    }

    /// Closes it unpaid: written off, or void.
    pub fn close(&mut self, closed: Closed) -> Result<(), Invalid> {
        if let Some(already) = self.closed {
            return Err(Invalid(crate::say!(
                "owed-closed",
                label = self.label(),
                state = already.as_str()
            )));
        }
        if matches!(closed, Closed::WrittenOff(_)) && !self.is_open() {
            return Err(Invalid(crate::say!(
                "owed2-writeoff-nothing-left",
                label = self.label()
            )));
        }
        self.closed = Some(closed);
        Ok(())
    }

    /// Trims the reference and checks every rule a stored invoice keeps.
    pub fn normalize_and_validate(&mut self) -> Result<(), Invalid> {
        self.reference = self
            .reference
            .as_deref()
            .map(|r| super::text::nfc(r.trim()))
            .filter(|r| !r.is_empty());
        if self
            .reference
            .as_ref()
            .is_some_and(|r| r.chars().count() > limits::SHORT_TEXT)
        {
            return Err(Invalid(crate::say!(
                "owed-reference-too-long",
                max = limits::SHORT_TEXT
            )));
        }
        if !self.amount.currency.is_valid() || self.amount.minor <= 0 {
            return Err(Invalid(crate::say!("owed-amount-not-positive")));
        }
        if self.due < self.issued {
            return Err(Invalid(crate::say!(
                "owed-due-before-issued",
                due = self.due.to_string(),
                issued = self.issued.to_string()
            )));
        }
        let currency = self.amount.currency;
        if self.payments.len() > MAX_PAYMENTS
            || self
                .payments
                .iter()
                .any(|p| p.amount.currency != currency || p.amount.minor <= 0)
            || self.paid().minor > self.amount.minor
        {
            return Err(Invalid(crate::say!("owed-payments-wrong")));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
