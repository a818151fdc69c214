//! `kith duplicates` and `kith merge`: the pairs of records that are likely one person, and
//! joining such a pair into one contact.

use crate::cli::{Skips, output};
use crate::clock;
use crate::store::Store;
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct DuplicatesArgs {
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    keep: String,
    absorb: String,
}

pub fn duplicates(
    store: &Store,
    args: DuplicatesArgs,
    out: &mut dyn Write,
    skips: &mut Skips,
) -> anyhow::Result<()> {
    let mut ids = store.sorted_contact_ids(false, 0, usize::MAX)?;
    ids.extend(store.sorted_contact_ids(true, 0, usize::MAX)?);
    let loaded = store.contacts(&ids)?;
    skips.report(&loaded.damaged);
    let found = crate::search::duplicates::find(&loaded.items);
    let names: std::collections::HashMap<_, _> = loaded
        .items
        .iter()
        .map(|c| (c.id, c.name.as_str()))
        .collect();
    let name = |id| names.get(&id).copied().unwrap_or("?");
    if args.json {
        let pairs: Vec<serde_json::Value> = found
            .pairs
            .iter()
            .map(|p| {
                serde_json::json!({
                    "first": {"id": p.first.0, "name": name(p.first)},
                    "second": {"id": p.second.0, "name": name(p.second)},
                    "reasons": p.reasons,
                })
            })
            .collect();
        writeln!(out, "{}", serde_json::Value::Array(pairs))?;
    } else {
        if found.pairs.is_empty() {
            writeln!(out, "No likely duplicates.")?;
        }
        for p in &found.pairs {
            writeln!(
                out,
                "{} (id {}) and {} (id {}): {}",
                output::line(name(p.first)),
                p.first,
                output::line(name(p.second)),
                p.second,
                output::line(&p.reasons.join("; "))
            )?;
        }
    }
    for c in &found.crowded {
        eprintln!("kith: {}: too many to pair off", output::line(c));
    }
    Ok(())
}

pub fn merge(store: &Store, args: MergeArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let (keep, absorb) = (store.resolve(&args.keep)?, store.resolve(&args.absorb)?);
    let (kept, absorbed) = (store.contact(keep)?, store.contact(absorb)?);
    let moved = store.write(|w| w.merge_contacts(keep, absorb, clock::now()))?;
    writeln!(
        out,
        "Merged {} (id {}) into {} (id {}): moved {} interactions, {} follow-ups, {} referrals{}",
        output::line(&absorbed.name),
        absorb,
        output::line(&kept.name),
        keep,
        moved.interactions,
        moved.followups,
        moved.referrals,
        if moved.draft {
            " and an unsaved note"
        } else {
            ""
        }
    )?;
    Ok(())
}
