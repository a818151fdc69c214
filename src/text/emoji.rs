//! Emoji sequences the display sanitiser keeps whole (see `display`): a zero-width joiner (ZWJ)
//! between two emoji (👨‍👩‍👧, 🏳️‍🌈, 👩🏽‍💻), and the tag run of a subdivision flag (🏴󠁧󠁢󠁳󠁣󠁴󠁿). Anywhere else a
//! ZWJ or a tag character is dropped: it would hide itself, or hide a text.
//!
//! A joiner is kept only where it joins two emoji into one glyph that the width tables, and
//! so the screen's layout, count as two columns, the way a modern terminal draws it: a
//! well-formed, fully-qualified emoji ZWJ sequence. One the tables would count as its parts
//! (`🏳‍🌈` without its U+FE0F) loses its joiners and is drawn as those parts, in the columns
//! every terminal agrees on.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

const ZWJ: char = '\u{200D}';
/// VARIATION SELECTOR-16: draw the character before as an emoji.
const VS16: char = '\u{FE0F}';
/// The black flag: the base of a subdivision flag's tag run.
const BLACK_FLAG: char = '\u{1F3F4}';

/// The tag runs after 🏴 of the subdivision flags Unicode recommends (England, Scotland,
/// Wales): the tag letters of the region's code, then CANCEL TAG. Any other run of tag
/// characters could carry a hidden text and is dropped.
const SUBDIVISION_TAGS: [&str; 3] = [
    "\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", // gbeng
    "\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", // gbsct
    "\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}", // gbwls
];

/// Unicode's Extended_Pictographic property (emoji-data.txt, Unicode 16): the characters an
/// emoji ZWJ sequence is built of.
const EXTENDED_PICTOGRAPHIC: [(u32, u32); 78] = [
    (0x00A9, 0x00A9),
    (0x00AE, 0x00AE),
    (0x203C, 0x203C),
    (0x2049, 0x2049),
    (0x2122, 0x2122),
    (0x2139, 0x2139),
    (0x2194, 0x2199),
    (0x21A9, 0x21AA),
    (0x231A, 0x231B),
    (0x2328, 0x2328),
    (0x2388, 0x2388),
    (0x23CF, 0x23CF),
    (0x23E9, 0x23F3),
    (0x23F8, 0x23FA),
    (0x24C2, 0x24C2),
    (0x25AA, 0x25AB),
    (0x25B6, 0x25B6),
    (0x25C0, 0x25C0),
    (0x25FB, 0x25FE),
    (0x2600, 0x2605),
    (0x2607, 0x2612),
    (0x2614, 0x2685),
    (0x2690, 0x2705),
    (0x2708, 0x2712),
    (0x2714, 0x2714),
    (0x2716, 0x2716),
    (0x271D, 0x271D),
    (0x2721, 0x2721),
    (0x2728, 0x2728),
    (0x2733, 0x2734),
    (0x2744, 0x2744),
    (0x2747, 0x2747),
    (0x274C, 0x274C),
    (0x274E, 0x274E),
    (0x2753, 0x2755),
    (0x2757, 0x2757),
    (0x2763, 0x2767),
    (0x2795, 0x2797),
    (0x27A1, 0x27A1),
    (0x27B0, 0x27B0),
    (0x27BF, 0x27BF),
    (0x2934, 0x2935),
    (0x2B05, 0x2B07),
    (0x2B1B, 0x2B1C),
    (0x2B50, 0x2B50),
    (0x2B55, 0x2B55),
    (0x3030, 0x3030),
    (0x303D, 0x303D),
    (0x3297, 0x3297),
    (0x3299, 0x3299),
    (0x1F000, 0x1F0FF),
    (0x1F10D, 0x1F10F),
    (0x1F12F, 0x1F12F),
    (0x1F16C, 0x1F171),
    (0x1F17E, 0x1F17F),
    (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A),
    (0x1F1AD, 0x1F1E5),
    (0x1F201, 0x1F20F),
    (0x1F21A, 0x1F21A),
    (0x1F22F, 0x1F22F),
    (0x1F232, 0x1F23A),
    (0x1F23C, 0x1F23F),
    (0x1F249, 0x1F3FA),
    (0x1F400, 0x1F53D),
    (0x1F546, 0x1F64F),
    (0x1F680, 0x1F6FF),
    (0x1F774, 0x1F77F),
    (0x1F7D5, 0x1F7FF),
    (0x1F80C, 0x1F80F),
    (0x1F848, 0x1F84F),
    (0x1F85A, 0x1F85F),
    (0x1F888, 0x1F88F),
    (0x1F8AE, 0x1F8FF),
    (0x1F90C, 0x1F93A),
    (0x1F93C, 0x1F945),
    (0x1F947, 0x1FAFF),
    (0x1FC00, 0x1FFFD),
];

