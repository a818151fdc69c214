//! Importing files by what they are: a kith JSON backup, a vCard file, a CSV export, or a
//! folder of vCard files (a vdir). The command line and the notebook screen both use it; what it
//! did is written to `out` a line per file.

use super::vcard;
use crate::store::Store;
use chrono::NaiveDateTime;
use std::io::Write;

/// Text from the file (names, column headings, the file's own name) as it is shown: made
/// inert here, since reports are printed, piped to a pager and shown on the screen.
fn line(s: &str) -> String {
    crate::domain::text::display_line(s).into_owned()
}

fn shown(path: &std::path::Path) -> String {
    line(&path.display().to_string())
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

/// Imports one path: a kith JSON backup, a vCard file, or a folder of vCard files; all or
/// nothing per file (per folder).
pub fn import_path(
    store: &Store,
    path: &std::path::Path,
    dry_run: bool,
    now: NaiveDateTime,
    out: &mut dyn Write,
    progress: &dyn Fn(String),
) -> anyhow::Result<()> {
    let options = ImportOptions {
        dry_run,
        ..ImportOptions::default()
    };
    import_path_with(store, path, options, now, out, progress)
}

/// Imports one path as [`import_path`] does, with every option.
pub fn import_path_with(
    store: &Store,
    path: &std::path::Path,
    options: ImportOptions,
    now: NaiveDateTime,
    out: &mut dyn Write,
    progress: &dyn Fn(String),
) -> anyhow::Result<()> {
    if path.is_dir() {
        return import_folder(store, path, options, now, out, progress);
    }
    let cannot_read = |e: std::io::Error| anyhow::anyhow!("cannot read {}: {e}", shown(path));
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
        return restore_backup(store, path, options.dry_run, out, progress);
    }
    let bytes = std::fs::read(path).map_err(cannot_read)?;
    let is_csv = path
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("csv"));
    let read = if is_csv {
        let (text, note) = crate::interop::csv::detect::decode(&bytes, options.encoding);
        if let Some(note) = note {
            writeln!(out, "{}: {}", shown(path), line(&note.to_string()))?;
        }
        let read = crate::interop::csv::read_csv(&text, now).map_err(|e| {
            anyhow::anyhow!(
                "{}: {}; nothing was imported",
                shown(path),
                line(&e.to_string())
            )
        })?;
        if !read.unknown_columns.is_empty() {
            let columns: Vec<String> = read.unknown_columns.iter().map(|c| line(c)).collect();
            writeln!(
                out,
                "{}: columns kith does not keep: {}",
                shown(path),
                columns.join(", ")
            )?;
        }
        vcard::ReadCards {
            cards: read.cards,
            ..vcard::ReadCards::default()
        }
    } else {
        let read = match options.encoding {
            Some(encoding) => vcard::read_text(&encoding.decode(&bytes).0, now),
            None => vcard::read_file(&bytes, now),
        };
        let looks_like_vcard = read.cards.len()
            + read
                .damaged
                .iter()
                .filter(|d| {
                    !d.reason.starts_with("not part of any card")
                        && d.reason != "no vCard in the file"
                })
                .count()
            > 0
            || read
                .notes
                .iter()
                .any(|n| n.ends_with("an empty card was passed over"));
        if !looks_like_vcard {
            anyhow::bail!(
                "{}: kith imports vCard (.vcf) and CSV (.csv) files, folders of .vcf files and its own JSON backups; this is none of them",
                shown(path)
            );
        }
        read
    };
    let name = shown(path);
    refuse_damage(&[(name.clone(), &read.damaged)], options)?;
    for note in &read.notes {
        writeln!(out, "{name}: {}", line(note))?;
    }
    progress(format!("{name}: {} cards read", read.cards.len()));
    let skipped: Vec<String> = read.damaged.iter().map(ToString::to_string).collect();
    import_and_report(
        store, &name, read.cards, &skipped, options, now, out, progress,
    )
}

