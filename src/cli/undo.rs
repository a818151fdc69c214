//! `kith undo`, `kith redo` and `kith delete`. On a terminal, undo and redo first say what
//! they would take back ("undo: archive Anita Sharma? [y/N]") and ask once (`--yes` does not
//! ask); from a script they act without asking. Either way they say what they did ("undid:
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
    #[arg(long)]
    yes: bool,
}

#[derive(Debug, Args)]
pub struct RedoArgs {
    #[arg(long)]
    yes: bool,
}

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
    replay(store, false, args.yes, out)
}

pub fn redo(store: &Store, args: RedoArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    replay(store, true, args.yes, out)
}

/// Says what the next undo (`forward`: redo) would take back and, on a terminal without
/// `--yes`, asks once; a script (stdin not a terminal) asked for it and is not asked.
fn replay(store: &Store, forward: bool, yes: bool, out: &mut dyn Write) -> anyhow::Result<()> {
    let nothing = || {
        if forward {
            say!("undo-nothing-to-redo")
        } else {
            say!("undo-nothing")
        }
    };
    let Some(pending) = store.next_step(forward)? else {
        anyhow::bail!(nothing());
    };
    if !yes && std::io::stdin().is_terminal() {
        let what = output::line(&pending.what);
        let question = if forward {
            say!("undo-redo-ask", what = what)
        } else {
            say!("undo-ask", what = what)
        };
        if !asked_yes(&question)? {
            let kept = if forward {
                say!("undo-redo-kept")
            } else {
                say!("undo-kept")
            };
            writeln!(out, "{kept}")?;
            return Ok(());
        }
    }
    match (store.replay_shown(&pending, forward)?, forward) {
        (Replayed::Done(what), false) => {
            writeln!(out, "{}", say!("undo-undid", what = output::line(&what)))?;
        }
        (Replayed::Done(what), true) => {
            writeln!(out, "{}", say!("undo-redid", what = output::line(&what)))?;
        }
        (Replayed::Nothing, _) => anyhow::bail!(nothing()),
        (Replayed::Moved, _) => anyhow::bail!(say!("undo-moved")),
        (Replayed::Conflict { what, changed }, false) => anyhow::bail!(say!(
            "undo-conflict",
            what = output::line(&what),
            changed = output::line(&changed)
        )),
        (Replayed::Conflict { what, changed }, true) => anyhow::bail!(say!(
            "undo-redo-conflict",
            what = output::line(&what),
            changed = output::line(&changed)
        )),
    }
    Ok(())
}

/// Asks `question` on stderr and reads the answer from the terminal: yes only when it is y.
pub(super) fn asked_yes(question: &str) -> anyhow::Result<bool> {
    eprint!("{question} ");
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "Yes"))
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
        let question = say!(
            "delete-ask",
            name = name.as_str(),
            interactions = notes,
            followups = followups
        );
        if !asked_yes(&question)? {
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
