//! `kith export`: the notebook written in a format other tools read. Everything readable is
//! written; each damaged record left out is named on stderr and the command exits 3, or with
//! `--strict` nothing is written at all.
//!
//! Every format streams from one snapshot of the notebook (`store::Snapshot`), a record at a
//! time, so memory stays that of a record whatever the notebook's size. Where a format needs to
//! know something of every record before its first byte (the CSV's columns, the calendar's
//! names, the backup's stand-ins and vCard folders' file names) a first walk finds it and the
//! damaged records with it; otherwise (a vCard file) `--strict` takes a first walk that only
//! decodes. Either way `--strict` refuses before a byte is written.

use super::terminal::say;
use super::{Damage, ExportArgs, Skips, output};
use crate::domain::{Contact, ContactId};
use crate::interop::csv::CsvLayout;
use crate::store::{BackupPlan, Skipped, Snapshot, Store, StoreError};
use std::collections::{HashMap, HashSet};
use std::io::Write;

/// What the first walk found that the writing walk needs.
enum Prepared {
    Vcard {
        v3: bool,
        damage_known: bool,
    },
    Csv(CsvLayout),
    Ics {
        names: HashMap<ContactId, String>,
        alarm_before: u32,
    },
    Json(Box<BackupPlan>),
}

pub fn export(
    store: &Store,
    args: ExportArgs,
    out: &mut dyn Write,
    skips: &mut Skips,
) -> anyhow::Result<()> {
    let snapshot = store.snapshot()?;
    let mut skipped = Vec::new();
    if args.format == "vcard"
        && let Some(dir) = &args.dir
    {
        let written = write_vdir(&snapshot, dir, &args, &mut skipped, skips)?;
        say(format_args!("Wrote {written} cards to {}", dir.display()));
        skips.report(&skipped);
        return Ok(());
    }
    let prepared = prepare(&snapshot, &args, &mut skipped)?;
    refuse_if_strict(args.strict, &skipped, skips)?;
    let mut write = |w: &mut dyn Write| write_export(&snapshot, &prepared, w, &mut skipped);
    match &args.output {
        Some(path) => {
            let mut what = String::new();
            crate::files::write_private_with(path, |w| -> anyhow::Result<()> {
                what = write(w)?;
                Ok(())
            })
            .map_err(|e| match e.downcast::<std::io::Error>() {
                Ok(e) => anyhow::anyhow!(
                    "cannot write {}: {e}",
                    output::line(&path.display().to_string())
                ),
                Err(other) => other,
            })?;
            say(format_args!("Wrote {what} to {}", path.display()));
        }
        None => {
            let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
            write(&mut buffered)?;
            buffered.flush()?;
        }
    }
    skips.report(&skipped);
    Ok(())
}

/// Both lists of contacts, in use then archived, in name order: what the vCard, CSV and
/// calendar exports hold.
fn each_contact(
    snapshot: &Snapshot,
    mut each: impl FnMut(Contact) -> anyhow::Result<()>,
    damaged: &mut dyn FnMut(Skipped),
) -> anyhow::Result<()> {
    for archived in [false, true] {
        snapshot.each_named_contact(archived, &mut each, damaged)?;
    }
    Ok(())
}

