//! `kith import`: vCard files and folders, CSV files and kith backups read into the notebook,
//! one path after another, with a line of progress on a terminal. The import itself is
//! `interop::files`'; [`import_one`] is the one place this command calls it.

use super::output;
use crate::clock;
use crate::interop::files::ImportOptions;
use crate::store::Store;
use clap::Args;
use std::cell::Cell;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long)]
    skip_bad: bool,
    #[arg(long, value_name = "NAME")]
    encoding: Option<String>,
}

pub fn run(store: &Store, args: ImportArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let options = ImportOptions {
        dry_run: args.dry_run,
        skip_bad: args.skip_bad,
        encoding: args.encoding.as_deref().map(encoding).transpose()?,
    };
    let progress = Progress::new();
    let imported = args
        .paths
        .iter()
        .try_for_each(|path| import_one(store, path, options, out, &|what| progress.show(what)));
    progress.clear();
    imported
}

/// Imports one path, saying what it did on `out` and how far it has got through `progress`.
fn import_one(
    store: &Store,
    path: &Path,
    options: ImportOptions,
    out: &mut dyn Write,
    progress: &dyn Fn(String),
) -> anyhow::Result<()> {
    let report = crate::interop::files::import_path(store, path, options, clock::now(), progress);
    super::import_report::print(out, report)
}

/// The encoding `--encoding` names.
fn encoding(name: &str) -> anyhow::Result<&'static encoding_rs::Encoding> {
    encoding_rs::Encoding::for_label(name.trim().as_bytes())
        .ok_or_else(|| anyhow::anyhow!(crate::say!("import-unknown-encoding", name = name)))
}

/// How far a long import has got, on one line of a terminal only: a script reading stderr
/// hears only what went wrong. The line is overwritten with \r and spaces: no escape sequence
/// ever reaches the terminal.
struct Progress {
    on_terminal: bool,
    /// The width of what the line shows now.
    shown: Cell<usize>,
}

impl Progress {
    fn new() -> Progress {
        Progress {
            on_terminal: std::io::stderr().is_terminal(),
            shown: Cell::new(0),
        }
    }

    fn show(&self, what: String) {
        if self.on_terminal {
            let what = output::line(&what);
            let width = what.chars().count();
            let pad = self.shown.replace(width).saturating_sub(width);
            // An empty message clears the line, before a report is printed on it.
            let back = if what.is_empty() { "\r" } else { "" };
            eprint!("\r{what}{}{back}", " ".repeat(pad));
        }
    }

    /// Leaves the line empty for whatever is printed next.
    fn clear(&self) {
        if self.on_terminal && self.shown.get() > 0 {
            eprint!("\r{}\r", " ".repeat(self.shown.get()));
        }
    }
}
