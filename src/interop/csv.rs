//! Contacts in CSV, as Google Contacts and Outlook write it (the column mapping is in the
//! README). Columns kith does not know are reported once per file, not dropped silently.
//!
//! A cell a spreadsheet would run as a formula is written with a `'` in front, as OWASP
//! advises (see [`guard`]); reading takes the guard off again, so kith's own CSV reads back
//! exactly as it was written.

use super::vcard::{Card, kept_property};
use crate::domain::{Contact, Labeled, Occasion, PartialDate};
use calcard::vcard::VCardProperty;
use chrono::NaiveDateTime;
use std::collections::BTreeSet;

/// Cards read from a CSV file, and the non-empty columns no field takes.
#[derive(Debug, Default)]
pub struct CsvRead {
    pub cards: Vec<Card>,
    pub unknown_columns: BTreeSet<String>,
}

/// Outlook's phone columns (Thunderbird's are read as these) and the label each gives.
const OUTLOOK_PHONES: [(&str, &str); 14] = [
    ("Mobile Phone", "mobile"),
    ("Home Phone", "home"),
    ("Home Phone 2", "home"),
    ("Business Phone", "work"),
    ("Business Phone 2", "work"),
    ("Primary Phone", "main"),
    ("Company Main Phone", "work"),
    ("Other Phone", "other"),
    ("Car Phone", "car"),
    ("Business Fax", "fax"),
    ("Home Fax", "fax"),
    ("Other Fax", "fax"),
    ("Pager", "pager"),
    ("Assistant's Phone", "assistant"),
];

/// Columns read into contact fields (other than the numbered Google ones).
const KNOWN: [&str; 27] = [
    "Birth Year",
    "Birth Month",
    "Birth Day",
    "Name",
    "File As",
    "First Name",
    "Given Name",
    "Middle Name",
    "Additional Name",
    "Last Name",
    "Family Name",
    "Nickname",
    "Organization Name",
    "Organization 1 - Name",
    "Company",
    "Organization Title",
    "Organization 1 - Title",
    "Job Title",
    "Birthday",
    "Anniversary",
    "Notes",
    "Labels",
    "Group Membership",
    "Categories",
    "E-mail Address",
    "E-mail 2 Address",
    "E-mail 3 Address",
];

/// A date as Google (`1984-05-14`, `--05-14`) or Outlook (`5/14/1984`, `0/0/00` for none) writes it.
fn date(value: &str) -> Option<PartialDate> {
    let v = value.trim();
    if v.is_empty() || v.starts_with("0/0/") {
        return None;
    }
    if let Ok(d) = PartialDate::parse(v) {
        return Some(d);
    }
    let parts: Vec<&str> = v.split('/').collect();
    if let [m, d, y] = parts.as_slice() {
        let year: i32 = y.trim().parse().ok()?;
        let year = if y.trim().len() == 2 {
            1900 + year + if year < 40 { 100 } else { 0 }
        } else {
            year
        };
        let (m, d): (u8, u8) = (m.trim().parse().ok()?, d.trim().parse().ok()?);
        // US Outlook writes month first; European locales day first, which shows when the
        // first number cannot be a month.
        let (m, d) = if m > 12 && d <= 12 { (d, m) } else { (m, d) };
        return PartialDate::new(Some(year), m, d).ok();
    }
    None
}

fn numbered(header: &str) -> Option<(&str, usize, &str)> {
    // "E-mail 1 - Value", "Phone 2 - Label", "E-mail 1 - Type"
    let (left, field) = header.split_once(" - ")?;
    let (kind, n) = left.rsplit_once(' ')?;
    Some((kind, n.parse().ok()?, field))
}

/// Whether a spreadsheet would take `cell` as a formula: it starts (after any spaces) with
/// `=`, `+`, `-` or `@`, or with a tab or a carriage return (OWASP's list). A cell of digits,
/// spaces and `+ - ( ) . , /` alone (a phone number such as `+34 600 000 000`, an amount, a
/// date such as `--05-14`) is not guarded: at worst a spreadsheet does sums with its digits,
/// and it can neither call a function nor name another cell.
fn is_formula(cell: &str) -> bool {
    let rest = cell.trim_start_matches(' ');
    match rest.chars().next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => !is_plain_number(rest),
        _ => false,
    }
}

