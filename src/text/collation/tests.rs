use super::{Collation, folded_of_key};
use crate::text::fold;
use icu_collator::Collator;
use icu_collator::options::{CollatorOptions, Strength};
use std::cmp::Ordering;

/// `names` sorted as a notebook of `collation` keeps them: by order key.
fn kept_order<'a>(collation: Collation, names: &[&'a str]) -> Vec<&'a str> {
    let mut sorted = names.to_vec();
    sorted.sort_by_key(|n| collation.order_key(&fold(n)));
    sorted
}

/// Whether `sorted` is in order by ICU4X's collator for `locale` at the first level (where
/// `Angel` and `Àngel` are alike, as folded names are).
fn in_icu_order(locale: &str, sorted: &[&str]) -> Result<(), String> {
    let locale: icu_locale_core::Locale = locale.parse().expect("a locale");
    let mut options = CollatorOptions::default();
    options.strength = Some(Strength::Primary);
    let icu = Collator::try_new((&locale).into(), options).expect("compiled data");
    match sorted
        .windows(2)
        .find(|w| icu.compare(w[0], w[1]) == Ordering::Greater)
    {
        Some(w) => Err(format!("{} before {} in {sorted:?}", w[0], w[1])),
        None => Ok(()),
    }
}

const DEVANAGARI: &[&str] = &[
    "ह", "अ", "ग", "आ", "ख", "क", "इ", "ई", "उ", "ए", "ओ", "च", "ज", "ट", "ड", "त", "द", "न", "प",
    "ब", "म", "य", "र", "ल", "व", "श", "ष", "स",
];
const BENGALI: &[&str] = &[
    "হ", "অ", "গ", "আ", "খ", "ক", "ই", "ঈ", "উ", "এ", "ও", "চ", "জ", "ট", "ড", "ত", "দ", "ন", "প",
    "ব", "ম", "য", "র", "ল", "শ", "ষ", "স",
];
const NAMES: &[&str] = &[
    "Zoe Wright",
    "Àngel Vidal",
    "Angela Roca",
    "Angel Soler",
    "Marc Col·lell",
    "Marc Colom",
    "Marc Coll",
    "Lluc Serra",
    "Laia Puig",
    "Núria Puig",
    "Nuria Pons",
    "अनीता शर्मा",
    "अमित गुप्ता",
    "अर्जुन सिंह",
    "काम",
    "कम",
    "किरण",
    "कृष्ण",
    "क्षमा",
    "लक्ष्मी गुप्ता",
    "सुनीता वर्मा",
    "সুমন দাস",
    "অনীতা দাস",
    "রবীন্দ্রনাথ ঠাকুর",
    "বিকাশ রায়",
    "কমল",
    "কাজল",
];

#[test]
fn the_alphabets_of_devanagari_and_bengali_sort_in_their_order() {
    let kept = kept_order(Collation::Root, DEVANAGARI);
    assert_eq!(kept[..3], ["अ", "आ", "इ"]);
    assert_eq!(kept[kept.len() - 1], "ह");
    let kept = kept_order(Collation::Root, BENGALI);
    assert_eq!(kept[..3], ["অ", "আ", "ই"]);
    for locale in ["en", "hi", "bn", "ca"] {
        let collation = Collation::of_locale(locale);
        for alphabet in [DEVANAGARI, BENGALI] {
            in_icu_order(locale, &kept_order(collation, alphabet)).unwrap();
        }
    }
}

#[test]
fn names_sort_as_the_locale_collates_them() {
    for locale in ["en", "ca", "hi", "bn"] {
        let kept = kept_order(Collation::of_locale(locale), NAMES);
        in_icu_order(locale, &kept).unwrap_or_else(|e| panic!("{locale}: {e}"));
    }
}

#[test]
fn accents_and_the_catalan_middle_dot_sort_in_place() {
    let kept = kept_order(Collation::of_locale("ca_ES.UTF-8"), NAMES);
    let at = |name| kept.iter().position(|n| *n == name).unwrap();
    assert_eq!(at("Àngel Vidal"), at("Angel Soler") + 1);
    assert_eq!(at("Angela Roca"), at("Àngel Vidal") + 1);
    assert_eq!(at("Marc Col·lell"), at("Marc Coll") + 1);
    assert_eq!(at("Nuria Pons") + 1, at("Núria Puig"));
}

#[test]
fn each_locale_puts_its_own_script_first() {
    let first = |locale| kept_order(Collation::of_locale(locale), NAMES)[0];
    assert_eq!(first("en_GB.UTF-8"), "Angel Soler");
    assert_eq!(first("ca"), "Angel Soler");
    assert_eq!(first("hi_IN"), "अनीता शर्मा");
    assert_eq!(first("bn-BD"), "অনীতা দাস");
    assert_eq!(first("C"), "Angel Soler");
}

#[test]
fn a_key_gives_back_its_folded_name_and_its_collation_by_tag() {
    for collation in [Collation::Root, Collation::Hindi, Collation::Bengali] {
        for name in NAMES {
            let folded = fold(name);
            assert_eq!(folded_of_key(&collation.order_key(&folded)), folded);
        }
        assert_eq!(Collation::of_tag(collation.tag()), collation);
    }
    assert_eq!(Collation::of_tag("xx"), Collation::Root);
}
