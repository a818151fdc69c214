//! The contact table `kith list` and `kith search` print: one small row per contact, columns
//! as wide as their widest cell (within limits), every stored string made safe first.

use super::output::line;
use crate::domain::Contact;
use crate::domain::text::fit as cell;
use crate::domain::text::terminal_width;
use crate::say;
use chrono::{NaiveDate, NaiveDateTime};
use std::io::{Result, Write};

/// When a contact was last in touch, as the table says it: never, some days ago, or a date
/// (one still to come).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Last {
    Never,
    DaysAgo(i64),
    On(NaiveDate),
}

impl Last {
    fn of(today: NaiveDate, at: Option<NaiveDateTime>) -> Last {
        match at {
            None => Last::Never,
            Some(at) => match (today - at.date()).num_days() {
                n if n < 0 => Last::On(at.date()),
                n => Last::DaysAgo(n),
            },
        }
    }

    fn said(self) -> String {
        match self {
            Last::Never => say!("cli-never"),
            Last::DaysAgo(n) => say!("cli-ago", days = n),
            Last::On(day) => day.to_string(),
        }
    }
}

/// What the contact table shows of one contact, made safe for the terminal: a list keeps these
/// few strings per contact, not the contacts themselves.
pub struct TableRow {
    id: u64,
    name: String,
    kind: &'static str,
    company: String,
    last: Last,
}

impl TableRow {
    /// A row as the name index and the facts give it; its strings are kept as they are when
    /// they are safe already.
    pub fn listed(row: crate::store::ListRow, today: NaiveDate) -> TableRow {
        let safe = |text: String| match crate::domain::text::display_line(&text) {
            std::borrow::Cow::Borrowed(_) => text,
            std::borrow::Cow::Owned(cleaned) => cleaned,
        };
        TableRow {
            id: row.id.0,
            kind: row.facts.kind.as_str(),
            last: Last::of(today, row.facts.last_contacted),
            name: safe(row.name),
            company: safe(row.company),
        }
    }

    pub fn of(c: &Contact, last: Option<NaiveDateTime>, today: NaiveDate) -> TableRow {
        TableRow {
            id: c.id.0,
            name: line(&c.name),
            kind: c.kind.as_str(),
            company: line(c.company.as_deref().unwrap_or("")),
            last: Last::of(today, last),
        }
    }
}

pub fn contact_table(out: &mut dyn Write, rows: &[TableRow]) -> Result<()> {
    if rows.is_empty() {
        return writeln!(out, "{}", say!("cli-no-contacts"));
    }
    let (id, name, company) = (
        say!("cli-table-id"),
        say!("cli-table-name"),
        say!("cli-table-company"),
    );
    // Each column is at least as wide as its heading.
    let widest = |width: fn(&TableRow) -> usize, heading: &str, max: usize| {
        let min = terminal_width(heading);
        rows.iter().map(width).max().unwrap_or(min).clamp(min, max)
    };
    let name_w = widest(|r| terminal_width(&r.name), &name, 40);
    let company_w = widest(|r| terminal_width(&r.company), &company, 30);
    let id_w = widest(|r| r.id.to_string().len(), &id, usize::MAX);
    writeln!(
        out,
        "{}  {}  {}  {}  {}",
        cell_right(&id, id_w),
        cell(&name, name_w),
        cell(&say!("cli-table-kind"), 8),
        cell(&company, company_w),
        say!("cli-table-last-contact")
    )?;
    // Thousands of rows share a few dozen "N days ago": each is put in words once.
    let mut lasts: std::collections::HashMap<Last, String> = std::collections::HashMap::new();
    for r in rows {
        let last = lasts.entry(r.last).or_insert_with(|| r.last.said());
        writeln!(
            out,
            "{:>id_w$}  {}  {}  {}  {last}",
            r.id,
            cell(&r.name, name_w),
            cell(r.kind, 8),
            cell(&r.company, company_w),
        )?;
    }
    Ok(())
}

/// `text` right-aligned in `width` columns of the terminal.
fn cell_right(text: &str, width: usize) -> String {
    let pad = width.saturating_sub(terminal_width(text));
    format!("{}{text}", " ".repeat(pad))
}
