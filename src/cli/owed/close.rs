//! `kith writeoff` and `kith void`: an invoice or a bill closed unpaid, named by its reference
//! or id. Written off: what was left will not be paid (`--reason` is kept as a note on the
//! contact's timeline, in the same change); void: it was never owed. Either asks once on a
//! terminal, as `kith delete` does, refuses from a script without `--yes`, and is one step of
//! the undo history.

use super::{one_invoice, output};
use crate::domain::{Channel, Closed, Interaction};
use crate::store::Store;
use crate::{clock, say};
use clap::Args;
use std::io::{IsTerminal, Write};

#[derive(Debug, Args)]
pub struct WriteoffArgs {
    invoice: String,
    #[arg(long)]
    reason: Option<String>,
    #[arg(long)]
    yes: bool,
}

#[derive(Debug, Args)]
pub struct VoidArgs {
    invoice: String,
    #[arg(long)]
    yes: bool,
}

/// `kith writeoff`.
pub fn writeoff(store: &Store, args: WriteoffArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    close(store, &args.invoice, true, args.reason, args.yes, out)
}

/// `kith void`.
pub fn void(store: &Store, args: VoidArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    close(store, &args.invoice, false, None, args.yes, out)
}

fn close(
    store: &Store,
    word: &str,
    off: bool,
    reason: Option<String>,
    yes: bool,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let found = one_invoice(store, word)?;
    let name = output::line(&store.contact(found.contact)?.name);
    let label = output::line(&found.label());
    let left = found.outstanding().shown();
    let state = if off { "written_off" } else { "void" };
    if !yes {
        if !std::io::stdin().is_terminal() {
            anyhow::bail!(say!("owed2-close-needs-yes", label = label, state = state));
        }
        let question = say!(
            "owed2-close-ask",
            label = label.as_str(),
            name = name.as_str(),
            left = left.as_str(),
            state = state
        );
        if !crate::cli::undo::asked_yes(&question)? {
            writeln!(out, "{}", say!("owed2-close-kept"))?;
            return Ok(());
        }
    }
    let now = clock::now();
    let closed = if off {
        Closed::WrittenOff(now.date())
    } else {
        Closed::Void(now.date())
    };
    store.write(|w| {
        let mut i = w.invoice(found.id)?;
        i.close(closed)?;
        w.describe(say!("owed2-undo-close", label = i.label(), state = state));
        w.update_invoice(&mut i)?;
        if let Some(reason) = reason.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
            let text = say!(
                "owed2-writeoff-note",
                label = i.label(),
                left = left.as_str(),
                reason = reason
            );
            w.add_interaction(&mut Interaction::new(i.contact, now, Channel::Other, text))?;
        }
        Ok(())
    })?;
    let said = say!(
        "owed2-closed",
        label = label,
        name = name,
        left = left,
        state = state
    );
    writeln!(out, "{said}")?;
    Ok(())
}
