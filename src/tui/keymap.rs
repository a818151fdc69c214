//! Keys → actions, per focus. The same table drives the status-bar hints and the `?` help, so
//! what the screen says a key does is what it does.

use super::action::Action;
use super::state::{Focus, State};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::sync::LazyLock;

pub struct Binding {
    pub focus: &'static [Focus],
    pub keys: &'static [(KeyCode, KeyModifiers)],
    /// How the keys are written in hints and help.
    pub label: &'static str,
    pub action: Action,
    pub what: &'static str,
    /// Shown in the status bar, not only in help.
    pub hint: bool,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

use Focus::{Confirm, Editor, Form, Help, List, Note, Review, Search, Timeline};

const BROWSE: &[Focus] = &[List, Timeline];
const EVERYWHERE: &[Focus] = &[
    List, Timeline, Note, Editor, Form, Confirm, Search, Help, Review,
];

pub static KEYMAP: LazyLock<Vec<Binding>> = LazyLock::new(|| {
    let b = |focus, keys, label, action, what, hint| Binding {
        focus,
        keys,
        label,
        action,
        what,
        hint,
    };
    vec![
        b(
            BROWSE,
            &[(KeyCode::Char('j'), NONE), (KeyCode::Down, NONE)],
            "j/↓",
            Action::Down,
            "next",
            false,
        ),
        b(
            BROWSE,
            &[(KeyCode::Char('k'), NONE), (KeyCode::Up, NONE)],
            "k/↑",
            Action::Up,
            "previous",
            false,
        ),
        b(
            BROWSE,
            &[(KeyCode::Char('g'), NONE), (KeyCode::Home, NONE)],
            "g",
            Action::First,
            "first",
            false,
        ),
        b(
            BROWSE,
            &[(KeyCode::Char('G'), NONE), (KeyCode::End, NONE)],
            "G",
            Action::Last,
            "last",
            false,
        ),
        b(
            BROWSE,
            &[(KeyCode::PageUp, NONE)],
            "PgUp",
            Action::PageUp,
            "page up",
            false,
        ),
        b(
            BROWSE,
            &[(KeyCode::PageDown, NONE)],
            "PgDn",
            Action::PageDown,
            "page down",
            false,
        ),
        b(
            BROWSE,
            &[(KeyCode::Tab, NONE)],
            "Tab",
            Action::NextPane,
            "next pane",
            false,
        ),
        b(
            BROWSE,
            &[(KeyCode::BackTab, SHIFT), (KeyCode::BackTab, NONE)],
            "S-Tab",
            Action::PrevPane,
            "previous pane",
            false,
        ),
        b(
            &[List],
            &[(KeyCode::Enter, NONE)],
            "Enter",
            Action::Open,
            "open timeline",
            false,
        ),
        b(
            &[Timeline],
            &[(KeyCode::Enter, NONE)],
            "Enter",
            Action::Open,
            "read the whole note",
            true,
        ),
        b(
            &[Timeline],
            &[(KeyCode::Esc, NONE)],
            "Esc",
            Action::Back,
            "back to contacts",
            false,
        ),
        b(
            BROWSE,
            &[(KeyCode::Char('n'), NONE)],
            "n",
            Action::NewNote,
            "new note",
            true,
        ),
        b(
            BROWSE,
            &[(KeyCode::Char('a'), NONE)],
            "a",
            Action::AddContact,
            "add contact",
            true,
        ),
        b(
            BROWSE,
            &[(KeyCode::Char('e'), NONE)],
            "e",
            Action::EditContact,
            "edit contact",
            true,
        ),
        b(
            BROWSE,
            &[(KeyCode::Char('A'), NONE)],
            "A",
            Action::ArchiveContact,
            "archive contact",
            false,
        ),
        b(
            &[Timeline],
            &[(KeyCode::Char('d'), NONE)],
            "d",
            Action::DeleteInteraction,
            "delete interaction",
            true,
        ),
        b(
            BROWSE,
            &[(KeyCode::Char('/'), NONE)],
            "/",
            Action::Search,
            "search",
            true,
        ),
        b(
            BROWSE,
            &[(KeyCode::Char('?'), NONE)],
            "?",
            Action::Help,
            "help",
            true,
        ),
        b(
            BROWSE,
            &[(KeyCode::Char('q'), NONE)],
            "q",
            Action::Quit,
            "quit",
            true,
        ),
        b(
            BROWSE,
            &[(KeyCode::Char('r'), NONE)],
            "r",
            Action::Review,
            "review: who needs attention",
            true,
        ),
        b(
            BROWSE,
            &[(KeyCode::Char('f'), NONE)],
            "f",
            Action::NewFollowUp,
            "new follow-up",
            true,
        ),
        b(
            BROWSE,
            &[(KeyCode::Char('i'), NONE)],
            "i",
            Action::Import,
            "import contacts from a file",
            false,
        ),
        b(
            &[Review],
            &[(KeyCode::Char('j'), NONE), (KeyCode::Down, NONE)],
            "j/↓",
            Action::Down,
            "next item",
            false,
        ),
        b(
            &[Review],
            &[(KeyCode::Char('k'), NONE), (KeyCode::Up, NONE)],
            "k/↑",
            Action::Up,
            "previous item",
            false,
        ),
        b(
            &[Review],
            &[(KeyCode::Char('g'), NONE), (KeyCode::Home, NONE)],
            "g",
            Action::First,
            "first item",
            false,
        ),
        b(
            &[Review],
            &[(KeyCode::Char('G'), NONE), (KeyCode::End, NONE)],
            "G",
            Action::Last,
            "last item",
            false,
        ),
        b(
            &[Review],
            &[(KeyCode::Char('x'), NONE)],
            "x",
            Action::Done,
            "done",
            true,
        ),
        b(
            &[Review],
            &[(KeyCode::Char('s'), NONE)],
            "s",
            Action::Snooze,
            "snooze a day",
            true,
        ),
        b(
            &[Review],
            &[(KeyCode::Char('S'), NONE)],
            "S",
            Action::SnoozeTo,
            "snooze to a date",
            true,
        ),
        b(
            &[Review],
            &[(KeyCode::Char('D'), NONE)],
            "D",
            Action::Drop,
            "drop",
            true,
        ),
        b(
            &[Review],
            &[(KeyCode::Char('n'), NONE)],
            "n",
            Action::NewNote,
            "log a note for them",
            true,
        ),
        b(
            &[Review],
            &[(KeyCode::Enter, NONE)],
            "Enter",
            Action::Open,
            "open the contact",
            true,
        ),
        b(
            &[Review],
            &[
                (KeyCode::Esc, NONE),
                (KeyCode::Char('q'), NONE),
                (KeyCode::Char('r'), NONE),
            ],
            "Esc",
            Action::Back,
            "close the review",
            true,
        ),
        b(
            &[Note],
            &[(KeyCode::Char('j'), NONE), (KeyCode::Down, NONE)],
            "j/↓",
            Action::Down,
            "scroll down",
            true,
        ),
        b(
            &[Note],
            &[(KeyCode::Char('k'), NONE), (KeyCode::Up, NONE)],
            "k/↑",
            Action::Up,
            "scroll up",
            true,
        ),
        b(
            &[Note],
            &[
                (KeyCode::Esc, NONE),
                (KeyCode::Enter, NONE),
                (KeyCode::Char('q'), NONE),
            ],
            "Esc",
            Action::Back,
            "close",
            true,
        ),
        b(
            &[Editor, Form],
            &[(KeyCode::Char('s'), CTRL), (KeyCode::Enter, CTRL)],
            "C-s",
            Action::Save,
            "save",
            true,
        ),
        b(
            &[Editor, Form],
            &[(KeyCode::Tab, NONE)],
            "Tab",
            Action::NextField,
            "next field",
            true,
        ),
        b(
            &[Editor, Form],
            &[(KeyCode::BackTab, SHIFT), (KeyCode::BackTab, NONE)],
            "S-Tab",
            Action::PrevField,
            "previous field",
            false,
        ),
        b(
            &[Editor, Form],
            &[(KeyCode::Enter, NONE)],
            "Enter",
            Action::SubmitField,
            "next field (saves on the last)",
            false,
        ),
        b(
            &[Editor],
            &[(KeyCode::Char('t'), CTRL)],
            "C-t",
            Action::CycleChoice,
            "change channel",
            true,
        ),
        b(
            &[Editor],
            &[(KeyCode::Esc, NONE)],
            "Esc",
            Action::Back,
            "leave (keeps the draft)",
            true,
        ),
        b(
            &[Form],
            &[(KeyCode::Esc, NONE)],
            "Esc",
            Action::Back,
            "cancel",
            true,
        ),
        b(
            &[Confirm],
            &[(KeyCode::Char('y'), NONE), (KeyCode::Enter, NONE)],
            "y/Enter",
            Action::Confirm,
            "yes",
            true,
        ),
        b(
            &[Confirm],
            &[(KeyCode::Char('n'), NONE), (KeyCode::Esc, NONE)],
            "n/Esc",
            Action::Back,
            "no",
            true,
        ),
        b(
            &[Search],
            &[(KeyCode::Enter, NONE)],
            "Enter",
            Action::Confirm,
            "keep selection",
            true,
        ),
        b(
            &[Search],
            &[(KeyCode::Esc, NONE)],
            "Esc",
            Action::Back,
            "cancel",
            true,
        ),
        b(
            &[Search],
            &[(KeyCode::Down, NONE)],
            "↓",
            Action::Down,
            "next match",
            true,
        ),
        b(
            &[Search],
            &[(KeyCode::Up, NONE)],
            "↑",
            Action::Up,
            "previous match",
            true,
        ),
        b(
            &[Help],
            &[
                (KeyCode::Esc, NONE),
                (KeyCode::Char('?'), NONE),
                (KeyCode::Char('q'), NONE),
            ],
            "Esc",
            Action::Back,
            "close help",
            true,
        ),
        b(
            &[Help],
            &[(KeyCode::Char('j'), NONE), (KeyCode::Down, NONE)],
            "j/↓",
            Action::Down,
            "scroll down",
            true,
        ),
        b(
            &[Help],
            &[(KeyCode::Char('k'), NONE), (KeyCode::Up, NONE)],
            "k/↑",
            Action::Up,
            "scroll up",
            true,
        ),
        b(
            EVERYWHERE,
            &[(KeyCode::Char('c'), CTRL)],
            "C-c",
            Action::Quit,
            "quit (drafts are kept)",
            false,
        ),
    ]
});

fn matches(binding_key: &(KeyCode, KeyModifiers), key: &KeyEvent) -> bool {
    let (code, mods) = binding_key;
    if *code != key.code {
        return false;
    }
    // Shifted letters arrive as the upper-case char, sometimes with SHIFT set, sometimes not.
    let relevant = key.modifiers
        & (CTRL
            | KeyModifiers::ALT
            | if matches!(code, KeyCode::Char(_)) {
                NONE
            } else {
                SHIFT
            });
    relevant
        == *mods
            & !if matches!(code, KeyCode::Char(_)) {
                SHIFT
            } else {
                NONE
            }
}

/// The action a key means in the current state. Text fields get every key no binding claims.
pub fn resolve(state: &State, key: KeyEvent) -> Option<Action> {
    let focus = state.focus();
    let plain = key.modifiers & (CTRL | KeyModifiers::ALT) == NONE;
    // In a text field, plain characters are text: typing "no" into a reason must not answer "no".
    if plain && state.takes_text() && matches!(key.code, KeyCode::Char(_)) {
        return Some(Action::Input(key));
    }
    // Keys whose meaning depends on the field, not only on the focus.
    if plain && state.in_multiline_field() && key.code == KeyCode::Enter {
        return Some(Action::Input(key));
    }
    if plain && state.in_choice_field() {
        match key.code {
            KeyCode::Char(' ') | KeyCode::Right => return Some(Action::CycleChoice),
            KeyCode::Left => return Some(Action::CycleChoiceBack),
            _ => {}
        }
    }
    let bound = KEYMAP
        .iter()
        .find(|b| b.focus.contains(&focus) && b.keys.iter().any(|k| matches(k, &key)))
        .map(|b| b.action.clone());
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
        .map(|b| (b.label, b.what))
        .collect()
}

/// Which help section a binding belongs to, from the places it applies.
fn section_of(binding: &Binding) -> Option<&'static str> {
    let within = |set: &[Focus]| binding.focus.iter().all(|f| set.contains(f));
    if binding.focus == EVERYWHERE {
        Some("Everywhere")
    } else if within(BROWSE) {
        Some("Contacts and timeline")
    } else if within(&[Note]) {
        Some("Reading a note")
    } else if within(&[Editor, Form]) {
        Some("Notes editor and forms")
    } else if within(&[Confirm]) {
        Some("Questions")
    } else if within(&[Search]) {
        Some("Search")
    } else if within(&[Review]) {
        Some("Review")
    } else {
        None
    }
}

/// Every binding, grouped by where it applies, for the help overlay.
pub fn help_sections() -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    let mut sections: Vec<(&'static str, Vec<(&'static str, &'static str)>)> = Vec::new();
    for binding in KEYMAP.iter() {
        let Some(title) = section_of(binding) else {
            continue;
        };
        let row = (binding.label, binding.what);
        match sections.iter_mut().find(|(t, _)| *t == title) {
            Some((_, rows)) => rows.push(row),
            None => sections.push((title, vec![row])),
        }
    }
    sections
}
