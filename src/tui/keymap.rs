//! Keys → actions, one line per binding. The same table is what the keys do, the status-bar
//! hints, the `?` help and the README's key table (a test compares that one), so what is said
//! about a key is what it does. What a key does is said in words by its message
//! (`say!("key-…")`, in `assets/words/en/screen.ftl`); key names are not words and stay here.
//!
//! A binding's keys are written as they are shown: `j ↓` is shown `j/↓`; keys after `|` work
//! too but are not shown (`g | Home`). Names: a single character, `↓ ↑ ← →`, `Tab`, `S-Tab`,
//! `Enter`, `Esc`, `Space`, `Home`, `End`, `PgUp`, `PgDn`, and `C-` before a key for Ctrl.

use super::action::Action;
use super::state::{Focus, State};
use crate::say;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::sync::LazyLock;

/// Where a binding applies beyond the focus: anywhere in it, or only on a choice field (the
/// channel, the kind of contact, whose turn a follow-up is), where it comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Any,
    Choice,
}

pub struct Binding {
    pub focus: &'static [Focus],
    pub field: Field,
    pub keys: Vec<(KeyCode, KeyModifiers)>,
    /// How the keys are written in hints and help, made from the shown keys.
    pub label: String,
    /// Every key's name, the shown ones first.
    pub names: Vec<&'static str>,
    pub action: Action,
    /// What the key does, in words.
    pub what: String,
    /// Shown in the status bar, not only in help.
    pub hint: bool,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
const HINT: bool = true;
const HELP: bool = false;

use Focus::{Confirm, Editor, Form, Help, List, Note, Review, Search, Timeline};

const BROWSE: &[Focus] = &[List, Timeline];
const EVERYWHERE: &[Focus] = &[
    List, Timeline, Note, Editor, Form, Confirm, Search, Help, Review,
];
const WRITING: &[Focus] = &[Editor, Form];

/// Every binding, in the order hints and help list them.
#[rustfmt::skip]
fn table() -> Vec<Binding> {
    use Action as A;
    vec![
        bind(BROWSE, "j ↓", A::Down, say!("key-next"), HELP),
        bind(BROWSE, "k ↑", A::Up, say!("key-previous"), HELP),
        bind(BROWSE, "g | Home", A::First, say!("key-first"), HELP),
        bind(BROWSE, "G | End", A::Last, say!("key-last"), HELP),
        bind(BROWSE, "PgUp", A::PageUp, say!("key-page-up"), HELP),
        bind(BROWSE, "PgDn", A::PageDown, say!("key-page-down"), HELP),
        bind(BROWSE, "Tab", A::NextPane, say!("key-next-pane"), HELP),
        bind(BROWSE, "S-Tab", A::PrevPane, say!("key-previous-pane"), HELP),
        bind(&[List], "Enter", A::Open, say!("key-open-timeline"), HELP),
        bind(&[Timeline], "Enter", A::Open, say!("key-read-note"), HINT),
        bind(&[Timeline], "Esc", A::Back, say!("key-back-to-contacts"), HELP),
        bind(BROWSE, "n", A::NewNote, say!("key-new-note"), HINT),
        bind(BROWSE, "a", A::AddContact, say!("key-add-contact"), HINT),
        bind(BROWSE, "e", A::EditContact, say!("key-edit-contact"), HINT),
        bind(BROWSE, "A", A::ArchiveContact, say!("key-archive-contact"), HELP),
        bind(BROWSE, "M", A::MergeContact, say!("key-merge-contact"), HELP),
        bind(BROWSE, "X", A::DeleteContact, say!("key-delete-contact"), HELP),
        bind(&[Timeline], "d", A::DeleteInteraction, say!("key-delete-interaction"), HINT),
        bind(BROWSE, "/", A::Search, say!("key-search"), HINT),
        bind(BROWSE, "?", A::Help, say!("key-help"), HINT),
        bind(BROWSE, "q", A::Quit, say!("key-quit"), HINT),
        bind(BROWSE, "r", A::Review, say!("key-review"), HINT),
        bind(BROWSE, "f", A::NewFollowUp, say!("key-new-followup"), HINT),
        bind(BROWSE, "i", A::Import, say!("key-import"), HELP),
        bind(BROWSE, "u", A::Undo, say!("key-undo"), HELP),
        bind(BROWSE, "C-r", A::Redo, say!("key-redo"), HELP),
        bind(&[Review], "j ↓", A::Down, say!("key-next-item"), HELP),
        bind(&[Review], "k ↑", A::Up, say!("key-previous-item"), HELP),
        bind(&[Review], "g | Home", A::First, say!("key-first-item"), HELP),
        bind(&[Review], "G | End", A::Last, say!("key-last-item"), HELP),
        bind(&[Review], "x", A::Done, say!("key-done"), HINT),
        bind(&[Review], "s", A::Snooze, say!("key-snooze-day"), HINT),
        bind(&[Review], "S", A::SnoozeTo, say!("key-snooze-to"), HINT),
        bind(&[Review], "D", A::Drop, say!("key-drop"), HINT),
        bind(&[Review], "n", A::NewNote, say!("key-log-note"), HINT),
        bind(&[Review], "Enter", A::Open, say!("key-open-contact"), HINT),
        bind(&[Review], "Esc | q r", A::Back, say!("key-close-review"), HINT),
        bind(&[Review], "u", A::Undo, say!("key-undo"), HELP),
        bind(&[Review], "C-r", A::Redo, say!("key-redo"), HELP),
        bind(&[Note], "j ↓", A::Down, say!("key-scroll-down"), HINT),
        bind(&[Note], "k ↑", A::Up, say!("key-scroll-up"), HINT),
        bind(&[Note], "Esc | Enter q", A::Back, say!("key-close"), HINT),
        bind(WRITING, "C-s | C-Enter", A::Save, say!("key-save"), HINT),
        bind(WRITING, "Tab", A::NextField, say!("key-next-field"), HINT),
        bind(WRITING, "S-Tab", A::PrevField, say!("key-previous-field"), HELP),
        bind(WRITING, "Enter", A::SubmitField, say!("key-submit-field"), HELP),
        choice(WRITING, "Space →", A::CycleChoice, say!("key-next-choice")),
        choice(WRITING, "←", A::CycleChoiceBack, say!("key-previous-choice")),
        bind(&[Editor], "C-t", A::CycleChoice, say!("key-change-channel"), HINT),
        bind(&[Editor], "Esc", A::Back, say!("key-leave-editor"), HINT),
        bind(&[Form], "Esc", A::Back, say!("key-cancel"), HINT),
        bind(&[Confirm], "y Enter", A::Confirm, say!("key-yes"), HINT),
        bind(&[Confirm], "n Esc", A::Back, say!("key-no"), HINT),
        bind(&[Search], "Enter", A::Confirm, say!("key-keep-selection"), HINT),
        bind(&[Search], "Esc", A::Back, say!("key-cancel"), HINT),
        bind(&[Search], "↓", A::Down, say!("key-next-match"), HINT),
        bind(&[Search], "↑", A::Up, say!("key-previous-match"), HINT),
        bind(&[Help], "Esc | ? q", A::Back, say!("key-close-help"), HINT),
        bind(&[Help], "j ↓", A::Down, say!("key-scroll-down"), HINT),
        bind(&[Help], "k ↑", A::Up, say!("key-scroll-up"), HINT),
        bind(EVERYWHERE, "C-c", A::Quit, say!("key-quit-anywhere"), HELP),
    ]
}

pub static KEYMAP: LazyLock<Vec<Binding>> = LazyLock::new(table);

fn bind(
    focus: &'static [Focus],
    keys: &'static str,
    action: Action,
    what: String,
    hint: bool,
) -> Binding {
    let (shown, quiet) = keys.split_once('|').unwrap_or((keys, ""));
    let shown: Vec<&str> = shown.split_whitespace().collect();
    let names: Vec<&'static str> = shown
        .iter()
        .copied()
        .chain(quiet.split_whitespace())
        .collect();
    let keys: Vec<_> = names
        .iter()
        .map(|name| {
            let meant = key(name);
            debug_assert!(!meant.is_empty(), "'{name}' is not a key name ({what})");
            meant
        })
        .collect();
    Binding {
        focus,
        field: Field::Any,
        keys: keys.concat(),
        label: shown.join("/"),
        names,
        action,
        what,
        hint,
    }
}

/// A binding that applies only on a choice field, never a hint.
fn choice(focus: &'static [Focus], keys: &'static str, action: Action, what: String) -> Binding {
    Binding {
        field: Field::Choice,
        ..bind(focus, keys, action, what, HELP)
    }
}

/// The key (or keys: S-Tab arrives with and without Shift) a name stands for. A name the table
/// misspells is a bug caught by the keymap's own test.
fn key(name: &str) -> Vec<(KeyCode, KeyModifiers)> {
    if let Some(rest) = name.strip_prefix("C-") {
        return key(rest)
            .into_iter()
            .map(|(code, _)| (code, CTRL))
            .collect();
    }
    let code = match name {
        "↓" => KeyCode::Down,
        "↑" => KeyCode::Up,
        "←" => KeyCode::Left,
        "→" => KeyCode::Right,
        "Tab" => KeyCode::Tab,
        "S-Tab" => return vec![(KeyCode::BackTab, SHIFT), (KeyCode::BackTab, NONE)],
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Space" => KeyCode::Char(' '),
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "PgUp" => KeyCode::PageUp,
        "PgDn" => KeyCode::PageDown,
        _ => {
            let mut chars = name.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => KeyCode::Char(c),
                _ => return Vec::new(),
            }
        }
    };
    vec![(code, NONE)]
}

