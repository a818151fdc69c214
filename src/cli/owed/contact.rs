//! A contact's invoices and bills in `kith show`: the open ones, soonest due first, as the
//! `kith owed` table lists them, and how many are settled (paid, written off or void).

use super::output::line;
use super::print::{state, table};
use crate::domain::{ContactId, Invoice};
use crate::say;
use crate::store::{Skipped, Store};
use chrono::NaiveDate;
use std::io::Write;

/// Prints the section (nothing when the contact has no invoice or bill); the damaged records
/// left out, for the caller to name.
pub fn contact_invoices(
    out: &mut dyn Write,
    store: &Store,
    contact: ContactId,
    today: NaiveDate,
) -> anyhow::Result<Vec<Skipped>> {
    let loaded = store.invoices_of(contact)?;
    if loaded.items.is_empty() {
        return Ok(loaded.damaged);
    }
    let (mut open, settled): (Vec<&Invoice>, Vec<&Invoice>) =
        loaded.items.iter().partition(|i| i.is_open());
    open.sort_by_key(|i| (i.due, i.id));
    writeln!(out, "\n{}", say!("owed2-show-title"))?;
    if open.is_empty() {
        writeln!(out, "  {}", say!("owed2-show-none-open"))?;
    } else {
        let headings = [
            say!("owed-col-id"),
            say!("owed-col-kind"),
            say!("owed-col-ref"),
            say!("owed-col-due"),
            say!("owed-col-state"),
            say!("owed-col-amount"),
            say!("owed-col-left"),
        ];
        let rows: Vec<Vec<String>> = open
            .iter()
            .map(|i| {
                vec![
                    i.id.to_string(),
                    i.owing.as_str().to_string(),
                    line(i.reference.as_deref().unwrap_or("")),
                    i.due.to_string(),
                    state(i, today),
                    i.amount.shown(),
                    i.outstanding().shown(),
                ]
            })
            .collect();
        table(out, &headings, &rows, 5)?;
    }
    if !settled.is_empty() {
        let said = say!("owed2-show-settled", count = settled.len());
        writeln!(out, "  {said}")?;
    }
    Ok(loaded.damaged)
}
