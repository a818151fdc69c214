//! Keys → actions, one line per binding. The same table is what the keys do, the status-bar
//! hints, the `?` help and the README's key table (a test compares that one), so what is said
//! about a key is what it does. What a key does is said in words by its message
//! (`say!("key-…")`, in `assets/words/en/screen.ftl`); key names are not words and stay here.
//!
//! A binding's keys are written as they are shown: `j ↓` is shown `j/↓`; keys after `|` work
//! too but are not shown (`g | Home`). Names: a single character, `↓ ↑ ← →`, `Tab`, `S-Tab`,
//! `Enter`, `Esc`, `Space`, `Home`, `End`, `PgUp`, `PgDn`, `Del`, `Backspace`, `F1`…`F12`, and
//! `C-` (Ctrl) or `A-` (Alt) before a key (`keys.rs`).
//!
//! The table below is the `vim` preset. The keymap in force is built once, at start, from it,
//! the preset the config names and the config's `[keys]` lines (`custom.rs`, which reports what
//! it cannot use and keeps the default for it); hints, help, `kith keys` and the README's
//! table (`listing.rs`) all read that one keymap.

mod custom;
mod keys;
mod listing;

use crate::tui::config_lines::Problem;
pub use custom::{PRESETS, action_name, build};
pub use listing::{KeyLine, help_sections, key_lines, markdown_table, toml_lines, toml_lines_of};

use super::action::Action;
use super::state::{Focus, State};
use crate::say;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use keys::{CTRL, NONE, matches};
use std::sync::OnceLock;

/// Where a binding applies beyond the focus: anywhere in it, or only on a choice field (the
/// channel, the kind of contact, whose turn a follow-up is), where it comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Any,
    Choice,
}

#[derive(Debug, Clone)]
pub struct Binding {
    pub focus: &'static [Focus],
    pub field: Field,
    pub keys: Vec<(KeyCode, KeyModifiers)>,
    /// How the keys are written in hints and help, made from the shown keys.
    pub label: String,
    /// Every key's name, the shown ones first.
    pub names: Vec<String>,
    /// How many of `names` are shown.
    pub shown: usize,
    pub action: Action,
    /// What the key does, in words.
    pub what: String,
    /// Shown in the status bar, not only in help.
    pub hint: bool,
}

const HINT: bool = true;
const HELP: bool = false;

use Focus::{Confirm, Editor, Form, Help, List, Note, Review, Search, Stats, Timeline};

const BROWSE: &[Focus] = &[List, Timeline];
const EVERYWHERE: &[Focus] = &[
    List, Timeline, Note, Editor, Form, Confirm, Search, Help, Review, Stats,
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
        bind(&[Timeline], "E", A::EditNote, say!("key-edit-note"), HELP),
        bind(BROWSE, "/", A::Search, say!("key-search"), HINT),
        bind(BROWSE, "?", A::Help, say!("key-help"), HINT),
        bind(BROWSE, "L", A::Messages, say!("key-messages"), HELP),
        bind(BROWSE, "q", A::Quit, say!("key-quit"), HINT),
        bind(BROWSE, "r", A::Review, say!("key-review"), HINT),
        bind(BROWSE, "f", A::NewFollowUp, say!("key-new-followup"), HINT),
        bind(BROWSE, "i", A::Import, say!("key-import"), HELP),
        bind(BROWSE, "u", A::Undo, say!("key-undo"), HELP),
        bind(BROWSE, "C-r", A::Redo, say!("key-redo"), HELP),
        bind(BROWSE, "Z", A::ShowArchived, say!("key-show-archived"), HELP),
        bind(BROWSE, "U", A::RestoreContact, say!("key-restore-contact"), HELP),
        bind(BROWSE, "$", A::NewInvoice, say!("key-new-invoice"), HELP),
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
        bind(&[Review], "?", A::Help, say!("key-help"), HINT),
        bind(&[Review], "u", A::Undo, say!("key-undo"), HELP),
        bind(&[Review], "C-r", A::Redo, say!("key-redo"), HELP),
        bind(&[Review], "$", A::Pay, say!("key-pay"), HELP),
        bind(&[Review], "W", A::WriteOff, say!("key-write-off"), HELP),
        bind(&[Review], "V", A::Void, say!("key-void"), HELP),
        bind(&[Review], "A", A::Apologise, say!("key-apologise"), HELP),
        bind(&[Review], "R", A::Resolve, say!("key-resolve"), HELP),
        bind(&[Review], "T", A::Thank, say!("key-thank"), HELP),
        bind(BROWSE, "s", A::Stats, say!("key-stats"), HELP),
        bind(&[Stats], "j ↓", A::Down, say!("key-stats-next-bar"), HELP),
        bind(&[Stats], "k ↑", A::Up, say!("key-stats-previous-bar"), HELP),
        bind(&[Stats], "g | Home", A::First, say!("key-stats-first-bar"), HELP),
        bind(&[Stats], "G | End", A::Last, say!("key-stats-last-bar"), HELP),
        bind(&[Stats], "l →", A::CycleChoice, say!("key-stats-next-part"), HELP),
        bind(&[Stats], "h ←", A::CycleChoiceBack, say!("key-stats-previous-part"), HELP),
        bind(&[Stats], "Tab", A::NextPane, say!("key-stats-next-chart"), HINT),
        bind(&[Stats], "S-Tab", A::PrevPane, say!("key-stats-previous-chart"), HELP),
        bind(&[Stats], "Enter", A::Open, say!("key-stats-open"), HINT),
        bind(&[Stats], "Esc | q s", A::Back, say!("key-stats-close"), HINT),
        bind(&[Stats], "?", A::Help, say!("key-help"), HINT),
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
        bind(&[Editor], "A-t", A::CycleChoiceBack, say!("key-change-channel-back"), HELP),
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
        bind(&[Help], "PgUp", A::PageUp, say!("key-page-up"), HELP),
        bind(&[Help], "PgDn", A::PageDown, say!("key-page-down"), HELP),
        bind(EVERYWHERE, "C-c", A::Quit, say!("key-quit-anywhere"), HELP),
    ]
}