fn matches(binding_key: &(KeyCode, KeyModifiers), key: &KeyEvent) -> bool {
    let (code, mods) = binding_key;
    if *code != key.code {
        return false;
    }
    // Shifted letters arrive as the upper-case char, sometimes with SHIFT set, sometimes not.
    let is_char = matches!(code, KeyCode::Char(_));
    let relevant = key.modifiers & (CTRL | KeyModifiers::ALT | if is_char { NONE } else { SHIFT });
    relevant == *mods & !if is_char { SHIFT } else { NONE }
}

/// The action a key means in the current state. Text fields get every key no binding claims.
pub fn resolve(state: &State, key: KeyEvent) -> Option<Action> {
    let focus = state.focus();
    let plain = key.modifiers & (CTRL | KeyModifiers::ALT) == NONE;
    // In a text field, plain characters are text: typing "no" into a reason must not answer "no".
    if plain && state.takes_text() && matches!(key.code, KeyCode::Char(_)) {
        return Some(Action::Input(key));
    }
    // In the note's text, Enter starts a new line.
    if plain && state.in_multiline_field() && key.code == KeyCode::Enter {
        return Some(Action::Input(key));
    }
    let fields: &[Field] = if state.in_choice_field() {
        &[Field::Choice, Field::Any]
    } else {
        &[Field::Any]
    };
    let bound = fields.iter().find_map(|field| {
        KEYMAP
            .iter()
            .find(|b| {
                b.field == *field
                    && b.focus.contains(&focus)
                    && b.keys.iter().any(|k| matches(k, &key))
            })
            .map(|b| b.action.clone())
    });
    if bound.is_some() {
        return bound;
    }
    state.takes_text().then_some(Action::Input(key))
}

