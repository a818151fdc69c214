//! The screen's settings from the config file: the keymap (`keymap`) and the theme (`theme`),
//! each built once at start from its section. What a section says that cannot be used is
//! reported here with the file and line, and never stops kith: the default stands for it.

use crate::config::Config;
use crate::say;
use std::path::Path;

/// Builds the keymap and theme from `config` (read from `path`) and makes them the ones in
/// force; each line that could not be used, as `path:line: what is wrong`. `no_color`: the
/// NO_COLOR convention is in force (no colour at all).
pub fn install(config: &Config, path: &Path, no_color: bool) -> Vec<String> {
    let mut problems = super::keymap::install(&config.keys);
    problems.extend(super::theme::install(&config.theme, no_color));
    problems.sort_by_key(|p| p.line);
    problems
        .into_iter()
        .map(|p| {
            say!(
                "settings-at",
                path = path.display().to_string(),
                line = p.line,
                problem = p.message
            )
        })
        .collect()
}

/// Whether the NO_COLOR convention (no-color.org) asks for no colour: set and not empty.
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// What the status bar says at start about the config: its first problem, and how many more.
pub fn notice(problems: &[String]) -> Option<String> {
    match problems {
        [] => None,
        [one] => Some(one.clone()),
        [first, rest @ ..] => Some(say!(
            "settings-more",
            first = first.clone(),
            more = rest.len()
        )),
    }
}
