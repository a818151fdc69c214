//! `kith list` and `kith show`: contacts read, as a table, a page or JSON.

use super::fields::KindArg;
use crate::cli::{Skips, output};
use crate::clock;
use crate::config::Config;
use crate::domain::Kind;
use crate::interop::json::{ContactDetailJson, ContactJson};
use crate::store::Store;
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_enum, ignore_case = true)]
    kind: Option<KindArg>,
    #[arg(long)]
    tag: Option<String>,
    #[arg(long)]
    archived: bool,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    contact: String,
    #[arg(long)]
    json: bool,
}

pub fn list(
    store: &Store,
    args: ListArgs,
    out: &mut dyn Write,
    skips: &mut Skips,
) -> anyhow::Result<()> {
    let kind = args.kind.map(Kind::from);
    let wanted_tag = args.tag.as_deref().map(crate::search::fold);
    let today = clock::now().date();
    let mut damaged = Vec::new();
    if !args.json && wanted_tag.is_none() {
        return table_from_names(store, args.archived, kind, out, skips);
    }
    // Tags and the JSON need the contacts themselves: one read of the notebook, keeping only
    // what is printed of each contact, at its place.
    let mut table = Vec::new();
    let mut shaped = Vec::new();
    store.each_contact(
        args.archived,
        &mut |place, c, last| {
            if kind.is_some_and(|k| c.kind != k) {
                return Ok(());
            }
            if let Some(t) = &wanted_tag
                && !c.tags.iter().any(|ct| crate::search::fold(ct) == *t)
            {
                return Ok(());
            }
            if args.json {
                put(&mut shaped, place, ContactJson::new(&c, last));
            } else {
                put(
                    &mut table,
                    place,
                    crate::cli::table::TableRow::of(&c, last, today),
                );
            }
            Ok(())
        },
        &mut |skipped| damaged.push(skipped),
    )?;
    let (table, shaped): (Vec<_>, Vec<_>) = (
        table.into_iter().flatten().collect(),
        shaped.into_iter().flatten().collect(),
    );
    skips.report(&damaged);
    if args.json {
        crate::interop::json::write_pretty(out, &shaped)?;
    } else {
        crate::cli::table::contact_table(out, &table)?;
    }
    Ok(())
}

/// `kith list`'s table from the name index and the facts alone. Its columns are sized by a
/// first walk of the names and the rows written by a second, so no row is held: at a million
/// contacts the table is written in bounded memory.
fn table_from_names(
    store: &Store,
    archived: bool,
    kind: Option<Kind>,
    out: &mut dyn Write,
    skips: &mut Skips,
) -> anyhow::Result<()> {
    let today = clock::now().date();
    let mut damaged = Vec::new();
    let widths = std::cell::RefCell::new(crate::cli::table::Widths::default());
    let mut table = None;
    let mut failed = None;
    store.walk_list(
        archived,
        &mut |skipped| damaged.push(skipped),
        &mut |id, name, company, facts| {
            if kind.is_none_or(|k| facts.kind == k) {
                widths.borrow_mut().fit_listed(id, name, company);
            }
        },
        &mut |row| {
            if failed.is_some() || kind.is_some_and(|k| row.facts.kind != k) {
                return Ok(());
            }
            let row = crate::cli::table::TableRow::listed(row, today);
            let written = match &mut table {
                Some(table) => Ok(table),
                None => {
                    crate::cli::table::Table::start(out, widths.take()).map(|t| table.insert(t))
                }
            }
            .and_then(|table| table.row(out, &row));
            failed = written.err();
            Ok(())
        },
    )?;
    skips.report(&damaged);
    if let Some(e) = failed {
        return Err(e.into());
    }
    if table.is_none() {
        crate::cli::table::Table::start(out, widths.take())?;
    }
    Ok(())
}

/// Puts `row` at `place` of `rows`, which grows as needed.
fn put<T>(rows: &mut Vec<Option<T>>, place: usize, row: T) {
    if rows.len() <= place {
        rows.resize_with(place + 1, || None);
    }
    rows[place] = Some(row);
}

pub fn show(
    store: &Store,
    config: &Config,
    args: ShowArgs,
    out: &mut dyn Write,
    skips: &mut Skips,
) -> anyhow::Result<()> {
    let id = store.resolve(&args.contact)?;
    let contact = store.contact(id)?;
    let timeline = store.timeline(id, usize::MAX)?;
    let followups = store.followups_for(id)?;
    skips.report(&timeline.damaged);
    skips.report(&followups.damaged);
    let last = store.last_contacted(id)?;
    let mut detail = ContactDetailJson::new(
        &contact,
        last,
        &timeline.items,
        &followups.items,
        config.cadence.effective(&contact),
        clock::now().date(),
    );
    if args.json {
        let invoices = store.invoices_of(id)?;
        skips.report(&invoices.damaged);
        detail.invoices = invoices.items.iter().map(Into::into).collect();
        detail.referrals = crate::cli::referrals::contact_json(store, &contact)?;
        crate::interop::json::write_pretty(out, &detail)?;
    } else {
        output::contact_detail(
            out,
            store,
            &contact,
            &detail,
            &timeline.items,
            &followups.items,
        )?;
        let today = clock::now().date();
        skips.report(&crate::cli::owed::contact_invoices(out, store, id, today)?);
        let referrals = crate::cli::referrals::contact_lines(store, id)?;
        if !referrals.is_empty() {
            writeln!(out, "\n{}", crate::say!("referral-show-title"))?;
        }
        for line in referrals {
            writeln!(out, "  {line}")?;
        }
        let greeted = crate::cli::occasions::contact_lines(store, id)?;
        if !greeted.is_empty() {
            let whom = crate::cli::output::line(&contact.name);
            let title = crate::say!("occasions-list-title", whom = whom.as_str());
            writeln!(out, "\n{title}")?;
        }
        for line in greeted {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}
