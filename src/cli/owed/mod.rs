//! The money-owed commands: `invoice` records one sent to a contact (they owe me), `bill` one a
//! supplier sent (I owe them), `paid` a payment against either, by its reference or id, and
//! `owed` prints both directions, per currency and contact, in aging buckets (`print.rs`).

mod close;
mod contact;
mod edit;
mod print;

pub use close::{VoidArgs, WriteoffArgs, void, writeoff};
pub use contact::contact_invoices;

use super::{Skips, output};
use crate::domain::{Amount, Invalid, Invoice, InvoiceId, Owing, Payment, day_said, parse_when};
use crate::store::Store;
use crate::{clock, say};
use chrono::NaiveDate;
use clap::Args;
use std::io::Write;

/// What `invoice` and `bill` take: a new one's contact, amount and due day, or `edit` or
/// `delete` and one recorded already (a contact named "edit" is then named by its id).
#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    disable_help_subcommand = true
)]
pub struct InvoiceArgs {
    #[command(subcommand)]
    change: Option<edit::Change>,
    #[arg(required = true)]
    contact: Option<String>,
    #[arg(num_args = 1..=2, required = true)]
    amount: Vec<String>,
    #[arg(long, required = true)]
    due: Option<String>,
    #[arg(long)]
    issued: Option<String>,
    #[arg(long = "ref")]
    reference: Option<String>,
}

#[derive(Debug, Args)]
pub struct PaidArgs {
    invoice: String,
    #[arg(num_args = 0..=2)]
    amount: Vec<String>,
    #[arg(long)]
    on: Option<String>,
}

#[derive(Debug, Args)]
pub struct OwedArgs {
    contact: Option<String>,
    #[arg(long)]
    json: bool,
}

/// A day that has come: `today`, `yesterday`, `2026-10-01`… (a day after `today` is refused).
fn day_gone(input: Option<&str>, today: NaiveDate) -> anyhow::Result<NaiveDate> {
    let Some(input) = input else {
        return Ok(today);
    };
    let day = parse_when(input, today)?;
    if day > today {
        let said = day_said(day, today);
        return Err(Invalid(say!("owed-day-to-come", input = input.trim(), day = said)).into());
    }
    Ok(day)
}

/// `kith invoice` (they owe me) and `kith bill` (I owe them).
pub fn add(
    store: &Store,
    owing: Owing,
    args: InvoiceArgs,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    if let Some(change) = args.change {
        return edit::change(store, change, out);
    }
    let (Some(contact), Some(due)) = (args.contact, args.due) else {
        unreachable!("clap requires a contact and a due day when there is no change")
    };
    let contact = store.resolve(&contact)?;
    let now = clock::now();
    let amount = Amount::parse(&args.amount.join(" "))?;
    let issued = day_gone(args.issued.as_deref(), now.date())?;
    let due = parse_when(&due, issued)?;
    let mut invoice = Invoice::new(contact, owing, amount, issued, due, now);
    invoice.reference = args.reference;
    store.write(|w| w.add_invoice(&mut invoice))?;
    let name = store.contact(contact)?.name;
    let (id, name) = (invoice.id.to_string(), output::line(&name));
    let (amount, due) = (
        invoice.amount.shown(),
        crate::words::dates::day(due, crate::words::dates::DayStyle::WeekdayIso),
    );
    let reference = output::line(invoice.reference.as_deref().unwrap_or(""));
    let has = if invoice.reference.is_some() {
        "yes"
    } else {
        "no"
    };
    let added = match owing {
        Owing::TheyOweMe => say!(
            "invoice-added",
            id = id,
            name = name,
            amount = amount,
            due = due,
            reference = reference,
            has_reference = has
        ),
        Owing::IOweThem => say!(
            "bill-added",
            id = id,
            name = name,
            amount = amount,
            due = due,
            reference = reference,
            has_reference = has
        ),
    };
    writeln!(out, "{added}")?;
    Ok(())
}

/// The one invoice or bill a user's word names, by reference or id: none, or more than one,
/// is refused in words that say which.
pub(super) fn one_invoice(store: &Store, word: &str) -> anyhow::Result<Invoice> {
    let mut found = store.find_invoices(word)?;
    let said = output::line(word.trim());
    match found.len() {
        0 => Err(Invalid(say!("paid-no-such", word = said)).into()),
        1 => Ok(found.remove(0)),
        count => {
            let ids: Vec<String> = found.iter().map(|i| i.id.to_string()).collect();
            let ids = ids.join(", ");
            Err(Invalid(say!("paid-which", word = said, count = count, ids = ids)).into())
        }
    }
}

/// `kith paid`: a payment against one invoice or bill, named by its reference or id.
pub fn paid(store: &Store, args: PaidArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let today = clock::now().date();
    // No amount: what is left, read again inside the write.
    let given = match args.amount.as_slice() {
        [] => None,
        words => Some(Amount::parse(&words.join(" "))?),
    };
    let on = day_gone(args.on.as_deref(), today)?;
    let id = one_invoice(store, &args.invoice)?.id;
    let (invoice, amount) = store.write(|w| {
        let mut i = w.invoice(InvoiceId(id.0))?;
        let amount = given.unwrap_or_else(|| i.outstanding());
        if given.is_none() && i.closed.is_none() && amount.minor == 0 {
            return Err(Invalid(say!("owed2-paid-nothing-left", label = i.label())).into());
        }
        i.pay(Payment { on, amount })?;
        w.update_invoice(&mut i)?;
        Ok((i, amount))
    })?;
    let name = store.contact(invoice.contact)?.name;
    let left = invoice.outstanding();
    let (label, name) = (output::line(&invoice.label()), output::line(&name));
    let said = if given.is_none() {
        say!(
            "owed2-paid-rest",
            amount = amount.shown(),
            label = label,
            name = name
        )
    } else if left.minor == 0 {
        say!(
            "paid-in-full",
            amount = amount.shown(),
            label = label,
            name = name
        )
    } else {
        let left = left.shown();
        say!(
            "paid-left",
            amount = amount.shown(),
            label = label,
            name = name,
            left = left
        )
    };
    writeln!(out, "{said}")?;
    Ok(())
}

/// `kith owed`: both directions, per currency and contact, in aging buckets.
pub fn owed(
    store: &Store,
    args: OwedArgs,
    out: &mut dyn Write,
    skips: &mut Skips,
) -> anyhow::Result<()> {
    let today = clock::now().date();
    let contact = args
        .contact
        .as_deref()
        .map(|c| store.resolve(c))
        .transpose()?;
    let report = crate::review::owed::owed(store, today, contact)?;
    skips.report(&report.skipped);
    if args.json {
        crate::interop::json::write_pretty(out, &crate::interop::json::OwedJson::from(&report))?;
    } else {
        print::owed(out, &report, contact.is_some())?;
    }
    Ok(())
}
