//! `kith demo`: an empty notebook filled with a realistic sample to try kith on.

use crate::store::Store;
use crate::{clock, demo, say};
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct DemoArgs {
    #[arg(long, default_value_t = 200)]
    pub contacts: u32,
    #[arg(long, default_value_t = 2000)]
    pub interactions: u64,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    #[arg(long)]
    pub no_invoices: bool,
    #[arg(long)]
    pub no_promises: bool,
    #[arg(long)]
    pub no_referrals: bool,
    #[arg(long)]
    pub no_retention: bool,
    #[arg(long)]
    pub no_occasions: bool,
}

pub fn run(store: &Store, args: DemoArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let (in_use, archived) = (store.contact_count(false)?, store.contact_count(true)?);
    if in_use + archived > 0 {
        // Said as the contacts in use (a demo's own archived customers are not counted in it).
        let existing = if in_use > 0 { in_use } else { archived };
        anyhow::bail!(say!(
            "demo-not-empty",
            path = store.path().display().to_string(),
            count = existing
        ));
    }
    let started = std::time::Instant::now();
    let summary = demo::fill_all(
        store,
        &demo::DemoSpec {
            contacts: args.contacts,
            interactions: args.interactions,
            seed: args.seed,
        },
        clock::now(),
        [
            !args.no_invoices,
            !args.no_promises,
            !args.no_referrals,
            !args.no_retention,
        ],
        !args.no_occasions,
    )?;
    let (path, seconds) = (
        store.path().display().to_string(),
        format!("{:.1}", started.elapsed().as_secs_f64()),
    );
    let filled = if summary.invoices > 0 {
        say!(
            "owed2-demo-filled",
            path = path,
            contacts = summary.contacts,
            interactions = summary.interactions,
            followups = summary.followups,
            invoices = summary.invoices,
            seconds = seconds
        )
    } else {
        say!(
            "demo-filled",
            path = path,
            contacts = summary.contacts,
            interactions = summary.interactions,
            followups = summary.followups,
            seconds = seconds
        )
    };
    writeln!(out, "{filled}")?;
    Ok(())
}