/// The status-bar hints for a focus: "n new note · a add contact · …".
pub fn hints(focus: Focus) -> Vec<(&'static str, &'static str)> {
    KEYMAP
        .iter()
        .filter(|b| b.hint && b.focus.contains(&focus))
        .map(|b| (b.label.as_str(), b.what.as_str()))
        .collect()
}

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
    } else {
        None
    }
}

/// Every binding, grouped by where it applies, for the help overlay.
pub fn help_sections() -> Vec<(String, Vec<(&'static str, &'static str)>)> {
    let mut sections: Vec<(String, Vec<(&'static str, &'static str)>)> = Vec::new();
    // A choice field says its own keys under it ("Space or ←/→ to change").
    for binding in KEYMAP.iter().filter(|b| b.field == Field::Any) {
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
    for binding in KEYMAP.iter() {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_name_in_the_table_means_a_key() {
        // A misspelled name stops `bind` in a debug build, so reading the table is the test.
        for binding in KEYMAP.iter() {
            assert!(!binding.keys.is_empty(), "'{}' has no key", binding.what);
        }
        assert!(key("Ctrl-x").is_empty() && key("xy").is_empty());
    }

    #[test]
    fn a_label_is_made_from_the_shown_keys() {
        let first = bind(BROWSE, "g | Home", Action::First, say!("key-first"), HELP);
        assert_eq!(first.label, "g");
        assert_eq!(
            first.keys,
            [(KeyCode::Char('g'), NONE), (KeyCode::Home, NONE)]
        );
        let save = bind(
            WRITING,
            "C-s | C-Enter",
            Action::Save,
            say!("key-save"),
            HINT,
        );
        assert_eq!(save.label, "C-s");
        assert_eq!(
            save.keys,
            [(KeyCode::Char('s'), CTRL), (KeyCode::Enter, CTRL)]
        );
    }
}
