//! Text that breaks parsers written with ASCII in mind: digits and separators next to
//! multi-byte letters, combining marks, joiners, empty strings and very long ones.
#![allow(dead_code)]

use proptest::prelude::*;

/// Pieces whose bytes are not their characters: é is two bytes, क्षि is four code points in
/// one grapheme, U+0301 combines with whatever comes before, ZWJ glues emoji, İ grows when
/// lower-cased, Ⱥ changes byte length when lower-cased.
const AWKWARD: &[&str] = &[
    "é",
    "e\u{301}",
    "\u{301}",
    "क्षि",
    "ক্ষ",
    "१२",
    "\u{200D}",
    "👩\u{200D}👩\u{200D}👧",
    "İ",
    "Ⱥ",
    "ß",
    "\u{FEFF}",
    "\u{202E}",
    "\u{1F}",
    "\0",
    "\r\n",
    "\n",
    "\t",
    "\u{3000}",
];

/// One character or short piece: mostly ASCII digits and separators, often something awkward.
pub fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[0-9]",
        2 => "[-/:.,+;=#>< ]",
        1 => "[a-zA-Z]",
        // Longer than any date word: parsers that keep words in fixed buffers meet their end.
        1 => "[a-zA-Z]{14,20}",
        3 => proptest::sample::select(AWKWARD).prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Arbitrary text in the shapes that matter: short mixes of pieces, any Unicode, empty, long.
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        10 => short_text(),
        1 => long_text(),
    ]
}

/// As [`text`], without the long ones: for the many fields of one file.
pub fn short_text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::collection::vec(piece(), 0..24).prop_map(|p| p.concat()),
        3 => any::<String>(),
        1 => Just(String::new()),
    ]
}

/// Thousands of characters: a piece repeated, or a mix of pieces repeated.
pub fn long_text() -> impl Strategy<Value = String> {
    (proptest::collection::vec(piece(), 1..8), 300usize..1500)
        .prop_map(|(p, n)| p.concat().repeat(n))
        .prop_map(|s| s.chars().take(10_000).collect())
}

/// A valid example with a piece put in, a character taken out, or characters written over,
/// so the awkward character lands where the parser slices. Writing over as many bytes as the
/// piece has keeps the byte length of the example, which is what fixed-width forms check.
pub fn around_valid(valid: &'static [&'static str]) -> impl Strategy<Value = String> {
    (
        proptest::sample::select(valid),
        any::<prop::sample::Index>(),
        piece(),
        0u8..4,
    )
        .prop_map(|(v, at, piece, how)| {
            let chars: Vec<char> = v.chars().collect();
            let at = at.index(chars.len() + 1);
            let before: String = chars[..at].iter().collect();
            let mut after = chars[at..].iter();
            match how {
                0 => {}
                1 | 2 => {
                    after.next();
                }
                _ => {
                    let mut dropped = 0;
                    while dropped < piece.len() {
                        match after.next() {
                            Some(c) => dropped += c.len_utf8(),
                            None => break,
                        }
                    }
                }
            }
            let after: String = after.collect();
            let piece = if how == 1 { "" } else { piece.as_str() };
            format!("{before}{piece}{after}")
        })
}
