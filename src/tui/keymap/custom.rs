//! The keymap in force, built from the table (the `vim` preset), the preset the config names
//! and the config's `[keys]` lines. A line the keymap cannot use (an action or key name it does
//! not know, a value that is not text, a key another action already has in the same place) is
//! reported with its line and left out, so its binding keeps the preset's keys.
//!
//! A binding is named in the config by its action (`new-note`, the action's name in
//! kebab-case: every binding of that action) or by where it works and its action
//! (`review.new-note`: that one binding; such a line wins over the action's own).

use super::{BROWSE, Binding, EVERYWHERE, Field, WRITING, keys, table};
use crate::config::{Section, Value};
use crate::say;
use crate::tui::action::Action;
use crate::tui::config_lines::{Problem, kebab, nearest, shown};
use crate::tui::state::Focus::{
    Confirm, Editor, Form, Help, List, Note, Review, Search, Stats, Timeline,
};

/// The presets, by name; the first is the default.
pub const PRESETS: &[&str] = &["vim", "arrows"];

/// The `arrows` preset: what it changes in the table, for people who move with the arrow keys
/// and act with Ctrl-keys (as in nano or micro). `u` and `C-r` are left alone, and the message
/// log keeps `L` beside its `C-l`.
const ARROWS: &[(&str, &str)] = &[
    ("browse.down", "↓"),
    ("browse.up", "↑"),
    ("browse.first", "Home"),
    ("browse.last", "End"),
    ("browse.new-note", "C-n"),
    ("browse.add-contact", "C-a"),
    ("browse.edit-contact", "C-e"),
    ("browse.search", "C-f"),
    ("browse.help", "F1 | C-g"),
    ("browse.quit", "C-q"),
    ("browse.review", "C-d"),
    ("browse.new-follow-up", "C-t"),
    ("browse.import", "C-o"),
    ("browse.messages", "C-l | L"),
    ("timeline.delete-interaction", "Del"),
    ("review.down", "↓"),
    ("review.up", "↑"),
    ("review.first", "Home"),
    ("review.last", "End"),
    ("review.new-note", "C-n"),
    ("review.back", "Esc | C-q C-d"),
    ("review.help", "F1 | C-g"),
    ("stats.down", "↓"),
    ("stats.up", "↑"),
    ("stats.first", "Home"),
    ("stats.last", "End"),
    ("stats.back", "Esc | C-q"),
    ("stats.help", "F1 | C-g"),
    ("note.down", "↓"),
    ("note.up", "↑"),
    ("note.back", "Esc | Enter C-q"),
    ("help.back", "Esc | F1 C-g C-q"),
    ("help.down", "↓"),
    ("help.up", "↑"),
];

/// Where a binding works, as its name in the config says it.
fn scope(binding: &Binding) -> &'static str {
    if binding.field == Field::Choice {
        return "choice";
    }
    match binding.focus {
        f if f == BROWSE => "browse",
        f if f == WRITING => "writing",
        f if f == EVERYWHERE => "everywhere",
        [List] => "list",
        [Timeline] => "timeline",
        [Note] => "note",
        [Editor] => "editor",
        [Form] => "form",
        [Confirm] => "question",
        [Search] => "search",
        [Help] => "help",
        [Review] => "review",
        [Stats] => "stats",
        _ => "other",
    }
}

/// An action's name in the config: its variant in kebab-case (`NewNote` → `new-note`).
pub fn action_name(action: &Action) -> String {
    kebab(&format!("{action:?}"))
}

/// A binding's own name in the config: `review.new-note`.
pub fn name_of(binding: &Binding) -> String {
    format!("{}.{}", scope(binding), action_name(&binding.action))
}

/// The bindings a config name stands for.
fn named(bindings: &[Binding], name: &str) -> Vec<usize> {
    (0..bindings.len())
        .filter(|&i| {
            let b = &bindings[i];
            name == name_of(b) || (!name.contains('.') && name == action_name(&b.action))
        })
        .collect()
}

