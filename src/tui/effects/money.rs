//! The money form's writes: an invoice or a bill recorded, a payment against one.

use crate::clock;
use crate::domain::{Invoice, InvoiceId, Owing, Payment};
use crate::say;
use crate::store::Store;
use crate::tui::action::Report;

pub(super) fn add(store: &Store, mut invoice: Invoice) -> Result<Report, String> {
    invoice.created_at = clock::now();
    store
        .write(|w| w.add_invoice(&mut invoice))
        .map(|_| {
            let (amount, due) = (
                invoice.amount.to_string(),
                invoice.due.format("%a %d %b %Y"),
            );
            let message = match invoice.owing {
                Owing::TheyOweMe => say!(
                    "form-money-invoice-added",
                    amount = amount,
                    due = due.to_string()
                ),
                Owing::IOweThem => say!(
                    "form-money-bill-added",
                    amount = amount,
                    due = due.to_string()
                ),
            };
            Report::MoneyChanged {
                contact: invoice.contact,
                message,
            }
        })
        .map_err(|e| say!("form-money-failed", error = e.to_string()))
}

pub(super) fn pay(store: &Store, invoice: InvoiceId, payment: Payment) -> Result<Report, String> {
    store
        .write(|w| {
            let mut i = w.invoice(invoice)?;
            i.pay(payment)?;
            w.update_invoice(&mut i)?;
            Ok(i)
        })
        .map(|i| Report::MoneyChanged {
            contact: i.contact,
            message: say!(
                "form-money-paid",
                amount = payment.amount.to_string(),
                label = i.label(),
                left = i.outstanding().to_string()
            ),
        })
        .map_err(|e| say!("form-money-failed", error = e.to_string()))
}
