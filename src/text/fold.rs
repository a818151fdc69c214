//! Folding text for matching and sorting: NFC, lower case, and Latin-style diacritics removed,
//! so `nuria` finds `Núria` and `Àlex` sorts with `alex`. Marks that are letters of their own
//! script (Devanagari and Bengali vowel signs, viramas, nuktas) are kept: removing them would
//! merge different words.

use unicode_normalization::UnicodeNormalization;

/// Diacritics that sit on Latin, Greek and Cyrillic letters and can be dropped for matching.
fn is_foldable_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}'
    )
}

/// The words of a note, folded and without repeats, as the note index stores them. Words are
/// found by Unicode word boundaries, so Devanagari and Bengali words keep their vowel signs.
pub fn note_tokens(text: &str) -> Vec<String> {
    use unicode_segmentation::UnicodeSegmentation;
    let folded = fold(text);
    let mut seen = std::collections::HashSet::new();
    folded
        .unicode_words()
        .filter(|w| w.len() <= MAX_TOKEN_BYTES && seen.insert(*w))
        .map(str::to_string)
        .collect()
}

/// Longer words are not indexed (a pasted hash or URL, not something people search for).
pub const MAX_TOKEN_BYTES: usize = 64;

/// Punctuation that joins the letters of one word: the Catalan middle dot (`paral·lel`), the
/// hyphenation point, and apostrophes (`l'àvia`, `O’Brien`). Between two letters it is dropped,
/// so `parallel` finds `Paral·lel`.
fn is_inword_mark(c: char) -> bool {
    matches!(c, '\u{00B7}' | '\u{2027}' | '\'' | '\u{2019}' | '\u{02BC}')
}

/// `folded` without the in-word marks that stand between two letters or digits.
fn without_inword_marks(folded: String) -> String {
    if !folded.contains(is_inword_mark) {
        return folded;
    }
    let chars: Vec<char> = folded.chars().collect();
    let joins = |i: usize| {
        i > 0
            && i + 1 < chars.len()
            && chars[i - 1].is_alphanumeric()
            && chars[i + 1].is_alphanumeric()
    };
    (chars.iter().enumerate())
        .filter(|(i, c)| !(is_inword_mark(**c) && joins(*i)))
        .map(|(_, c)| *c)
        .collect()
}

/// The folded form of `s`, used as a sort key and for case- and accent-insensitive matching.
pub fn fold(s: &str) -> String {
    without_inword_marks(fold_letters(s))
}

/// `fold` but for in-word marks.
fn fold_letters(s: &str) -> String {
    if s.is_ascii() {
        let mut out = String::with_capacity(s.len());
        let mut space = false;
        for c in s.trim().chars() {
            if c.is_whitespace() {
                space = true;
            } else {
                if space {
                    out.push(' ');
                    space = false;
                }
                out.push(c.to_ascii_lowercase());
            }
        }
        return out;
    }
    let stripped: String = s
        .nfd()
        .filter(|c| !is_foldable_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ß' => 's', // keep one char per char: "ss" would need two
            'ł' => 'l',
            'ø' => 'o',
            'đ' => 'd',
            'ı' => 'i',
            c => c,
        })
        .collect();
    let composed: String = stripped.nfc().collect();
    composed.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::{fold, fold_letters, note_tokens};

    #[test]
    fn a_mark_joining_the_letters_of_a_word_folds_away() {
        assert_eq!(fold("Paral·lel Estudi"), "parallel estudi");
        assert_eq!(fold("L'Àvia"), "lavia");
        assert_eq!(fold("O’Brien & Co"), "obrien & co");
        // Not between two letters: kept.
        assert_eq!(fold("'quoted' ·"), "'quoted' ·");
        assert_eq!(fold("rock 'n' roll"), "rock 'n' roll");
    }

    #[test]
    fn folds_case_and_latin_diacritics() {
        assert_eq!(fold("Martí"), "marti");
        assert_eq!(fold("JOSÉ"), "jose");
        assert_eq!(fold("Núria  Puig"), "nuria puig");
        assert_eq!(fold("Café"), "cafe");
        assert_eq!(fold("L·lúcia Ç"), "llucia c");
        assert_eq!(fold("Jose\u{301}"), fold("José"));
    }

    #[test]
    fn note_tokens_are_folded_words_in_any_script() {
        assert_eq!(
            note_tokens("Diwali invoice: send the INVOICE, José!"),
            ["diwali", "invoice", "send", "the", "jose"]
        );
        assert_eq!(
            note_tokens("दिवाली के ऑर्डर के बारे में"),
            ["दिवाली", "के", "ऑर्डर", "बारे", "में"]
        );
        assert_eq!(note_tokens("নতুন অর্ডারের কথা"), ["নতুন", "অর্ডারের", "কথা"]);
        assert_eq!(note_tokens("l'última comanda"), ["lultima", "comanda"]);
        assert!(note_tokens(&"x".repeat(100)).is_empty());
    }

    #[test]
    fn keeps_indic_marks() {
        assert_eq!(fold("अनीता शर्मा"), "अनीता शर्मा");
        assert_eq!(fold("সুমন দাস"), "সুমন দাস");
        assert_ne!(
            fold("काम"),
            fold("कम"),
            "a vowel sign is a letter, not an accent"
        );
    }

    #[test]
    fn ascii_fast_path_agrees_with_the_general_path() {
        for s in ["  Ana  Smith ", "BOB", "o'neil-x"] {
            let general: String = {
                let lower = s.to_lowercase();
                lower.split_whitespace().collect::<Vec<_>>().join(" ")
            };
            assert_eq!(fold_letters(s), general);
        }
    }
}
