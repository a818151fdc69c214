//! The command line: the clap definitions of `kith` and its subcommands, one module per command
//! group (each holds its arguments and the function that runs them), and the exit statuses.
//! Usage errors exit 2 (clap); damage in the notebook exits 3 ([`EXIT_DAMAGED`]: records were
//! skipped and named, or the damage stopped the command); every other failure exits 1.

mod check;
pub mod completions;
mod contact_names;
mod contacts;
mod demo;
mod export;
mod followups;
mod frame;
pub mod help;
mod import;
mod import_report;
pub mod language;
mod note_edit;
pub mod notebook;
mod notes;
mod occasions;
mod output;
mod owed;
mod promises;
mod referrals;
mod run;
mod search;
pub mod settings;
mod stats;
mod sync;
mod table;
pub mod terminal;
mod undo;

pub use run::run;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

// kith's command line. The help of every command and option is in
// `assets/words/en/cli-help.ftl`, given by `help::command`, which parses it.
#[derive(Debug, Parser)]
#[command(name = "kith", version)]
pub struct Cli {
    #[arg(long, global = true, env = "KITH_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    #[arg(long, global = true, env = "KITH_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Who named the config file (`--config`, `KITH_CONFIG` or nobody): a file named must
    /// exist.
    #[arg(skip)]
    pub config_named: ConfigNamed,

    #[arg(long, global = true, value_name = "SECS", default_value_t = 10.0)]
    pub wait: f64,

    // Read before clap parses (`language::choose_at_start`); here so clap knows the options.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<crate::config::Language>,

    #[arg(long, global = true, value_name = "DIGITS")]
    pub digits: Option<crate::config::Digits>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Who named the config file a run uses: `--config` on the command line, `KITH_CONFIG`, or
/// nobody (the default place).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ConfigNamed {
    #[default]
    Nobody,
    Option,
    Variable,
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
            | Command::Completions(_)
            | Command::Config(_)
            | Command::Keys(_)
            | Command::Man(_)
            | Command::Owed(_)
            | Command::Promises(_)
            | Command::Complaints(_)
            | Command::Referrals(_)
            | Command::Occasions(_)
            | Command::Stats(_)
            | Command::AtRisk(_)
            | Command::Value(_)
            | Command::ContactNames(_) => false,
            Command::Import(args) => !args.dry_run,
            Command::Check(args) => args.repair,
            Command::Init(_)
            | Command::Add(_)
            | Command::Merge(_)
            | Command::Edit(_)
            | Command::Archive(_)
            | Command::Unarchive(_)
            | Command::Log(_)
            | Command::Note(_)
            | Command::Demo(_)
            | Command::Followup(_)
            | Command::Done(_)
            | Command::Snooze(_)
            | Command::Drop(_)
            | Command::Invoice(_)
            | Command::Bill(_)
            | Command::Paid(_)
            | Command::Writeoff(_)
            | Command::Void(_)
            | Command::Resolve(_)
            | Command::Event(_)
            | Command::Celebrate(_)
            | Command::Undo(_)
            | Command::Redo(_)
            | Command::Sync(_)
            | Command::Delete(_) => true,
        }
    }
}

/// Every subcommand, in the order `kith --help` lists them; each one's arguments live in its
/// command group's module.
#[derive(Debug, Subcommand)]
pub enum Command {
    Init(notebook::InitArgs),
    Add(contacts::AddArgs),
    Edit(contacts::EditArgs),
    Archive(contacts::ArchiveArgs),
    Unarchive(contacts::UnarchiveArgs),
    Log(notes::LogArgs),
    Note(note_edit::NoteArgs),
    List(contacts::ListArgs),
    Show(contacts::ShowArgs),
    Demo(demo::DemoArgs),
    Due(followups::DueArgs),
    Followup(followups::FollowupArgs),
    Search(search::SearchArgs),
    Export(export::ExportArgs),
    Import(import::ImportArgs),
    Sync(sync::SyncArgs),
    Duplicates(contacts::DuplicatesArgs),
    Merge(contacts::MergeArgs),
    Done(followups::DoneArgs),
    Snooze(followups::SnoozeArgs),
    Drop(followups::DropArgs),
    Invoice(owed::InvoiceArgs),
    Bill(owed::InvoiceArgs),
    Paid(owed::PaidArgs),
    Writeoff(owed::WriteoffArgs),
    Void(owed::VoidArgs),
    Owed(owed::OwedArgs),
    Promises(promises::PromisesArgs),
    Complaints(promises::ComplaintsArgs),
    Resolve(promises::ResolveArgs),
    Referrals(referrals::ReferralsArgs),
    Event(referrals::EventArgs),
    Celebrate(occasions::CelebrateArgs),
    Occasions(occasions::OccasionsArgs),
    Stats(stats::StatsArgs),
    AtRisk(stats::AtRiskArgs),
    Value(stats::ValueArgs),
    Delete(undo::DeleteArgs),
    Undo(undo::UndoArgs),
    Redo(undo::RedoArgs),
    Check(check::CheckArgs),
    Completions(completions::CompletionsArgs),
    Config(settings::ConfigArgs),
    Keys(settings::KeysArgs),
    Man(settings::ManArgs),
    #[command(hide = true)]
    ContactNames(contact_names::ContactNamesArgs),
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
            eprintln!(
                "{}",
                crate::say!("cli-skipped", record = output::line(&s.to_string()))
            );
        }
        self.count += skipped.len();
    }

    /// The command's result: [`Damage`] if anything was skipped.
    pub fn finish(self) -> anyhow::Result<()> {
        match self.count {
            0 => Ok(()),
            n => Err(Damage(crate::say!("cli-damage-skipped", count = n)).into()),
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

#[cfg(test)]
mod tests {
    use super::Skips;

    #[test]
    fn skipped_records_are_counted_in_words() {
        let said = |count| Skips { count }.finish().unwrap_err().to_string();
        assert_eq!(
            said(1),
            "1 damaged record was skipped (named above): run `kith check`"
        );
        assert_eq!(
            said(2),
            "2 damaged records were skipped (named above): run `kith check`"
        );
    }

    #[test]
    fn days_ago_and_a_draft_read_as_they_did() {
        assert_eq!(crate::say!("cli-ago", days = 0), "today");
        assert_eq!(crate::say!("cli-ago", days = 1), "1 day ago");
        assert_eq!(crate::say!("cli-ago", days = 12), "12 days ago");
        let merged_counting = |interactions: u32, followups: u32, referrals: u32, draft| {
            crate::say!(
                "merge-merged",
                absorbed = "B",
                absorbed_id = "2",
                kept = "A",
                kept_id = "1",
                interactions = interactions,
                followups = followups,
                referrals = referrals,
                draft = draft
            )
        };
        let merged = |draft| merged_counting(3, 0, 1, draft);
        assert_eq!(
            merged("yes"),
            "Merged B (id 2) into A (id 1): moved 3 interactions, 0 follow-ups, 1 referral \
             and an unsaved note"
        );
        assert_eq!(
            merged("no"),
            "Merged B (id 2) into A (id 1): moved 3 interactions, 0 follow-ups, 1 referral"
        );
        // Counts of one read in the singular.
        let one = merged_counting(1, 1, 2, "no");
        assert_eq!(
            one,
            "Merged B (id 2) into A (id 1): moved 1 interaction, 1 follow-up, 2 referrals"
        );
    }
}
