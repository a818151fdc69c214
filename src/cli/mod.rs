//! The command line: clap definitions and the subcommands that work on the notebook without
//! opening the full screen. Usage errors exit 2 (clap); damage in the notebook exits 3
//! ([`EXIT_DAMAGED`]: records were skipped and named, or the damage stopped the command); every
//! other failure exits 1.

mod check;
mod contact_args;
mod export;
mod import_report;
mod output;
mod run;
pub mod terminal;

pub use run::run;

use clap::{Args, Parser, Subcommand};
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
            Command::List { .. }
            | Command::Show { .. }
            | Command::Due { .. }
            | Command::Search { .. }
            | Command::Export { .. }
            | Command::Duplicates { .. } => false,
            Command::Import { dry_run, .. } => !dry_run,
            Command::Check(args) => args.repair,
            Command::Add { .. }
            | Command::Merge { .. }
            | Command::Edit { .. }
            | Command::Archive { .. }
            | Command::Unarchive { .. }
            | Command::Log(_)
            | Command::Demo(_)
            | Command::Followup { .. }
            | Command::Done { .. }
            | Command::Snooze { .. }
            | Command::Drop { .. } => true,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add a contact
    Add {
        /// Display name
        name: String,
        #[command(flatten)]
        fields: contact_args::ContactFields,
    },
    /// Change a contact's details; an empty value ("") clears a field
    Edit {
        /// Id or name of the contact
        contact: String,
        /// New display name
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        fields: contact_args::ContactFields,
    },
    /// Archive a contact (a customer who left), with the reason
    Archive {
        contact: String,
        #[arg(long)]
        reason: String,
    },
    /// Bring an archived contact back
    Unarchive { contact: String },
    /// Log an interaction; the note is TEXT or, when absent, standard input
    Log(LogArgs),
    /// List contacts in name order
    List {
        /// Only contacts of this kind
        #[arg(long)]
        kind: Option<String>,
        /// Only contacts with this tag
        #[arg(long)]
        tag: Option<String>,
        /// List archived contacts instead of those in use
        #[arg(long)]
        archived: bool,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Show a contact: profile, follow-ups and timeline
    Show {
        contact: String,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Fill an empty notebook with a realistic sample to try kith on
    Demo(DemoArgs),
    /// What needs attention: overdue, today, the next days, gone quiet, occasions, waiting on them
    Due {
        /// How many days ahead to look for follow-ups (occasions: at least 14)
        #[arg(long, default_value_t = 7,
              value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::review::MAX_DAYS)))]
        days: u32,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Add a follow-up: "WHEN: WHAT", e.g. "fri: send the quote" (a promise unless told otherwise)
    Followup {
        contact: String,
        /// WHEN: WHAT — WHEN is tomorrow, fri, next monday, in 3 days, 2026-12-01, 12-01…
        spec: String,
        /// Something they owe you
        #[arg(long, conflicts_with = "reminder")]
        they_owe: bool,
        /// A plain reminder
        #[arg(long)]
        reminder: bool,
    },
    /// Search contacts (name, company, tags, emails, phone digits, filters) or, with --notes or a
    /// leading #, note text
    Search {
        /// Words and filters: kind:, tag:, company:, due:overdue, due:today, quiet:DAYS, archived:yes
        query: Vec<String>,
        /// Search note text
        #[arg(long)]
        notes: bool,
        /// How many results at most
        #[arg(long, default_value_t = 50)]
        limit: usize,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Write the notebook to a file other tools read (json: the full backup)
    Export(ExportArgs),
    /// Import vCard files (.vcf, or a folder of them), CSV files (Google, Outlook, Thunderbird)
    /// or restore a kith JSON backup
    Import {
        /// .vcf files, folders of .vcf files, or a backup written by `kith export --format json`
        #[arg(required = true)]
        paths: Vec<std::path::PathBuf>,
        /// Say what would be created, merged and left alone; change nothing
        #[arg(long)]
        dry_run: bool,
        /// Import the cards that read and list the damaged ones (by default a file, or a
        /// folder, with a damaged card is refused whole)
        #[arg(long)]
        skip_bad: bool,
        /// The files' character encoding when kith guesses wrong (e.g. windows-1252, shift_jis,
        /// utf-16le); by default UTF-8, UTF-16 by its BOM, else Windows-1252 (or Shift-JIS)
        #[arg(long, value_name = "NAME")]
        encoding: Option<String>,
    },
    /// List contacts that are likely the same person (same email, phone or name), with why
    Duplicates {
        /// Print JSON: [{"first", "second", "reasons"}]
        #[arg(long)]
        json: bool,
    },
    /// Merge two records of one person: everything of the second (interactions, notes,
    /// follow-ups, its draft, whom it referred, fields the first lacks) goes to the first, and
    /// the second record is removed
    Merge {
        /// The contact to keep (name or id)
        keep: String,
        /// The contact merged into it and removed (name or id)
        absorb: String,
    },
    /// Mark a follow-up done
    Done { id: u64 },
    /// Move a follow-up to another day
    Snooze { id: u64, when: String },
    /// Drop a follow-up that is no longer wanted
    Drop { id: u64 },
    /// Verify the whole notebook file: pages, records, indexes, counts (exit 3 on damage)
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// json (the full backup), vcard or csv (every contact; csv in Google Contacts' layout)
    /// or ics (open follow-ups, birthdays and occasions, for a calendar)
    #[arg(long, value_parser = ["json", "vcard", "csv", "ics"])]
    pub format: String,
    /// vCard 3.0 instead of 4.0, for older tools
    #[arg(long)]
    pub vcard3: bool,
    /// ics: remind this many minutes before a follow-up is due (default: when it is due; an
    /// all-day follow-up is due at the start of its day)
    #[arg(long, value_name = "MINUTES", value_parser = clap::value_parser!(u32).range(0..=525_600))]
    pub alarm_before: Option<u32>,
    /// Where to write it (default: standard output)
    #[arg(short, long, value_name = "FILE", conflicts_with = "dir")]
    pub output: Option<std::path::PathBuf>,
    /// vcard: one file per contact in this folder, named by UID (a vdir, as khard reads)
    #[arg(long, value_name = "DIR")]
    pub dir: Option<std::path::PathBuf>,
    /// With --dir: replace files in the folder that kith did not write (an earlier export's
    /// card for the same contact is always replaced)
    #[arg(long, requires = "dir")]
    pub force: bool,
    /// Write nothing if any record is damaged, instead of writing the rest and naming the
    /// damaged ones on stderr
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Let redb repair the file, and rebuild every index (names, due dates, note search…) from
    /// the records; records that do not decode are left in place and reported
    #[arg(long)]
    pub repair: bool,
    /// Print the report as JSON
    #[arg(long)]
    pub json: bool,
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

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Id or name of the contact
    pub contact: String,
    /// in_person, call, video, email, message, purchase or other (default: in_person, or purchase with --amount)
    #[arg(long)]
    pub channel: Option<String>,
    /// When it happened, "YYYY-MM-DD HH:MM" (default: now)
    #[arg(long)]
    pub at: Option<String>,
    /// What was spent, e.g. "120.50 EUR"
    #[arg(long)]
    pub amount: Option<String>,
    /// praise, complaint or neutral
    #[arg(long)]
    pub sentiment: Option<String>,
    /// The note (read from standard input when absent)
    pub text: Option<String>,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// How many contacts
    #[arg(long, default_value_t = 200)]
    pub contacts: u32,
    /// How many interactions in all
    #[arg(long, default_value_t = 2000)]
    pub interactions: u64,
    /// Seed for the generator: the same seed gives the same notebook
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}
