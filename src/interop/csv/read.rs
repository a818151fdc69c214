//! Reading a CSV file's rows into cards: names, organisation, dates, labels and categories,
//! Outlook's fixed columns and Google's numbered ones.

use super::CsvRead;
use super::columns::{KNOWN, OUTLOOK_PHONES, date, label, numbered};
use super::guard::unguard;
use super::{address, detect, localized};
use crate::domain::{Contact, Labeled, NameParts, Occasion, PartialDate};
use crate::interop::notes::{CardNote, NamedFrom};
use crate::interop::vcard::{Card, kept_property};
use calcard::vcard::VCardProperty;
use chrono::NaiveDateTime;
use std::collections::BTreeSet;

/// Reads a whole CSV file, its delimiter found from the header line; an unreadable row is an
/// error with its line.
pub fn read_csv(text: &str, now: NaiveDateTime) -> Result<CsvRead, String> {
    let text = text.trim_start_matches('\u{feff}');
    read_csv_with(text, detect::delimiter(text), now)
}

/// Reads a whole CSV file with the given delimiter.
fn read_csv_with(text: &str, delimiter: u8, now: NaiveDateTime) -> Result<CsvRead, String> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let written: Vec<String> = reader
        .headers()
        .map_err(|e| crate::say!("csv-header-unreadable", error = e.to_string()))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    let (english, headings_in) = localized::in_english(&written);
    let headers: Vec<String> = english
        .iter()
        .map(|h| detect::canonical(h).to_string())
        .collect();
    if !headers.iter().any(|h| names_someone(h)) {
        return Err(crate::say!("csv-no-name-column"));
    }
    let mut read = CsvRead {
        cards: Vec::new(),
        unknown_columns: BTreeSet::new(),
        delimiter,
        headings_in,
    };
    for (row, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            crate::say!(
                "csv-line-unreadable",
                line = e.position().map_or(row + 2, |p| p.line() as usize),
                error = e.to_string()
            )
        })?;
        let record: Vec<&str> = record.iter().map(unguard).collect();
        let row = Row {
            headers: &headers,
            record: &record,
            // The header is line 1.
            line: row + 2,
        };
        if let Some(card) = row.card(now, &mut read.unknown_columns) {
            read.cards.push(card);
        }
    }
    Ok(read)
}

/// Whether a column says who a row is: a name, an email or a phone (files with only emails
/// are real).
fn names_someone(header: &str) -> bool {
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
    .contains(&header)
        || OUTLOOK_PHONES.iter().any(|(p, _)| *p == header)
        || numbered(header).is_some_and(|(kind, _, _)| matches!(kind, "E-mail" | "Phone"))
}

/// One row of the file, its cells unguarded.
struct Row<'a> {
    headers: &'a [String],
    record: &'a [&'a str],
    line: usize,
}