/// Whether `c` is an emoji an emoji ZWJ sequence can be built of (Extended_Pictographic).
pub fn is_pictographic(c: char) -> bool {
    let c = c as u32;
    EXTENDED_PICTOGRAPHIC
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// The five skin tones (Fitzpatrick modifiers 🏻..🏿).
fn is_emoji_modifier(c: char) -> bool {
    matches!(c, '\u{1F3FB}'..='\u{1F3FF}')
}

/// Whether a ZWJ standing between `before` (the text already kept, whose last character
/// `last_in` also ended the input before the joiner) and `after` (the input after it) joins
/// two emoji: `before` ends with an emoji, bare, with U+FE0F or with a skin tone, and `after`
/// begins with one. A run of joiners, or a joiner after something dropped, joins nothing.
pub(super) fn joins_emoji(before: &str, last_in: Option<char>, after: &str) -> bool {
    let mut back = before.chars().rev();
    let ends_emoji = match back.next() {
        Some(c) if is_pictographic(c) => true,
        Some(c) if c == VS16 || is_emoji_modifier(c) => back.next().is_some_and(is_pictographic),
        _ => false,
    };
    ends_emoji
        && last_in == before.chars().next_back()
        && after.chars().next().is_some_and(is_pictographic)
}

/// After a 🏴 at the end of `before`, the length in bytes of the subdivision flag's tag run
/// that begins `after`, if it is one Unicode recommends.
pub(super) fn flag_tags(before: &str, after: &str) -> Option<usize> {
    if !before.ends_with(BLACK_FLAG) {
        return None;
    }
    SUBDIVISION_TAGS
        .iter()
        .find(|tags| after.starts_with(*tags))
        .map(|tags| tags.len())
}

/// `s` with the joiners taken out of every emoji ZWJ sequence the width tables would not draw
/// as one two-column glyph (a sequence that is not fully qualified, such as 🏳‍🌈 without
/// U+FE0F): such a sequence is drawn as its parts, which every terminal agrees on.
pub(super) fn unjoin_partial_sequences(s: String) -> String {
    let partial = |g: &str| {
        g.contains(ZWJ) && g.chars().next().is_some_and(is_pictographic) && g.width() != 2
    };
    if !s.graphemes(true).any(partial) {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    for g in s.graphemes(true) {
        if partial(g) {
            out.extend(g.chars().filter(|&c| c != ZWJ));
        } else {
            out.push_str(g);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_knows_emoji_from_letters() {
        assert!(EXTENDED_PICTOGRAPHIC.windows(2).all(|w| w[0].1 < w[1].0));
        for c in ['👨', '👩', '🌈', '🏳', '❄', '♀', '🤝', '💻', '🗨', '🔥', '©']
        {
            assert!(is_pictographic(c), "{c}");
        }
        for c in [
            'a',
            'क',
            '\u{FE0F}',
            '\u{1F3FD}',
            '1',
            '#',
            '\u{E0067}',
            '🇺',
        ] {
            assert!(!is_pictographic(c), "{c:?}");
        }
    }

    #[test]
    fn a_joiner_joins_two_emoji_only() {
        assert!(joins_emoji("👨", Some('👨'), "👩"));
        assert!(joins_emoji("🏳\u{FE0F}", Some('\u{FE0F}'), "🌈"));
        assert!(joins_emoji("👩🏽", Some('\u{1F3FD}'), "💻"));
        assert!(!joins_emoji("a", Some('a'), "👩"));
        assert!(!joins_emoji("👨", Some('👨'), "a"));
        assert!(
            !joins_emoji("👨", Some('\u{200D}'), "👩"),
            "a run of joiners"
        );
        assert!(
            !joins_emoji("👨", Some('\u{200B}'), "👩"),
            "after a dropped character"
        );
        assert!(!joins_emoji("", None, "👩"));
        assert!(!joins_emoji("👨", Some('👨'), ""));
        assert!(
            !joins_emoji("1\u{FE0F}", Some('\u{FE0F}'), "👩"),
            "a keycap is no element"
        );
    }

    #[test]
    fn only_recommended_subdivision_flags_keep_their_tags() {
        let scotland = SUBDIVISION_TAGS[1];
        assert_eq!(flag_tags("🏴", scotland), Some(scotland.len()));
        assert_eq!(flag_tags("a", scotland), None);
        assert_eq!(flag_tags("🏴", "\u{E0041}\u{E0042}\u{E007F}"), None);
        assert_eq!(flag_tags("🏴", &scotland[..8]), None, "no CANCEL TAG");
    }
}
