//! What `kith import` prints of an import: a line for each thing noticed about a file, a
//! summary line, then a line for each contact created (`+`) or merged (`~`), each note about a
//! card, and each damaged card left out. A restored backup is one line. Everything from the
//! files passes through the sanitiser.

use super::output::line;
use crate::interop::files::{
    BackupReport, CardsReport, FileRead, ImportError, ImportFailure, ImportReport, Imported, Source,
};
use crate::say;
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
            let said = say!(
                "import-report-file-note",
                file = file.path.display().to_string(),
                note = note.to_string()
            );
            writeln!(out, "{}", line(&said))?;
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
        name = say!(
            "import-report-folder",
            path = name,
            files = report.files.len()
        );
    }
    let cards = &report.cards;
    let (created, merged, unchanged) = (
        cards.created.len(),
        cards.merged.len(),
        cards.unchanged.len(),
    );
    let summary = if dry_run {
        say!(
            "import-report-would-create",
            path = name,
            created = created,
            merged = merged,
            unchanged = unchanged
        )
    } else {
        say!(
            "import-report-created",
            path = name,
            created = created,
            merged = merged,
            unchanged = unchanged
        )
    };
    writeln!(out, "{summary}")?;
    for name in &cards.created {
        writeln!(out, "  + {}", line(name))?;
    }
    for m in &cards.merged {
        let merged = say!(
            "import-report-matched-by",
            name = m.name.as_str(),
            matched_by = m.matched_by.to_string()
        );
        writeln!(out, "  ~ {}", line(&merged))?;
    }
    for note in &cards.notes {
        let said = say!("import-report-note", note = line(&note.to_string()));
        writeln!(out, "  {said}")?;
    }
    for s in &report.skipped {
        let skipped = match &s.file {
            Some(file) => say!(
                "import-damage-in-file",
                file = file.display().to_string(),
                damage = s.damage.to_string()
            ),
            None => s.damage.to_string(),
        };
        let said = say!("import-report-skipped", damage = line(&skipped));
        writeln!(out, "  {said}")?;
    }
    Ok(())
}

fn print_backup(
    out: &mut dyn Write,
    path: &Path,
    dry_run: bool,
    backup: &BackupReport,
) -> anyhow::Result<()> {
    let records = backup.records();
    if !dry_run {
        let said = say!(
            "import-report-restored",
            records = records,
            path = shown(path)
        );
        writeln!(out, "{said}")?;
        return Ok(());
    }
    let said = say!(
        "import-report-would-restore",
        records = records,
        path = shown(path)
    );
    writeln!(out, "{said}")?;
    if let Some(existing) = backup.notebook_not_empty {
        let said = say!("import-report-notebook-not-empty", contacts = existing);
        writeln!(out, "{said}")?;
    }
    Ok(())
}