fn is_plain_number(cell: &str) -> bool {
    cell.chars().any(|c| c.is_ascii_digit())
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().,/".contains(c))
}

/// Whether `cell` is written with a guard: a formula, or a cell that would read as a guarded
/// one (`'=x`), so that taking one `'` off on reading always gives the cell back.
fn needs_guard(cell: &str) -> bool {
    is_formula(cell) || cell.strip_prefix('\'').is_some_and(needs_guard)
}

/// The cell as kith writes it: `'` in front of a formula, so a spreadsheet shows it as text.
pub fn guard(cell: &str) -> std::borrow::Cow<'_, str> {
    if needs_guard(cell) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// The cell as it was before [`guard`]; other cells are left as they are.
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => cell,
    }
}

/// Reads a whole CSV file, its delimiter found from the header line; an unreadable row is an
/// error with its line.
pub fn read_csv(text: &str, now: NaiveDateTime) -> Result<CsvRead, String> {
    let text = text.trim_start_matches('\u{feff}');
    read_csv_with(text, super::csv_detect::delimiter(text), now)
}

/// Reads a whole CSV file with the given delimiter.
pub fn read_csv_with(text: &str, delimiter: u8, now: NaiveDateTime) -> Result<CsvRead, String> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| format!("the header row does not read: {e}"))?
        .iter()
        .map(|h| super::csv_detect::canonical(h.trim().trim_start_matches('\u{feff}')).to_string())
        .collect();
    // A row is someone if it has a name, an email or a phone: files with only emails are real.
    if !headers.iter().any(|h| {
        [
            "Name",
            "First Name",
            "Given Name",
            "Last Name",
            "Family Name",
            "File As",
            "Company",
            "Organization Name",
            "E-mail Address",
        ]
        .contains(&h.as_str())
            || OUTLOOK_PHONES.iter().any(|(p, _)| p == h)
            || numbered(h).is_some_and(|(kind, _, _)| matches!(kind, "E-mail" | "Phone"))
    }) {
        return Err(
            "no name, email or phone column: kith reads the CSV that Google Contacts, Outlook and Thunderbird export".into(),
        );
    }
    let mut read = CsvRead::default();
    for (row, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            format!(
                "line {}: {e}",
                e.position().map_or(row + 2, |p| p.line() as usize)
            )
        })?;
        let record: Vec<&str> = record.iter().map(unguard).collect();
        let get = |name: &str| {
            headers
                .iter()
                .position(|h| h == name)
                .and_then(|i| record.get(i).copied())
                .map(str::trim)
                .filter(|v| !v.is_empty())
        };
        let mut c = Contact::new("", now);
        let joined = [
            get("First Name").or(get("Given Name")),
            get("Middle Name").or(get("Additional Name")),
            get("Last Name").or(get("Family Name")),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        c.name = get("Name")
            .map(str::to_string)
            .filter(|n| !n.is_empty())
            .unwrap_or(joined);
        if c.name.is_empty() {
            c.name = get("File As").or(get("Nickname")).unwrap_or("").to_string();
        }
        c.company = get("Organization Name")
            .or(get("Organization 1 - Name"))
            .or(get("Company"))
            .map(str::to_string);
        c.title = get("Organization Title")
            .or(get("Organization 1 - Title"))
            .or(get("Job Title"))
            .map(str::to_string);
        let mut notes = Vec::new();
        // A date that does not read is kept as a vCard would keep it, not dropped.
        let mut unreadable = |column: &str, property: VCardProperty| {
            let value = get(column)?;
            let read = date(value);
            if read.is_none() && !value.starts_with("0/0/") {
                notes.push(format!(
                    "a {} kith could not read was kept as it was",
                    column.to_lowercase()
                ));
                c.vcard_extra.push(kept_property(property, value));
            }
            read
        };
        c.birthday = unreadable("Birthday", VCardProperty::Bday);
        // Thunderbird gives the birthday in three columns, the year may be empty.
        if c.birthday.is_none()
            && let (Some(m), Some(d)) = (
                get("Birth Month").and_then(|m| m.parse().ok()),
                get("Birth Day").and_then(|d| d.parse().ok()),
            )
        {
            let year = get("Birth Year").and_then(|y| y.parse().ok());
            c.birthday = PartialDate::new(year, m, d).ok();
        }
        if let Some(d) = unreadable("Anniversary", VCardProperty::Anniversary) {
            c.occasions.push(Occasion {
                label: "anniversary".into(),
                date: d,
            });
        }
        c.profile = get("Notes").unwrap_or("").to_string();
        for labels in [get("Labels"), get("Group Membership")]
            .into_iter()
            .flatten()
        {
            c.tags.extend(
                labels
                    .split(":::")
                    .map(str::trim)
                    // Google's own groups ("* myContacts", "* starred") are not the owner's tags.
                    .filter(|l| !l.is_empty() && !l.starts_with('*'))
                    .map(str::to_string),
            );
        }
        if let Some(cats) = get("Categories") {
            c.tags.extend(
                cats.split([';', ','])
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_string),
            );
        }
        for column in ["E-mail Address", "E-mail 2 Address", "E-mail 3 Address"] {
            if let Some(v) = get(column) {
                c.emails.push(Labeled {
                    value: v.to_string(),
                    label: None,
                    ..Labeled::default()
                });
            }
        }
        for (column, label) in OUTLOOK_PHONES {
            if let Some(v) = get(column) {
                c.phones.push(Labeled {
                    value: v.to_string(),
                    label: Some(label.into()),
                    ..Labeled::default()
                });
            }
        }
        // Google's numbered columns: "E-mail 1 - Value" with "E-mail 1 - Label" (or "Type").
        for (i, header) in headers.iter().enumerate() {
            let Some((kind, n, field)) = numbered(header) else {
                if !KNOWN.contains(&header.as_str())
                    && !OUTLOOK_PHONES.iter().any(|(h, _)| h == header)
                    && record.get(i).is_some_and(|v| !v.trim().is_empty())
                {
                    read.unknown_columns.insert(header.clone());
                }
                continue;
            };
            if field != "Value" {
                if !matches!(field, "Label" | "Type")
                    && record.get(i).is_some_and(|v| !v.trim().is_empty())
                    && !matches!(kind, "Organization")
                {
                    read.unknown_columns.insert(header.clone());
                }
                continue;
            }
            let Some(value) = record.get(i).map(|v| v.trim()).filter(|v| !v.is_empty()) else {
                continue;
            };
            let label = get(&format!("{kind} {n} - Label"))
                .or(get(&format!("{kind} {n} - Type")))
                .map(|l| l.trim_start_matches("* ").to_lowercase())
                .filter(|l| !l.is_empty());
            let list = match kind {
                "E-mail" => &mut c.emails,
                "Phone" => &mut c.phones,
                _ => {
                    read.unknown_columns.insert(header.clone());
                    continue;
                }
            };
            // Google puts several values in one cell, separated by " ::: ".
            for v in value.split(":::").map(str::trim).filter(|v| !v.is_empty()) {
                list.push(Labeled {
                    value: v.to_string(),
                    label: label.clone(),
                    ..Labeled::default()
                });
            }
        }
        if c.name.trim().is_empty() {
            let named = [
                (c.company.clone(), "organisation"),
                (c.emails.first().map(|e| e.value.clone()), "email"),
                (c.phones.first().map(|p| p.value.clone()), "phone"),
            ]
            .into_iter()
            .find_map(|(v, from)| v.map(|v| (v, from)));
            if let Some((name, from)) = named {
                notes.push(format!(
                    "the row at line {} has no name: named after its {from}",
                    row + 2
                ));
                c.name = name;
            }
        }
        if c.name.trim().is_empty() {
            continue; // an empty row
        }
        read.cards.push(Card {
            contact: c,
            uid: None,
            notes,
            // The header is line 1.
            line: row + 2,
        });
    }
    Ok(read)
}

