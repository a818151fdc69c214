//! What `kith import` prints of an import: a line for each thing noticed about a file, a
//! summary line, then a line for each contact created (`+`) or merged (`~`), each note about a
//! card, and each damaged card left out. A restored backup is one line. Everything from the
//! files passes through the sanitiser.

use super::output::line;
use crate::interop::files::{
    BackupReport, CardsReport, FileRead, ImportError, ImportFailure, ImportReport, Imported, Source,
};
use std::io::Write;
use std::path::Path;

fn shown(path: &Path) -> String {
    line(&path.display().to_string())
}

/// Prints what an import did; an import that stopped prints what it had found, and its
/// error is the command's.
pub fn print(
    out: &mut dyn Write,
    imported: Result<ImportReport, ImportError>,
) -> anyhow::Result<()> {
    match imported {
        Ok(report) => print_report(out, &report),
        Err(e) => {
            print_files(out, &e.read)?;
            if let Some(backup) = &e.checked {
                print_backup(out, &e.path, true, backup)?;
            }
            Err(match *e.failure {
                // The notebook's own error, so that `main` can tell a busy or damaged notebook.
                ImportFailure::Store(store) => store.into(),
                _ => e.into(),
            })
        }
    }
}

fn print_report(out: &mut dyn Write, report: &ImportReport) -> anyhow::Result<()> {
    match &report.imported {
        Imported::Cards(cards) => print_cards(out, &report.path, report.dry_run, cards),
        Imported::Backup(backup) => print_backup(out, &report.path, report.dry_run, backup),
    }
}

/// What was noticed about each file, a line each.
fn print_files(out: &mut dyn Write, files: &[FileRead]) -> anyhow::Result<()> {
    for file in files {
        for note in &file.notes {
            writeln!(out, "{}", line(&format!("{}: {note}", file.path.display())))?;
        }
    }
    Ok(())
}

fn print_cards(
    out: &mut dyn Write,
    path: &Path,
    dry_run: bool,
    report: &CardsReport,
) -> anyhow::Result<()> {
    print_files(out, &report.files)?;
    let mut name = shown(path);
    if report.source == Source::VCardFolder {
        name = format!("{name} ({} files)", report.files.len());
    }
    let verb = if dry_run { "would create" } else { "created" };
    let cards = &report.cards;
    writeln!(
        out,
        "{name}: {verb} {}, merged {}, left {} unchanged",
        cards.created.len(),
        cards.merged.len(),
        cards.unchanged.len()
    )?;
    for name in &cards.created {
        writeln!(out, "  + {}", line(name))?;
    }
    for m in &cards.merged {
        let merged = format!("{} (matched by {})", m.name, m.matched_by);
        writeln!(out, "  ~ {}", line(&merged))?;
    }
    for note in &cards.notes {
        writeln!(out, "  note: {}", line(&note.to_string()))?;
    }
    for s in &report.skipped {
        let skipped = match &s.file {
            Some(file) => format!("{}: {}", file.display(), s.damage),
            None => s.damage.to_string(),
        };
        writeln!(out, "  skipped: {}", line(&skipped))?;
    }
    Ok(())
}

fn print_backup(
    out: &mut dyn Write,
    path: &Path,
    dry_run: bool,
    backup: &BackupReport,
) -> anyhow::Result<()> {
    let summary = format!(
        "{} contacts, {} interactions, {} follow-ups and {} drafts",
        backup.contacts, backup.interactions, backup.followups, backup.drafts
    );
    if !dry_run {
        writeln!(out, "Restored {summary} from {}", shown(path))?;
        return Ok(());
    }
    writeln!(out, "Would restore {summary} from {}", shown(path))?;
    if let Some(existing) = backup.notebook_not_empty {
        writeln!(
            out,
            "but the notebook is not empty ({existing} contacts): a backup is restored only into an empty one"
        )?;
    }
    Ok(())
}
