//! A folder of .vcf files (a vdir: one contact a file, as khard and vdirsyncer keep them):
//! every file is read first, on every core, then all cards go in as one import, so the time
//! grows with the number of cards and no more.

use super::{
    FileRead, ImportError, ImportFailure, ImportOptions, ImportReport, Read, Skipped, Source,
    import_read, refuse_damage,
};
use crate::interop::vcard::{self, ReadCards};
use crate::store::Store;
use chrono::NaiveDateTime;
use std::path::{Path, PathBuf};

pub(super) fn import_folder(
    store: &Store,
    path: &Path,
    options: ImportOptions,
    now: NaiveDateTime,
    progress: &dyn Fn(String),
) -> Result<ImportReport, ImportError> {
    let fail = |failure| ImportError::new(path, failure);
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|error| {
            fail(ImportFailure::CannotRead {
                path: path.to_path_buf(),
                error,
            })
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("vcf")))
        .collect();
    files.sort();
    if files.is_empty() {
        let failure = ImportFailure::NoCardFiles {
            path: path.to_path_buf(),
        };
        return Err(fail(failure));
    }
    progress(crate::say!("import-reading-files", files = files.len()));
    let mut read = Read {
        source: Source::VCardFolder,
        files: Vec::new(),
        cards: Vec::new(),
        skipped: Vec::new(),
    };
    let mut damaged = Vec::new();
    for (file, result) in read_all(&files, now) {
        let r = result.map_err(|error| {
            fail(ImportFailure::CannotRead {
                path: file.clone(),
                error,
            })
        })?;
        read.files.push(FileRead {
            path: file.clone(),
            cards: r.cards.len(),
            notes: r.notes,
        });
        read.cards.extend(r.cards.into_iter().map(|mut card| {
            card.file = Some(file.clone());
            card
        }));
        damaged.extend(r.damaged.into_iter().map(|d| (file.clone(), d)));
    }
    refuse_damage(path, damaged.clone(), options)?;
    read.skipped = damaged
        .into_iter()
        .map(|(file, damage)| Skipped {
            file: Some(file),
            damage,
        })
        .collect();
    import_read(store, path, read, options, now, progress)
}

/// Every file read, in their order, on up to eight threads.
fn read_all(files: &[PathBuf], now: NaiveDateTime) -> Vec<(PathBuf, std::io::Result<ReadCards>)> {
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(8);
    let chunk = files.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|file| {
                            let read =
                                std::fs::read(file).map(|bytes| vcard::read_file(&bytes, now));
                            (file.clone(), read)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}
