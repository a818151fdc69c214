//! Text from outside (names, notes, imported fields) made safe to show.
//!
//! Text is stored as the user gave it (in NFC). On its way to a terminal it passes through
//! [`display_safe`], which makes every character that could steer the terminal or reorder what the
//! reader sees inert: C0 and C1 controls (ESC among them) become visible control pictures, bidi
//! overrides and isolates and stray zero-width characters are dropped. Zero-width joiners that
//! shape Indic conjuncts are kept, and so are those that join two emoji into one (👨‍👩‍👧, 🏳️‍🌈)
//! and the tag run of a subdivision flag (see `emoji`): a joiner anywhere else, at either end
//! or in a run, and any other tag character, is dropped.
//!
//! [`is_hostile`] is the one list of such characters: the display sanitiser makes them inert and
//! JSON output escapes them as `\uXXXX`.

use super::emoji;
use std::borrow::Cow;
use unicode_normalization::{UnicodeNormalization, is_nfc_quick};

/// The text in Unicode normal form C.
pub fn nfc(s: &str) -> String {
    match is_nfc_quick(s.chars()) {
        unicode_normalization::IsNormalized::Yes => s.to_string(),
        _ => s.nfc().collect(),
    }
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{180E}'
            | '\u{200B}'
            | '\u{2060}'..='\u{2065}'
            | '\u{206A}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            // Tag characters: invisible, and able to smuggle a whole hidden text.
            | '\u{E0000}'..='\u{E007F}'
    )
}

/// Unicode's line and paragraph separators: some programs break lines on them, others do not.
fn is_separator(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

/// A character that can steer a terminal or change what a reader sees without being seen
/// itself: C0 and C1 controls, DEL, bidi controls, zero-width and other invisible format
/// characters, and the line and paragraph separators.
pub fn is_hostile(c: char) -> bool {
    c.is_control()
        || is_bidi_control(c)
        || is_invisible(c)
        || is_separator(c)
        || matches!(c, '\u{200C}' | '\u{200D}')
}

/// Scripts that use ZWJ/ZWNJ to choose a conjunct or ligature form (Indic, Arabic, Sinhala…).
fn joins_with_zw(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0900}'..='\u{0DFF}' | '\u{1780}'..='\u{17FF}')
}

fn needs_work(s: &str) -> bool {
    !is_plain_ascii(s) && s.chars().any(is_hostile)
}

/// Printable ASCII only (space to `~`): nothing to clean, one column a byte. Most names and
/// companies are, and a list of 100k rows asks about each several times.
fn is_plain_ascii(s: &str) -> bool {
    s.bytes().all(|b| (0x20..0x7f).contains(&b))
}

fn clean<'a>(s: &'a str, newline: Option<&str>) -> Cow<'a, str> {
    if !needs_work(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut prev: Option<char> = None;
    let mut joined_emoji = false;
    let mut skip_to = 0;
    for (at, c) in s.char_indices() {
        if at < skip_to {
            continue;
        }
        let after = &s[at + c.len_utf8()..];
        match c {
            '\n' | '\u{2028}' | '\u{2029}' => match newline {
                Some(sep) => out.push_str(sep),
                None => out.push('\n'),
            },
            '\t' => out.push(' '),
            '\r' => {}
            '\u{200C}' | '\u{200D}' => {
                if prev.is_some_and(joins_with_zw) {
                    out.push(c);
                } else if c == '\u{200D}' && emoji::joins_emoji(&out, prev, after) {
                    out.push(c);
                    joined_emoji = true;
                }
            }
            c if (c as u32) < 0x20 => {
                // U+2400.. are the visible "control pictures": ESC shows as ␛.
                out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'));
            }
            '\u{7F}' => out.push('\u{2421}'),
            c if c.is_control() => out.push('\u{FFFD}'),
            c if is_bidi_control(c) || is_invisible(c) => {}
            c => {
                out.push(c);
                if let Some(tags) = emoji::flag_tags(&out, after) {
                    out.push_str(&after[..tags]);
                    skip_to = at + c.len_utf8() + tags;
                    prev = after[..tags].chars().next_back();
                    continue;
                }
            }
        }
        prev = Some(c);
    }
    if joined_emoji {
        out = emoji::unjoin_partial_sequences(out);
    }
    if out == s {
        return Cow::Borrowed(s); // an emoji sequence or an Indic joiner, kept as it was
    }
    Cow::Owned(out)
}

