//! The file `kith config init` writes: every option with its default and what it does. The
//! `[keys]` and `[theme]` lines are the screen's (its keymap and theme list them), put in at
//! `{keys}` and `{theme}`.

/// The file, with `{keys}` and `{theme}` where the screen's lines go.
pub const INIT: &str = include_str!("../../assets/config/init.toml");

/// The file with the screen's lines put in (each a whole number of lines, commented out).
pub fn fill(keys: &str, theme: &str) -> String {
    INIT.replace("{keys}\n", keys).replace("{theme}\n", theme)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn the_file_parses_back_to_the_defaults() {
        let text = fill("# new-note = \"n\"\n", "# title = \"default\"\n");
        let config = Config::parse(&text).unwrap();
        assert_eq!(config.cadence, Config::default().cadence);
        assert_eq!(config.export, Config::default().export);
        assert_eq!(config.undo, Config::default().undo);
        assert_eq!(config.keys.text("preset"), Some(("vim", 32)));
        assert_eq!(config.keys.entries.len(), 1);
        assert_eq!(config.theme.entries.len(), 1);
        assert_eq!(config.theme.text("preset").map(|(p, _)| p), Some("dark"));
    }
}
