//! Every sentence kith says to a person, by name: the English words live in Project Fluent
//! files under `assets/words/en/` (one file per part of the program), compiled into the binary.
//! Code asks for a message by its id, with its arguments, and never spells the sentence itself:
//!
//! ```
//! let said = kith::say!("words-example", count = 2, who = "Núria");
//! assert_eq!(said, "2 notes for Núria");
//! ```
//!
//! Arguments are values (text, numbers); a number chooses a plural form in the files
//! (`{ $count -> [one] … *[other] … }`). Unicode isolation marks are off: kith's text rules
//! (`crate::text`) already keep what a name contains from steering the line around it.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::sync::OnceLock;

pub use fluent_bundle::FluentArgs as Args;

/// The English files, by part: what each holds is said at its top.
pub const ENGLISH: &[(&str, &str)] = &[
    ("words", include_str!("../../assets/words/en/words.ftl")),
    ("domain", include_str!("../../assets/words/en/domain.ftl")),
    ("store", include_str!("../../assets/words/en/store.ftl")),
    ("files", include_str!("../../assets/words/en/files.ftl")),
];

/// The English words, read once.
fn english() -> &'static FluentBundle<FluentResource> {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        let lang: unic_langid::LanguageIdentifier = "en".parse().expect("a language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        bundle.set_use_isolating(false);
        for (part, text) in ENGLISH {
            // A file that does not parse is refused by the tests; here its good messages serve.
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
            if let Err(errors) = bundle.add_resource(resource) {
                debug_assert!(false, "{part}.ftl repeats messages: {errors:?}");
            }
        }
        bundle
    })
}

/// The message `id` with `args`; its id itself when there is no such message (the tests make
/// sure every id the code asks for exists).
pub fn say(id: &str, args: Option<&FluentArgs>) -> String {
    let bundle = english();
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        debug_assert!(false, "no message '{id}' in assets/words/en");
        return id.to_string();
    };
    let mut errors = Vec::new();
    let said = bundle.format_pattern(pattern, args, &mut errors);
    debug_assert!(errors.is_empty(), "message '{id}': {errors:?}");
    said.into_owned()
}

/// `say!("id")` or `say!("id", name = value, …)`: the message `id` in words, with its arguments.
#[macro_export]
macro_rules! say {
    ($id:literal) => {
        $crate::words::say($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::words::Args::new();
        $( args.set(stringify!($name), $value); )+
        $crate::words::say($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    #[test]
    fn arguments_and_plurals_are_filled_in() {
        assert_eq!(
            crate::say!("words-example", count = 1, who = "Núria"),
            "1 note for Núria"
        );
        assert_eq!(
            crate::say!("words-example", count = 12, who = "অনীতা"),
            "12 notes for অনীতা"
        );
    }
}
