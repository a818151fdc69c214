//! Importing files by what they are: a kith JSON backup, a vCard file, a CSV export, or a
//! folder of vCard files (a vdir). The command line and the notebook screen both use it; what it
//! did is written to `out` a line per file.

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

/// Imports one path: a kith JSON backup, a vCard file, or a folder of vCard files.
pub fn import_path(
    store: &Store,
    path: &std::path::Path,
    dry_run: bool,
    now: NaiveDateTime,
    out: &mut dyn Write,
    progress: &dyn Fn(String),
) -> anyhow::Result<()> {
    if path.is_dir() {
        let mut files: Vec<_> = std::fs::read_dir(path)
            .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", shown(path)))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("vcf")))
            .collect();
        files.sort();
        if files.is_empty() {
            anyhow::bail!("{}: no .vcf file in this folder", shown(path));
        }
        let total = files.len();
        for (done, file) in files.iter().enumerate() {
            progress(format!("file {} of {total}: {}", done + 1, shown(file)));
            import_path(store, file, dry_run, now, out, progress)?;
        }
        return Ok(());
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
        return restore_backup(store, path, dry_run, out, progress);
    }
    let bytes = std::fs::read(path).map_err(cannot_read)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
        anyhow::anyhow!("{}: line {line}: not UTF-8 text", shown(path))
    })?;
    let is_csv = path
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("csv"));
    let cards = if is_csv {
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
        read.cards
    } else if text
        .trim_start()
        .to_ascii_uppercase()
        .starts_with("BEGIN:VCARD")
    {
        crate::interop::vcard::read_cards(&text, now).map_err(|e| {
            anyhow::anyhow!(
                "{}: {}; nothing was imported",
                shown(path),
                line(&e.to_string())
            )
        })?
    } else {
        anyhow::bail!(
            "{}: kith imports vCard (.vcf) and CSV (.csv) files, folders of .vcf files and its own JSON backups; this is none of them",
            shown(path)
        );
    };
    progress(format!("{}: {} cards read", shown(path), cards.len()));
    let report = crate::interop::import::import_cards(store, cards, now, dry_run, progress)
        .map_err(|e| {
            anyhow::anyhow!(
                "{}: {}; nothing was imported",
                shown(path),
                line(&e.to_string())
            )
        })?;
    progress(String::new());
    let verb = if dry_run { "would create" } else { "created" };
    writeln!(
        out,
        "{}: {verb} {}, merged {}, left {} unchanged",
        shown(path),
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
    Ok(())
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