/// Google Contacts' CSV layout: as many email and phone columns as the contact with the most
/// of them needs (at least one of each). An export streams its rows: a first walk over the
/// contacts [`fit`](CsvLayout::fit)s the layout, a second writes them.
#[derive(Debug, Clone, Copy)]
pub struct CsvLayout {
    emails: usize,
    phones: usize,
}

impl Default for CsvLayout {
    fn default() -> Self {
        CsvLayout {
            emails: 1,
            phones: 1,
        }
    }
}

impl CsvLayout {
    /// Widens the layout to hold `c`.
    pub fn fit(&mut self, c: &Contact) {
        self.emails = self.emails.max(c.emails.len());
        self.phones = self.phones.max(c.phones.len());
    }

    pub fn header(&self) -> Vec<String> {
        let mut header: Vec<String> = [
            "Name",
            "Given Name",
            "Family Name",
            "Birthday",
            "Notes",
            "Group Membership",
        ]
        .map(String::from)
        .to_vec();
        for n in 1..=self.emails {
            header.extend([format!("E-mail {n} - Type"), format!("E-mail {n} - Value")]);
        }
        for n in 1..=self.phones {
            header.extend([format!("Phone {n} - Type"), format!("Phone {n} - Value")]);
        }
        header.extend(["Organization 1 - Name", "Organization 1 - Title"].map(String::from));
        header
    }

