//! Emoji sequences (👨‍👩‍👧, 🏳️‍🌈, 👍🏽, ❤️) on the screen. The layout library gives each the two
//! columns the width tables give it, which is what a modern terminal draws it in (kitty,
//! WezTerm, foot, Ghostty, iTerm2, Windows Terminal). What keeps the rest of its row in place on
//! every terminal:
//! - The cell the sequence covers is never written on its own. After an emoji holding U+FE0F
//!   the layout library writes a blank there, for terminals that draw such an emoji one column
//!   wide; on a terminal that draws it two wide the blank lands a column too far, and every cell
//!   after it on the row moves with it. (On a terminal that ignores U+FE0F, such as tmux 3.3a,
//!   that column now keeps what the row showed there before: one cell, not a shifted row.)
//! - After any wide cell the layout library moves the terminal's cursor to the next cell
//!   itself, so a terminal that draws a sequence as its parts (the test's emulator: 👨‍👩‍👧 in six
//!   columns) has their tails written over by what follows: the row stays in place, and the
//!   sequence shows its first part. A row holding one is redrawn whole whenever it changes
//!   (`render::Painter`), so nothing such a terminal drew past the sequence is left over.
//! - Where the parts would run past the screen's last column, and make such a terminal wrap
//!   (or scroll the whole screen), the sequence is drawn as `…`, as a cut row ends.

use crate::domain::text::emoji::is_pictographic;
use ratatui::buffer::{Buffer, CellDiffOption};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

const VS16: char = '\u{FE0F}';

/// Gives every emoji sequence on the screen its two columns on any terminal (see above).
pub fn give_emoji_their_columns(buffer: &mut Buffer) {
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let symbol = buffer[(x, y)].symbol();
            let width = symbol.width().max(1) as u16;
            if symbol.len() == 1 || width < 2 || symbol.chars().nth(1).is_none() {
                x += width;
                continue;
            }
            if x + parts_width(symbol) > area.right() {
                buffer[(x, y)].set_symbol("…");
            } else if symbol.contains(VS16) {
                for covered in x + 1..(x + width).min(area.right()) {
                    buffer[(covered, y)].diff_option = CellDiffOption::Skip;
                }
            }
            x += width;
        }
    }
}

/// The most columns a terminal may draw `cluster` in, one code point at a time: each emoji of
/// a sequence in its own columns, and an emoji made wide by U+FE0F in two.
fn parts_width(cluster: &str) -> u16 {
    if !cluster.chars().any(is_pictographic) {
        return cluster.width() as u16;
    }
    let mut width = 0;
    let mut last = 0;
    for c in cluster.chars() {
        let own = c.width().unwrap_or(0);
        if c == VS16 && last == 1 {
            width += 1;
        }
        width += own;
        last = own;
    }
    width as u16
}

#[cfg(test)]
mod tests {
    use super::super::tests::row;
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    const FAMILY: &str = "👨\u{200D}👩\u{200D}👧";
    const RAINBOW: &str = "🏳\u{FE0F}\u{200D}🌈";

    fn drawn(text: &str, width: u16) -> Buffer {
        let mut buffer = Buffer::empty(Rect::new(0, 0, width, 1));
        buffer.set_string(0, 0, text, Style::default());
        give_emoji_their_columns(&mut buffer);
        buffer
    }

    #[test]
    fn a_terminal_drawing_the_parts_takes_at_most_their_columns() {
        assert_eq!(parts_width(FAMILY), 6);
        assert_eq!(parts_width(RAINBOW), 4);
        assert_eq!(parts_width("👩🏽\u{200D}💻"), 6);
        assert_eq!(parts_width("👍🏽"), 4);
        assert_eq!(parts_width("❤\u{FE0F}"), 2);
        assert_eq!(parts_width("🇺🇸"), 2);
        assert_eq!(parts_width("क्ष"), 2);
    }

    #[test]
    fn the_column_an_emoji_covers_is_never_written_on_its_own() {
        let buffer = drawn(&format!("a{RAINBOW}b {FAMILY}c"), 12);
        assert_eq!(row(&buffer), format!("a{RAINBOW}b {FAMILY}c    "));
        assert_eq!(buffer[(2, 0)].diff_option, CellDiffOption::Skip);
        assert_eq!(buffer[(3, 0)].diff_option, CellDiffOption::None, "b");
        assert_eq!(
            buffer[(6, 0)].diff_option,
            CellDiffOption::None,
            "no U+FE0F"
        );
    }

    #[test]
    fn parts_that_would_pass_the_last_column_are_a_cut() {
        // Six columns from column 5 pass the tenth: a terminal drawing the parts would wrap.
        assert_eq!(row(&drawn(&format!("abcde{FAMILY}",), 10)), "abcde…    ");
        assert_eq!(
            row(&drawn(&format!("abcd{FAMILY}"), 10)),
            format!("abcd{FAMILY}    ")
        );
        assert_eq!(
            row(&drawn(&format!("abcdefgh{}", "❤\u{FE0F}"), 10)),
            "abcdefgh❤\u{FE0F}"
        );
    }
}
