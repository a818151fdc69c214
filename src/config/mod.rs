//! The config file: `$XDG_CONFIG_HOME/kith/config.toml` on Linux (see the README), or the file
//! named by `--config` / `KITH_CONFIG`. A missing file means the defaults (the command line
//! refuses a named one that is missing first: `cli/settings.rs`); a malformed one is an error
//! that names the file and line.
//!
//! ```toml
//! [cadence]          # keep in touch every N days, per kind of contact; 0 turns a default off
//! customer = 30
//! prospect = 14
//! partner = 60
//! supplier = 90
//!
//! [export]
//! alarm_before = 30  # minutes: calendar reminders this long before a follow-up is due
//!
//! [undo]
//! steps = 1000       # changes the undo history keeps; 0 keeps none
//!
//! [keys]             # the screen's keys: a preset, then one line per action (tui/keymap)
//! preset = "vim"
//! new-note = "N"
//!
//! [theme]            # the screen's colours: a preset, then one line per role (tui/theme)
//! preset = "dark"
//!
//! [sync]             # the CardDAV/CalDAV account `kith sync` uses
//! url = "https://dav.example.com/"
//! user = "anita"
//! password_cmd = "pass show dav"
//! ```
//!
//! The `[keys]` and `[theme]` lines are kept as written, with their line numbers
//! ([`sections`]): the screen knows the names they use, and reports one it does not know
//! without refusing the rest. `kith config init` writes [`template`] and the screen's sections.

pub mod sections;
pub mod template;

use crate::domain::CadenceDefaults;
pub use sections::{Entry, Section, Value};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub cadence: CadenceDefaults,
    pub export: ExportDefaults,
    pub undo: UndoSettings,
    /// The screen's keys, as written (read by `tui::keymap`).
    pub keys: Section,
    /// The screen's colours, as written (read by `tui::theme`).
    pub theme: Section,
    /// The language and digits kith speaks in (`cli::language` reads them first, at start).
    pub ui: UiSettings,
    /// The server `kith sync` syncs with (`sync::Account`).
    pub sync: SyncSettings,
}

/// `[sync] url = "https://dav.example.com/"`, `user = "anita"`, `password_cmd = "pass show dav"`:
/// the account `kith sync` uses when its options do not name one. No password: kith runs the
/// command for it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SyncSettings {
    pub url: Option<String>,
    pub user: Option<String>,
    pub password_cmd: Option<String>,
}

/// `[ui] language = "ca"` and `digits = "native"`: what the locale would choose otherwise.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct UiSettings {
    pub language: Option<Language>,
    pub digits: Option<Digits>,
}

/// A language kith speaks, by its tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[value(help = crate::say!("help-kith-lang-en"))]
    En,
    #[value(help = crate::say!("help-kith-lang-hi"))]
    Hi,
    #[value(help = crate::say!("help-kith-lang-bn"))]
    Bn,
    #[value(help = crate::say!("help-kith-lang-ca"))]
    Ca,
}

impl From<Language> for crate::words::Lang {
    fn from(language: Language) -> Self {
        use crate::words::Lang;
        match language {
            Language::En => Lang::En,
            Language::Hi => Lang::Hi,
            Language::Bn => Lang::Bn,
            Language::Ca => Lang::Ca,
        }
    }
}

/// Which digits numbers are shown in: the language's own (Devanagari, Bengali) or ASCII's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Digits {
    #[value(help = crate::say!("help-kith-digits-native"))]
    Native,
    #[value(help = crate::say!("help-kith-digits-ascii"))]
    Ascii,
}

/// `[undo] steps = N`: how many changes `kith undo` and the screen's `u` can take back.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct UndoSettings {
    pub steps: u64,
}

impl Default for UndoSettings {
    fn default() -> Self {
        UndoSettings {
            steps: 1000, // as the store keeps when no config is given
        }
    }
}

/// What exports do when their options do not say.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ExportDefaults {
    /// Minutes before a follow-up is due that its calendar reminder goes off (`--alarm-before`);
    /// none: when it is due.
    #[serde(deserialize_with = "minutes_in_a_year")]
    pub alarm_before: Option<u32>,
}