/// Text safe to print on a terminal, keeping its line breaks.
pub fn display_safe(s: &str) -> Cow<'_, str> {
    clean(s, None)
}

/// Text safe to print on one terminal line: line breaks become " ⏎ ".
pub fn display_line(s: &str) -> Cow<'_, str> {
    clean(s, Some(" \u{23CE} "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_untouched() {
        for s in ["Núria Puig", "अनीता शर्मा", "সুমন দাস", "Ramón i Cajal"]
        {
            assert!(matches!(display_safe(s), Cow::Borrowed(_)), "{s}");
        }
    }

    #[test]
    fn escape_sequences_become_inert() {
        let hostile = "Evil\x1b]2;PWNED\x07\x1b[31mred\u{9b}2J";
        let shown = display_line(hostile);
        assert!(!shown.chars().any(|c| c.is_control()), "{shown:?}");
        assert!(shown.contains("Evil␛]2;PWNED␇␛[31mred"), "{shown}");
    }

    #[test]
    fn bidi_overrides_and_zero_width_are_dropped() {
        assert_eq!(
            display_safe("ab\u{202E}cd\u{2066}e\u{200B}f\u{FEFF}"),
            "abcdef"
        );
        assert_eq!(display_safe("a\u{200D}b"), "ab");
    }

    #[test]
    fn no_hostile_character_survives_either_form() {
        // Every scalar value, between letters and after an Indic letter (where a joiner stays).
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for s in [format!("a{c}b"), format!("क{c}ष")] {
                let line = display_line(&s);
                assert!(
                    !line
                        .chars()
                        .any(|x| is_hostile(x) && !"\u{200C}\u{200D}".contains(x)),
                    "U+{:04X} survives display_line: {line:?}",
                    c as u32
                );
                let safe = display_safe(&s);
                assert!(
                    !safe
                        .chars()
                        .any(|x| is_hostile(x) && !"\n\u{200C}\u{200D}".contains(x)),
                    "U+{:04X} survives display_safe: {safe:?}",
                    c as u32
                );
            }
            if is_hostile(c) && !matches!(c, '\u{200C}' | '\u{200D}') {
                assert_ne!(display_line(&format!("a{c}b")), format!("a{c}b"));
            }
        }
        // A joiner survives only after a letter of a script that shapes with it.
        assert_eq!(display_safe("a\u{200D}b"), "ab");
    }

    #[test]
    fn tags_and_separators_are_inert() {
        assert_eq!(display_safe("a\u{E0041}\u{E0042}b"), "ab");
        assert_eq!(display_safe("a\u{2028}b\u{2029}c"), "a\nb\nc");
        assert_eq!(display_line("a\u{2028}b"), "a ⏎ b");
    }

    #[test]
    fn indic_joiners_are_kept() {
        let bengali = "র\u{200D}\u{09CD}য";
        assert_eq!(display_safe(bengali), bengali);
        let hindi_zwnj = "क्\u{200C}ष";
        assert_eq!(display_safe(hindi_zwnj), hindi_zwnj);
    }

    /// Emoji sequences as people type them: ZWJ sequences (family, rainbow flag, a technologist
    /// with a skin tone, people holding hands, polar bear), a skin tone, a keycap, a country's
    /// flag and a subdivision flag.
    const EMOJI: [&str; 9] = [
        "👨\u{200D}👩\u{200D}👧",
        "🏳\u{FE0F}\u{200D}🌈",
        "👩🏽\u{200D}💻",
        "🧑\u{200D}🤝\u{200D}🧑",
        "🐻\u{200D}❄\u{FE0F}",
        "👍🏽",
        "1\u{FE0F}\u{20E3}",
        "🇺🇸",
        "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
    ];

    #[test]
    fn emoji_sequences_are_kept_whole() {
        use unicode_segmentation::UnicodeSegmentation;
        use unicode_width::UnicodeWidthStr;
        for e in EMOJI {
            for s in [
                e.to_string(),
                format!("Anita {e} Sharma"),
                format!("{e}{e}"),
            ] {
                assert!(matches!(display_safe(&s), Cow::Borrowed(_)), "{s:?}");
                assert_eq!(display_safe(&s), s, "{s:?}");
                assert_eq!(display_line(&s), s, "{s:?}");
            }
            // One grapheme cluster, two columns: one glyph, as a modern terminal draws it.
            assert_eq!(e.graphemes(true).count(), 1, "{e:?}");
            assert_eq!(e.width(), 2, "{e:?}");
        }
        // Next to a hostile character that is dropped, a sequence stays whole.
        assert_eq!(
            display_safe("\u{202E}👨\u{200D}👩\u{200D}👧\u{200B}"),
            "👨\u{200D}👩\u{200D}👧"
        );
    }

    #[test]
    fn joiners_that_join_no_two_emoji_are_dropped() {
        let zwj = '\u{200D}';
        // Between letters, between a letter and an emoji, at either end, in a run.
        assert_eq!(display_safe("Ana\u{200D}Bel"), "AnaBel");
        assert_eq!(display_safe("a\u{200D}👩"), "a👩");
        assert_eq!(display_safe("👨\u{200D}b"), "👨b");
        assert_eq!(display_safe("\u{200D}👩 x 👨\u{200D}"), "👩 x 👨");
        assert_eq!(display_safe("👨\u{200D}\u{200D}👩"), "👨👩");
        assert_eq!(display_safe("👨\u{200D}\u{200D}\u{200D}"), "👨");
        // Hidden behind something dropped, or joining a keycap or a flag.
        assert_eq!(display_safe("👨\u{200B}\u{200D}👩"), "👨👩");
        assert_eq!(display_safe("👨\u{200D}\u{202E}👩"), "👨👩");
        assert_eq!(
            display_safe("1\u{FE0F}\u{20E3}\u{200D}👩"),
            "1\u{FE0F}\u{20E3}👩"
        );
        // A sequence the width tables would not draw as one glyph is drawn as its parts.
        assert_eq!(display_safe("🏳\u{200D}🌈"), "🏳🌈");
        assert!(!display_line("x👨\u{200D}y").contains(zwj));
    }

    #[test]
    fn tag_runs_other_than_a_subdivision_flag_are_dropped() {
        let england = "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}";
        assert_eq!(display_safe(england), england);
        // Hidden text after a flag, tags without their flag, a run without its end.
        assert_eq!(display_safe("🏴\u{E0068}\u{E0069}\u{E007F}"), "🏴");
        assert_eq!(
            display_safe("\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"),
            ""
        );
        assert_eq!(
            display_safe("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}x"),
            "🏴x"
        );
        let scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}";
        assert_eq!(
            display_safe(&format!("a{scotland}\u{E0041}b")),
            format!("a{scotland}b")
        );
    }

    #[test]
    fn between_two_emoji_only_a_single_joiner_survives() {
        // Every scalar value between two emoji: only a joiner itself stays, and nothing hidden
        // comes with it.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = format!("👨{c}👩");
            let line = display_line(&text);
            let hidden = line.chars().filter(|&x| is_hostile(x)).count();
            assert_eq!(
                hidden,
                usize::from(c == '\u{200D}'),
                "U+{:04X}: {line:?}",
                c as u32
            );
        }
    }

    #[test]
    fn line_breaks_are_kept_or_flattened() {
        assert_eq!(display_safe("a\r\nb\tc"), "a\nb c");
        assert_eq!(display_line("a\nb"), "a ⏎ b");
    }

    #[test]
    fn nfc_composes() {
        assert_eq!(nfc("Marti\u{301}"), "Martí");
        assert_eq!(nfc("Martí"), "Martí");
    }
}
