//! The sections of the config file whose names the screen knows and the config does not: `[keys]`
//! (action names) and `[theme]` (roles and colours). The config keeps each line as written, with
//! its line number; the screen reads them when it builds its keymap and theme, and reports a
//! name or value it does not know with the file and line, keeping its default for that line.

use toml::de::{DeTable, DeValue};

/// One `name = value` line of a section. A line in a sub-table (`[keys.review]` or the dotted
/// `review.back = …`) is named `review.back`.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub name: String,
    pub value: Value,
    /// Counted from 1, as editors do.
    pub line: usize,
}

/// What a line gives: text, a whole number, or some other kind of TOML value (named).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(i64),
    Other(&'static str),
}

/// The lines of one section, in the file's order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Section {
    pub entries: Vec<Entry>,
}

impl Section {
    /// The text a line named `name` gives, if there is one (the last one wins).
    pub fn text(&self, name: &str) -> Option<(&str, usize)> {
        self.entries
            .iter()
            .rev()
            .find(|e| e.name == name)
            .and_then(|e| match &e.value {
                Value::Text(text) => Some((text.as_str(), e.line)),
                _ => None,
            })
    }
}

/// Accepts any section: what it holds is read, with line numbers, by [`read`].
impl<'de> serde::Deserialize<'de> for Section {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Section, D::Error> {
        serde::de::IgnoredAny::deserialize(d)?;
        Ok(Section::default())
    }
}

/// The lines of the section `name` of a file that parsed, with their line numbers.
pub fn read(text: &str, name: &str) -> Section {
    let Ok(document) = DeTable::parse(text) else {
        return Section::default();
    };
    let mut entries = Vec::new();
    if let Some(section) = document.get_ref().get(name)
        && let DeValue::Table(table) = section.get_ref()
    {
        collect(text, "", table, &mut entries);
    }
    entries.sort_by_key(|e| e.line);
    Section { entries }
}

fn collect(text: &str, prefix: &str, table: &DeTable<'_>, into: &mut Vec<Entry>) {
    for (key, value) in table.iter() {
        let name = format!("{prefix}{}", key.get_ref());
        let line = line_of(text, value.span().start);
        let value = match value.get_ref() {
            DeValue::String(s) => Value::Text(s.to_string()),
            DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) => Value::Number(n),
                Err(_) => Value::Other("integer"),
            },
            DeValue::Table(inner) if prefix.is_empty() => {
                collect(text, &format!("{name}."), inner, into);
                continue;
            }
            other => Value::Other(other.type_str()),
        };
        into.push(Entry { name, value, line });
    }
}

/// The line (from 1) that the byte at `offset` is on.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).unwrap_or(text).matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_their_numbers_and_sub_tables_their_prefix() {
        let text = "[cadence]\ncustomer = 3\n[keys]\nnew-note = \"N\"\nreview.back = \"x\"\n\
                    [keys.help]\ndown = 5\nup = true\n";
        let keys = read(text, "keys");
        let named: Vec<(&str, usize)> = keys
            .entries
            .iter()
            .map(|e| (e.name.as_str(), e.line))
            .collect();
        assert_eq!(
            named,
            [
                ("new-note", 4),
                ("review.back", 5),
                ("help.down", 7),
                ("help.up", 8)
            ]
        );
        assert_eq!(keys.entries[0].value, Value::Text("N".into()));
        assert_eq!(keys.entries[2].value, Value::Number(5));
        assert_eq!(keys.entries[3].value, Value::Other("boolean"));
        assert_eq!(keys.text("new-note"), Some(("N", 4)));
        assert!(read(text, "theme").entries.is_empty());
    }
}
