//! Postal addresses in CSV columns, kept as vCard `ADR` properties: Outlook's "Business Street",
//! "Business City"…, Thunderbird's "Work Address", "Work ZipCode"…, and Google's numbered
//! "Address 1 - Street" columns. kith does not model addresses; kept this way they come back in
//! every vCard export and are not reported as columns kith dropped.

use super::columns::{label, numbered};
use crate::interop::vcard::kept::verbatim;
use calcard::vcard::{VCardEntry, VCardParameter, VCardProperty, VCardValue};

/// The columns of one address, in the order of `ADR`'s parts (after the street lines).
struct Columns {
    /// The vCard TYPE it gets (`work`, `home`, or none).
    kind: Option<&'static str>,
    pobox: &'static str,
    street: &'static [&'static str],
    city: &'static str,
    region: &'static str,
    code: &'static str,
    country: &'static str,
}

/// The named address columns of Outlook and Thunderbird.
const NAMED: [Columns; 5] = [
    Columns {
        kind: Some("work"),
        pobox: "Business PO Box",
        street: &["Business Street", "Business Street 2", "Business Street 3"],
        city: "Business City",
        region: "Business State",
        code: "Business Postal Code",
        country: "Business Country/Region",
    },
    Columns {
        kind: Some("home"),
        pobox: "Home PO Box",
        street: &["Home Street", "Home Street 2", "Home Street 3"],
        city: "Home City",
        region: "Home State",
        code: "Home Postal Code",
        country: "Home Country/Region",
    },
    Columns {
        kind: None,
        pobox: "Other PO Box",
        street: &["Other Street", "Other Street 2", "Other Street 3"],
        city: "Other City",
        region: "Other State",
        code: "Other Postal Code",
        country: "Other Country/Region",
    },
    // Thunderbird's; its "Home City" and "Home State" are Outlook's names too.
    Columns {
        kind: Some("home"),
        pobox: "",
        street: &["Home Address", "Home Address 2"],
        city: "Home City",
        region: "Home State",
        code: "Home ZipCode",
        country: "Home Country",
    },
    Columns {
        kind: Some("work"),
        pobox: "",
        street: &["Work Address", "Work Address 2"],
        city: "Work City",
        region: "Work State",
        code: "Work ZipCode",
        country: "Work Country",
    },
];

/// Where Outlook's and Thunderbird's home addresses are in [`NAMED`].
const OUTLOOK_HOME: usize = 1;
const THUNDERBIRD_HOME: usize = 3;

/// Google's numbered address fields ("Address 1 - Street") and the `ADR` part each fills.
const GOOGLE_FIELDS: [&str; 8] = [
    "PO Box",
    "Extended Address",
    "Street",
    "City",
    "Region",
    "Postal Code",
    "Country",
    "Formatted",
];

/// Whether a column is part of an address kith keeps.
pub fn is_address_column(header: &str) -> bool {
    NAMED.iter().any(|c| {
        [c.pobox, c.city, c.region, c.code, c.country].contains(&header)
            || c.street.contains(&header)
    }) || numbered(header).is_some_and(|(kind, _, field)| {
        kind == "Address" && (GOOGLE_FIELDS.contains(&field) || matches!(field, "Type" | "Label"))
    })
}

/// One `ADR` line from its parts; none when every part is empty.
fn adr(kind: Option<&str>, parts: [Vec<&str>; 7]) -> Option<String> {
    if parts.iter().all(Vec::is_empty) {
        return None;
    }
    let values = parts
        .into_iter()
        .map(|lines| match lines.as_slice() {
            [one] => VCardValue::Text(one.to_string()),
            _ => VCardValue::Component(lines.iter().map(|l| l.to_string()).collect()),
        })
        .collect();
    let mut entry = VCardEntry::new(VCardProperty::Adr).with_values(values);
    if let Some(kind) = kind {
        entry = entry.with_param(VCardParameter::typ(kind.to_string()));
    }
    Some(verbatim(&entry))
}

