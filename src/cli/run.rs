//! Running a parsed command: each subcommand goes to its command group's module.

use super::{Command, Skips, check, completions, contacts, demo, export, followups, import};
use super::{note_edit, notes, occasions, owed, promises, referrals, search, stats, sync, undo};
use crate::config::Config;
use crate::store::Store;
use std::io::Write;

/// Runs one subcommand; what it prints goes to `out`. Damaged records a command leaves out are
/// named on stderr as they are met, and end it with [`super::Damage`] (exit 3).
pub fn run(
    notebook: &mut Store,
    config: &Config,
    command: Command,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    // Only a repair needs the notebook to itself.
    let store: &Store = notebook;
    let mut skips = Skips::default();
    match command {
        Command::Check(args) => return check::run(notebook, args, out),
        Command::Completions(args) => return completions::print(&args, out),
        Command::Man(_) => return super::settings::man(out),
        Command::ContactNames(args) => super::contact_names::run(store, &args, out)?,
        // They read the config file, not a notebook: `main` runs them before opening one.
        Command::Config(_) | Command::Keys(_) => {
            unreachable!("main runs kith config and kith keys before opening a notebook")
        }
        // It makes the notebook: `main` runs it instead of opening one.
        Command::Init(_) => unreachable!("main runs kith init before opening a notebook"),
        Command::Add(args) => contacts::add(store, args, out)?,
        Command::Edit(args) => contacts::edit(store, args, out)?,
        Command::Archive(args) => contacts::archive(store, args, out)?,
        Command::Unarchive(args) => contacts::unarchive(store, args, out)?,
        Command::List(args) => contacts::list(store, args, out, &mut skips)?,
        Command::Show(args) => contacts::show(store, config, args, out, &mut skips)?,
        Command::Duplicates(args) => contacts::duplicates(store, args, out, &mut skips)?,
        Command::Merge(args) => contacts::merge(store, args, out)?,
        Command::Log(args) => notes::log(store, args, out)?,
        Command::Note(args) => note_edit::note(store, args, out)?,
        Command::Followup(args) => followups::followup(store, args, out)?,
        Command::Due(args) => followups::due(store, config, args, out, &mut skips)?,
        Command::Done(args) => followups::done(store, args, out)?,
        Command::Snooze(args) => followups::snooze(store, args, out)?,
        Command::Drop(args) => followups::drop(store, args, out)?,
        Command::Invoice(args) => owed::add(store, crate::domain::Owing::TheyOweMe, args, out)?,
        Command::Bill(args) => owed::add(store, crate::domain::Owing::IOweThem, args, out)?,
        Command::Paid(args) => owed::paid(store, args, out)?,
        Command::Writeoff(args) => owed::writeoff(store, args, out)?,
        Command::Void(args) => owed::void(store, args, out)?,
        Command::Owed(args) => owed::owed(store, args, out, &mut skips)?,
        Command::Promises(args) => promises::promises(store, args, out)?,
        Command::Complaints(args) => promises::complaints(store, args, out, &mut skips)?,
        Command::Resolve(args) => promises::resolve(store, args, out)?,
        Command::Referrals(args) => referrals::referrals(store, args, out)?,
        Command::Event(args) => referrals::event(store, args, out)?,
        Command::Celebrate(args) => occasions::celebrate(store, args, out)?,
        Command::Occasions(args) => occasions::occasions(store, args, out)?,
        Command::Stats(args) => stats::stats(store, args, out)?,
        Command::AtRisk(args) => stats::at_risk(store, args, out)?,
        Command::Value(args) => stats::value(store, args, out)?,
        Command::Search(args) => search::run(store, args, out, &mut skips)?,
        Command::Export(args) => {
            export::export(store, args.with_defaults(config), out, &mut skips)?
        }
        Command::Import(args) => import::run(store, args, out)?,
        Command::Sync(args) => sync::run(store, config, args, out)?,
        Command::Demo(args) => demo::run(store, args, out)?,
        Command::Delete(args) => undo::delete(store, args, out)?,
        Command::Undo(args) => undo::undo(store, args, out)?,
        Command::Redo(args) => undo::redo(store, args, out)?,
    }
    skips.finish()
}