/// A number of minutes no longer than a year (525,600), as `--alarm-before` takes.
fn minutes_in_a_year<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    let minutes = u32::deserialize(d)?;
    if minutes > 525_600 {
        return Err(serde::de::Error::custom(format!(
            "alarm_before = {minutes}: at most 525600 minutes (a year)"
        )));
    }
    Ok(Some(minutes))
}

impl Config {
    /// Reads the config at `path`, or the defaults when there is no file there.
    pub fn load(path: &Path) -> anyhow::Result<Config> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => anyhow::bail!(crate::say!(
                "config-unreadable",
                path = path.display().to_string(),
                error = e.to_string()
            )),
        };
        Config::parse(&text).map_err(|e| {
            anyhow::anyhow!(crate::say!(
                "config-invalid",
                path = path.display().to_string(),
                error = e.to_string()
            ))
        })
    }

    /// As [`Config::load`], for the screen, which a config file must never keep from opening
    /// the notebook: a file that cannot be read or parsed gives the defaults, and what is
    /// wrong with it (naming the file and line) to say.
    /// A file that does not parse is said in one line, `path:line: what is wrong`, to fit the
    /// status bar.
    pub fn load_or_defaults(path: &Path) -> (Config, Option<String>) {
        let error = match Config::load(path) {
            Ok(config) => return (config, None),
            Err(e) => e,
        };
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let said = match Config::parse(&text) {
            Err(e) => crate::say!(
                "settings-at",
                path = path.display().to_string(),
                line = e
                    .span()
                    .map_or(1, |span| sections::line_of(&text, span.start)),
                problem = e.message().trim().replace('\n', " ")
            ),
            Ok(_) => error.to_string(),
        };
        (Config::default(), Some(said))
    }

    /// Reads the text of a config file.
    pub fn parse(text: &str) -> Result<Config, toml::de::Error> {
        let mut config: Config = toml::from_str(text)?;
        config.keys = sections::read(text, "keys");
        config.theme = sections::read(text, "theme");
        Ok(config)
    }
}

/// Where the config file lives when none is named.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "kith").map(|d| d.config_dir().join("config.toml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> anyhow::Result<Config> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        Config::load(&path)
    }

    #[test]
    fn a_missing_file_means_the_defaults() {
        let config = Config::load(Path::new("/nonexistent/kith/config.toml")).unwrap();
        assert_eq!(config.cadence, CadenceDefaults::default());
    }

    #[test]
    fn given_values_replace_their_defaults_only() {
        let config = load("[cadence]\ncustomer = 45\nsupplier = 0\nemployee = 7\n").unwrap();
        use crate::domain::Kind;
        assert_eq!(config.cadence.for_kind(Kind::Customer), Some(45));
        assert_eq!(config.cadence.for_kind(Kind::Prospect), Some(14));
        assert_eq!(
            config.cadence.for_kind(Kind::Supplier),
            None,
            "0 turns it off"
        );
        assert_eq!(config.cadence.for_kind(Kind::Employee), Some(7));
    }

    #[test]
    fn the_reminder_lead_time_is_read_and_kept_in_bounds() {
        assert_eq!(load("").unwrap().export.alarm_before, None);
        let config = load("[export]\nalarm_before = 30\n").unwrap();
        assert_eq!(config.export.alarm_before, Some(30));
        let err = load("[export]\nalarm_before = 600000\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("at most 525600") && err.contains("line 2"),
            "{err}"
        );
    }

    #[test]
    fn a_malformed_file_names_the_file_and_line() {
        let err = load("[cadence]\ncustomer = \"often\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("config.toml is not valid") && err.contains("line 2"),
            "{err}"
        );
        let err = load("[cadense]\n").unwrap_err().to_string();
        assert!(err.contains("cadense"), "{err}");
    }

    #[test]
    fn the_screen_opens_on_the_defaults_when_the_file_is_malformed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "[keys]\nnew-note = \"N\"\n[cadence]\ncustomer = [\n").unwrap();
        let (config, said) = Config::load_or_defaults(&path);
        assert_eq!(config, Config::default());
        let said = said.expect("the problem is said");
        assert!(said.contains("config.toml:4: unclosed array"), "{said}");
        std::fs::write(&path, "[keys]\nnew-note = \"N\"\n").unwrap();
        let (config, said) = Config::load_or_defaults(&path);
        assert_eq!((config.keys.text("new-note"), said), (Some(("N", 2)), None));
    }
}
