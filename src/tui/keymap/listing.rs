//! What the keymap in force is said as: the `?` help's sections, the README's key table,
//! `kith keys` and the `[keys]` lines of `kith config show` and `kith config init`.

use super::custom::name_of;
use super::{BROWSE, Binding, EVERYWHERE, Field, WRITING, keymap};
use crate::say;
use crate::tui::state::Focus::{
    self, Confirm, Editor, Form, List, Note, Review, Search, Stats, Timeline,
};

/// Which help section a binding belongs to, from the places it applies.
fn section_of(binding: &Binding) -> Option<String> {
    let within = |set: &[Focus]| binding.focus.iter().all(|f| set.contains(f));
    if binding.focus == EVERYWHERE {
        Some(say!("help-section-everywhere"))
    } else if within(BROWSE) {
        Some(say!("help-section-browse"))
    } else if within(&[Note]) {
        Some(say!("help-section-reading"))
    } else if within(WRITING) {
        Some(say!("help-section-writing"))
    } else if within(&[Confirm]) {
        Some(say!("help-section-questions"))
    } else if within(&[Search]) {
        Some(say!("help-section-search"))
    } else if within(&[Review]) {
        Some(say!("help-section-review"))
    } else if within(&[Stats]) {
        Some(say!("help-section-stats"))
    } else {
        None
    }
}

/// Every binding, grouped by where it applies, for the help overlay.
pub fn help_sections() -> Vec<(String, Vec<(&'static str, &'static str)>)> {
    let mut sections: Vec<(String, Vec<(&'static str, &'static str)>)> = Vec::new();
    // A choice field says its own keys under it ("Space or ←/→ to change").
    for binding in (keymap().iter()).filter(|b| b.field == Field::Any && !b.label.is_empty()) {
        let Some(title) = section_of(binding) else {
            continue;
        };
        let row = (binding.label.as_str(), binding.what.as_str());
        match sections.iter_mut().find(|(t, _)| *t == title) {
            Some((_, rows)) => rows.push(row),
            None => sections.push((title, vec![row])),
        }
    }
    sections
}

/// The README's key table: every binding, by section, with every key shown.
pub fn markdown_table() -> String {
    let mut out = format!(
        "| {} | {} | {} |\n|---|---|---|\n",
        say!("key-table-where"),
        say!("key-table-keys"),
        say!("key-table-what")
    );
    let mut last = String::new();
    for binding in keymap().iter() {
        let section = section_of(binding).unwrap_or_else(|| say!("help-section-help"));
        let keys: Vec<String> = binding.names.iter().map(|k| format!("`{k}`")).collect();
        // A binding narrower than its section says where it works.
        let only = match binding.focus {
            [List] => say!("key-only-list"),
            [Timeline] => say!("key-only-timeline"),
            [Editor] => say!("key-only-editor"),
            [Form] => say!("key-only-forms"),
            _ if binding.field == Field::Choice => say!("key-only-choice"),
            _ => String::new(),
        };
        let only = if only.is_empty() {
            only
        } else {
            format!(" {only}")
        };
        let shown = if section == last {
            ""
        } else {
            section.as_str()
        };
        out.push_str(&format!(
            "| {} | {} | {}{only} |\n",
            shown.to_lowercase(),
            keys.join(", "),
            binding.what
        ));
        last = section;
    }
    out
}

/// One line of `kith keys`: where the binding works, its name in the config, its keys as
/// written there, and what it does.
pub struct KeyLine {
    pub section: String,
    pub name: String,
    pub keys: String,
    pub what: &'static str,
}

/// Every binding in force, in the table's order.
pub fn key_lines() -> Vec<KeyLine> {
    keymap()
        .iter()
        .map(|b| KeyLine {
            section: section_of(b).unwrap_or_else(|| say!("help-section-help")),
            name: name_of(b),
            keys: b.spec(),
            what: b.what.as_str(),
        })
        .collect()
}

/// Every binding in force as a `[keys]` line (`browse.down = "j ↓"  # next`), each line
/// commented out when `commented`.
pub fn toml_lines(commented: bool) -> String {
    toml_lines_of(keymap(), commented)
}

/// As [`toml_lines`], for the bindings given.
pub fn toml_lines_of(bindings: &[Binding], commented: bool) -> String {
    let mut out = String::new();
    for b in bindings {
        let value = toml::Value::String(b.spec());
        let hash = if commented { "# " } else { "" };
        out.push_str(&format!("{hash}{} = {value}  # {}\n", name_of(b), b.what));
    }
    out
}
