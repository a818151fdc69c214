//! Key names and the keys they stand for: how the table and the config file write keys, and
//! how a pressed key is matched against a binding's.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub const NONE: KeyModifiers = KeyModifiers::NONE;
pub const CTRL: KeyModifiers = KeyModifiers::CONTROL;
pub const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
const ALT: KeyModifiers = KeyModifiers::ALT;

/// The names of the keys that are not a single character, for suggestions.
pub const NAMED: &[&str] = &[
    "↓",
    "↑",
    "←",
    "→",
    "Tab",
    "S-Tab",
    "Enter",
    "Esc",
    "Space",
    "Home",
    "End",
    "PgUp",
    "PgDn",
    "Del",
    "Backspace",
    "F1",
    "F2",
    "F3",
    "F4",
    "F5",
    "F6",
    "F7",
    "F8",
    "F9",
    "F10",
    "F11",
    "F12",
];

/// The key (or keys: S-Tab arrives with and without Shift) a name stands for; none for a name
/// that is not a key's.
pub fn key(name: &str) -> Vec<(KeyCode, KeyModifiers)> {
    for (prefix, modifier) in [("C-", CTRL), ("A-", ALT)] {
        if let Some(rest) = name.strip_prefix(prefix)
            && !rest.is_empty()
        {
            return key(rest)
                .into_iter()
                .map(|(code, mods)| (code, mods.difference(SHIFT) | modifier))
                .collect();
        }
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
        "Del" => KeyCode::Delete,
        "Backspace" => KeyCode::Backspace,
        _ => {
            if let Some(n) = name.strip_prefix('F').and_then(|n| n.parse::<u8>().ok())
                && (1..=12).contains(&n)
            {
                KeyCode::F(n)
            } else {
                let mut chars = name.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) if !c.is_whitespace() && c != '|' => KeyCode::Char(c),
                    _ => return Vec::new(),
                }
            }
        }
    };
    vec![(code, NONE)]
}

/// The names of keys written as the table and the config write them: `j ↓` (shown `j/↓`),
/// and after `|` keys that work but are not shown (`g | Home`). The shown names, then the
/// others.
pub fn split(spec: &str) -> (Vec<String>, Vec<String>) {
    let (shown, quiet) = spec.split_once('|').unwrap_or((spec, ""));
    let words = |s: &str| s.split_whitespace().map(str::to_string).collect();
    (words(shown), words(quiet))
}

/// What someone may have meant by a key name kith does not know: `Ctrl-x` → `C-x`.
pub fn suggestion(name: &str) -> Option<String> {
    let lower = name.to_lowercase();
    for (written, meant) in [
        ("ctrl-", "C-"),
        ("ctrl+", "C-"),
        ("c-", "C-"),
        ("alt-", "A-"),
    ] {
        if lower.starts_with(written) {
            let rest = &name[written.len()..];
            let candidate = format!("{meant}{}", suggestion(rest).unwrap_or(rest.to_string()));
            return (!key(&candidate).is_empty()).then_some(candidate);
        }
    }
    let aliases = [
        ("down", "↓"),
        ("up", "↑"),
        ("left", "←"),
        ("right", "→"),
        ("escape", "Esc"),
        ("return", "Enter"),
        ("delete", "Del"),
        ("pageup", "PgUp"),
        ("pagedown", "PgDn"),
        ("backtab", "S-Tab"),
        ("shift-tab", "S-Tab"),
    ];
    if let Some((_, meant)) = aliases.iter().find(|(alias, _)| *alias == lower) {
        return Some(meant.to_string());
    }
    NAMED
        .iter()
        .find(|named| named.to_lowercase() == lower)
        .map(|named| named.to_string())
}

/// Whether a pressed key is the binding's key.
pub fn matches(binding_key: &(KeyCode, KeyModifiers), key: &KeyEvent) -> bool {
    let (code, mods) = binding_key;
    if *code != key.code {
        return false;
    }
    // Shifted letters arrive as the upper-case char, sometimes with SHIFT set, sometimes not.
    let is_char = matches!(code, KeyCode::Char(_));
    let relevant = key.modifiers & (CTRL | ALT | if is_char { NONE } else { SHIFT });
    relevant == *mods & !if is_char { SHIFT } else { NONE }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_mean_keys_and_near_misses_are_named() {
        assert!(key("Ctrl-x").is_empty() && key("xy").is_empty() && key("|").is_empty());
        assert_eq!(key("C-s"), [(KeyCode::Char('s'), CTRL)]);
        assert_eq!(key("A-Enter"), [(KeyCode::Enter, ALT)]);
        assert_eq!(key("F1"), [(KeyCode::F(1), NONE)]);
        assert!(key("F13").is_empty());
        assert_eq!(key("Del"), [(KeyCode::Delete, NONE)]);
        assert_eq!(suggestion("Ctrl-x").as_deref(), Some("C-x"));
        assert_eq!(suggestion("ctrl+Down").as_deref(), Some("C-↓"));
        assert_eq!(suggestion("escape").as_deref(), Some("Esc"));
        assert_eq!(suggestion("pgup").as_deref(), Some("PgUp"));
        assert_eq!(suggestion("banana"), None);
        assert_eq!(
            split("g | Home End"),
            (
                vec!["g".to_string()],
                vec!["Home".to_string(), "End".to_string()]
            )
        );
    }
}
