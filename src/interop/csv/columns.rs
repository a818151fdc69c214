//! The columns kith reads, by the names Google Contacts, Outlook and Thunderbird give them,
//! and the dates they write.

use crate::domain::PartialDate;

/// Outlook's phone columns (Thunderbird's are read as these) and the label each gives.
pub(super) const OUTLOOK_PHONES: [(&str, &str); 14] = [
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
pub(super) const KNOWN: [&str; 30] = [
    "Name Prefix",
    "Name Suffix",
    "Suffix",
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
pub(super) fn date(value: &str) -> Option<PartialDate> {
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

pub(super) fn numbered(header: &str) -> Option<(&str, usize, &str)> {
    // "E-mail 1 - Value", "Phone 2 - Label", "E-mail 1 - Type"
    let (left, field) = header.split_once(" - ")?;
    let (kind, n) = left.rsplit_once(' ')?;
    Some((kind, n.parse().ok()?, field))
}

/// A Google label as kith keeps it: lower case, without the `* ` Google puts on its own
/// ("* Work"); none when empty.
pub(super) fn label(raw: &str) -> Option<String> {
    Some(raw.trim_start_matches("* ").to_lowercase()).filter(|l| !l.is_empty())
}
