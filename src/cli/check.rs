//! `kith check [--repair] [--json]`: the store's check report, printed for a person or as JSON.
//! A notebook with anything left to report exits 3.

use super::{Damage, output};
use crate::say;
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
        Err(Damage(say!("check-damaged")).into())
    }
}

fn print(
    out: &mut dyn Write,
    store: &Store,
    report: &CheckReport,
    repair: bool,
) -> std::io::Result<()> {
    let path = store.path().display().to_string();
    writeln!(
        out,
        "{}",
        say!("check-notebook", path = output::line(&path))
    )?;
    let redb = match &report.redb {
        RedbCheck::Clean => say!("check-file-clean"),
        RedbCheck::Repaired => say!("check-file-repaired"),
        RedbCheck::Repairable => say!("check-file-repairable"),
        RedbCheck::Damaged(why) => say!("check-file-damaged", why = output::line(why)),
        RedbCheck::NotRun(why) => say!("check-file-not-run", why = output::line(why)),
    };
    writeln!(out, "{}", say!("check-file", state = redb))?;
    writeln!(out, "{}", say!("check-tables"))?;
    for t in &report.tables {
        let mut note = String::new();
        if t.damaged > 0 {
            note.push_str("  ");
            note.push_str(&say!("check-table-damaged", count = t.damaged));
        }
        if !t.complete {
            note.push_str("  ");
            note.push_str(&say!("check-table-unreadable"));
        }
        writeln!(out, "  {:<26}{:>9}{note}", t.table, t.rows)?;
    }
    if !report.damaged.is_empty() {
        let count = report.damaged.len();
        writeln!(out, "{}", say!("check-damaged-records", count = count))?;
        for s in &report.damaged {
            let line = say!(
                "check-damaged-record",
                table = s.table.to_string(),
                key = s.key.to_string(),
                reason = s.reason.to_string()
            );
            writeln!(out, "  {}", output::line(&line))?;
        }
    }
    let rebuilt = say!("check-rebuilt", count = report.repaired.len());
    let disagree = say!("check-indexes-disagree", count = report.indexes.len());
    for (title, problems) in [(rebuilt, &report.repaired), (disagree, &report.indexes)] {
        if problems.is_empty() {
            continue;
        }
        writeln!(out, "{title}")?;
        for p in problems {
            let line = say!(
                "check-index-problem",
                index = p.index.to_string(),
                missing = p.missing,
                wrong = p.wrong,
                extra = p.extra,
                example = p.example.to_string()
            );
            writeln!(out, "  {}", output::line(&line))?;
        }
    }
    for why in &report.not_repaired {
        writeln!(
            out,
            "{}",
            say!("check-not-repaired", why = output::line(why))
        )?;
    }
    if report.is_clean() {
        writeln!(out, "{}", say!("check-sound"))?;
        return Ok(());
    }
    if !report.indexes.is_empty() && !repair {
        writeln!(out, "{}", say!("check-run-repair"))?;
    }
    if let RedbCheck::Damaged(_) = report.redb {
        writeln!(out, "{}", say!("check-cannot-repair"))?;
    } else if !report.damaged.is_empty() {
        writeln!(out, "{}", say!("check-export-the-rest"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::say;

    #[test]
    fn the_way_out_of_unrepairable_damage_keeps_its_commands_indented() {
        assert_eq!(
            say!("check-cannot-repair"),
            "redb cannot repair this file. Save what is readable and start a fresh notebook \
             from it:\n  kith export --format json -o rescue.json\n  \
             kith --db NEW.redb import rescue.json"
        );
    }
}