/// The first walk, where the format needs one (see the module's note); damaged records go to
/// `skipped`.
fn prepare(
    snapshot: &Snapshot,
    args: &ExportArgs,
    skipped: &mut Vec<Skipped>,
) -> anyhow::Result<Prepared> {
    let mut damaged = |s: Skipped| skipped.push(s);
    Ok(match args.format.as_str() {
        "vcard" => {
            if args.strict {
                each_contact(snapshot, |_| Ok(()), &mut damaged)?;
            }
            Prepared::Vcard {
                v3: args.vcard3,
                damage_known: args.strict,
            }
        }
        "csv" => {
            let mut layout = CsvLayout::default();
            each_contact(
                snapshot,
                |c| {
                    layout.fit(&c);
                    Ok(())
                },
                &mut damaged,
            )?;
            Prepared::Csv(layout)
        }
        "ics" => {
            // Only the names of contacts with open follow-ups are kept.
            let mut wanted = HashSet::new();
            let mut followups_damaged = Vec::new();
            snapshot.each_followup::<StoreError>(
                |f| {
                    if f.is_open() {
                        wanted.insert(f.contact);
                    }
                    Ok(())
                },
                &mut |s| followups_damaged.push(s),
            )?;
            let mut names = HashMap::new();
            each_contact(
                snapshot,
                |c| {
                    if wanted.contains(&c.id) {
                        names.insert(c.id, c.name);
                    }
                    Ok(())
                },
                &mut damaged,
            )?;
            skipped.extend(followups_damaged);
            Prepared::Ics {
                names,
                alarm_before: args.alarm_before.unwrap_or(0),
            }
        }
        _ => {
            let plan = snapshot.plan_backup()?;
            skipped.extend(plan.skipped.iter().cloned());
            Prepared::Json(Box::new(plan))
        }
    })
}

/// The writing walk; what was written, for the message.
fn write_export(
    snapshot: &Snapshot,
    prepared: &Prepared,
    out: &mut dyn Write,
    skipped: &mut Vec<Skipped>,
) -> anyhow::Result<String> {
    // Damage the first walk already named.
    let mut known = |_: Skipped| {};
    match prepared {
        Prepared::Vcard { v3, damage_known } => {
            let version = if *v3 {
                calcard::vcard::VCardVersion::V3_0
            } else {
                calcard::vcard::VCardVersion::V4_0
            };
            let (mut card, mut count) = (String::new(), 0);
            let mut new_damage = |s: Skipped| skipped.push(s);
            each_contact(
                snapshot,
                |c| {
                    card.clear();
                    crate::interop::vcard::write_card(&mut card, &c, version);
                    count += 1;
                    Ok(out.write_all(card.as_bytes())?)
                },
                if *damage_known {
                    &mut known
                } else {
                    &mut new_damage
                },
            )?;
            Ok(format!("{count} contacts"))
        }
        Prepared::Csv(layout) => {
            let mut writer = csv::Writer::from_writer(out);
            writer.write_record(layout.header()).map_err(csv_error)?;
            let mut count = 0;
            each_contact(
                snapshot,
                |c| {
                    count += 1;
                    writer.write_record(layout.row(&c)).map_err(csv_error)
                },
                &mut known,
            )?;
            writer.flush()?;
            Ok(format!("{count} contacts"))
        }
        Prepared::Ics {
            names,
            alarm_before,
        } => {
            use crate::interop::ics;
            out.write_all(ics::calendar_head().as_bytes())?;
            let mut piece = String::new();
            snapshot.each_followup::<anyhow::Error>(
                |f| {
                    piece.clear();
                    let who = names.get(&f.contact).map_or("?", String::as_str);
                    ics::write_followup(&mut piece, &f, who, *alarm_before);
                    Ok(out.write_all(piece.as_bytes())?)
                },
                &mut known,
            )?;
            each_contact(
                snapshot,
                |c| {
                    piece.clear();
                    ics::write_occasions(&mut piece, &c);
                    Ok(out.write_all(piece.as_bytes())?)
                },
                &mut known,
            )?;
            out.write_all(ics::calendar_tail().as_bytes())?;
            Ok("the calendar".to_string())
        }
        Prepared::Json(plan) => {
            crate::interop::backup::write_backup(out, snapshot, plan)?;
            Ok(format!(
                "{} contacts, {} interactions and {} follow-ups",
                plan.contacts, plan.interactions, plan.followups
            ))
        }
    }
}

