//! The small values a contact is built from: an email or phone with its label and what an
//! address book said of it, the structured name, and the yearly occasions.

use super::super::{Invalid, PartialDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// An email address or phone number, with an optional label such as "work" or "mobile", and
/// what an address book said of it: every TYPE, its preference, the group that ties it to a
/// label of its own (`item1.TEL` with `item1.X-ABLabel`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Labeled {
    pub value: String,
    pub label: Option<String>,
    /// Every TYPE of the vCard property, lower case (`cell`, `work`, `fax`…), in order.
    pub types: Vec<String>,
    /// Preference, 1 (most preferred) to 100.
    pub pref: Option<u8>,
    /// The vCard property group (`item1`).
    pub group: Option<String>,
    /// The group's own label (`X-ABLabel`), as written.
    pub group_label: Option<String>,
}
impl Labeled {
    /// Reads `value` or `label:value`; a label is letters only, so `+34 600` or `ana@x.com`
    /// are never mistaken for one.
    pub fn parse(input: &str) -> Labeled {
        if let Some((label, value)) = input.split_once(':') {
            let label = label.trim();
            if !label.is_empty()
                && label.chars().all(char::is_alphabetic)
                && !value.trim().is_empty()
            {
                return Labeled {
                    value: value.trim().to_string(),
                    label: Some(label.to_string()),
                    ..Labeled::default()
                };
            }
        }
        Labeled {
            value: input.trim().to_string(),
            ..Labeled::default()
        }
    }

    /// What a person calls this kind of number or address: the group's label when it has one,
    /// else its types in words ("mobile, work"), else the typed label.
    pub fn kind_in_words(&self) -> Option<String> {
        if let Some(l) = &self.group_label {
            // Apple writes its standard labels as `_$!<Mobile>!$_`.
            let l = l.trim_start_matches("_$!<").trim_end_matches(">!$_");
            if !l.trim().is_empty() {
                return Some(l.to_string());
            }
        }
        let words: Vec<&str> = self
            .types
            .iter()
            .filter(|t| !matches!(t.as_str(), "internet" | "voice" | "x400" | "pref"))
            .map(|t| match t.as_str() {
                "cell" => "mobile",
                other => other,
            })
            .collect();
        if words.is_empty() {
            self.label.clone()
        } else {
            Some(words.join(", "))
        }
    }

    /// After an edit that retyped the list as text (`work:ana@x.cat, …`): each item whose value
    /// and label are unchanged gets back the types, preference and group it had.
    pub fn keep_details(edited: &mut [Labeled], before: &[Labeled]) {
        for item in edited.iter_mut() {
            if let Some(old) = before
                .iter()
                .find(|o| o.value == item.value && o.label == item.label)
            {
                item.types = old.types.clone();
                item.pref = old.pref;
                item.group = old.group.clone();
                item.group_label = old.group_label.clone();
            }
        }
    }
}

/// The five parts of a structured name (vCard N), each possibly several words or values.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameParts {
    pub family: Vec<String>,
    pub given: Vec<String>,
    pub additional: Vec<String>,
    pub prefixes: Vec<String>,
    pub suffixes: Vec<String>,
}

impl NameParts {
    /// The parts in reading order: "Dr. Ana Maria Puig Jr.".
    pub fn full_name(&self) -> String {
        [
            &self.prefixes,
            &self.given,
            &self.additional,
            &self.family,
            &self.suffixes,
        ]
        .iter()
        .flat_map(|p| p.iter())
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
    }

    /// Parts for a name typed as one line: the last word is the family name, the rest given
    /// names, as most address books guess.
    pub fn guess(name: &str) -> NameParts {
        let words: Vec<&str> = name.split_whitespace().collect();
        match words.split_last() {
            Some((last, rest)) if !rest.is_empty() => NameParts {
                family: vec![(*last).to_string()],
                given: vec![rest.join(" ")],
                ..NameParts::default()
            },
            _ => NameParts {
                given: vec![name.trim().to_string()],
                ..NameParts::default()
            },
        }
    }
}

impl fmt::Display for Labeled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind_in_words() {
            Some(kind) => write!(f, "{} ({kind})", self.value),
            None => f.write_str(&self.value),
        }
    }
}

/// A dated occasion that recurs yearly: an anniversary, a first purchase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occasion {
    pub label: String,
    pub date: PartialDate,
}

impl Occasion {
    /// Reads `LABEL=DATE`, e.g. `anniversary=2019-06-01`.
    pub fn parse(input: &str) -> Result<Occasion, Invalid> {
        let (label, date) = input
            .split_once('=')
            .ok_or_else(|| Invalid(crate::say!("contact-occasion-unreadable", input = input)))?;
        let label = label.trim();
        if label.is_empty() {
            return Err(Invalid(crate::say!(
                "contact-occasion-no-label",
                input = input
            )));
        }
        Ok(Occasion {
            label: label.to_string(),
            date: PartialDate::parse(date).map_err(|e| {
                Invalid(crate::say!(
                    "contact-occasion-date",
                    label = label,
                    problem = e.to_string()
                ))
            })?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_read_only_when_they_look_like_labels() {
        assert_eq!(
            Labeled::parse("work:ana@forn.cat").label.as_deref(),
            Some("work")
        );
        assert_eq!(Labeled::parse("ana@forn.cat").label, None);
        assert_eq!(Labeled::parse("+34 600 111 222").value, "+34 600 111 222");
        assert_eq!(
            Labeled::parse("mòbil:+34 600").label.as_deref(),
            Some("mòbil")
        );
        assert_eq!(Labeled::parse("tel:").label, None);
    }

    #[test]
    fn numbers_say_what_they_are() {
        let mut l = Labeled::parse("+34 600");
        assert_eq!(l.kind_in_words(), None);
        l.types = vec!["cell".into(), "voice".into(), "work".into()];
        assert_eq!(l.to_string(), "+34 600 (mobile, work)");
        l.group_label = Some("_$!<Mobile>!$_".into());
        assert_eq!(l.kind_in_words().as_deref(), Some("Mobile"));
        l.group_label = Some("Botiga".into());
        assert_eq!(l.to_string(), "+34 600 (Botiga)");
        assert_eq!(Labeled::parse("work:a@b.c").to_string(), "a@b.c (work)");
    }

    #[test]
    fn occasions_parse() {
        let o = Occasion::parse("anniversary=2019-06-01").unwrap();
        assert_eq!(o.label, "anniversary");
        assert!(Occasion::parse("anniversary").is_err());
        assert!(Occasion::parse("=2019-06-01").is_err());
    }
}
