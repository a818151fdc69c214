//! `kith owed` as plain text: for each direction the totals per currency in aging buckets, each
//! contact's share, then the invoices behind them; every stored string through the sanitiser
//! and every column padded by display width.

use super::output::line;
use crate::domain::text::{fit as cell, terminal_width};
use crate::domain::{Aging, Amount, Buckets, Currency, Invoice, Owing};
use crate::review::owed::OwedReport;
use crate::say;
use std::io::{Result, Write};

/// An amount without its currency, for a column that names the currency once.
fn number(minor: i64, currency: Currency) -> String {
    let said = Amount { minor, currency }.shown();
    said.rsplit_once(' ')
        .map_or(said.clone(), |(n, _)| n.to_string())
}

/// A table: the first `left` columns left-aligned, the rest (figures) right-aligned, each as
/// wide as its widest cell.
pub(super) fn table(
    out: &mut dyn Write,
    headings: &[String],
    rows: &[Vec<String>],
    left: usize,
) -> Result<()> {
    let widths: Vec<usize> = (0..headings.len())
        .map(|c| {
            let widest = rows
                .iter()
                .map(|r| terminal_width(&r[c]))
                .max()
                .unwrap_or(0);
            widest.max(terminal_width(&headings[c])).min(40)
        })
        .collect();
    for row in std::iter::once(headings).chain(rows.iter().map(Vec::as_slice)) {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(c, (text, w))| {
                if c < left {
                    cell(text, *w)
                } else {
                    let pad = w.saturating_sub(terminal_width(text));
                    format!("{}{text}", " ".repeat(pad))
                }
            })
            .collect();
        writeln!(out, "  {}", cells.join("  ").trim_end())?;
    }
    Ok(())
}

fn bucket_headings() -> Vec<String> {
    let mut h = vec![say!("owed-col-outstanding")];
    h.extend(Aging::ALL.iter().map(|a| match a {
        Aging::Current => say!("owed-col-current"),
        other => other.key().to_string(),
    }));
    h
}

fn bucket_cells(b: &Buckets, currency: Currency) -> Vec<String> {
    let mut cells = vec![number(b.total_minor(), currency)];
    cells.extend(b.minor.iter().map(|m| number(*m, currency)));
    cells
}

fn direction_title(owing: Owing) -> String {
    match owing {
        Owing::TheyOweMe => say!("owed-they-owe-you"),
        Owing::IOweThem => say!("owed-you-owe-them"),
    }
}

/// Prints the report; `one_contact`: the report is one contact's, so no per-contact table.
pub fn owed(out: &mut dyn Write, report: &OwedReport, one_contact: bool) -> Result<()> {
    if report.is_empty() {
        return writeln!(out, "{}", say!("owed-nothing"));
    }
    for owing in [Owing::TheyOweMe, Owing::IOweThem] {
        if report.totals.of(owing).next().is_none() {
            continue;
        }
        writeln!(out, "{}", direction_title(owing))?;
        let mut headings = vec![say!("owed-col-currency")];
        headings.extend(bucket_headings());
        headings.push(say!("owed-col-open"));
        let rows: Vec<Vec<String>> = report
            .totals
            .of(owing)
            .map(|(currency, b)| {
                let mut row = vec![currency.to_string()];
                row.extend(bucket_cells(b, currency));
                row.push(crate::words::numbers::count(b.total_count()));
                row
            })
            .collect();
        table(out, &headings, &rows, 1)?;
        let contacts: Vec<Vec<String>> = report
            .contacts
            .iter()
            .filter(|c| c.owing == owing && !one_contact)
            .map(|c| {
                let mut row = vec![line(&c.name), c.currency.to_string()];
                row.extend(bucket_cells(&c.buckets, c.currency));
                row
            })
            .collect();
        if !contacts.is_empty() {
            writeln!(out)?;
            let mut headings = vec![say!("owed-col-name"), say!("owed-col-currency")];
            headings.extend(bucket_headings());
            table(out, &headings, &contacts, 2)?;
        }
        writeln!(out)?;
    }
    invoices(out, report)
}

/// The invoices, soonest due first: open ones say how late they are.
fn invoices(out: &mut dyn Write, report: &OwedReport) -> Result<()> {
    if report.invoices.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}", say!("owed-invoices"))?;
    let headings = [
        say!("owed-col-id"),
        say!("owed-col-kind"),
        say!("owed-col-ref"),
        say!("owed-col-name"),
        say!("owed-col-due"),
        say!("owed-col-state"),
        say!("owed-col-amount"),
        say!("owed-col-left"),
    ];
    let rows: Vec<Vec<String>> = report
        .invoices
        .iter()
        .map(|i| {
            vec![
                i.id.to_string(),
                i.owing.as_str().to_string(),
                line(i.reference.as_deref().unwrap_or("")),
                line(report.name_of(i.contact)),
                i.due.to_string(),
                state(i, report.today),
                i.amount.shown(),
                i.outstanding().shown(),
            ]
        })
        .collect();
    table(out, &headings, &rows, 6)
}

/// How an invoice stands: paid, written off, void, late by some days, or not due yet.
pub(super) fn state(i: &Invoice, today: chrono::NaiveDate) -> String {
    match i.closed {
        Some(closed) => say!("owed-state-closed", state = closed.as_str()),
        None if !i.is_open() => say!("owed-state-paid"),
        None => match i.days_overdue(today) {
            days if days > 0 => say!("owed-state-late", days = days),
            _ => say!("owed-state-due"),
        },
    }
}
