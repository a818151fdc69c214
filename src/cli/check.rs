//! `kith check [--repair] [--json]`: the store's check report, printed for a person or as JSON.
//! A notebook with anything left to report exits 3.

use super::{Damage, output};
use crate::store::{CheckReport, RedbCheck, Store};
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(long)]
    pub repair: bool,
    #[arg(long)]
    pub json: bool,
}

pub fn run(store: &mut Store, args: CheckArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let report = if args.repair {
        store.repair()?
    } else {
        store.check()?
    };
    if args.json {
        crate::interop::json::write_pretty(out, &report)?;
    } else {
        print(out, store, &report, args.repair)?;
    }
    if report.is_clean() {
        Ok(())
    } else {
        Err(Damage("the notebook is damaged (see the report)".into()).into())
    }
}

fn print(
    out: &mut dyn Write,
    store: &Store,
    report: &CheckReport,
    repair: bool,
) -> std::io::Result<()> {
    let path = store.path().display().to_string();
    writeln!(out, "Notebook {}", output::line(&path))?;
    let redb = match &report.redb {
        RedbCheck::Clean => "every page passes its checksum".to_string(),
        RedbCheck::Repaired => "damage found and repaired by redb".to_string(),
        RedbCheck::Repairable => "the latest commit's pages fail their checksums; \
             `kith check --repair` lets redb go back to the commit before (the latest change is lost)"
            .to_string(),
        RedbCheck::Damaged(why) => format!("damaged beyond redb's repair: {}", output::line(why)),
        RedbCheck::NotRun(why) => format!("not run: {}", output::line(why)),
    };
    writeln!(out, "File: {redb}")?;
    writeln!(out, "Tables:")?;
    for t in &report.tables {
        let mut note = String::new();
        if t.damaged > 0 {
            note.push_str(&format!("  {} damaged", t.damaged));
        }
        if !t.complete {
            note.push_str("  not readable to its end");
        }
        writeln!(out, "  {:<26}{:>9}{note}", t.table, t.rows)?;
    }
    if !report.damaged.is_empty() {
        writeln!(out, "Damaged records ({}):", report.damaged.len())?;
        for s in &report.damaged {
            let line = format!("{}, key {}: {}", s.table, s.key, s.reason);
            writeln!(out, "  {}", output::line(&line))?;
        }
    }
    for (title, problems) in [
        ("Rebuilt", &report.repaired),
        ("Indexes that disagree with their records", &report.indexes),
    ] {
        if problems.is_empty() {
            continue;
        }
        writeln!(out, "{title} ({}):", problems.len())?;
        for p in problems {
            let line = format!(
                "{}: {} missing, {} wrong, {} extra rows; e.g. {}",
                p.index, p.missing, p.wrong, p.extra, p.example
            );
            writeln!(out, "  {}", output::line(&line))?;
        }
    }
    for why in &report.not_repaired {
        writeln!(out, "Not repaired: {}", output::line(why))?;
    }
    if report.is_clean() {
        writeln!(out, "The notebook is sound.")?;
        return Ok(());
    }
    if !report.indexes.is_empty() && !repair {
        writeln!(
            out,
            "Run `kith check --repair` to rebuild the indexes from the records."
        )?;
    }
    if let RedbCheck::Damaged(_) = report.redb {
        writeln!(
            out,
            "redb cannot repair this file. Save what is readable and start a fresh notebook \
             from it:\n  kith export --format json -o rescue.json\n  \
             kith --db NEW.redb import rescue.json"
        )?;
    } else if !report.damaged.is_empty() {
        writeln!(
            out,
            "Damaged records cannot be rebuilt: `kith export --format json` saves everything \
             else; take the damaged ones from a backup."
        )?;
    }
    Ok(())
}
