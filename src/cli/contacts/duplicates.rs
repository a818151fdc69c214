//! `kith duplicates` and `kith merge`: the pairs of records that are likely one person, and
//! joining such a pair into one contact.

use crate::cli::{Skips, output};
use crate::store::Store;
use crate::{clock, say};
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
            writeln!(out, "{}", say!("duplicates-none"))?;
        }
        for p in &found.pairs {
            let pair = say!(
                "duplicates-pair",
                first = output::line(name(p.first)),
                first_id = p.first.to_string(),
                second = output::line(name(p.second)),
                second_id = p.second.to_string(),
                reasons = output::line(&p.reasons.join("; "))
            );
            writeln!(out, "{pair}")?;
        }
    }
    for c in &found.crowded {
        eprintln!("{}", say!("duplicates-crowded", what = output::line(c)));
    }
    Ok(())
}

pub fn merge(store: &Store, args: MergeArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let (keep, absorb) = (store.resolve(&args.keep)?, store.resolve(&args.absorb)?);
    let (kept, absorbed) = (store.contact(keep)?, store.contact(absorb)?);
    let moved = store.write(|w| w.merge_contacts(keep, absorb, clock::now()))?;
    let merged = say!(
        "merge-merged",
        absorbed = output::line(&absorbed.name),
        absorbed_id = absorb.to_string(),
        kept = output::line(&kept.name),
        kept_id = keep.to_string(),
        interactions = moved.interactions,
        followups = moved.followups,
        referrals = moved.referrals,
        draft = if moved.draft { "yes" } else { "no" }
    );
    writeln!(out, "{merged}")?;
    Ok(())
}
