//! The command line: the clap definitions of `kith` and its subcommands, one module per command
//! group (each holds its arguments and the function that runs them), and the exit statuses.
//! Usage errors exit 2 (clap); damage in the notebook exits 3 ([`EXIT_DAMAGED`]: records were
//! skipped and named, or the damage stopped the command); every other failure exits 1.

mod check;
pub mod completions;
mod contacts;
mod demo;
mod export;
mod followups;
mod import;
mod import_report;
mod notes;
mod output;
mod run;
mod search;
pub mod terminal;

pub use run::run;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "kith",
    version,
    about = "A keyboard-driven relationship notebook for the terminal",
    long_about = "A keyboard-driven relationship notebook for the terminal.\n\nWith no command, kith opens the notebook screen."
)]
pub struct Cli {
    /// The notebook file (default: the platform data directory, e.g. ~/.local/share/kith/kith.redb)
    #[arg(long, global = true, env = "KITH_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// The config file (default: the platform config directory, e.g. ~/.config/kith/config.toml)
    #[arg(long, global = true, env = "KITH_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// How long a command that writes waits for another kith process to finish writing
    #[arg(long, global = true, value_name = "SECS", default_value_t = 10.0)]
    pub wait: f64,

    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Command {
    /// Whether the command changes the notebook. Those that do not open it read-only, so they
    /// never change the file, work on a read-only copy and run beside the open screen.
    pub fn writes(&self) -> bool {
        match self {
            Command::List(_)
            | Command::Show(_)
            | Command::Due(_)
            | Command::Search(_)
            | Command::Export(_)
            | Command::Duplicates(_)
            | Command::Completions(_) => false,
            Command::Import(args) => !args.dry_run,
            Command::Check(args) => args.repair,
            Command::Add(_)
            | Command::Merge(_)
            | Command::Edit(_)
            | Command::Archive(_)
            | Command::Unarchive(_)
            | Command::Log(_)
            | Command::Demo(_)
            | Command::Followup(_)
            | Command::Done(_)
            | Command::Snooze(_)
            | Command::Drop(_) => true,
        }
    }
}

/// Every subcommand, in the order `kith --help` lists them; each one's arguments live in its
/// command group's module.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add a contact
    Add(contacts::AddArgs),
    /// Change a contact's details; an empty value ("") clears a field
    Edit(contacts::EditArgs),
    /// Archive a contact (a customer who left), with the reason
    Archive(contacts::ArchiveArgs),
    /// Bring an archived contact back
    Unarchive(contacts::UnarchiveArgs),
    /// Log an interaction; the note is TEXT or, when absent, standard input
    Log(notes::LogArgs),
    /// List contacts in name order
    List(contacts::ListArgs),
    /// Show a contact: profile, follow-ups and timeline
    Show(contacts::ShowArgs),
    /// Fill an empty notebook with a realistic sample to try kith on
    Demo(demo::DemoArgs),
    /// What needs attention: overdue, today, the next days, gone quiet, occasions, waiting on them
    Due(followups::DueArgs),
    /// Add a follow-up: "WHEN: WHAT", e.g. "fri: send the quote" (a promise unless told otherwise)
    Followup(followups::FollowupArgs),
    /// Search contacts (name, company, tags, emails, phone digits, filters) or, with --notes or a
    /// leading #, note text
    Search(search::SearchArgs),
    /// Write the notebook to a file other tools read (json: the full backup)
    Export(export::ExportArgs),
    /// Import vCard files (.vcf, or a folder of them), CSV files (Google, Outlook, Thunderbird)
    /// or restore a kith JSON backup
    Import(import::ImportArgs),
    /// List contacts that are likely the same person (same email, phone or name), with why
    Duplicates(contacts::DuplicatesArgs),
    /// Merge two records of one person: everything of the second (interactions, notes,
    /// follow-ups, its draft, whom it referred, fields the first lacks) goes to the first, and
    /// the second record is removed
    Merge(contacts::MergeArgs),
    /// Mark a follow-up done
    Done(followups::DoneArgs),
    /// Move a follow-up to another day
    Snooze(followups::SnoozeArgs),
    /// Drop a follow-up that is no longer wanted
    Drop(followups::DropArgs),
    /// Verify the whole notebook file: pages, records, indexes, counts (exit 3 on damage)
    Check(check::CheckArgs),
    /// Print the completion script for SHELL to standard output
    Completions(completions::CompletionsArgs),
}

/// The exit status of a command that met damage in the notebook: it skipped damaged records
/// (each named on stderr), or the damage stopped it, or `kith check` found some.
pub const EXIT_DAMAGED: u8 = 3;

/// Damage in the notebook ended the command; `main` exits with [`EXIT_DAMAGED`].
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Damage(pub String);

/// The damaged records a command left out, named on stderr as they are met.
#[derive(Debug, Default)]
pub struct Skips {
    count: usize,
}

impl Skips {
    pub fn report(&mut self, skipped: &[crate::store::Skipped]) {
        for s in skipped {
            eprintln!("kith: skipped {}", output::line(&s.to_string()));
        }
        self.count += skipped.len();
    }

    /// The command's result: [`Damage`] if anything was skipped.
    pub fn finish(self) -> anyhow::Result<()> {
        match self.count {
            0 => Ok(()),
            n => Err(Damage(format!(
                "{n} damaged record{} skipped (named above): run `kith check`",
                if n == 1 { " was" } else { "s were" }
            ))
            .into()),
        }
    }
}

/// Whether an error is damage in the notebook, which exits with [`EXIT_DAMAGED`].
pub fn is_damage(e: &anyhow::Error) -> bool {
    use crate::store::StoreError;
    e.chain().any(|cause| {
        cause.downcast_ref::<Damage>().is_some()
            || matches!(
                cause.downcast_ref::<StoreError>(),
                Some(StoreError::Damaged(_) | StoreError::Corrupt { .. })
            )
    })
}
