//! The theme in force, built from the preset the config's `[theme]` names and its lines, one
//! per role: `role = "colour"` (the text's colour), `"colour on colour"` (the background's
//! too) or `"on colour"` (only the background's). A colour is a name (`red`, `light-blue`,
//! `dark-gray`), a number from 0 to 255 (written as text or as a number) or `#rrggbb`. A line
//! it cannot use is reported with its line and left out.

use super::{Role, THEME, Theme};
use crate::config::{Section, Value};
use crate::say;
use crate::tui::config_lines::{Problem, nearest, shown};
use ratatui::style::{Color, Style};
use std::str::FromStr;

/// The presets, by name; the first is the default.
pub const PRESETS: &[&str] = &["dark", "light"];

/// Makes the theme the `[theme]` section asks for the one in force for the rest of the process
/// (without colour when `no_color`); what the section says that cannot be used. Only the
/// first call counts.
pub fn install(section: &Section, no_color: bool) -> Vec<Problem> {
    let (theme, problems) = build(section);
    let theme = if no_color {
        theme.without_colour()
    } else {
        theme
    };
    let _ = THEME.set(theme);
    problems
}

/// The theme a `[theme]` section asks for, and what in it could not be used.
pub fn build(section: &Section) -> (Theme, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut theme = Theme::dark();
    for entry in &section.entries {
        let line = entry.line;
        let mut report = |message| problems.push(Problem { line, message });
        if entry.name == "preset" {
            match &entry.value {
                Value::Text(name) if name == "dark" => theme = Theme::dark(),
                Value::Text(name) if name == "light" => theme = Theme::light(),
                value => report(say!(
                    "settings-unknown-preset",
                    name = shown(value),
                    presets = PRESETS.join(", ")
                )),
            }
            continue;
        }
        let Some(role) = Role::ALL.into_iter().find(|r| r.name() == entry.name) else {
            let names: Vec<String> = Role::ALL.iter().map(|r| r.name()).collect();
            report(
                match nearest(&entry.name, names.iter().map(String::as_str)) {
                    Some(near) => say!(
                        "settings-unknown-role-near",
                        name = entry.name.clone(),
                        near = near
                    ),
                    None => say!(
                        "settings-unknown-role",
                        name = entry.name.clone(),
                        roles = names.join(", ")
                    ),
                },
            );
            continue;
        };
        match colours(&entry.value) {
            Some((fg, bg)) => {
                let mut style = theme.get(role);
                // The terminal's own colour is no colour.
                let own = |c: Color| (c != Color::Reset).then_some(c);
                style.fg = fg.map_or(style.fg, own);
                style.bg = bg.map_or(style.bg, own);
                theme.set(role, style);
            }
            None => report(say!(
                "settings-bad-colour",
                name = entry.name.clone(),
                value = shown(&entry.value)
            )),
        }
    }
    (theme, problems)
}

/// The text and background colours a value gives (either may be left as it was).
fn colours(value: &Value) -> Option<(Option<Color>, Option<Color>)> {
    match value {
        Value::Number(n) => Some((Some(Color::Indexed(u8::try_from(*n).ok()?)), None)),
        Value::Text(text) => {
            let text = text.trim();
            let (fg, bg) = match text.split_once(" on ") {
                Some((fg, bg)) => (Some(fg), Some(bg)),
                None => match text.strip_prefix("on ") {
                    Some(bg) => (None, Some(bg)),
                    None => (Some(text), None),
                },
            };
            let fg = match fg {
                Some(text) => Some(colour(text)?),
                None => None,
            };
            let bg = match bg {
                Some(text) => Some(colour(text)?),
                None => None,
            };
            Some((fg, bg))
        }
        Value::Other(_) => None,
    }
}

/// One colour: a name, 0 to 255, or `#rrggbb`.
fn colour(text: &str) -> Option<Color> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if text == "default" {
        return Some(Color::Reset);
    }
    Color::from_str(&text.replace(['-', '_'], " ")).ok()
}

/// Every role's line as the theme in force has it, for `kith config show` and `init`: its
/// colours as the config writes them, or `default` where the role takes the terminal's own.
pub fn toml_lines(commented: bool) -> String {
    let hash = if commented { "# " } else { "" };
    let mut out = String::new();
    for role in Role::ALL {
        let Style { fg, bg, .. } = super::current().get(role);
        let name = |c: Option<Color>| c.map_or("default".to_string(), |c| c.to_string());
        let value = match bg {
            None => name(fg),
            Some(bg) => format!("{} on {}", name(fg), name(Some(bg))),
        };
        let value = toml::Value::String(to_kebab(&value));
        out.push_str(&format!("{hash}{} = {value}\n", role.name()));
    }
    out
}

/// `DarkGray` → `dark-gray`, as the config writes colour names (numbers and `#…` unchanged).
fn to_kebab(value: &str) -> String {
    value
        .split(' ')
        .map(|word| match word.chars().next() {
            Some(c) if c.is_uppercase() => crate::tui::config_lines::kebab(word),
            _ => word.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn theme(text: &str) -> (Theme, Vec<usize>) {
        let config = Config::parse(text).unwrap();
        let (theme, problems) = build(&config.theme);
        (theme, problems.iter().map(|p| p.line).collect())
    }

    #[test]
    fn colours_are_names_numbers_or_hex_and_bad_lines_are_reported() {
        let (t, bad) = theme(
            "[theme]\npreset = \"light\"\noverdue = \"magenta\"\nselected = \"black on #ffcc00\"\n\
             key = 208\ndim = \"on dark-gray\"\ntitel = \"red\"\namount = \"greenish\"\n\
             label = \"light_blue\"\nerror = true\n",
        );
        assert_eq!(t.get(Role::Overdue).fg, Some(Color::Magenta));
        assert_eq!(t.get(Role::Selected).bg, Some(Color::Rgb(0xff, 0xcc, 0)));
        assert_eq!(t.get(Role::Selected).fg, Some(Color::Black));
        assert_eq!(t.get(Role::Key).fg, Some(Color::Indexed(208)));
        assert_eq!(t.get(Role::Dim).bg, Some(Color::DarkGray));
        assert_eq!(t.get(Role::Label).fg, Some(Color::LightBlue));
        assert_eq!(
            t.get(Role::Amount),
            Theme::light().get(Role::Amount),
            "kept"
        );
        assert_eq!(bad, [7, 8, 10]);
        let (t, bad) = theme("[theme]\npreset = \"solarized\"\n");
        assert_eq!((t, bad), (Theme::dark(), vec![2]));
    }

    #[test]
    fn the_lines_written_read_back_as_the_same_theme() {
        let text = format!("[theme]\n{}", toml_lines(false));
        let (t, bad) = theme(&text);
        assert!(bad.is_empty(), "{text}");
        assert_eq!(t, *super::super::current());
    }
}
