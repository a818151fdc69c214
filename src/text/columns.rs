//! Terminal columns: how wide text is drawn, and the one way text is cut and padded to a width.
//!
//! Text is cut between grapheme clusters (a conjunct, a letter with its vowel sign or an emoji
//! sequence stays whole) and measured in the columns a terminal draws. A few spacing vowel signs
//! (Bengali া among them) have no width in the Unicode width tables the screen layout library
//! counts with, yet terminals draw them in a column of their own. On its way to the screen such a cluster is followed by a
//! [`COLUMN_KEEPER`] per missing column ([`keep_columns`]), so the layout library gives the
//! cluster the columns the terminal will use; the screen then draws the cluster over them
//! (`tui::render`). Nothing is shifted and no cell is lost, even on a row cut to its last column.
//!
//! An emoji sequence (👨‍👩‍👧, 🏳️‍🌈, 👍🏽, 1️⃣) is one cluster, and the width tables give it the two
//! columns a modern terminal draws it in: it needs no kept column. A terminal that draws such a
//! sequence as its parts, in more columns, is met on the screen (`tui::columns`), not here.

use std::borrow::Cow;
use unicode_segmentation::UnicodeSegmentation;

/// Holds the column a vowel sign's cluster takes beyond what the width tables give it. A
/// noncharacter: it never stands for anything in text, and the screen never draws it.
pub const COLUMN_KEEPER: char = '\u{FDD0}';

/// Spacing vowel signs that Unicode marks as grapheme extenders (Bengali া U+09BE, Tamil ா
/// U+0BBE, …). `unicode-width`, and so the screen layout library, gives them no width, but
/// terminals draw each in a column of its own; these are the columns to add back.
pub fn extra_terminal_columns(s: &str) -> usize {
    if s.is_ascii() {
        return 0;
    }
    s.chars()
        .filter(|c| {
            matches!(
                c,
                '\u{09BE}'
                    | '\u{09D7}'
                    | '\u{0B3E}'
                    | '\u{0B57}'
                    | '\u{0BBE}'
                    | '\u{0BD7}'
                    | '\u{0CC0}'
                    | '\u{0CC2}'
                    | '\u{0CC7}'
                    | '\u{0CC8}'
                    | '\u{0CCA}'
                    | '\u{0CCB}'
                    | '\u{0CD5}'
                    | '\u{0CD6}'
                    | '\u{0D3E}'
                    | '\u{0D57}'
                    | '\u{0DCF}'
                    | '\u{0DDF}'
                    | '\u{1B35}'
                    | '\u{1B3B}'
                    | '\u{1B3D}'
                    | '\u{1B43}'
                    | '\u{1B44}'
                    | '\u{302E}'
                    | '\u{302F}'
                    | '\u{FF9E}'
                    | '\u{FF9F}'
            )
        })
        .count()
}

/// Printable ASCII only (space to `~`): one column a byte.
fn is_plain_ascii(s: &str) -> bool {
    s.bytes().all(|b| (0x20..0x7f).contains(&b))
}

/// Columns a terminal uses to draw `s` (a [`COLUMN_KEEPER`] takes none: its column is counted
/// with the vowel sign before it).
pub fn terminal_width(s: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    if is_plain_ascii(s) {
        return s.len();
    }
    let keepers = s.chars().filter(|&c| c == COLUMN_KEEPER).count();
    let keepers_width = keepers * COLUMN_KEEPER.to_string().width();
    s.width() - keepers_width + extra_terminal_columns(s)
}

