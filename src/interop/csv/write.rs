//! Contacts written in Google Contacts' CSV layout.

use super::guard::guard;
use crate::domain::{Contact, NameParts};

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
        // The structured name when the contact has one ("Vidal i Puig" is all family name),
        // else the usual guess, as the vCard writer does.
        let parts = (c.name_parts.clone()).unwrap_or_else(|| NameParts::guess(&c.name));
        let (given, family) = (parts.given.join(" "), parts.family.join(" "));
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
