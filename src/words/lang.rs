//! Which language kith speaks, chosen once when it starts: `--lang`, else the config's
//! `[ui] language`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: the first that is set and
//! not empty, as POSIX says), else English. A locale kith has no words for is English too.
//!
//! Native digits (`[ui] digits = "native"`, `--digits native`) are chosen with it: Devanagari
//! digits in Hindi, Bengali digits in Bengali; other languages have none of their own.

use std::sync::OnceLock;

/// A language kith can speak. English is every other language's fallback, message by message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Hi,
    Bn,
    Ca,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Hi, Lang::Bn, Lang::Ca];

    /// The tag of its folder under `assets/words/` and of its plural rules.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hi => "hi",
            Lang::Bn => "bn",
            Lang::Ca => "ca",
        }
    }

    /// A language by its tag (`ca`, case ignored).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// The language of a locale's value: `hi_IN.UTF-8`, `bn_BD`, `ca_ES@valencia`, `ca-ES`;
    /// `C`, `POSIX` and every language kith has no words for are English.
    pub fn from_locale(value: &str) -> Lang {
        let language = value
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .split(['_', '-'])
            .next()
            .unwrap_or_default();
        Lang::from_tag(language).unwrap_or(Lang::En)
    }

    /// The language the locale variables name, read through `var` (POSIX precedence: the first
    /// of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty); none when none is.
    pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(var)
            .find(|value| !value.is_empty())
            .map(|value| Lang::from_locale(&value))
    }

    /// Its own digits, zero to nine, when it has digits of its own.
    pub fn native_digits(self) -> Option<[char; 10]> {
        match self {
            Lang::Hi => Some(['०', '१', '२', '३', '४', '५', '६', '७', '८', '९']),
            Lang::Bn => Some(['০', '১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯']),
            Lang::En | Lang::Ca => None,
        }
    }
}

/// What was chosen at start: the language and whether numbers use its own digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Choice {
    pub lang: Lang,
    pub native_digits: bool,
}

static CHOSEN: OnceLock<Choice> = OnceLock::new();

/// Sets the language for the rest of the run; the first choice stands (false when one was
/// already made, or a message was said before, which fixes English).
pub fn choose(choice: Choice) -> bool {
    CHOSEN.set(choice).is_ok()
}

/// The choice in force: English with its digits until one is made.
pub fn chosen() -> Choice {
    *CHOSEN.get_or_init(Choice::default)
}

/// Whether numbers are shown in the chosen language's own digits.
pub fn native_digits() -> Option<[char; 10]> {
    let choice = chosen();
    choice
        .native_digits
        .then(|| choice.lang.native_digits())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_their_language() {
        assert_eq!(Lang::from_locale("hi_IN.UTF-8"), Lang::Hi);
        assert_eq!(Lang::from_locale("bn_BD"), Lang::Bn);
        assert_eq!(Lang::from_locale("bn_IN.UTF-8"), Lang::Bn);
        assert_eq!(Lang::from_locale("ca_ES@valencia"), Lang::Ca);
        assert_eq!(Lang::from_locale("ca_ES.UTF-8"), Lang::Ca);
        assert_eq!(Lang::from_locale("ca"), Lang::Ca);
        assert_eq!(Lang::from_locale("C"), Lang::En);
        assert_eq!(Lang::from_locale("POSIX"), Lang::En);
        assert_eq!(Lang::from_locale("C.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("fr_FR.UTF-8"), Lang::En);
    }

    #[test]
    fn the_first_locale_variable_set_and_not_empty_wins() {
        fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
            let pairs: Vec<(String, String)> = pairs
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect();
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| v.clone())
            }
        }
        let all = [
            ("LC_ALL", "ca_ES"),
            ("LC_MESSAGES", "hi_IN"),
            ("LANG", "bn_BD"),
        ];
        assert_eq!(Lang::from_environment(env(&all)), Some(Lang::Ca));
        let empty = [("LC_ALL", ""), ("LC_MESSAGES", "hi_IN"), ("LANG", "bn_BD")];
        assert_eq!(Lang::from_environment(env(&empty)), Some(Lang::Hi));
        assert_eq!(
            Lang::from_environment(env(&[("LANG", "C")])),
            Some(Lang::En)
        );
        assert_eq!(Lang::from_environment(env(&[])), None);
    }
}
