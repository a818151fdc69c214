//! Every sentence kith says to a person, by name: the English words live in Project Fluent
//! files under `assets/words/en/` (one file per part of the program), compiled into the binary.
//! Code asks for a message by its id, with its arguments, and never spells the sentence itself:
//!
//! ```
//! let said = kith::say!("words-example", count = 2, who = "Núria");
//! assert_eq!(said, "2 notes for Núria");
//! ```
//!
//! Each file is read the first time one of its messages is said, so a message may refer only
//! to messages of its own file (the tests check it).
//!
//! Arguments are values (text, numbers); a number chooses a plural form in the files
//! (`{ $count -> [one] … *[other] … }`). Unicode isolation marks are off: kith's text rules
//! (`crate::text`) already keep what a name contains from steering the line around it.

pub mod dates;
pub mod lang;
pub mod numbers;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

pub use fluent_bundle::FluentArgs as Args;
pub use lang::{Choice, Lang, choose, chosen};

// `ENGLISH` (every file under assets/words/en, by part), `TRANSLATED` (each other folder's
// files, in English's order) and `INDEX` (which file defines each id), made by build.rs.
include!(concat!(env!("OUT_DIR"), "/words.rs"));

type Bundle = FluentBundle<FluentResource>;

/// Each language's files' words, read the first time one of their messages is asked for: a
/// command reads only the files whose messages it says, not the whole catalogue. The first row
/// is English's, then one row per translation in `TRANSLATED`'s order.
fn bundles() -> &'static [Vec<OnceLock<Option<Bundle>>>] {
    static BUNDLES: OnceLock<Vec<Vec<OnceLock<Option<Bundle>>>>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        (0..=TRANSLATED.len())
            .map(|_| ENGLISH.iter().map(|_| OnceLock::new()).collect())
            .collect()
    })
}

/// The words of English file `file`, read now if they were not yet.
fn english(file: usize) -> &'static Bundle {
    let (part, text) = ENGLISH[file];
    bundles()[0][file]
        .get_or_init(|| Some(read("en", part, text)))
        .as_ref()
        .expect("English has every file")
}

/// The chosen language's file in the place of English file `file`, when it has one.
fn translated(file: usize) -> Option<&'static Bundle> {
    let tag = chosen().lang.tag();
    let row = TRANSLATED.iter().position(|(t, _)| *t == tag)?;
    bundles()[row + 1][file]
        .get_or_init(|| {
            let text = TRANSLATED[row].1[file]?;
            Some(read(tag, ENGLISH[file].0, text))
        })
        .as_ref()
}

/// A file's text as a bundle of language `tag` (whose plural rules it follows), its numbers
/// written in the chosen digits: English's too, for the messages a translation lacks and says
/// in English (in English's own digits the formatter writes what Fluent would).
fn read(tag: &str, part: &str, text: &str) -> Bundle {
    let lang: unic_langid::LanguageIdentifier = tag.parse().expect("a language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(number));
    // A file that does not parse is refused by the tests; here its good messages serve.
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
    if let Err(errors) = bundle.add_resource(resource) {
        debug_assert!(tag != "en", "{part}.ftl repeats messages: {errors:?}");
    }
    bundle
}

/// A number a message says (`{ $count }`), in the chosen digits: Fluent's own text of it (its
/// fraction digits as the message asks), each ASCII digit made the language's own when native
/// digits are chosen. Never grouped: the formatter cannot tell a count from an id or a year,
/// which must stay whole. Plural forms are chosen from the number, not from this text.
fn number<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(numbers::digits(&n.as_string())),
        _ => None,
    }
}

/// Which file defines each message, from the index build.rs made.
fn file_of(id: &str) -> Option<usize> {
    let at = INDEX.binary_search_by(|(known, _)| (*known).cmp(id)).ok()?;
    Some(usize::from(INDEX[at].1))
}

/// The part (file) that defines message `id`, as kith finds it.
pub fn part_of(id: &str) -> Option<&'static str> {
    file_of(id).map(|file| ENGLISH[file].0)
}

/// The message `id` with `args` in the chosen language, or in English when its file there
/// lacks it or cannot say it; its id itself when there is no such message (the tests make sure
/// every id the code asks for exists).
pub fn say(id: &str, args: Option<&FluentArgs>) -> String {
    let Some(file) = file_of(id) else {
        debug_assert!(false, "no message '{id}' in assets/words/en");
        return id.to_string();
    };
    if let Some(bundle) = translated(file)
        && let Some(pattern) = bundle.get_message(id).and_then(|m| m.value())
    {
        let mut errors = Vec::new();
        let said = bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            return said.into_owned();
        }
    }
    let bundle = english(file);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        debug_assert!(false, "no message '{id}' in assets/words/en");
        return id.to_string();
    };
    let mut errors = Vec::new();
    let said = bundle.format_pattern(pattern, args, &mut errors);
    debug_assert!(errors.is_empty(), "message '{id}': {errors:?}");
    said.into_owned()
}

/// The attribute `attr` of message `id` (`id = …` then `    .attr = …`), when it has one: a
/// second wording of the same thing, such as the long form of a command's help. In the chosen
/// language when its file has it, else in English.
pub fn say_attribute(id: &str, attr: &str) -> Option<String> {
    let file = file_of(id)?;
    if let Some(bundle) = translated(file)
        && let Some(pattern) = bundle.get_message(id).and_then(|m| m.get_attribute(attr))
    {
        let mut errors = Vec::new();
        let said = bundle.format_pattern(pattern.value(), None, &mut errors);
        if errors.is_empty() {
            return Some(said.into_owned());
        }
    }
    let bundle = english(file);
    let pattern = bundle.get_message(id)?.get_attribute(attr)?.value();
    let mut errors = Vec::new();
    let said = bundle.format_pattern(pattern, None, &mut errors);
    debug_assert!(errors.is_empty(), "message '{id}.{attr}': {errors:?}");
    Some(said.into_owned())
}

/// `say!("id")` or `say!("id", name = value, …)`: the message `id` in words, with its arguments.
#[macro_export]
macro_rules! say {
    ($id:literal) => {{
        // A message without arguments says the same all run long (the language is chosen
        // once, at start): each place that says one formats it once.
        static SAID: ::std::sync::OnceLock<String> = ::std::sync::OnceLock::new();
        SAID.get_or_init(|| $crate::words::say($id, None)).clone()
    }};
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