/// `s` without the column keepers [`keep_columns`] put in.
pub fn without_keepers(s: &str) -> Cow<'_, str> {
    if s.contains(COLUMN_KEEPER) {
        Cow::Owned(s.chars().filter(|&c| c != COLUMN_KEEPER).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// `s` for the screen: after each cluster the width tables count short, as many
/// [`COLUMN_KEEPER`]s as the columns they miss. Its width in the layout library's cells is then
/// its [`terminal_width`]. Keepers already there are not doubled.
pub fn keep_columns(s: &str) -> Cow<'_, str> {
    if s.is_ascii() || extra_terminal_columns(s) == 0 {
        return Cow::Borrowed(s);
    }
    let plain = without_keepers(s);
    let mut out = String::with_capacity(plain.len() + 8);
    for g in plain.graphemes(true) {
        out.push_str(g);
        for _ in 0..extra_terminal_columns(g) {
            out.push(COLUMN_KEEPER);
        }
    }
    Cow::Owned(out)
}

/// `s` cut to at most `width` terminal columns (with `…` when cut) and padded with spaces to
/// exactly `width`, for plain terminal output. Cuts fall between grapheme clusters, so a
/// conjunct or a vowel sign is never split from its letter.
pub fn fit(s: &str, width: usize) -> String {
    let s = without_keepers(s);
    let total = terminal_width(&s);
    if total <= width {
        let mut out = s.into_owned();
        out.push_str(&" ".repeat(width - total));
        return out;
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = terminal_width(g);
        if used + w + 1 > width {
            break;
        }
        out.push_str(g);
        used += w;
    }
    if width > 0 {
        out.push('…');
        used += 1;
    }
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

/// `s` followed by spaces up to `width` terminal columns, never cut: a word of a column whose
/// words are at most `width` wide in English, but may be wider in another language.
pub fn padded(s: &str, width: usize) -> String {
    let mut out = s.to_string();
    out.push_str(&" ".repeat(width.saturating_sub(terminal_width(s))));
    out
}

/// As [`fit`], for the screen: the text [`keep_columns`] makes of it, which the screen layout
/// library lays out in exactly `width` cells, each the column the terminal draws it in.
pub fn fit_screen(s: &str, width: usize) -> String {
    keep_columns(&fit(s, width)).into_owned()
}

/// As [`fit_screen`], aligned to the right: the spaces before the text, for a column of
/// numbers and days whose words may be wider or narrower in another language.
pub fn fit_screen_right(s: &str, width: usize) -> String {
    let plain = without_keepers(s);
    let total = terminal_width(&plain);
    if total > width {
        return fit_screen(&plain, width);
    }
    let mut out = " ".repeat(width - total);
    out.push_str(&keep_columns(&plain));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vowel_signs_the_width_tables_miss_are_counted_back() {
        use unicode_width::UnicodeWidthChar;
        // If the width tables ever give these a column, the extra must go.
        for c in ['\u{09BE}', '\u{0BBE}', '\u{0D3E}'] {
            assert_eq!(c.width(), Some(0), "{c:?}");
        }
        assert_eq!(terminal_width("সুমন দাস"), 7);
        assert_eq!(terminal_width("অনিতা"), 5);
        assert_eq!(
            terminal_width("अनीता शर्मा"),
            10,
            "Devanagari needs no correction"
        );
        assert_eq!(fit("দাস", 5), "দাস  ");
        assert_eq!(
            fit_screen("দাস", 5),
            format!("দা{COLUMN_KEEPER}স  "),
            "the screen keeps the column in the layout"
        );
    }

    #[test]
    fn fit_cuts_between_graphemes_and_pads_to_width() {
        use unicode_width::UnicodeWidthStr;
        assert_eq!(fit("Núria", 8), "Núria   ");
        assert_eq!(fit("Núria Puig", 6), "Núria…");
        let hindi = fit("अनीता शर्मा", 5);
        assert_eq!(hindi.width(), 5, "{hindi}");
        // The cut never leaves a lone vowel sign or virama at the end.
        let kept = hindi.trim_end().trim_end_matches('…');
        assert!(
            !kept.ends_with('\u{094D}') && !kept.ends_with('\u{093E}'),
            "{kept}"
        );
        for width in 0..12 {
            assert_eq!(terminal_width(&fit("সুমন দাস", width)), width);
            assert_eq!(fit_screen("সুমন দাস", width).width(), width);
            assert_eq!(fit("अनीता शर्मा", width).width(), width);
        }
    }

    #[test]
    fn an_emoji_sequence_is_two_columns_and_never_cut_inside() {
        use unicode_width::UnicodeWidthStr;
        let family = "👨\u{200D}👩\u{200D}👧";
        let name = format!("Ana {family} 🏳\u{FE0F}\u{200D}🌈 Puig");
        assert_eq!(terminal_width(family), 2);
        assert_eq!(terminal_width(&name), 14);
        assert!(
            matches!(keep_columns(&name), Cow::Borrowed(_)),
            "no column to keep"
        );
        assert_eq!(fit(&name, 7), format!("Ana {family}…"));
        assert_eq!(fit(&name, 6), "Ana … ", "the family whole or not at all");
        for width in 0..16 {
            let shown = fit_screen(&name, width);
            assert_eq!(shown.width(), width, "{shown}");
            assert_eq!(terminal_width(&shown), width, "{shown}");
            let joiners = shown.matches('\u{200D}').count();
            assert!(joiners == 0 || shown.contains(family), "{shown}");
        }
    }

    #[test]
    fn fit_screen_right_pads_before_and_cuts_like_fit_screen() {
        use unicode_width::UnicodeWidthStr;
        assert_eq!(fit_screen_right("12d", 5), format!("{:>5}", "12d"));
        assert_eq!(fit_screen_right("—", 5), format!("{:>5}", "—"));
        assert_eq!(fit_screen_right("today!", 5), fit_screen("today!", 5));
        for s in ["41দি", "ক্রেতা", "2दि", "41दि"] {
            for width in 0..8 {
                let shown = fit_screen_right(s, width);
                assert_eq!(shown.width(), width, "{s} in {width}: {shown}");
                assert_eq!(terminal_width(&shown), width, "{s} in {width}: {shown}");
            }
        }
    }

    #[test]
    fn keepers_give_the_layout_the_terminal_s_columns() {
        use unicode_width::UnicodeWidthStr;
        let k = COLUMN_KEEPER;
        assert_eq!(keep_columns("রাজা"), format!("রা{k}জা{k}"));
        assert_eq!(keep_columns(&keep_columns("রাজা")), keep_columns("রাজা"));
        assert!(matches!(keep_columns("अनीता"), Cow::Borrowed(_)));
        assert_eq!(without_keepers(&keep_columns("আমার নাম")), "আমার নাম");
        for s in ["আমার নাম রাজা", "সুমন দাস", "অনিতা", "Núria", "অক্ষয়"]
        {
            let kept = keep_columns(s);
            assert_eq!(kept.width(), terminal_width(s), "{s}");
            assert_eq!(terminal_width(&kept), terminal_width(s), "{s}");
        }
        for width in 0..16 {
            let shown = fit_screen("আমার নাম রাজা", width);
            assert_eq!(shown.width(), width, "{shown}");
            assert_eq!(terminal_width(&shown), width, "{shown}");
        }
        assert_eq!(fit_screen("আমার নাম রাজা", 8), format!("আমা{k}র না{k}…"));
    }
}
