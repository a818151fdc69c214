//! The money form's writes: an invoice or a bill recorded, a payment against one.

use crate::clock;
use crate::domain::{Closed, Invoice, InvoiceId, Owing, Payment};
use crate::say;
use crate::store::Store;
use crate::tui::action::Report;

pub(super) fn add(store: &Store, mut invoice: Invoice) -> Result<Report, String> {
    invoice.created_at = clock::now();
    store
        .write(|w| w.add_invoice(&mut invoice))
        .map(|_| {
            let (amount, due) = (
                invoice.amount.shown(),
                crate::words::dates::day(invoice.due, crate::words::dates::DayStyle::Long),
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
                amount = payment.amount.shown(),
                label = i.label(),
                left = i.outstanding().shown()
            ),
        })
        .map_err(|e| say!("form-money-failed", error = e.to_string()))
}

/// Writes off (`off`) or voids an invoice or a bill, one step `u` takes back.
pub(super) fn close(store: &Store, invoice: InvoiceId, off: bool) -> Result<Report, String> {
    let today = clock::now().date();
    let (closed, state) = if off {
        (Closed::WrittenOff(today), "written_off")
    } else {
        (Closed::Void(today), "void")
    };
    store
        .write(|w| {
            let mut i = w.invoice(invoice)?;
            let left = i.outstanding();
            i.close(closed)?;
            w.describe(say!("owed2-undo-close", label = i.label(), state = state));
            w.update_invoice(&mut i)?;
            Ok((i, left))
        })
        .map(|(i, left)| Report::MoneyChanged {
            contact: i.contact,
            message: say!(
                "owed2-screen-closed",
                state = state,
                label = i.label(),
                left = left.to_string()
            ),
        })
        .map_err(|e| say!("form-money-failed", error = e.to_string()))
}