/// Without `--skip-bad`, damage anywhere refuses the whole file (or folder), naming it.
fn refuse_damage(
    damaged: &[(String, &Vec<vcard::lines::Damage>)],
    options: ImportOptions,
) -> anyhow::Result<()> {
    if options.skip_bad {
        return Ok(());
    }
    let all: Vec<String> = damaged
        .iter()
        .flat_map(|(file, list)| list.iter().map(move |d| format!("{file}: {d}")))
        .collect();
    let Some(first) = all.first() else {
        return Ok(());
    };
    let more = match all.len() {
        1 => String::new(),
        n => format!(
            " (and {} more: {})",
            n - 1,
            all[1..all.len().min(6)].join("; ")
        ),
    };
    anyhow::bail!(
        "{}{more}; nothing was imported (--skip-bad imports the cards that read and lists the others)",
        line(first)
    )
}

#[allow(clippy::too_many_arguments)]
fn import_and_report(
    store: &Store,
    name: &str,
    cards: Vec<vcard::Card>,
    skipped: &[String],
    options: ImportOptions,
    now: NaiveDateTime,
    out: &mut dyn Write,
    progress: &dyn Fn(String),
) -> anyhow::Result<()> {
    let report = crate::interop::import::import_cards(store, cards, now, options.dry_run, progress)
        .map_err(|e| anyhow::anyhow!("{name}: {}; nothing was imported", line(&e.to_string())))?;
    // Clears the progress line before the report is printed on it.
    progress(String::new());
    let verb = if options.dry_run {
        "would create"
    } else {
        "created"
    };
    writeln!(
        out,
        "{name}: {verb} {}, merged {}, left {} unchanged",
        report.created.len(),
        report.merged.len(),
        report.unchanged.len()
    )?;
    for name in &report.created {
        writeln!(out, "  + {}", line(name))?;
    }
    for name in &report.merged {
        writeln!(out, "  ~ {}", line(name))?;
    }
    for note in &report.notes {
        writeln!(out, "  note: {}", line(note))?;
    }
    for s in skipped {
        writeln!(out, "  skipped: {}", line(s))?;
    }
    Ok(())
}