/// The addresses in one row of a file with `headers`, as `ADR` lines; `get` gives a column's
/// non-empty value.
pub fn addresses<'a>(headers: &[String], get: &dyn Fn(&str) -> Option<&'a str>) -> Vec<String> {
    let one = |h: &str| -> Vec<&'a str> {
        if h.is_empty() {
            Vec::new()
        } else {
            get(h).into_iter().collect()
        }
    };
    // Outlook's and Thunderbird's home addresses share "Home City" and "Home State": the row's
    // other home columns say whose it is.
    let thunderbird_home = [
        "Home Address",
        "Home Address 2",
        "Home ZipCode",
        "Home Country",
    ]
    .iter()
    .any(|h| get(h).is_some());
    let mut found: Vec<String> = Vec::new();
    for (i, c) in NAMED.iter().enumerate() {
        if (i == OUTLOOK_HOME && thunderbird_home) || (i == THUNDERBIRD_HOME && !thunderbird_home) {
            continue;
        }
        let street: Vec<&str> = c.street.iter().filter_map(|h| get(h)).collect();
        let parts = [
            one(c.pobox),
            Vec::new(),
            street,
            one(c.city),
            one(c.region),
            one(c.code),
            one(c.country),
        ];
        found.extend(adr(c.kind, parts));
    }
    // Google's numbered addresses, every number the file has: a row may leave the first empty
    // and fill the second.
    let mut numbers: Vec<usize> = (headers.iter())
        .filter_map(|h| numbered(h).filter(|(kind, _, _)| *kind == "Address"))
        .map(|(_, n, _)| n)
        .collect();
    numbers.sort_unstable();
    numbers.dedup();
    for n in numbers {
        let field = |f: &str| get(&format!("Address {n} - {f}"));
        // Older exports name the kind of address "Type", newer ones "Label".
        let kind = field("Type").or(field("Label"));
        let mut parts: [Vec<&str>; 7] = Default::default();
        for (i, f) in GOOGLE_FIELDS[..7].iter().enumerate() {
            parts[i].extend(field(f));
        }
        // Only a formatted address: it goes in the street, lines and all.
        if parts.iter().all(Vec::is_empty) {
            parts[2].extend(field("Formatted"));
        }
        found.extend(adr(kind.and_then(label).as_deref(), parts));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The addresses of a file whose header row is the cells' columns, and one row of them.
    fn addresses_of(cells: &[(&str, &str)]) -> Vec<String> {
        let headers: Vec<String> = cells.iter().map(|(h, _)| h.to_string()).collect();
        let get = |h: &str| {
            cells
                .iter()
                .find(|(k, v)| *k == h && !v.is_empty())
                .map(|(_, v)| *v)
        };
        addresses(&headers, &get)
    }

    #[test]
    fn outlook_thunderbird_and_google_addresses_become_adr_lines() {
        let outlook = addresses_of(&[
            ("Business Street", "Carrer Major, 12"),
            ("Business Street 2", "Baixos"),
            ("Business City", "Reus"),
            ("Business Postal Code", "43201"),
        ]);
        assert_eq!(
            outlook,
            ["ADR;TYPE=work:;;Carrer Major\\, 12,Baixos;Reus;;43201;"]
        );
        let thunderbird = addresses_of(&[("Home City", "জয়পুর"), ("Home Country", "ভারত")]);
        assert_eq!(
            thunderbird,
            ["ADR;TYPE=home:;;;জয়পুর;;;ভারত"],
            "one address, though two layouts name a home city"
        );
        let google = addresses_of(&[
            ("Address 1 - Type", "Work"),
            ("Address 1 - Formatted", "5 Lake Road\nKolkata"),
            ("Address 2 - Formatted", "12 College Street"),
        ]);
        assert_eq!(
            google,
            [
                "ADR;TYPE=work:;;5 Lake Road\\nKolkata;;;;",
                "ADR:;;12 College Street;;;;"
            ]
        );
        assert!(addresses_of(&[("Notes", "x")]).is_empty());
        // The first address empty in this row, the second filled: the second is kept.
        let second = addresses_of(&[
            ("Address 1 - Formatted", ""),
            ("Address 2 - Type", "Home"),
            ("Address 2 - City", "Vic"),
        ]);
        assert_eq!(second, ["ADR;TYPE=home:;;;Vic;;;"]);
    }

    #[test]
    fn address_columns_are_known() {
        for h in [
            "Business Street 3",
            "Home ZipCode",
            "Address 3 - Region",
            "Address 1 - Type",
        ] {
            assert!(is_address_column(h), "{h}");
        }
        for h in ["Address", "Address x - City", "Department"] {
            assert!(!is_address_column(h), "{h}");
        }
    }
}