/// The keymap the config's `[keys]` section asks for, and what in it could not be used.
pub fn build(section: &Section) -> (Vec<Binding>, Vec<Problem>) {
    let mut bindings = table();
    let mut problems = Vec::new();
    let preset = match section.entries.iter().rev().find(|e| e.name == "preset") {
        None => PRESETS[0].to_string(),
        Some(entry) => match &entry.value {
            Value::Text(name) if PRESETS.contains(&name.as_str()) => name.clone(),
            value => {
                let said = say!(
                    "settings-unknown-preset",
                    name = shown(value),
                    presets = PRESETS.join(", ")
                );
                problems.push(Problem {
                    line: entry.line,
                    message: said,
                });
                PRESETS[0].to_string()
            }
        },
    };
    if preset == "arrows" {
        for (name, spec) in ARROWS {
            for i in named(&bindings, name) {
                bindings[i].set_keys(spec);
            }
        }
    }
    let preset_keys = bindings.clone();
    // Lines naming an action everywhere first, so that one naming a place wins.
    let mut lines: Vec<_> = (section.entries.iter())
        .filter(|e| e.name != "preset")
        .collect();
    lines.sort_by_key(|e| e.name.contains('.'));
    let mut changed: Vec<(usize, usize)> = Vec::new();
    for entry in lines {
        let line = entry.line;
        let mut report = |message| problems.push(Problem { line, message });
        let targets = named(&bindings, &entry.name);
        if targets.is_empty() {
            report(unknown_action(&bindings, &entry.name));
            continue;
        }
        let Value::Text(spec) = &entry.value else {
            report(say!("settings-keys-not-text", name = entry.name.clone()));
            continue;
        };
        for i in &targets {
            let unknown = bindings[*i].set_keys(spec);
            if let Some(name) = unknown.first() {
                report(unknown_key(name));
                break;
            }
            changed.retain(|(j, _)| j != i);
            changed.push((*i, line));
        }
    }
    undo_conflicts(&mut bindings, &preset_keys, &mut changed, &mut problems);
    problems.sort_by_key(|p| p.line);
    problems.dedup();
    (bindings, problems)
}

/// Puts back the preset's keys of every binding a line changed onto a key that another action
/// has in the same place, until no two actions share a key; each such line is reported.
fn undo_conflicts(
    bindings: &mut [Binding],
    preset: &[Binding],
    changed: &mut Vec<(usize, usize)>,
    problems: &mut Vec<Problem>,
) {
    while let Some((i, j, key)) = conflict(bindings, changed) {
        for (k, other) in [(i, j), (j, i)] {
            let Some(at) = changed.iter().position(|(c, _)| *c == k) else {
                continue;
            };
            let (_, line) = changed.remove(at);
            let message = say!(
                "settings-keys-conflict",
                key = key.clone(),
                action = name_of(&bindings[k]),
                other = name_of(&bindings[other])
            );
            problems.push(Problem { line, message });
            bindings[k] = preset[k].clone();
        }
    }
}

/// Two bindings of different actions, one of them changed, that share a key where both
/// work; and that key's name.
fn conflict(bindings: &[Binding], changed: &[(usize, usize)]) -> Option<(usize, usize, String)> {
    for &(i, _) in changed {
        let a = &bindings[i];
        for (j, b) in bindings.iter().enumerate() {
            let overlap = a.field == b.field && a.focus.iter().any(|f| b.focus.contains(f));
            if j == i || !overlap || a.action == b.action {
                continue;
            }
            let shared = a
                .names
                .iter()
                .find(|name| keys::key(name).iter().any(|k| b.keys.contains(k)));
            if let Some(name) = shared {
                return Some((i, j, name.clone()));
            }
        }
    }
    None
}

fn unknown_action(bindings: &[Binding], name: &str) -> String {
    let mut names: Vec<String> = bindings.iter().map(name_of).collect();
    names.extend(bindings.iter().map(|b| action_name(&b.action)));
    match nearest(name, names.iter().map(String::as_str)) {
        Some(near) => say!("settings-unknown-action-near", name = name, near = near),
        None => say!("settings-unknown-action", name = name),
    }
}

