//! The JSON shape of an invoice or a bill, for the backup and `kith owed --json`: amounts as
//! minor units and a currency (never a float), days as `2026-11-22`.

use super::records::{AmountJson, iso};
use crate::domain::{Aging, Amount, Buckets, Closed, Currency, Invoice, Owing};
use crate::review::owed::OwedReport;
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

/// One direction and currency's outstanding sum, or one contact's, in aging buckets.
#[derive(Debug, Serialize)]
pub struct OwedSumJson {
    /// `invoice` (they owe me) or `bill` (I owe them).
    pub kind: &'static str,
    pub contact_id: Option<u64>,
    pub contact_name: Option<String>,
    pub currency: String,
    pub outstanding: AmountJson,
    /// `current`, `1-30`, `31-60`, `61-90`, `90+` (days past due).
    pub buckets: std::collections::BTreeMap<&'static str, AmountJson>,
    pub open: u64,
}

/// What `kith owed --json` prints.
#[derive(Debug, Serialize)]
pub struct OwedJson {
    pub today: String,
    /// Per direction and currency: amounts in different currencies are never added.
    pub totals: Vec<OwedSumJson>,
    pub contacts: Vec<OwedSumJson>,
    /// The open invoices and bills (with a contact named: all of theirs), soonest due first.
    pub invoices: Vec<InvoiceJson>,
}

pub(crate) fn sum(
    kind: Owing,
    contact: Option<(u64, &str)>,
    currency: Currency,
    b: &Buckets,
) -> OwedSumJson {
    let amount = |minor| AmountJson::from(&Amount { minor, currency });
    OwedSumJson {
        kind: kind.as_str(),
        contact_id: contact.map(|c| c.0),
        contact_name: contact.map(|c| c.1.to_string()),
        currency: currency.to_string(),
        outstanding: amount(b.total_minor()),
        buckets: Aging::ALL
            .iter()
            .map(|a| (a.key(), amount(b.minor[a.index()])))
            .collect(),
        open: b.total_count(),
    }
}

impl From<&OwedReport> for OwedJson {
    fn from(r: &OwedReport) -> Self {
        let totals = [Owing::TheyOweMe, Owing::IOweThem]
            .into_iter()
            .flat_map(|o| r.totals.of(o).map(move |(c, b)| sum(o, None, c, b)))
            .collect();
        OwedJson {
            today: r.today.to_string(),
            totals,
            contacts: r
                .contacts
                .iter()
                .map(|c| {
                    sum(
                        c.owing,
                        Some((c.contact.0, &c.name)),
                        c.currency,
                        &c.buckets,
                    )
                })
                .collect(),
            invoices: r.invoices.iter().map(InvoiceJson::from).collect(),
        }
    }
}
