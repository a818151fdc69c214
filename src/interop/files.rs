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
    let bytes =
        std::fs::read(path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", shown(path)))?;
    let is_json = path
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("json"))
        || bytes.first() == Some(&b'{');
    if is_json {
        return restore_backup(store, path, &bytes, dry_run, out);
    }
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

/// Restores a kith JSON backup into an empty notebook.
fn restore_backup(
    store: &Store,
    path: &std::path::Path,
    bytes: &[u8],
    dry_run: bool,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let backup: crate::interop::backup::BackupJson =
        serde_json::from_slice(bytes).map_err(|e| {
            anyhow::anyhow!(
                "{}: not a kith JSON backup: {}",
                shown(path),
                line(&e.to_string())
            )
        })?;
    let dump = crate::store::Dump::try_from(&backup)
        .map_err(|e| anyhow::anyhow!("{}: {}", shown(path), line(&e.to_string())))?;
    let summary = format!(
        "{} contacts, {} interactions, {} follow-ups and {} drafts",
        dump.contacts.len(),
        dump.interactions.len(),
        dump.followups.len(),
        dump.drafts.len()
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
    } else {
        store.write(|w| w.restore(&dump)).map_err(|e| {
            anyhow::anyhow!(
                "{}: {}; nothing was restored",
                shown(path),
                line(&e.to_string())
            )
        })?;
        writeln!(out, "Restored {summary} from {}", shown(path))?;
    }
    Ok(())
}