impl Row<'_> {
    /// The trimmed cell of the column `name`, if the file has it and it is not empty.
    fn get(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .position(|h| h == name)
            .and_then(|i| self.record.get(i).copied())
            .map(str::trim)
            .filter(|v| !v.is_empty())
    }

    /// The row's card; `None` for an empty row. Columns with a value that no field takes are
    /// added to `unknown`.
    fn card(&self, now: NaiveDateTime, unknown: &mut BTreeSet<String>) -> Option<Card> {
        let mut c = Contact::new(self.name(), now);
        c.name_parts = self.name_parts();
        c.company = self
            .get("Organization Name")
            .or(self.get("Organization 1 - Name"))
            .or(self.get("Company"))
            .map(str::to_string);
        c.title = self
            .get("Organization Title")
            .or(self.get("Organization 1 - Title"))
            .or(self.get("Job Title"))
            .map(str::to_string);
        let mut notes = Vec::new();
        self.dates(&mut c, &mut notes);
        c.profile = self.get("Notes").unwrap_or("").to_string();
        self.tags(&mut c);
        self.fixed_columns(&mut c);
        self.numbered_columns(&mut c, unknown);
        c.vcard_extra
            .extend(address::addresses(self.headers, &|column| self.get(column)));
        // A nickname beside a name is kept for the vCard, not lost.
        if let Some(nickname) = self.get("Nickname").filter(|n| *n != c.name) {
            c.vcard_extra
                .push(kept_property(VCardProperty::Nickname, nickname));
        }
        if c.name.trim().is_empty() {
            self.name_the_unnamed(&mut c, &mut notes);
        }
        if c.name.trim().is_empty() {
            return None; // an empty row
        }
        Some(Card {
            contact: c,
            uid: None,
            notes,
            line: self.line,
            file: None,
        })
    }

    /// The structured name, from the columns that hold its parts (a vCard's `N` then keeps
    /// which words are the family name).
    fn name_parts(&self) -> Option<NameParts> {
        let part = |columns: &[&str]| -> Vec<String> {
            columns
                .iter()
                .find_map(|c| self.get(c))
                .map(|v| vec![v.to_string()])
                .unwrap_or_default()
        };
        let parts = NameParts {
            family: part(&["Last Name", "Family Name"]),
            given: part(&["First Name", "Given Name"]),
            additional: part(&["Middle Name", "Additional Name"]),
            prefixes: part(&["Name Prefix"]),
            suffixes: part(&["Name Suffix", "Suffix"]),
        };
        (parts != NameParts::default()).then_some(parts)
    }

    /// The name as written, else the name's parts, else how the contact is filed.
    fn name(&self) -> String {
        let joined = [
            self.get("First Name").or(self.get("Given Name")),
            self.get("Middle Name").or(self.get("Additional Name")),
            self.get("Last Name").or(self.get("Family Name")),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let name = self
            .get("Name")
            .map(str::to_string)
            .filter(|n| !n.is_empty())
            .unwrap_or(joined);
        if name.is_empty() {
            return self
                .get("File As")
                .or(self.get("Nickname"))
                .unwrap_or("")
                .to_string();
        }
        name
    }

    /// The birthday and the anniversary. A date that does not read is kept as a vCard would
    /// keep it, not dropped.
    fn dates(&self, c: &mut Contact, notes: &mut Vec<CardNote>) {
        let mut unreadable = |column: &str, property: VCardProperty| {
            let value = self.get(column)?;
            let read = date(value);
            if read.is_none() && !value.starts_with("0/0/") {
                notes.push(CardNote::UnreadableDate {
                    column: column.to_string(),
                });
                c.vcard_extra.push(kept_property(property, value));
            }
            read
        };
        let birthday = unreadable("Birthday", VCardProperty::Bday);
        let anniversary = unreadable("Anniversary", VCardProperty::Anniversary);
        c.birthday = birthday;
        // Thunderbird gives the birthday in three columns, the year may be empty.
        if c.birthday.is_none() {
            self.birthday_in_parts(c, notes);
        }
        if let Some(d) = anniversary {
            c.occasions.push(Occasion {
                label: "anniversary".into(),
                date: d,
            });
        }
    }

    /// Thunderbird's birthday columns (`Birth Year`, `Birth Month`, `Birth Day`); a day that
    /// does not read is kept as written, with a note, as an unreadable `Birthday` is.
    fn birthday_in_parts(&self, c: &mut Contact, notes: &mut Vec<CardNote>) {
        let (year, month, day) = (
            self.get("Birth Year"),
            self.get("Birth Month"),
            self.get("Birth Day"),
        );
        if month.is_none() && day.is_none() {
            return;
        }
        let read = (month.and_then(|m| m.parse().ok()))
            .zip(day.and_then(|d| d.parse().ok()))
            .and_then(|(m, d)| {
                let y = match year {
                    Some(y) => Some(y.parse().ok()?),
                    None => None,
                };
                PartialDate::new(y, m, d).ok()
            });
        match read {
            Some(date) => c.birthday = Some(date),
            None => {
                notes.push(CardNote::UnreadableDate {
                    column: "Birth Year/Month/Day".to_string(),
                });
                let written = format!(
                    "{}-{}-{}",
                    year.unwrap_or("-"),
                    month.unwrap_or(""),
                    day.unwrap_or("")
                );
                c.vcard_extra
                    .push(kept_property(VCardProperty::Bday, &written));
            }
        }
    }

    /// Google's labels and groups, and Outlook's categories.
    fn tags(&self, c: &mut Contact) {
        for labels in [self.get("Labels"), self.get("Group Membership")]
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
        if let Some(cats) = self.get("Categories") {
            c.tags.extend(
                cats.split([';', ','])
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_string),
            );
        }
    }

    /// Outlook's email and phone columns.
    fn fixed_columns(&self, c: &mut Contact) {
        for column in ["E-mail Address", "E-mail 2 Address", "E-mail 3 Address"] {
            if let Some(v) = self.get(column) {
                c.emails.push(Labeled {
                    value: v.to_string(),
                    label: None,
                    ..Labeled::default()
                });
            }
        }
        for (column, label) in OUTLOOK_PHONES {
            if let Some(v) = self.get(column) {
                c.phones.push(Labeled {
                    value: v.to_string(),
                    label: Some(label.into()),
                    ..Labeled::default()
                });
            }
        }
    }

    /// Google's numbered columns: "E-mail 1 - Value" with "E-mail 1 - Label" (or "Type").
    fn numbered_columns(&self, c: &mut Contact, unknown: &mut BTreeSet<String>) {
        let filled = |i: usize| self.record.get(i).is_some_and(|v| !v.trim().is_empty());
        for (i, header) in self.headers.iter().enumerate() {
            let Some((kind, n, field)) = numbered(header) else {
                if !KNOWN.contains(&header.as_str())
                    && !OUTLOOK_PHONES.iter().any(|(h, _)| h == header)
                    && !address::is_address_column(header)
                    && filled(i)
                {
                    unknown.insert(header.clone());
                }
                continue;
            };
            if field != "Value" {
                if !matches!(field, "Label" | "Type")
                    && filled(i)
                    && !matches!(kind, "Organization")
                    && !address::is_address_column(header)
                {
                    unknown.insert(header.clone());
                }
                continue;
            }
            let Some(value) = self
                .record
                .get(i)
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
            else {
                continue;
            };
            let label = self
                .get(&format!("{kind} {n} - Label"))
                .or(self.get(&format!("{kind} {n} - Type")))
                .and_then(label);
            let list = match kind {
                "E-mail" => &mut c.emails,
                "Phone" => &mut c.phones,
                _ => {
                    unknown.insert(header.clone());
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
    }

    /// A row without a name is named after its organisation, email or phone, and that is said.
    fn name_the_unnamed(&self, c: &mut Contact, notes: &mut Vec<CardNote>) {
        let named = [
            (c.company.clone(), NamedFrom::Organisation),
            (c.emails.first().map(|e| e.value.clone()), NamedFrom::Email),
            (c.phones.first().map(|p| p.value.clone()), NamedFrom::Phone),
        ]
        .into_iter()
        .find_map(|(v, from)| v.map(|v| (v, from)));
        if let Some((name, from)) = named {
            notes.push(CardNote::NamedAfter {
                line: self.line,
                from,
                row: true,
            });
            c.name = name;
        }
    }
}
