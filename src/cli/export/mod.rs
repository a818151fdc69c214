//! `kith export`: the notebook written in a format other tools read. Everything readable is
//! written; each damaged record left out is named on stderr and the command exits 3, or with
//! `--strict` nothing is written at all.
//!
//! Every format streams from one snapshot of the notebook (`store::Snapshot`), a record at a
//! time, so memory stays that of a record whatever the notebook's size. Where a format needs to
//! know something of every record before its first byte (the CSV's columns, the calendar's
//! names, the backup's stand-ins and vCard folders' file names) a first walk finds it and the
//! damaged records with it; otherwise (a vCard file) `--strict` takes a first walk that only
//! decodes. Either way `--strict` refuses before a byte is written. A vCard folder (`--dir`)
//! is written by `vdir`.

mod vdir;

use super::terminal::say;
use super::{Damage, Skips, output};
use crate::domain::{Contact, ContactId};
use crate::interop::csv::CsvLayout;
use crate::say;
use crate::store::{BackupPlan, Skipped, Snapshot, Store, StoreError};
use calcard::vcard::VCardVersion;
use clap::{Args, ValueEnum};
use std::collections::{HashMap, HashSet};
use std::io::Write;

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    format: ExportFormat,
    #[arg(long)]
    vcard3: bool,
    #[arg(long, value_name = "MINUTES", value_parser = clap::value_parser!(u32).range(0..=525_600))]
    alarm_before: Option<u32>,
    #[arg(short, long, value_name = "FILE", conflicts_with = "dir")]
    output: Option<std::path::PathBuf>,
    #[arg(long, value_name = "DIR")]
    dir: Option<std::path::PathBuf>,
    #[arg(long, requires = "dir")]
    force: bool,
    #[arg(long)]
    strict: bool,
}

/// The formats `--format` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExportFormat {
    #[value(help = crate::say!("help-export-format-json"))]
    Json,
    #[value(help = crate::say!("help-export-format-vcard"))]
    Vcard,
    #[value(help = crate::say!("help-export-format-csv"))]
    Csv,
    #[value(help = crate::say!("help-export-format-ics"))]
    Ics,
}

impl ExportArgs {
    fn vcard_version(&self) -> VCardVersion {
        if self.vcard3 {
            VCardVersion::V3_0
        } else {
            VCardVersion::V4_0
        }
    }
}

/// What the first walk found that the writing walk needs.
enum Prepared {
    Vcard {
        version: VCardVersion,
        damage_known: bool,
    },
    Csv(CsvLayout),
    Ics {
        names: HashMap<ContactId, String>,
        alarm_before: u32,
    },
    Json(Box<BackupPlan>),
}

impl ExportArgs {
    /// The options with what the config file says where the command line says nothing.
    pub fn with_defaults(mut self, config: &crate::config::Config) -> ExportArgs {
        self.alarm_before = self.alarm_before.or(config.export.alarm_before);
        self
    }
}

pub fn export(
    store: &Store,
    args: ExportArgs,
    out: &mut dyn Write,
    skips: &mut Skips,
) -> anyhow::Result<()> {
    let snapshot = store.snapshot()?;
    let mut skipped = Vec::new();
    if args.format == ExportFormat::Vcard
        && let Some(dir) = &args.dir
    {
        let written = vdir::write_vdir(&snapshot, dir, &args, &mut skipped, skips)?;
        let dir = dir.display().to_string();
        say(say!("export-wrote-cards", count = written, dir = dir));
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
                Ok(e) => anyhow::anyhow!(say!(
                    "export-cannot-write",
                    path = output::line(&path.display().to_string()),
                    error = e.to_string()
                )),
                Err(other) => other,
            })?;
            let path = path.display().to_string();
            say(say!("export-wrote", what = what, path = path));
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
    Ok(match args.format {
        ExportFormat::Vcard => {
            if args.strict {
                each_contact(snapshot, |_| Ok(()), &mut damaged)?;
            }
            Prepared::Vcard {
                version: args.vcard_version(),
                damage_known: args.strict,
            }
        }
        ExportFormat::Csv => {
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
        ExportFormat::Ics => {
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
        ExportFormat::Json => {
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
        Prepared::Vcard {
            version,
            damage_known,
        } => {
            let (mut card, mut count) = (String::new(), 0);
            let mut new_damage = |s: Skipped| skipped.push(s);
            each_contact(
                snapshot,
                |c| {
                    card.clear();
                    crate::interop::vcard::write_card(&mut card, &c, *version);
                    count += 1;
                    Ok(out.write_all(card.as_bytes())?)
                },
                if *damage_known {
                    &mut known
                } else {
                    &mut new_damage
                },
            )?;
            Ok(say!("export-contacts", count = count))
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
            Ok(say!("export-contacts", count = count))
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
            Ok(say!("export-calendar"))
        }
        Prepared::Json(plan) => {
            crate::interop::backup::write_backup(out, snapshot, plan)?;
            Ok(say!(
                "export-backup",
                contacts = plan.contacts,
                interactions = plan.interactions,
                followups = plan.followups
            ))
        }
    }
}

/// A CSV writer's error: an I/O error stays one (a closed pipe stays a closed pipe).
fn csv_error(e: csv::Error) -> anyhow::Error {
    if e.is_io_error() {
        match e.into_kind() {
            csv::ErrorKind::Io(io) => return io.into(),
            other => {
                return anyhow::anyhow!(say!("export-csv-failed", error = format!("{other:?}")));
            }
        }
    }
    anyhow::anyhow!(say!("export-csv-failed", error = e.to_string()))
}

fn refuse_if_strict(strict: bool, skipped: &[Skipped], skips: &mut Skips) -> anyhow::Result<()> {
    if strict && !skipped.is_empty() {
        skips.report(skipped);
        return Err(Damage(say!("export-strict", count = skipped.len())).into());
    }
    Ok(())
}