/// A folder of .vcf files (a vdir: one contact a file, as khard and vdirsyncer keep them):
/// every file is read first, on every core, then all cards go in as one import, so the time
/// grows with the number of cards and no more.
fn import_folder(
    store: &Store,
    path: &std::path::Path,
    options: ImportOptions,
    now: NaiveDateTime,
    out: &mut dyn Write,
    progress: &dyn Fn(String),
) -> anyhow::Result<()> {
    let mut files: Vec<_> = std::fs::read_dir(path)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", shown(path)))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("vcf")))
        .collect();
    files.sort();
    if files.is_empty() {
        anyhow::bail!("{}: no .vcf file in this folder", shown(path));
    }
    progress(format!("reading {} files", files.len()));
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(8);
    let chunk = files.len().div_ceil(threads);
    let read: Vec<(String, anyhow::Result<vcard::ReadCards>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|file| {
                            let name = shown(file);
                            let read = std::fs::read(file)
                                .map(|bytes| vcard::read_file(&bytes, now))
                                .map_err(|e| anyhow::anyhow!("cannot read {name}: {e}"));
                            (name, read)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut cards = Vec::new();
    let mut damaged = Vec::new();
    let mut notes = Vec::new();
    for (name, result) in read {
        let file_name = std::path::Path::new(&name)
            .file_name()
            .map_or(name.clone(), |n| n.to_string_lossy().into_owned());
        let r = result?;
        notes.extend(r.notes.iter().map(|n| format!("{name}: {n}")));
        for mut card in r.cards {
            for n in &mut card.notes {
                *n = format!("{file_name}: {n}");
            }
            cards.push(card);
        }
        if !r.damaged.is_empty() {
            damaged.push((name, r.damaged));
        }
    }
    let refs: Vec<(String, &Vec<vcard::lines::Damage>)> =
        damaged.iter().map(|(n, d)| (n.clone(), d)).collect();
    refuse_damage(&refs, options)?;
    for note in &notes {
        writeln!(out, "{}", line(note))?;
    }
    let skipped: Vec<String> = damaged
        .iter()
        .flat_map(|(n, list)| list.iter().map(move |d| format!("{n}: {d}")))
        .collect();
    let name = format!("{} ({} files)", shown(path), files.len());
    import_and_report(store, &name, cards, &skipped, options, now, out, progress)
}

/// Restores a kith JSON backup into an empty notebook, reading the file twice: once to check
/// every record (nothing is written if any is refused), once to write them in batches; a
/// failure while writing takes back what was written (see `store/restore.rs`).
fn restore_backup(
    store: &Store,
    path: &std::path::Path,
    dry_run: bool,
    out: &mut dyn Write,
    progress: &dyn Fn(String),
) -> anyhow::Result<()> {
    use crate::interop::backup::{Checked, ReadError, read_backup};
    let read = |each: &mut dyn FnMut(crate::store::Restored) -> anyhow::Result<()>| {
        let file = std::fs::File::open(path)
            .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", shown(path)))?;
        read_backup(std::io::BufReader::with_capacity(1 << 16, file), each).map_err(|e| match e {
            ReadError::Json(e) => anyhow::anyhow!(
                "{}: not a kith JSON backup: {}",
                shown(path),
                line(&e.to_string())
            ),
            ReadError::Refused(why) => {
                anyhow::anyhow!("{}: {}", shown(path), line(&why.to_string()))
            }
        })
    };
    let refused = |e: anyhow::Error| anyhow::anyhow!("{e}; nothing was restored");
    progress(format!("checking {}", shown(path)));
    let mut checked = Checked::new();
    let next_id = read(&mut |mut record| checked.record(&mut record)).map_err(refused)?;
    checked
        .finish()
        .map_err(|e| refused(anyhow::anyhow!("{}: {}", shown(path), line(&e.to_string()))))?;
    progress(String::new());
    let summary = format!(
        "{} contacts, {} interactions, {} follow-ups and {} drafts",
        checked.contacts, checked.interactions, checked.followups, checked.drafts
    );
    if dry_run {
        writeln!(out, "Would restore {summary} from {}", shown(path))?;
        let existing = store.contact_count(false)? + store.contact_count(true)?;
        if existing > 0 {
            writeln!(
                out,
                "but the notebook is not empty ({existing} contacts): a backup is restored only into an empty one"
            )?;
        }
        return Ok(());
    }
    let total = checked.contacts + checked.interactions + checked.followups + checked.drafts;
    let floor = next_id.max(checked.highest + 1);
    let mut restore = store
        .begin_restore(floor)
        .map_err(|e| refused(anyhow::anyhow!("{}: {}", shown(path), line(&e.to_string()))))?;
    // Small batches let the tests cross batch boundaries with small backups.
    if let Some(records) = std::env::var("KITH_RESTORE_BATCH")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        restore.set_batch(records);
    }
    let mut write = |contacts: Option<bool>| {
        read(&mut |record| {
            let is_contact = matches!(record, crate::store::Restored::Contact(_));
            if contacts.is_some_and(|want| want != is_contact) {
                return Ok(());
            }
            let before = restore.written();
            restore.add(record)?;
            if restore.written() != before {
                progress(format!("restored {} of {total} records", restore.written()));
            }
            Ok(())
        })
    };
    // Records belong to contacts, so contacts go in first even when the file lists them later.
    let written = if checked.contacts_first {
        write(None).map(|_| ())
    } else {
        write(Some(true))
            .and_then(|_| write(Some(false)))
            .map(|_| ())
    };
    let finished = written.and_then(|()| Ok(restore.finish()?));
    progress(String::new());
    match finished {
        Ok(()) => {
            writeln!(out, "Restored {summary} from {}", shown(path))?;
            Ok(())
        }
        Err(e) => {
            let why = match restore.undo() {
                Ok(()) => "; nothing was restored".to_string(),
                Err(undo) => format!(
                    "; part of it was written and could not be taken back ({undo}): run the \
                     import again, which takes it back first"
                ),
            };
            anyhow::bail!("{}{why}", line(&e.to_string()))
        }
    }
}
