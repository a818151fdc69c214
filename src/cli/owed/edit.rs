//! `kith invoice edit REF|ID` and `kith invoice delete REF|ID` (and the same under `kith bill`):
//! an invoice or a bill changed in place (its amount, due day or reference; never below what
//! was paid) or deleted (asked once on a terminal, as `kith delete` is). Each is one step of the
//! undo history.

use super::{one_invoice, output};
use crate::domain::{Amount, Invalid, parse_when};
use crate::say;
use crate::store::Store;
use clap::{Args, Subcommand};
use std::io::{IsTerminal, Write};

/// What `kith invoice` and `kith bill` do to one already recorded.
#[derive(Debug, Subcommand)]
pub enum Change {
    Edit(EditArgs),
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct EditArgs {
    invoice: String,
    #[arg(long, num_args = 1..=2)]
    amount: Option<Vec<String>>,
    #[arg(long)]
    due: Option<String>,
    #[arg(long = "ref")]
    reference: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    invoice: String,
    #[arg(long)]
    yes: bool,
}

pub fn change(store: &Store, change: Change, out: &mut dyn Write) -> anyhow::Result<()> {
    match change {
        Change::Edit(args) => edit(store, args, out),
        Change::Delete(args) => delete(store, args, out),
    }
}

fn edit(store: &Store, args: EditArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    if args.amount.is_none() && args.due.is_none() && args.reference.is_none() {
        anyhow::bail!(say!("owed2-edit-nothing"));
    }
    let found = one_invoice(store, &args.invoice)?;
    let amount = args
        .amount
        .map(|words| Amount::parse(&words.join(" ")))
        .transpose()?;
    let due = args
        .due
        .as_deref()
        .map(|d| parse_when(d, found.issued))
        .transpose()?;
    let edited = store.write(|w| {
        let mut i = w.invoice(found.id)?;
        if let Some(amount) = amount {
            let paid = i.paid();
            if !i.payments.is_empty() && amount.currency != paid.currency {
                return Err(Invalid(say!(
                    "owed2-edit-currency",
                    label = i.label(),
                    currency = paid.currency.as_str()
                ))
                .into());
            }
            if amount.minor < paid.minor {
                return Err(Invalid(say!(
                    "owed2-edit-below-paid",
                    label = i.label(),
                    paid = paid.shown(),
                    amount = amount.shown()
                ))
                .into());
            }
            i.amount = amount;
        }
        if let Some(due) = due {
            i.due = due;
        }
        if let Some(reference) = &args.reference {
            i.reference = Some(reference.clone());
        }
        w.update_invoice(&mut i)?;
        Ok(i)
    })?;
    let name = store.contact(edited.contact)?.name;
    let said = say!(
        "owed2-edited",
        kind = edited.owing.as_str(),
        label = output::line(&edited.label()),
        name = output::line(&name),
        amount = edited.amount.shown(),
        due = crate::words::dates::day(edited.due, crate::words::dates::DayStyle::WeekdayIso),
        left = edited.outstanding().shown()
    );
    writeln!(out, "{said}")?;
    Ok(())
}

fn delete(store: &Store, args: DeleteArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let found = one_invoice(store, &args.invoice)?;
    let name = output::line(&store.contact(found.contact)?.name);
    let label = output::line(&found.label());
    let (kind, amount) = (found.owing.as_str(), found.amount.shown());
    let paid = found.paid().shown();
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            anyhow::bail!(say!("owed2-delete-needs-yes", kind = kind, label = label));
        }
        let question = say!(
            "owed2-delete-ask",
            kind = kind,
            label = label.as_str(),
            name = name.as_str(),
            amount = amount.as_str(),
            paid = paid.as_str()
        );
        if !crate::cli::undo::asked_yes(&question)? {
            writeln!(out, "{}", say!("owed2-close-kept"))?;
            return Ok(());
        }
    }
    store.write(|w| w.delete_invoice(found.id))?;
    let said = say!(
        "owed2-deleted",
        kind = kind,
        label = label,
        name = name,
        amount = amount
    );
    writeln!(out, "{said}")?;
    Ok(())
}