    /// One contact's row, every cell guarded against spreadsheet formulas.
    pub fn row(&self, c: &Contact) -> Vec<String> {
        let (given, family) = match c.name.rsplit_once(' ') {
            Some((g, f)) => (g.to_string(), f.to_string()),
            None => (c.name.clone(), String::new()),
        };
        let mut row = vec![
            c.name.clone(),
            given,
            family,
            c.birthday.map(|b| b.to_string()).unwrap_or_default(),
            c.profile.clone(),
            // Google marks only its own groups with "* " ("* myContacts"); the owner's are bare.
            c.tags.join(" ::: "),
        ];
        for (slots, items) in [(self.emails, &c.emails), (self.phones, &c.phones)] {
            for n in 0..slots {
                match items.get(n) {
                    Some(l) => row.extend([
                        l.label
                            .clone()
                            .map(|x| format!("* {x}"))
                            .unwrap_or_default(),
                        l.value.clone(),
                    ]),
                    None => row.extend([String::new(), String::new()]),
                }
            }
        }
        row.extend([
            c.company.clone().unwrap_or_default(),
            c.title.clone().unwrap_or_default(),
        ]);
        row.iter().map(|cell| guard(cell).into_owned()).collect()
    }
}

/// Contacts in Google Contacts' CSV layout.
pub fn write_csv(contacts: &[Contact]) -> Result<String, String> {
    let mut layout = CsvLayout::default();
    for c in contacts {
        layout.fit(c);
    }
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(layout.header())
        .map_err(|e| e.to_string())?;
    for c in contacts {
        writer
            .write_record(layout.row(c))
            .map_err(|e| e.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_guarded_and_phone_numbers_are_not() {
        for formula in [
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1",
            "  =1+1",
            "-A1",
            "+",
            "'=1+1",
            "''@x",
        ] {
            let guarded = guard(formula);
            assert_eq!(guarded, format!("'{formula}"), "{formula:?}");
            assert_eq!(unguard(&guarded), formula, "{formula:?}");
        }
        for plain in [
            "+34 600 000 000",
            "+1 (555) 010-0100",
            "-12.50",
            "--05-14",
            "1984-05-14",
            "Núria Puig",
            "'quoted",
            "it's = fine",
            "",
            "* wholesale",
        ] {
            assert_eq!(guard(plain), plain, "{plain:?}");
            assert_eq!(unguard(plain), plain, "{plain:?}");
        }
    }

    #[test]
    fn every_cell_reads_back_as_it_was() {
        let pieces = ["=", "+", "-", "@", "'", "\t", "\r", " ", "1", "a", "'="];
        let mut cells = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = cells
                .iter()
                .flat_map(|c| pieces.iter().map(move |p| format!("{c}{p}")))
                .collect();
            cells.extend(longer);
        }
        for cell in &cells {
            assert_eq!(unguard(&guard(cell)), cell, "{cell:?}");
            assert!(!is_formula(&guard(cell)), "{cell:?} is still a formula");
        }
    }
}