/// The keymap in force: the one [`install`]ed at start, else the defaults.
pub static KEYMAP: Installed = Installed(OnceLock::new());

/// A keymap built once, the first time it is asked for.
pub struct Installed(OnceLock<Vec<Binding>>);

impl std::ops::Deref for Installed {
    type Target = [Binding];

    fn deref(&self) -> &[Binding] {
        self.0.get_or_init(table)
    }
}

/// The keymap in force.
pub fn keymap() -> &'static [Binding] {
    &KEYMAP
}

/// Makes the keymap built from the config's `[keys]` section the one in force, for the rest
/// of the process; what the section says that cannot be used. Only the first call counts.
pub fn install(section: &crate::config::Section) -> Vec<Problem> {
    let (bindings, problems) = build(section);
    let _ = KEYMAP.0.set(bindings);
    problems
}

fn bind(focus: &'static [Focus], keys: &str, action: Action, what: String, hint: bool) -> Binding {
    let mut binding = Binding {
        focus,
        field: Field::Any,
        keys: Vec::new(),
        label: String::new(),
        names: Vec::new(),
        shown: 0,
        action,
        what,
        hint,
    };
    let unknown = binding.set_keys(keys);
    debug_assert!(
        unknown.is_empty(),
        "{unknown:?} are not key names ({})",
        binding.what
    );
    binding
}

/// A binding that applies only on a choice field, never a hint.
fn choice(focus: &'static [Focus], keys: &str, action: Action, what: String) -> Binding {
    Binding {
        field: Field::Choice,
        ..bind(focus, keys, action, what, HELP)
    }
}

impl Binding {
    /// Binds the keys written in `spec` (`j ↓ | J`) instead of the binding's own, unless a name
    /// in it is no key's: then the binding is left as it was and those names are given back.
    pub fn set_keys(&mut self, spec: &str) -> Vec<String> {
        let (shown, quiet) = keys::split(spec);
        let unknown: Vec<String> = (shown.iter().chain(&quiet))
            .filter(|name| keys::key(name).is_empty())
            .cloned()
            .collect();
        if unknown.is_empty() {
            self.label = shown.join("/");
            self.shown = shown.len();
            self.names = shown.into_iter().chain(quiet).collect();
            self.keys = self.names.iter().flat_map(|name| keys::key(name)).collect();
        }
        unknown
    }

    /// The keys as the table and the config write them: `g | Home`.
    pub fn spec(&self) -> String {
        let (shown, quiet) = self.names.split_at(self.shown);
        match quiet {
            [] => shown.join(" "),
            quiet => format!("{} | {}", shown.join(" "), quiet.join(" ")),
        }
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
        keymap()
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

/// The keys in force for `action` where `focus` has it, as hints show them (`n`), for the
/// sentences that name a key; `—` where the config left it without keys.
pub fn label_of(focus: Focus, action: Action) -> &'static str {
    keymap()
        .iter()
        .find(|b| {
            b.field == Field::Any
                && b.action == action
                && b.focus.contains(&focus)
                && !b.label.is_empty()
        })
        .map_or("—", |b| b.label.as_str())
}

/// The hints while a question takes typed text (the archive reason, the import path): there a
/// letter is text, so only the keys that are no character are said, as going on and cancelling.
pub fn typed_hints() -> Vec<(String, String)> {
    let said = |action: Action, what: String| {
        keymap()
            .iter()
            .find(|b| b.field == Field::Any && b.action == action && b.focus.contains(&Confirm))
            .map(|b| {
                let keys: Vec<&str> = (b.names[..b.shown].iter())
                    .filter(|name| {
                        !keys::key(name).iter().any(|(code, with)| {
                            matches!(code, KeyCode::Char(_))
                                && *with & (CTRL | KeyModifiers::ALT) == NONE
                        })
                    })
                    .map(String::as_str)
                    .collect();
                (keys.join("/"), what)
            })
            .filter(|(keys, _)| !keys.is_empty())
    };
    [
        said(Action::Confirm, say!("key-go-on")),
        said(Action::Back, say!("key-cancel")),
    ]
    .into_iter()
    .flatten()
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use keys::SHIFT;

    #[test]
    fn every_key_name_in_the_table_means_a_key() {
        // A misspelled name stops `bind` in a debug build, so reading the table is the test.
        for binding in table() {
            assert!(!binding.keys.is_empty(), "'{}' has no key", binding.what);
        }
    }

    #[test]
    fn a_label_is_made_from_the_shown_keys() {
        let first = bind(BROWSE, "g | Home", Action::First, say!("key-first"), HELP);
        assert_eq!(first.label, "g");
        assert_eq!(first.spec(), "g | Home");
        assert_eq!(
            first.keys,
            [(KeyCode::Char('g'), NONE), (KeyCode::Home, NONE)]
        );
        let mut save = bind(
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
        assert_eq!(save.set_keys("C-w Wat"), ["Wat"]);
        assert_eq!(save.label, "C-s", "a bad name changes nothing");
        assert!(save.set_keys("S-Tab").is_empty());
        assert_eq!(
            save.keys,
            [(KeyCode::BackTab, SHIFT), (KeyCode::BackTab, NONE)]
        );
    }
}