fn unknown_key(name: &str) -> String {
    match keys::suggestion(name) {
        Some(near) => say!("settings-unknown-key-near", name = name, near = near),
        None => say!("settings-unknown-key", name = name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn keymap(text: &str) -> (Vec<Binding>, Vec<usize>) {
        let config = Config::parse(text).unwrap();
        let (bindings, problems) = build(&config.keys);
        (bindings, problems.iter().map(|p| p.line).collect())
    }

    fn spec(bindings: &[Binding], name: &str) -> String {
        let found = bindings.iter().find(|b| name_of(b) == name);
        found
            .map(Binding::spec)
            .unwrap_or_else(|| panic!("no {name}"))
    }

    #[test]
    fn every_binding_has_a_name_of_its_own_and_the_presets_are_whole() {
        let (vim, bad) = keymap("");
        assert!(bad.is_empty());
        let mut names: Vec<String> = vim.iter().map(name_of).collect();
        names.sort();
        let count = names.len();
        names.dedup();
        assert_eq!(names.len(), count, "two bindings share a name");
        for (name, _) in ARROWS {
            assert_eq!(named(&vim, name).len(), 1, "{name} names no one binding");
        }
        let (arrows, bad) = keymap("[keys]\npreset = \"arrows\"\n");
        assert!(bad.is_empty());
        assert_eq!(spec(&arrows, "browse.new-note"), "C-n");
        // The preset as config lines: no line of it conflicts with the rest.
        let lines: String = ARROWS
            .iter()
            .map(|(n, k)| format!("{n} = \"{k}\"\n"))
            .collect();
        let (same, bad) = keymap(&format!("[keys]\n{lines}"));
        assert!(bad.is_empty(), "{bad:?}");
        assert_eq!(spec(&same, "help.back"), spec(&arrows, "help.back"));
    }

    #[test]
    fn a_line_changes_its_bindings_and_a_place_wins_over_the_action() {
        let (b, bad) = keymap("[keys]\nreview.new-note = \"L\"\nnew-note = \"N\"\n");
        assert!(bad.is_empty());
        assert_eq!(spec(&b, "browse.new-note"), "N");
        assert_eq!(spec(&b, "review.new-note"), "L");
        // Two actions may swap keys.
        let (b, bad) = keymap("[keys.browse]\nnew-note = \"a\"\nadd-contact = \"n\"\n");
        assert!(bad.is_empty());
        assert_eq!(
            (spec(&b, "browse.new-note"), spec(&b, "browse.add-contact")),
            ("a".into(), "n".into())
        );
    }

    #[test]
    fn what_cannot_be_used_is_reported_by_line_and_keeps_the_defaults() {
        let (b, bad) = keymap(
            "[keys]\nnew-nte = \"N\"\nsearch = \"Ctrl-f\"\nreview.done = \"s\"\nhelp = 5\n\
             preset = \"emacs\"\nquit = \"Q\"\n",
        );
        assert_eq!(bad, [2, 3, 4, 5, 6]);
        assert_eq!(
            spec(&b, "review.done"),
            "x",
            "the conflict keeps the default"
        );
        assert_eq!(spec(&b, "review.snooze"), "s");
        assert_eq!(spec(&b, "browse.search"), "/");
        assert_eq!(spec(&b, "browse.quit"), "Q", "the good line still counts");
        let config = Config::parse("[keys]\nnew-nte = \"N\"\n").unwrap();
        let said = &build(&config.keys).1[0].message;
        assert!(
            said.contains("'new-nte'") && said.contains("'new-note'"),
            "{said}"
        );
        // A conflict with a key someone else's line gave: both lines are left out.
        let (b, bad) = keymap("[keys.review]\ndone = \"z\"\nsnooze = \"z\"\n");
        assert_eq!(bad, [2, 3]);
        assert_eq!(
            (spec(&b, "review.done"), spec(&b, "review.snooze")),
            ("x".into(), "s".into())
        );
    }
}
