//! Referrals and life events: `referrals` ranks the contacts whose referrals bought the most
//! (per currency), or says whom one contact referred and what it brought; `event` records a
//! life event (a one-time reminder on its day, or a yearly occasion); what `show` prints of a
//! contact's referrals, and the hint `log` prints when a referred contact first buys. Every
//! figure comes from the store's referral rows, never from a walk over the notes.

use super::output;
use crate::domain::{
    Amount, Channel, Contact, ContactId, Direction, FollowUp, Interaction, Invalid, Occasion,
    PartialDate, day_said, parse_when,
};
use crate::interop::json::AmountJson;
use crate::store::{Referred, Store};
use crate::{clock, say};
use chrono::{Datelike, Duration};
use clap::Args;
use serde::Serialize;
use std::io::Write;

/// How many of the contacts a contact referred are named.
pub const NAMED: usize = 10;

#[derive(Debug, Args)]
pub struct ReferralsArgs {
    contact: Option<String>,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct EventArgs {
    contact: String,
    label: String,
    #[arg(long)]
    on: String,
    #[arg(long)]
    yearly: bool,
    #[arg(long, value_name = "DAYS")]
    before: Option<u32>,
}

fn amounts(value: &[Amount]) -> String {
    let said: Vec<String> = value.iter().map(Amount::shown).collect();
    said.join(", ")
}

fn names(store: &Store, ids: &[ContactId]) -> anyhow::Result<Vec<(u64, String)>> {
    let loaded = store.contacts(ids)?;
    Ok(loaded
        .items
        .iter()
        .map(|c| (c.id.0, c.name.clone()))
        .collect())
}

/// The lines `show` prints of whom a contact referred and what it brought; none when they
/// referred nobody.
pub fn contact_lines(store: &Store, contact: ContactId) -> anyhow::Result<Vec<String>> {
    let r = store.referred(contact, NAMED)?;
    if r.count == 0 {
        return Ok(Vec::new());
    }
    let named: Vec<String> = (names(store, &r.contacts)?.into_iter())
        .map(|(_, n)| output::line(&n))
        .collect();
    let mut lines = vec![say!(
        "referral-show-referred",
        count = r.count,
        names = named.join(", "),
        more = r.count.saturating_sub(named.len())
    )];
    if !r.value.is_empty() {
        lines.push(say!(
            "referral-show-value",
            value = amounts(&r.value),
            purchases = r.purchases
        ));
    }
    Ok(lines)
}

#[derive(Debug, Serialize)]
struct ReferredJson {
    contact: u64,
    name: String,
    referred_count: usize,
    referred: Vec<NamedJson>,
    value: Vec<AmountJson>,
    purchases: u64,
}

#[derive(Debug, Serialize)]
struct NamedJson {
    id: u64,
    name: String,
}

#[derive(Debug, Serialize)]
struct ReferrerJson {
    contact: u64,
    name: String,
    value: AmountJson,
    purchases: u64,
    referred_count: usize,
}

fn referred_json(store: &Store, c: &Contact, r: &Referred) -> anyhow::Result<ReferredJson> {
    Ok(ReferredJson {
        contact: c.id.0,
        name: c.name.clone(),
        referred_count: r.count,
        referred: (names(store, &r.contacts)?.into_iter())
            .map(|(id, name)| NamedJson { id, name })
            .collect(),
        value: r.value.iter().map(AmountJson::from).collect(),
        purchases: r.purchases,
    })
}

/// What `show --json` adds for a contact who referred someone.
pub fn contact_json(store: &Store, contact: &Contact) -> anyhow::Result<Option<serde_json::Value>> {
    let r = store.referred(contact.id, NAMED)?;
    if r.count == 0 {
        return Ok(None);
    }
    Ok(Some(serde_json::to_value(referred_json(
        store, contact, &r,
    )?)?))
}

/// `kith referrals [CONTACT]`: the referrers ranked by what their referrals bought, per
/// currency, or one contact's referrals.
pub fn referrals(store: &Store, args: ReferralsArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    if let Some(who) = args.contact.as_deref() {
        let c = store.contact(store.resolve(who)?)?;
        if args.json {
            let r = store.referred(c.id, NAMED)?;
            return Ok(crate::interop::json::write_pretty(
                out,
                &referred_json(store, &c, &r)?,
            )?);
        }
        let lines = contact_lines(store, c.id)?;
        writeln!(out, "{}", output::line(&c.name))?;
        if lines.is_empty() {
            writeln!(out, "  {}", say!("referral-none-referred"))?;
        }
        for line in lines {
            writeln!(out, "  {line}")?;
        }
        return Ok(());
    }
    let ranked = store.referrers()?;
    let ids: Vec<ContactId> = ranked.iter().map(|r| r.contact).collect();
    let names: std::collections::HashMap<u64, String> = names(store, &ids)?.into_iter().collect();
    let mut rows = Vec::new();
    for r in &ranked {
        rows.push(ReferrerJson {
            contact: r.contact.0,
            name: names.get(&r.contact.0).cloned().unwrap_or_default(),
            value: AmountJson::from(&r.value),
            purchases: r.purchases,
            referred_count: store.referred(r.contact, 0)?.count,
        });
    }
    if args.json {
        return Ok(crate::interop::json::write_pretty(out, &rows)?);
    }
    if rows.is_empty() {
        writeln!(out, "{}", say!("referral-none"))?;
    }
    let mut currency = String::new();
    for r in &rows {
        if r.value.currency != currency {
            currency.clone_from(&r.value.currency);
            writeln!(
                out,
                "{}",
                say!("referral-ranking", currency = currency.as_str())
            )?;
        }
        let line = say!(
            "referral-ranking-line",
            name = output::line(&r.name),
            value = r.value.display.as_str(),
            referred = r.referred_count,
            purchases = r.purchases
        );
        writeln!(out, "  {line}")?;
    }
    Ok(())
}

/// The line `log` prints when the note just logged is a referred contact's first purchase.
pub fn first_purchase_hint(store: &Store, note: &Interaction) -> anyhow::Result<Option<String>> {
    if note.channel != Channel::Purchase || note.amount.is_none() {
        return Ok(None);
    }
    let contact = store.contact(note.contact)?;
    let Some(referrer) = contact.referred_by else {
        return Ok(None);
    };
    match store.first_purchase(note.contact)? {
        Some((first, _, 1)) if first == note.id => {
            let referrer = store.contact(referrer)?.name;
            Ok(Some(say!(
                "referral-first-purchase-hint",
                name = output::line(&contact.name),
                referrer = output::line(&referrer)
            )))
        }
        _ => Ok(None),
    }
}

/// `kith event CONTACT LABEL --on DAY`: a one-time life event becomes a reminder due on its day
/// (or `--before` days ahead of it); with `--yearly` it is an occasion of the contact, which
/// the review shows every year.
pub fn event(store: &Store, args: EventArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let now = clock::now();
    let today = now.date();
    let id = store.resolve(&args.contact)?;
    let label = args.label.trim().to_string();
    if label.is_empty() {
        return Err(Invalid(say!("event-no-label")).into());
    }
    let on = parse_when(&args.on, today)?;
    let name = output::line(&store.contact(id)?.name);
    if args.yearly {
        let date = PartialDate::new(Some(on.year()), on.month() as u8, on.day() as u8)?;
        store.write(|w| {
            let mut c = w.contact(id)?;
            c.occasions.push(Occasion {
                label: label.clone(),
                date,
            });
            w.describe(say!("event-undo", name = c.name.as_str()));
            w.update_contact(&mut c, now)
        })?;
        let said = say!("event-yearly", label = output::line(&label), name = name);
        writeln!(out, "{said}")?;
        return Ok(());
    }
    let due = on - Duration::days(i64::from(args.before.unwrap_or(0)));
    let text = say!(
        "event-reminder",
        label = label.as_str(),
        day = on.format("%Y-%m-%d").to_string()
    );
    let mut f = FollowUp::new(id, due, Direction::Reminder, text, now);
    store.write(|w| {
        w.describe(say!("event-undo", name = name.as_str()));
        w.add_followup(&mut f)
    })?;
    let said = say!(
        "event-once",
        label = output::line(&label),
        name = name,
        day = day_said(due, today),
        id = f.id.to_string()
    );
    writeln!(out, "{said}")?;
    Ok(())
}
