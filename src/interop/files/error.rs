//! Why an import stopped. Nothing of the file (or folder) was imported, and nothing of a
//! backup was restored, except where [`ImportFailure::RestoreFailed`] says otherwise. Each
//! failure says itself in the words kith has always used.

use super::report::{BackupReport, FileRead};
use crate::interop::vcard::lines::Damage;
use crate::store::StoreError;
use std::fmt;
use std::path::{Path, PathBuf};

/// An import that stopped, with what had been found before it did.
#[derive(Debug)]
pub struct ImportError {
    /// The path as it was given.
    pub path: PathBuf,
    /// Files read before the import stopped, with what was noticed about them (a CSV file's
    /// encoding, say); the command line says it before the error, as it was found.
    pub read: Vec<FileRead>,
    /// A backup checked on a dry run before the notebook could not be read.
    pub checked: Option<Box<BackupReport>>,
    /// Boxed: an import's result stays small.
    pub failure: Box<ImportFailure>,
}

/// Why an import stopped.
#[derive(Debug)]
pub enum ImportFailure {
    /// A file or folder could not be opened or read.
    CannotRead {
        path: PathBuf,
        error: std::io::Error,
    },
    /// The file is none of the formats kith imports.
    NotAFormat { path: PathBuf },
    /// A folder without a .vcf file.
    NoCardFiles { path: PathBuf },
    /// Damaged cards (each with its file), and `--skip-bad` was not given.
    Damaged { damaged: Vec<(PathBuf, Damage)> },
    /// A CSV file that does not read as contacts.
    CsvUnreadable { path: PathBuf, why: String },
    /// The notebook refused the cards (a contact over a limit, or the notebook busy).
    NotImported {
        path: PathBuf,
        /// The number of files, when the path is a folder.
        folder_files: Option<usize>,
        error: StoreError,
    },
    /// A backup that was refused before anything was written; `why` names the file.
    NotRestored { why: String },
    /// Writing a backup failed midway; what was written was taken back, or `undo` says why
    /// it could not be.
    RestoreFailed { why: String, undo: Option<String> },
    /// The notebook could not be read.
    Store(StoreError),
}

impl ImportError {
    pub(super) fn new(path: &Path, failure: ImportFailure) -> Self {
        ImportError {
            path: path.to_path_buf(),
            read: Vec::new(),
            checked: None,
            failure: Box::new(failure),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.failure.fmt(f)
    }
}

impl std::error::Error for ImportError {}

/// Text from outside (a file's name, a reason quoting the file) made inert.
fn line(s: &str) -> String {
    crate::domain::text::display_line(s).into_owned()
}

fn shown(path: &Path) -> String {
    line(&path.display().to_string())
}

impl fmt::Display for ImportFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::say;
        f.write_str(&match self {
            ImportFailure::CannotRead { path, error } => {
                say!(
                    "import-cannot-read",
                    path = shown(path),
                    error = error.to_string()
                )
            }
            ImportFailure::NotAFormat { path } => say!("import-not-a-format", path = shown(path)),
            ImportFailure::NoCardFiles { path } => say!("import-no-card-files", path = shown(path)),
            ImportFailure::Damaged { damaged } => return refused_for_damage(f, damaged),
            ImportFailure::CsvUnreadable { path, why } => {
                say!("import-csv-unreadable", path = shown(path), why = line(why))
            }
            ImportFailure::NotImported {
                path,
                folder_files: None,
                error,
            } => say!(
                "import-not-imported",
                path = shown(path),
                why = line(&error.to_string())
            ),
            ImportFailure::NotImported {
                path,
                folder_files: Some(files),
                error,
            } => say!(
                "import-folder-not-imported",
                path = shown(path),
                files = *files,
                why = line(&error.to_string())
            ),
            ImportFailure::NotRestored { why } => say!("import-not-restored", why = why.as_str()),
            ImportFailure::RestoreFailed { why, undo: None } => {
                say!("import-not-restored", why = line(why))
            }
            ImportFailure::RestoreFailed {
                why,
                undo: Some(undo),
            } => say!(
                "import-restore-not-taken-back",
                why = line(why),
                undo = undo.as_str()
            ),
            ImportFailure::Store(e) => return e.fmt(f),
        })
    }
}

/// The first damage, and up to five more, named with their files.
fn refused_for_damage(f: &mut fmt::Formatter<'_>, damaged: &[(PathBuf, Damage)]) -> fmt::Result {
    let all: Vec<String> = damaged
        .iter()
        .map(|(file, d)| {
            crate::say!(
                "import-damage-in-file",
                file = shown(file),
                damage = d.to_string()
            )
        })
        .collect();
    let Some(first) = all.first() else {
        return Ok(());
    };
    f.write_str(&match all.len() {
        1 => crate::say!("import-refused-for-damage", first = line(first)),
        n => crate::say!(
            "import-refused-for-damages",
            first = line(first),
            more = n - 1,
            others = all[1..all.len().min(6)].join("; ")
        ),
    })
}
