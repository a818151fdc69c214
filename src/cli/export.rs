//! `kith export`: the notebook written in a format other tools read. Everything readable is
//! written; each damaged record left out is named on stderr and the command exits 3, or with
//! `--strict` nothing is written at all.

use super::terminal::say;
use super::{Damage, ExportArgs, Skips, output};
use crate::domain::Contact;
use crate::store::{Skipped, Store};
use std::io::Write;

pub fn export(
    store: &Store,
    args: ExportArgs,
    out: &mut dyn Write,
    skips: &mut Skips,
) -> anyhow::Result<()> {
    let mut skipped = Vec::new();
    let mut contacts = || -> anyhow::Result<Vec<Contact>> {
        let mut ids = store.sorted_contact_ids(false, 0, usize::MAX)?;
        ids.extend(store.sorted_contact_ids(true, 0, usize::MAX)?);
        let loaded = store.contacts(&ids)?;
        skipped.extend(loaded.damaged);
        Ok(loaded.items)
    };
    // Everything is read before anything is written, so --strict can still refuse.
    let (bytes, what) = match args.format.as_str() {
        "vcard" if args.dir.is_some() => {
            let contacts = contacts()?;
            refuse_if_strict(args.strict, &skipped, skips)?;
            let dir = args.dir.unwrap_or_default();
            let written = write_vdir(&dir, &contacts, args.vcard3, args.force)?;
            say(format_args!("Wrote {written} cards to {}", dir.display()));
            skips.report(&skipped);
            return Ok(());
        }
        "vcard" => {
            let contacts = contacts()?;
            let text = crate::interop::vcard::write_cards(&contacts, args.vcard3);
            (text.into_bytes(), format!("{} contacts", contacts.len()))
        }
        "csv" => {
            let contacts = contacts()?;
            let text = crate::interop::csv::write_csv(&contacts)
                .map_err(|e| anyhow::anyhow!("cannot write CSV: {e}"))?;
            (text.into_bytes(), format!("{} contacts", contacts.len()))
        }
        "ics" => {
            let contacts = contacts()?;
            let followups = store.all_followups()?;
            skipped.extend(followups.damaged);
            let text = crate::interop::ics::write_calendar(
                &contacts,
                &followups.items,
                args.alarm_before.unwrap_or(0),
            );
            (text.into_bytes(), "the calendar".to_string())
        }
        _ => {
            let dump = store.dump()?;
            skipped.extend(dump.skipped.iter().cloned());
            let backup = crate::interop::backup::BackupJson::from(&dump);
            let mut bytes = Vec::new();
            crate::interop::json::write_pretty(&mut bytes, &backup)?;
            let what = format!(
                "{} contacts, {} interactions and {} follow-ups",
                backup.contacts.len(),
                backup.interactions.len(),
                backup.followups.len()
            );
            (bytes, what)
        }
    };
    refuse_if_strict(args.strict, &skipped, skips)?;
    match args.output {
        Some(path) => {
            write_private(&path, &bytes)?;
            say(format_args!("Wrote {what} to {}", path.display()));
        }
        None => out.write_all(&bytes)?,
    }
    skips.report(&skipped);
    Ok(())
}

fn refuse_if_strict(strict: bool, skipped: &[Skipped], skips: &mut Skips) -> anyhow::Result<()> {
    if strict && !skipped.is_empty() {
        skips.report(skipped);
        return Err(Damage(format!(
            "nothing was exported: {} damaged record{} (--strict); run `kith check`",
            skipped.len(),
            if skipped.len() == 1 { "" } else { "s" }
        ))
        .into());
    }
    Ok(())
}

/// One card per contact in `dir` (see `interop::vdir` for the names and what kith replaces);
/// the number written. Files kith did not write stop the export before anything is written,
/// unless `force`.
fn write_vdir(
    dir: &std::path::Path,
    contacts: &[Contact],
    vcard3: bool,
    force: bool,
) -> anyhow::Result<usize> {
    let shown = |p: &std::path::Path| output::line(&p.display().to_string());
    if std::fs::metadata(dir).is_ok_and(|m| !m.is_dir()) {
        anyhow::bail!("{} is not a folder", shown(dir));
    }
    std::fs::create_dir_all(dir).map_err(|e| anyhow::anyhow!("cannot make {}: {e}", shown(dir)))?;
    let plan = crate::interop::vdir::plan(dir, contacts, vcard3);
    let listed = |paths: &[std::path::PathBuf]| {
        let mut names: Vec<String> = paths.iter().take(5).map(|p| shown(p)).collect();
        if paths.len() > 5 {
            names.push(format!("and {} more", paths.len() - 5));
        }
        names.join(", ")
    };
    if !plan.folders.is_empty() {
        anyhow::bail!(
            "nothing was exported: a folder stands where a card goes: {}",
            listed(&plan.folders)
        );
    }
    if !plan.foreign.is_empty() && !force {
        anyhow::bail!(
            "nothing was exported: {} file{} in {} {} not written by kith for the same contact: {}; \
             move {} or add --force to replace {}",
            plan.foreign.len(),
            if plan.foreign.len() == 1 { "" } else { "s" },
            shown(dir),
            if plan.foreign.len() == 1 {
                "was"
            } else {
                "were"
            },
            listed(&plan.foreign),
            if plan.foreign.len() == 1 {
                "it"
            } else {
                "them"
            },
            if plan.foreign.len() == 1 {
                "it"
            } else {
                "them"
            },
        );
    }
    for card in &plan.files {
        // Always a new file renamed into place: nothing in the folder is written through.
        crate::files::replace_private(&card.path, card.text.as_bytes())
            .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", shown(&card.path)))?;
    }
    Ok(plan.files.len())
}

/// Writes `bytes` to `path` readable by its owner only, through the one private-file helper.
fn write_private(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    crate::files::write_private(path, bytes).map_err(|e| {
        anyhow::anyhow!(
            "cannot write {}: {e}",
            output::line(&path.display().to_string())
        )
    })
}
