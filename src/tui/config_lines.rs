//! What is said about a line of the config's `[keys]` or `[theme]` section that cannot be used:
//! the line and why, with the name nearest to a misspelled one; and the config's names of the
//! keymap's actions and the theme's roles (their variants in kebab-case).

use crate::config::Value;

/// A line of a section that was not used, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

/// A variant's name in the config: `NewNote` → `new-note` (what follows a name, such as a
/// variant's fields, is left out).
pub fn kebab(variant: &str) -> String {
    let mut name = String::new();
    for (i, c) in variant
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .enumerate()
    {
        if c.is_uppercase() && i > 0 {
            name.push('-');
        }
        name.extend(c.to_lowercase());
    }
    name
}

/// A value as the config wrote it, to quote it back.
pub fn shown(value: &Value) -> String {
    match value {
        Value::Text(text) => text.clone(),
        Value::Number(n) => n.to_string(),
        Value::Other(kind) => kind.to_string(),
    }
}

/// The name among `names` nearest to a misspelled `word`, if one is near enough to be meant.
pub fn nearest<'a>(word: &str, names: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    let limit = (word.chars().count() / 3).max(2);
    names
        .map(|name| (crate::text::distance::edit_distance(&word, name), name))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_near_name_is_suggested_and_a_far_one_is_not() {
        let names = ["new-note", "new-followup", "quit"];
        assert_eq!(nearest("new-nte", names.into_iter()), Some("new-note"));
        assert_eq!(nearest("Quitt", names.into_iter()), Some("quit"));
        assert_eq!(nearest("banana", names.into_iter()), None);
    }
}
