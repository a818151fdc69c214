//! The language kith speaks in, chosen once as it starts, before clap builds the help (whose
//! words are in that language): `--lang`, else the config's `[ui] language`, else the locale,
//! else English; the digits with it (`--digits`, else `[ui] digits`). The arguments and the
//! config are read here only for those two settings: clap and `Config::load` read them again
//! and say what is wrong with them.

use crate::config::{Digits, Language, UiSettings};
use crate::words::{Choice, Lang};
use std::ffi::OsString;
use std::path::PathBuf;

/// Chooses the language of this run from its arguments, config and environment.
pub fn choose_at_start(args: &[OsString]) {
    let ui = config_ui(args);
    let choice = choice(args, &ui, |name| std::env::var(name).ok());
    crate::words::choose(choice);
}

/// What the arguments, the config's `[ui]` and the locale (read through `var`) choose.
pub fn choice(args: &[OsString], ui: &UiSettings, var: impl Fn(&str) -> Option<String>) -> Choice {
    let lang = option(args, "--lang")
        .and_then(|tag| Lang::from_tag(&tag))
        .or(ui.language.map(Lang::from))
        .or_else(|| Lang::from_environment(var))
        .unwrap_or_default();
    let digits = match option(args, "--digits").as_deref() {
        Some("native") => Some(Digits::Native),
        Some("ascii") => Some(Digits::Ascii),
        _ => ui.digits,
    };
    Choice {
        lang,
        native_digits: digits == Some(Digits::Native),
    }
}

/// The value of the option `name` (`--lang ca` or `--lang=ca`) before any `--`.
fn option(args: &[OsString], name: &str) -> Option<String> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    let mut found = None;
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == name {
            found = args.next().map(|v| v.into_owned());
        } else if let Some(value) = arg.strip_prefix(name).and_then(|v| v.strip_prefix('=')) {
            found = Some(value.to_string());
        }
    }
    found
}

/// The `[ui]` section of the config this run reads (`--config`, `KITH_CONFIG` or the default
/// place); none when it cannot be read.
fn config_ui(args: &[OsString]) -> UiSettings {
    let path = option(args, "--config")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("KITH_CONFIG")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .or_else(crate::config::default_path);
    let Some(text) = path.and_then(|p| std::fs::read_to_string(p).ok()) else {
        return UiSettings::default();
    };
    #[derive(serde::Deserialize)]
    struct OnlyUi {
        #[serde(default)]
        ui: Option<toml::Value>,
    }
    toml::from_str::<OnlyUi>(&text)
        .ok()
        .and_then(|c| c.ui)
        .and_then(|ui| ui.try_into().ok())
        .unwrap_or_default()
}

/// A whole number (an id) typed in any digits: 0 to 9, Devanagari or Bengali; clap's own
/// words when it is none.
pub fn any_digits(text: &str) -> Result<u64, std::num::ParseIntError> {
    crate::words::numbers::ascii_digits(text).parse()
}

impl Language {
    /// Its tag.
    pub fn tag(self) -> &'static str {
        Lang::from(self).tag()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<OsString> {
        line.split_whitespace().map(OsString::from).collect()
    }

    fn lang(line: &str, ui: &UiSettings, env: &[(&str, &str)]) -> Lang {
        let var = |name: &str| {
            env.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        };
        choice(&args(line), ui, var).lang
    }

    #[test]
    fn the_option_wins_then_the_config_then_the_locale() {
        let ca = UiSettings {
            language: Some(Language::Ca),
            digits: None,
        };
        let none = UiSettings::default();
        let env = [("LANG", "hi_IN.UTF-8")];
        assert_eq!(lang("kith --lang bn list", &ca, &env), Lang::Bn);
        assert_eq!(lang("kith list --lang=bn", &ca, &env), Lang::Bn);
        assert_eq!(lang("kith list", &ca, &env), Lang::Ca);
        assert_eq!(lang("kith list", &none, &env), Lang::Hi);
        assert_eq!(lang("kith list", &none, &[]), Lang::En);
        assert_eq!(lang("kith log x -- --lang ca", &none, &[]), Lang::En);
    }

    #[test]
    fn native_digits_are_chosen_by_option_or_config() {
        let native = UiSettings {
            language: None,
            digits: Some(Digits::Native),
        };
        assert!(choice(&args("kith"), &native, |_| None).native_digits);
        assert!(!choice(&args("kith --digits ascii"), &native, |_| None).native_digits);
        assert!(
            choice(
                &args("kith --digits native"),
                &UiSettings::default(),
                |_| None
            )
            .native_digits
        );
    }
}
