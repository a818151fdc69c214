//! Importing files by what they are: a kith JSON backup, a vCard file, a CSV export, or a
//! folder of vCard files (a vdir, `folder`). The command line and the notebook screen both use
//! it; what it did comes back as an [`ImportReport`], why it stopped as an [`ImportError`].
//! Backups are restored by `restore`.

mod error;
mod folder;
mod report;
mod restore;

pub use error::{ImportError, ImportFailure};
pub use report::{BackupReport, CardsReport, FileRead, ImportReport, Imported, Skipped, Source};

use super::notes::FileNote;
use super::vcard;
use crate::store::Store;
use chrono::NaiveDateTime;
use std::path::{Path, PathBuf};

/// Text from the file (names, the file's own name) as it is shown in progress messages.
fn shown(path: &Path) -> String {
    crate::domain::text::display_line(&path.display().to_string()).into_owned()
}

/// How an import treats what it meets.
#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions {
    /// Say what would be created, merged and left alone; change nothing.
    pub dry_run: bool,
    /// Import the cards that read and list the damaged ones, instead of refusing the file.
    pub skip_bad: bool,
    /// The files' encoding when it is not the one kith finds (`--encoding`).
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

/// Imports one path: a kith JSON backup, a vCard file, a CSV file, or a folder of vCard files;
/// all or nothing per file (per folder) unless `options` says to skip damaged cards.
pub fn import_path(
    store: &Store,
    path: &Path,
    options: ImportOptions,
    now: NaiveDateTime,
    progress: &dyn Fn(String),
) -> Result<ImportReport, ImportError> {
    if path.is_dir() {
        return folder::import_folder(store, path, options, now, progress);
    }
    let fail = |failure| ImportError::new(path, failure);
    let cannot_read = |error| {
        fail(ImportFailure::CannotRead {
            path: path.to_path_buf(),
            error,
        })
    };
    let mut first = [0u8; 1];
    let starts_json = {
        use std::io::Read;
        let mut file = std::fs::File::open(path).map_err(cannot_read)?;
        file.read(&mut first).map_err(cannot_read)? == 1 && first[0] == b'{'
    };
    let is_json = path
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("json"))
        || starts_json;
    if is_json {
        return restore::restore_backup(store, path, options.dry_run, progress);
    }
    let bytes = std::fs::read(path).map_err(cannot_read)?;
    let is_csv = path
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("csv"));
    let read = if is_csv {
        read_csv_file(path, &bytes, options, now)?
    } else {
        read_vcard_file(path, &bytes, options, now)?
    };
    progress(crate::say!(
        "import-cards-read",
        path = shown(path),
        cards = read.cards.len()
    ));
    import_read(store, path, read, options, now, progress)
}

/// Cards read from a path, before they are imported.
struct Read {
    source: Source,
    files: Vec<FileRead>,
    cards: Vec<vcard::Card>,
    skipped: Vec<Skipped>,
}

fn read_csv_file(
    path: &Path,
    bytes: &[u8],
    options: ImportOptions,
    now: NaiveDateTime,
) -> Result<Read, ImportError> {
    let (text, note) = super::csv::detect::decode(bytes, options.encoding);
    let mut file = FileRead {
        path: path.to_path_buf(),
        cards: 0,
        notes: note.map(FileNote::Encoding).into_iter().collect(),
    };
    let read = match super::csv::read_csv(&text, now) {
        Ok(read) => read,
        Err(why) => {
            let failure = ImportFailure::CsvUnreadable {
                path: path.to_path_buf(),
                why,
            };
            // What was found of the file is said before the error.
            return Err(ImportError {
                read: vec![file],
                ..ImportError::new(path, failure)
            });
        }
    };
    if let Some(language) = read.headings_in {
        file.notes.push(FileNote::HeadingsIn(language));
    }
    if !read.unknown_columns.is_empty() {
        let columns = read.unknown_columns.into_iter().collect();
        file.notes.push(FileNote::UnknownColumns(columns));
    }
    file.cards = read.cards.len();
    Ok(Read {
        source: Source::Csv {
            delimiter: read.delimiter,
        },
        files: vec![file],
        cards: read.cards,
        skipped: Vec::new(),
    })
}

fn read_vcard_file(
    path: &Path,
    bytes: &[u8],
    options: ImportOptions,
    now: NaiveDateTime,
) -> Result<Read, ImportError> {
    let read = match options.encoding {
        Some(encoding) => vcard::read_text(&encoding.decode(bytes).0, now),
        None => vcard::read_file(bytes, now),
    };
    let looks_like_vcard = read.cards.len()
        + read
            .damaged
            .iter()
            .filter(|d| !d.is_outside_cards())
            .count()
        > 0
        || read
            .notes
            .iter()
            .any(|n| matches!(n, FileNote::EmptyCard { .. }));
    if !looks_like_vcard {
        let failure = ImportFailure::NotAFormat {
            path: path.to_path_buf(),
        };
        return Err(ImportError::new(path, failure));
    }
    let damaged = read
        .damaged
        .iter()
        .map(|d| (path.to_path_buf(), d.clone()))
        .collect();
    refuse_damage(path, damaged, options)?;
    Ok(Read {
        source: Source::VCard,
        files: vec![FileRead {
            path: path.to_path_buf(),
            cards: read.cards.len(),
            notes: read.notes,
        }],
        cards: read.cards,
        skipped: read
            .damaged
            .into_iter()
            .map(|damage| Skipped { file: None, damage })
            .collect(),
    })
}

/// Without `--skip-bad`, damage anywhere refuses the whole file (or folder), naming it.
fn refuse_damage(
    path: &Path,
    damaged: Vec<(PathBuf, vcard::lines::Damage)>,
    options: ImportOptions,
) -> Result<(), ImportError> {
    if options.skip_bad || damaged.is_empty() {
        return Ok(());
    }
    Err(ImportError::new(path, ImportFailure::Damaged { damaged }))
}

/// Imports the cards read, in one transaction (none on a dry run).
fn import_read(
    store: &Store,
    path: &Path,
    read: Read,
    options: ImportOptions,
    now: NaiveDateTime,
    progress: &dyn Fn(String),
) -> Result<ImportReport, ImportError> {
    let Read {
        source,
        files,
        cards,
        skipped,
    } = read;
    let imported = super::import::import_cards(store, cards, now, options.dry_run, progress);
    let cards = match imported {
        Ok(cards) => cards,
        Err(error) => {
            let failure = ImportFailure::NotImported {
                path: path.to_path_buf(),
                folder_files: (source == Source::VCardFolder).then_some(files.len()),
                error,
            };
            // What was found of the files is said before the error.
            return Err(ImportError {
                read: files,
                ..ImportError::new(path, failure)
            });
        }
    };
    // Clears the progress line before the report is printed on it.
    progress(String::new());
    Ok(ImportReport {
        path: path.to_path_buf(),
        dry_run: options.dry_run,
        imported: Imported::Cards(CardsReport {
            source,
            files,
            cards,
            skipped,
        }),
    })
}