/// A CSV writer's error: an I/O error stays one (a closed pipe stays a closed pipe).
fn csv_error(e: csv::Error) -> anyhow::Error {
    if e.is_io_error() {
        match e.into_kind() {
            csv::ErrorKind::Io(io) => return io.into(),
            other => return anyhow::anyhow!("cannot write CSV: {other:?}"),
        }
    }
    anyhow::anyhow!("cannot write CSV: {e}")
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
/// the number written. A first walk finds each contact's file name, the damaged records, and
/// the files kith did not write, any of which stops the export before anything is written
/// (those unless `force`); the second writes the cards one at a time.
fn write_vdir(
    snapshot: &Snapshot,
    dir: &std::path::Path,
    args: &ExportArgs,
    skipped: &mut Vec<Skipped>,
    skips: &mut Skips,
) -> anyhow::Result<usize> {
    use crate::interop::vdir;
    let mut uids: Vec<(ContactId, String)> = Vec::new();
    each_contact(
        snapshot,
        |c| {
            uids.push((c.id, vdir::uid(&c)));
            Ok(())
        },
        &mut |s| skipped.push(s),
    )?;
    refuse_if_strict(args.strict, skipped, skips)?;
    let shown = |p: &std::path::Path| output::line(&p.display().to_string());
    if std::fs::metadata(dir).is_ok_and(|m| !m.is_dir()) {
        anyhow::bail!("{} is not a folder", shown(dir));
    }
    std::fs::create_dir_all(dir).map_err(|e| anyhow::anyhow!("cannot make {}: {e}", shown(dir)))?;
    let (mut folders, mut foreign) = (Vec::new(), Vec::new());
    let files: Vec<(ContactId, std::path::PathBuf)> = vdir::names_for(&uids)
        .into_iter()
        .zip(&uids)
        .map(|(name, (id, uid))| {
            let path = dir.join(&name);
            debug_assert_eq!(path.parent(), Some(dir), "{name} stays in the folder");
            match vdir::in_the_way(&path, uid) {
                Some(vdir::InTheWay::Folder) => folders.push(path.clone()),
                Some(vdir::InTheWay::Foreign) => foreign.push(path.clone()),
                None => {}
            }
            (*id, path)
        })
        .collect();
    drop(uids);
    let listed = |paths: &[std::path::PathBuf]| {
        let mut names: Vec<String> = paths.iter().take(5).map(|p| shown(p)).collect();
        if paths.len() > 5 {
            names.push(format!("and {} more", paths.len() - 5));
        }
        names.join(", ")
    };
    if !folders.is_empty() {
        anyhow::bail!(
            "nothing was exported: a folder stands where a card goes: {}",
            listed(&folders)
        );
    }
    if !foreign.is_empty() && !args.force {
        let one = foreign.len() == 1;
        anyhow::bail!(
            "nothing was exported: {} file{} in {} {} not written by kith for the same contact: {}; \
             move {} or add --force to replace {}",
            foreign.len(),
            if one { "" } else { "s" },
            shown(dir),
            if one { "was" } else { "were" },
            listed(&foreign),
            if one { "it" } else { "them" },
            if one { "it" } else { "them" },
        );
    }
    let version = if args.vcard3 {
        calcard::vcard::VCardVersion::V3_0
    } else {
        calcard::vcard::VCardVersion::V4_0
    };
    let mut files = files.iter();
    let (mut card, mut written) = (String::new(), 0);
    each_contact(
        snapshot,
        |c| {
            // The same snapshot, walked the same way: the same contacts in the same order.
            let Some((_, path)) = files.next().filter(|(id, _)| *id == c.id) else {
                anyhow::bail!(
                    "the notebook read differently the second time; nothing more was written"
                );
            };
            card.clear();
            crate::interop::vcard::write_card(&mut card, &c, version);
            // Always a new file renamed into place: nothing in the folder is written through.
            crate::files::replace_private(path, card.as_bytes())
                .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", shown(path)))?;
            written += 1;
            Ok(())
        },
        &mut |_| {},
    )?;
    Ok(written)
}
