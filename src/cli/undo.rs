//! `kith undo`, `kith redo` and `kith delete`. Undo and redo say what they did ("undid:
//! archive Anita Sharma"); with nothing to do, or when a later change stands in the way, they
//! say why on stderr and exit 1, so a script can tell. `delete` asks once on a terminal and
//! refuses elsewhere without `--yes`.

use crate::cli::output;
use crate::clock;
use crate::say;
use crate::store::{Replayed, Store};
use clap::Args;
use std::io::{BufRead, IsTerminal, Write};

#[derive(Debug, Args)]
pub struct UndoArgs {
    #[arg(long)]
    list: bool,
}

#[derive(Debug, Args)]
pub struct RedoArgs {}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    contact: String,
    #[arg(long)]
    yes: bool,
}

/// How many steps `kith undo --list` shows.
const LISTED: usize = 20;

pub fn undo(store: &Store, args: UndoArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    if args.list {
        return list(store, out);
    }
    match store.undo()? {
        Replayed::Done(what) => {
            writeln!(out, "{}", say!("undo-undid", what = output::line(&what)))?;
            Ok(())
        }
        Replayed::Nothing => anyhow::bail!(say!("undo-nothing")),
        Replayed::Conflict { what, changed } => anyhow::bail!(say!(
            "undo-conflict",
            what = output::line(&what),
            changed = output::line(&changed)
        )),
    }
}

pub fn redo(store: &Store, _args: RedoArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    match store.redo()? {
        Replayed::Done(what) => {
            writeln!(out, "{}", say!("undo-redid", what = output::line(&what)))?;
            Ok(())
        }
        Replayed::Nothing => anyhow::bail!(say!("undo-nothing-to-redo")),
        Replayed::Conflict { what, changed } => anyhow::bail!(say!(
            "undo-redo-conflict",
            what = output::line(&what),
            changed = output::line(&changed)
        )),
    }
}

fn list(store: &Store, out: &mut dyn Write) -> anyhow::Result<()> {
    let steps = store.history(LISTED)?;
    if steps.is_empty() {
        writeln!(out, "{}", say!("undo-list-empty"))?;
    }
    for step in steps {
        let what = output::line(&step.what);
        let line = if step.undone {
            say!("undo-list-undone", what = what)
        } else {
            say!("undo-list-done", what = what)
        };
        writeln!(out, "{line}")?;
    }
    Ok(())
}

pub fn delete(store: &Store, args: DeleteArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let id = store.resolve(&args.contact)?;
    let contact = store.contact(id)?;
    let name = output::line(&contact.name);
    if !args.yes {
        let stdin = std::io::stdin();
        if !stdin.is_terminal() {
            anyhow::bail!(say!("delete-needs-yes", name = name));
        }
        let notes = store.timeline(id, usize::MAX)?.items.len();
        let followups = store.followups_for(id)?.items.len();
        eprint!(
            "{} ",
            say!(
                "delete-ask",
                name = name.as_str(),
                interactions = notes,
                followups = followups
            )
        );
        let mut answer = String::new();
        stdin.lock().read_line(&mut answer)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes" | "Yes") {
            writeln!(out, "{}", say!("delete-kept"))?;
            return Ok(());
        }
    }
    let deleted = store.write(|w| w.delete_contact(id, clock::now()))?;
    writeln!(
        out,
        "{}",
        say!(
            "delete-deleted",
            name = output::line(&deleted.name),
            interactions = deleted.interactions,
            followups = deleted.followups
        )
    )?;
    Ok(())
}
