//! Numbers as people read them in the chosen language: amounts and counts grouped as its
//! locale groups them (Hindi and Bengali `1,00,000.50`, the Indian way; Catalan `1.000,50`;
//! English as kith always wrote them, `100000.50`), in its own digits when those were chosen.
//! What people type is read whatever digits they use ([`ascii_digits`]). Exports never come
//! here: their numbers are the plain ones.

use super::lang::{Lang, chosen, native_digits};
use std::borrow::Cow;

/// `text` with each ASCII digit in the chosen language's own digits, when those were chosen.
pub fn digits(text: &str) -> String {
    match native_digits() {
        Some(own) => text
            .chars()
            .map(|c| {
                c.to_digit(10)
                    .filter(|_| c.is_ascii_digit())
                    .map_or(c, |d| own[d as usize])
            })
            .collect(),
        None => text.to_string(),
    }
}

/// `text` with every Devanagari or Bengali digit as its ASCII digit: what people type is read
/// in any of them, whatever the chosen language.
pub fn ascii_digits(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(ascii_digit).collect())
}

/// A Devanagari or Bengali digit as its ASCII digit; every other character as it is.
fn ascii_digit(c: char) -> char {
    let value = match c {
        '\u{0966}'..='\u{096F}' => u32::from(c) - 0x0966,
        '\u{09E6}'..='\u{09EF}' => u32::from(c) - 0x09E6,
        _ => return c,
    };
    char::from_digit(value, 10).unwrap_or(c)
}

/// A count, grouped and in the digits of the chosen language.
pub fn count(n: u64) -> String {
    number_in(chosen().lang, false, n, None)
}

/// A number with its sign, whole part and, when it has them, `decimals` decimal digits
/// (`fraction` of them), as the chosen language writes it.
pub fn decimal(negative: bool, whole: u64, fraction: Option<(u64, usize)>) -> String {
    number_in(chosen().lang, negative, whole, fraction)
}

/// As [`decimal`], in `lang` (digits as chosen).
pub fn number_in(lang: Lang, negative: bool, whole: u64, fraction: Option<(u64, usize)>) -> String {
    let (group, point) = marks(lang);
    let mut out = String::from(if negative { "-" } else { "" });
    out.push_str(&grouped(&whole.to_string(), lang, group));
    if let Some((fraction, width)) = fraction {
        out.push(point);
        out.push_str(&format!("{fraction:0width$}"));
    }
    digits(&out)
}

/// The grouping mark and the decimal point of `lang` (English groups nothing).
fn marks(lang: Lang) -> (Option<char>, char) {
    match lang {
        Lang::En => (None, '.'),
        Lang::Hi | Lang::Bn => (Some(','), '.'),
        Lang::Ca => (Some('.'), ','),
    }
}

/// The ASCII digits `whole` grouped: threes in Catalan; the last three then twos in Hindi and
/// Bengali.
fn grouped(whole: &str, lang: Lang, mark: Option<char>) -> String {
    let Some(mark) = mark else {
        return whole.to_string();
    };
    let indian = matches!(lang, Lang::Hi | Lang::Bn);
    let mut groups: Vec<&str> = Vec::new();
    let mut rest = whole;
    let mut size = 3;
    while rest.len() > size {
        let (head, tail) = rest.split_at(rest.len() - size);
        groups.push(tail);
        rest = head;
        if indian {
            size = 2;
        }
    }
    groups.push(rest);
    groups.reverse();
    groups.join(&mark.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_its_own_way() {
        assert_eq!(
            number_in(Lang::En, false, 100_000, Some((50, 2))),
            "100000.50"
        );
        assert_eq!(
            number_in(Lang::Hi, false, 100_000, Some((50, 2))),
            "1,00,000.50"
        );
        assert_eq!(number_in(Lang::Bn, true, 12_345_678, None), "-1,23,45,678");
        assert_eq!(number_in(Lang::Ca, false, 1000, Some((0, 2))), "1.000,00");
        assert_eq!(number_in(Lang::Ca, false, 999, Some((5, 2))), "999,05");
        assert_eq!(number_in(Lang::Hi, false, 999, None), "999");
        assert_eq!(number_in(Lang::Ca, false, 1_234_567, None), "1.234.567");
    }

    #[test]
    fn native_digits_are_read_as_ascii() {
        assert_eq!(ascii_digits("३ दिन में"), "3 दिन में");
        assert_eq!(ascii_digits("৩ দিনে"), "3 দিনে");
        assert_eq!(ascii_digits("२०२६-१२-०४"), "2026-12-04");
        assert_eq!(ascii_digits("4 dec"), "4 dec");
    }
}
