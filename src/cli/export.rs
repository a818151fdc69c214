//! `kith export`: the notebook written in a format other tools read. Everything readable is
//! written; each damaged record left out is named on stderr and the command exits 3, or with
//! `--strict` nothing is written at all.

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
            write_vdir(&dir, &contacts, args.vcard3)?;
            eprintln!("Wrote {} cards to {}", contacts.len(), dir.display());
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
            let mut bytes = serde_json::to_vec_pretty(&backup)?;
            bytes.push(b'\n');
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
            eprintln!("Wrote {what} to {}", path.display());
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

/// One card per contact in `dir`, named by UID (a vdir, as khard reads).
fn write_vdir(dir: &std::path::Path, contacts: &[Contact], vcard3: bool) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| {
        anyhow::anyhow!(
            "cannot make {}: {e}",
            output::line(&dir.display().to_string())
        )
    })?;
    let version = if vcard3 {
        calcard::vcard::VCardVersion::V3_0
    } else {
        calcard::vcard::VCardVersion::V4_0
    };
    for c in contacts {
        let mut text = String::new();
        crate::interop::vcard::write_card(&mut text, c, version);
        let uid = crate::interop::vcard::uid_of(c)
            .unwrap_or_else(|| format!("urn:kith:contact:{}", c.id));
        let name: String = uid
            .chars()
            .map(|ch| {
                if ch.is_ascii_alphanumeric() || "-_.@".contains(ch) {
                    ch
                } else {
                    '_'
                }
            })
            .collect();
        write_private(&dir.join(format!("{name}.vcf")), text.as_bytes())?;
    }
    Ok(())
}

/// Writes `bytes` to `path` readable by its owner only, through the one private-file helper.
fn write_private(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    crate::files::write_private(path, bytes)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))
}
