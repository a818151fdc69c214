//! The JSON shape of an invoice or a bill, for the backup and `kith owed --json`: amounts as
//! minor units and a currency (never a float), days as `2026-11-22`.

use super::records::{AmountJson, iso};
use crate::domain::{Closed, Invoice};
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
pub struct PaymentJson {
    pub on: String,
    pub amount: AmountJson,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct InvoiceJson {
    pub id: u64,
    pub contact_id: u64,
    /// `invoice` (they owe me) or `bill` (I owe them).
    pub kind: String,
    pub reference: Option<String>,
    pub amount: AmountJson,
    pub issued: String,
    pub due: String,
    pub payments: Vec<PaymentJson>,
    /// `open`, `paid`, `written_off` or `void`.
    pub state: String,
    /// The day it was written off or made void.
    pub closed_on: Option<String>,
    /// What is still owed (derived: the amount less the payments; read back, it is ignored).
    pub outstanding: AmountJson,
    pub created_at: String,
}

impl From<&Invoice> for InvoiceJson {
    fn from(i: &Invoice) -> Self {
        let (state, closed_on) = match i.closed {
            Some(Closed::WrittenOff(on) | Closed::Void(on)) => (
                i.closed.map_or("open", |c| c.as_str()),
                Some(on.to_string()),
            ),
            None if i.is_open() => ("open", None),
            None => ("paid", None),
        };
        InvoiceJson {
            id: i.id.0,
            contact_id: i.contact.0,
            kind: i.owing.as_str().into(),
            reference: i.reference.clone(),
            amount: AmountJson::from(&i.amount),
            issued: i.issued.to_string(),
            due: i.due.to_string(),
            payments: i
                .payments
                .iter()
                .map(|p| PaymentJson {
                    on: p.on.to_string(),
                    amount: AmountJson::from(&p.amount),
                })
                .collect(),
            state: state.into(),
            closed_on,
            outstanding: AmountJson::from(&i.outstanding()),
            created_at: iso(i.created_at),
        }
    }
}
