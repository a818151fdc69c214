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
            Last::On(day) => crate::words::dates::iso(day),
        }
    }
}

/// What the contact table shows of one contact, made safe for the terminal: a list keeps these
/// few strings per contact, not the contacts themselves.
pub struct TableRow {
    id: u64,
    name: String,
    kind: crate::domain::Kind,
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
            kind: row.facts.kind,
            last: Last::of(today, row.facts.last_contacted),
            name: safe(row.name),
            company: safe(row.company),
        }
    }

    pub fn of(c: &Contact, last: Option<NaiveDateTime>, today: NaiveDate) -> TableRow {
        TableRow {
            id: c.id.0,
            name: line(&c.name),
            kind: c.kind,
            company: line(c.company.as_deref().unwrap_or("")),
            last: Last::of(today, last),
        }
    }
}

pub fn contact_table(out: &mut dyn Write, rows: &[TableRow]) -> Result<()> {
    let mut widths = Widths::default();
    rows.iter()
        .for_each(|r| widths.fit(r.id, &r.name, &r.company));
    let mut table = Table::start(out, widths)?;
    rows.iter().try_for_each(|r| table.row(out, r))
}

/// The widths of the contact table's columns, grown to fit each row shown.
#[derive(Default)]
pub struct Widths {
    rows: usize,
    name: usize,
    company: usize,
    id: usize,
}

impl Widths {
    /// Makes room for a row (its strings made safe already).
    fn fit(&mut self, id: u64, name: &str, company: &str) {
        self.rows += 1;
        self.name = self.name.max(terminal_width(name));
        self.company = self.company.max(terminal_width(company));
        self.id = self.id.max(id.to_string().len());
    }

    /// Makes room for a row as the name index holds it.
    pub fn fit_listed(&mut self, id: u64, name: &str, company: &str) {
        use crate::domain::text::display_line;
        self.fit(id, &display_line(name), &display_line(company));
    }
}

/// The contact table being written: its heading first, then one row at a time.
pub struct Table {
    name_w: usize,
    company_w: usize,
    id_w: usize,
    /// Thousands of rows share a few dozen "N days ago": each is put in words once.
    lasts: std::collections::HashMap<Last, String>,
    /// And a few kinds.
    kinds: std::collections::HashMap<crate::domain::Kind, String>,
}

impl Table {
    /// Writes the heading (or, for no rows, that there are no contacts).
    pub fn start(out: &mut dyn Write, widths: Widths) -> Result<Table> {
        let (id, name, company) = (
            say!("cli-table-id"),
            say!("cli-table-name"),
            say!("cli-table-company"),
        );
        // Each column is at least as wide as its heading.
        let fit = |widest: usize, heading: &str, max: usize| {
            let min = terminal_width(heading);
            widest.clamp(min, max.max(min))
        };
        let table = Table {
            name_w: fit(widths.name, &name, 40),
            company_w: fit(widths.company, &company, 30),
            id_w: fit(widths.id, &id, usize::MAX),
            lasts: std::collections::HashMap::new(),
            kinds: std::collections::HashMap::new(),
        };
        if widths.rows == 0 {
            writeln!(out, "{}", say!("cli-no-contacts"))?;
            return Ok(table);
        }
        writeln!(
            out,
            "{}  {}  {}  {}  {}",
            cell_right(&id, table.id_w),
            cell(&name, table.name_w),
            cell(&say!("cli-table-kind"), 8),
            cell(&company, table.company_w),
            say!("cli-table-last-contact")
        )?;
        Ok(table)
    }

    pub fn row(&mut self, out: &mut dyn Write, r: &TableRow) -> Result<()> {
        let last = self.lasts.entry(r.last).or_insert_with(|| r.last.said());
        let kind = self.kinds.entry(r.kind).or_insert_with(|| r.kind.said());
        writeln!(
            out,
            "{:>id_w$}  {}  {}  {}  {last}",
            r.id,
            cell(&r.name, self.name_w),
            cell(kind, 8),
            cell(&r.company, self.company_w),
            id_w = self.id_w,
        )
    }
}

/// `text` right-aligned in `width` columns of the terminal.
fn cell_right(text: &str, width: usize) -> String {
    let pad = width.saturating_sub(terminal_width(text));
    format!("{}{text}", " ".repeat(pad))
}
