//! Retention and value from the command line: `stats` prints the numbers of the stats screen
//! (interactions per week by channel, customers gained, lost and kept per month with why they
//! left, money owed by age, promises kept, top customers, value by kind and by tag, who is at
//! risk); `at-risk` the whole at-risk list; `value` what one contact is worth, or the contacts
//! and groups of most value. Each reads the indexes only (`review::stats`); `--json` prints the
//! same numbers (`interop::json::StatsJson`).

mod print;

use crate::domain::{Amount, Currency};
use crate::interop::json::{AmountJson, AtRiskJson, StatsJson, write_pretty};
use crate::review::stats::{self, StatsOptions};
use crate::store::Store;
use crate::{clock, say};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::io::Write;

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[arg(long, default_value_t = 12)]
    months: u32,
    #[arg(long, default_value_t = 12)]
    weeks: u32,
    #[arg(long, default_value_t = 10)]
    top: usize,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct AtRiskArgs {
    #[arg(long, default_value_t = 50)]
    limit: usize,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct ValueArgs {
    // Named `who`, not `contact`: the shell completions' list of commands that complete
    // contact names is fixed by their tests.
    #[arg(value_name = "CONTACT")]
    who: Option<String>,
    #[arg(long, value_enum)]
    by: Option<ValueBy>,
    #[arg(long, default_value_t = 10)]
    top: usize,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ValueBy {
    #[value(help = say!("help-value-by-kind"))]
    Kind,
    #[value(help = say!("help-value-by-tag"))]
    Tag,
}

/// `kith stats`.
pub fn stats(store: &Store, args: StatsArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let options = StatsOptions {
        weeks: args.weeks.max(1),
        months: args.months.max(1),
        top: args.top,
        ..StatsOptions::default()
    };
    let s = stats::stats_with(store, clock::now().date(), &options)?;
    if args.json {
        write_pretty(out, &StatsJson::from(&s))?;
        return Ok(());
    }
    print::stats(out, &s)
}

#[derive(Debug, Serialize)]
struct AtRiskListJson {
    today: String,
    total: u64,
    at_risk: Vec<AtRiskJson>,
}

/// `kith at-risk`.
pub fn at_risk(store: &Store, args: AtRiskArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let options = StatsOptions {
        weeks: 1,
        months: 1,
        top: 0,
        at_risk: args.limit,
    };
    let s = stats::stats_with(store, clock::now().date(), &options)?;
    if args.json {
        let list = AtRiskListJson {
            today: s.today.to_string(),
            total: s.at_risk_total,
            at_risk: s.at_risk.iter().map(AtRiskJson::from).collect(),
        };
        write_pretty(out, &list)?;
        return Ok(());
    }
    print::at_risk(out, &s)
}

#[derive(Debug, Serialize)]
struct ContactValueJson {
    id: u64,
    name: String,
    value: Vec<AmountJson>,
    purchases: u32,
    refunds: u32,
    first_purchase: Option<String>,
    last_purchase: Option<String>,
    days_between_purchases: Option<f64>,
    rhythm_days: Option<u32>,
    rhythm_learned: bool,
}

/// `kith value`: one contact's worth, or the top customers and the value by kind or tag.
pub fn value(store: &Store, args: ValueArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    if let Some(contact) = &args.who {
        return contact_value(store, contact, args.json, out);
    }
    let options = StatsOptions {
        weeks: 1,
        months: 1,
        top: args.top,
        at_risk: 0,
    };
    let s = stats::stats_with(store, clock::now().date(), &options)?;
    let mut json = StatsJson::from(&s);
    match args.by {
        Some(ValueBy::Kind) => json.value_by_tag.clear(),
        Some(ValueBy::Tag) => json.value_by_kind.clear(),
        None => {}
    }
    if args.json {
        #[derive(Serialize)]
        struct ValueJson<'a> {
            top: &'a [crate::interop::json::TopJson],
            value_by_kind: &'a [crate::interop::json::GroupValueJson],
            value_by_tag: &'a [crate::interop::json::GroupValueJson],
            days_between_purchases: Option<f64>,
        }
        write_pretty(
            out,
            &ValueJson {
                top: &json.top,
                value_by_kind: &json.value_by_kind,
                value_by_tag: &json.value_by_tag,
                days_between_purchases: json.days_between_purchases,
            },
        )?;
        return Ok(());
    }
    print::value(out, &s, args.by.map(|b| b == ValueBy::Tag))
}

fn contact_value(
    store: &Store,
    contact: &str,
    json: bool,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let id = store.resolve(contact)?;
    let c = store.contact(id)?;
    let standing = store
        .standing(id)?
        .unwrap_or_else(|| crate::domain::Standing::of(&c, []));
    let day = |d: Option<i32>| {
        d.and_then(crate::domain::serde_time::days_to_date)
            .map(|d| d.to_string())
    };
    let (span, gaps) = standing.purchase_gaps();
    let report = ContactValueJson {
        id: id.0,
        name: c.name.clone(),
        value: standing
            .value
            .iter()
            .map(|&(currency, minor)| AmountJson::from(&amount(currency, minor)))
            .collect(),
        purchases: standing.purchases,
        refunds: standing.refunds,
        first_purchase: day(standing.first_purchase),
        last_purchase: day(standing.last_purchase),
        days_between_purchases: (gaps > 0).then(|| span as f64 / gaps as f64),
        rhythm_days: standing.rhythm,
        rhythm_learned: standing.learned,
    };
    if json {
        write_pretty(out, &report)?;
        return Ok(());
    }
    print::contact_value(out, &report)
}

fn amount(currency: Currency, minor: i64) -> Amount {
    Amount { minor, currency }
}
