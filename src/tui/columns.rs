//! The columns of the vowel signs the layout library counts short (Bengali া among them; see
//! `text::columns`). Text that came through the one text path (`text::fit_screen`,
//! `text::keep_columns`) holds a kept column after each such cluster: the cluster is drawn over
//! it, so nothing moves and nothing is lost. Text that did not (what is being typed in an
//! editor) has its cluster's missing column made by moving what follows it into the nearest
//! padding. Emoji sequences, which the width tables give the two columns a modern terminal
//! draws them in, keep their row in place on every terminal by the rules of `emoji`.

mod emoji;

pub use emoji::give_emoji_their_columns;

use crate::domain::text::{COLUMN_KEEPER, extra_terminal_columns};
use ratatui::buffer::{Buffer, CellDiffOption};
use unicode_width::UnicodeWidthStr;

/// Each cell holding such a cluster is told its true width; the columns it takes are the kept
/// ones after it, or else made for it.
pub fn give_vowel_signs_their_columns(buffer: &mut Buffer) {
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let symbol = buffer[(x, y)].symbol();
            if symbol.len() == 1 {
                x += 1; // ASCII: never a vowel sign
                continue;
            }
            if symbol.starts_with(COLUMN_KEEPER) {
                // A kept column whose cluster was cut off: only a blank.
                buffer[(x, y)].set_symbol(" ");
                x += 1;
                continue;
            }
            let own = symbol.width().max(1) as u16;
            let extra = extra_terminal_columns(symbol) as u16;
            if extra == 0 {
                x += own;
                continue;
            }
            let taken = take_columns(buffer, x, own, extra, y);
            if taken < extra {
                // At the very end of a row, with no column to give: the cluster cannot be
                // drawn whole, so the row says it is cut.
                buffer[(x, y)].set_symbol("…");
            } else if let Some(width) = std::num::NonZeroU16::new(own + extra) {
                buffer[(x, y)].diff_option = CellDiffOption::ForcedWidth(width);
            }
            x += own + taken;
        }
    }
}

/// The `extra` columns after the cluster at `x` (whose own cells are `own`): its kept columns
/// blanked, and what more it needs made; how many it got.
fn take_columns(buffer: &mut Buffer, x: u16, own: u16, extra: u16, y: u16) -> u16 {
    let right = buffer.area.right();
    let mut taken = 0;
    while taken < extra {
        let at = x + own + taken;
        if at >= right {
            break;
        }
        if buffer[(at, y)].symbol().starts_with(COLUMN_KEEPER) {
            buffer[(at, y)].set_symbol(" ");
        } else if !make_room(buffer, at, y) {
            break;
        }
        taken += 1;
    }
    taken
}

fn is_border(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| ('\u{2500}'..='\u{257F}').contains(&c))
}

/// Shifts the cells from `at` one column right, up to the first run of two blanks before a
/// border or the first cell of a horizontal line (a title's border), and blanks `at`. With no such run, the run up to the border is shifted and its last
/// cell gives way (the end of a cut text, never a cell in its middle); with no run at all,
/// there is no room.
fn make_room(buffer: &mut Buffer, at: u16, y: u16) -> bool {
    let right = buffer.area.right();
    let mut end = None;
    let mut i = at;
    while i < right {
        let here = buffer[(i, y)].symbol();
        // A title on a border: the line after it gives a column, and the title stays whole.
        if here == "─" {
            end = Some(i);
            break;
        }
        if is_border(here) {
            break;
        }
        // Step over whole glyphs: the blank trailing cell of a wide one is not padding.
        let width = here.width().max(1) as u16;
        let after = i + width;
        let next_blank = after >= right
            || buffer[(after, y)].symbol() == " "
            || is_border(buffer[(after, y)].symbol());
        if here == " " && next_blank {
            end = Some(i);
            break;
        }
        i = after;
    }
    let end = match end {
        Some(end) => end,
        None if i > at => i.min(right) - 1,
        None => return false,
    };
    for i in (at..end).rev() {
        let moved = buffer[(i, y)].clone();
        buffer[(i + 1, y)] = moved;
    }
    buffer[(at, y)].set_symbol(" ");
    if buffer[(end, y)].symbol().width() > 1 {
        buffer[(end, y)].set_symbol(" "); // a wide glyph no longer fits before the border
    }
    true
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::domain::text::{fit_screen, keep_columns};
    use ratatui::buffer::CellWidth;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    /// The row as a terminal shows it: each glyph once, the cells it covers not read.
    pub(in crate::tui::columns) fn row(buffer: &Buffer) -> String {
        let mut out = String::new();
        let mut x = 0;
        while x < buffer.area.width {
            out.push_str(buffer[(x, 0)].symbol());
            x += buffer[(x, 0)].cell_width().max(1);
        }
        out
    }

    fn drawn(text: &str, width: u16) -> String {
        let mut buffer = Buffer::empty(Rect::new(0, 0, width, 1));
        buffer.set_string(0, 0, text, Style::default());
        give_vowel_signs_their_columns(&mut buffer);
        row(&buffer)
    }

    #[test]
    fn kept_columns_are_drawn_over_and_nothing_moves() {
        assert_eq!(drawn(&keep_columns("আমার নাম রাজা"), 13), "আমার নাম রাজা");
        assert_eq!(drawn(&fit_screen("আমার নাম রাজা", 9), 9), "আমার নাম…");
        assert_eq!(drawn(&format!("│{}│", fit_screen("রাজা", 4)), 6), "│রাজা│");
    }

    #[test]
    fn text_without_kept_columns_moves_into_padding_or_gives_up_its_end() {
        assert_eq!(drawn("রাজা ab    ", 9), "রাজা ab  ");
        // No padding: the end of the row gives way, never a letter in its middle.
        assert_eq!(drawn("রাজা ab", 6), "রাজা a");
        assert_eq!(drawn("│রাজা ab│", 7), "│রাজা │");
        // The last column, with no room at all: the row says it is cut.
        assert_eq!(drawn("abcরা│", 5), "abc…│");
    }

    /// A translated title on a border keeps its last letter: the border's line gives way.
    #[test]
    fn a_title_on_a_border_takes_a_column_of_its_line() {
        assert_eq!(drawn("┌ টাইমলাইন (3)────┐", 17), "┌ টাইমলাইন (3)──┐");
        assert_eq!(drawn("┌ Timeline (3)────┐", 19), "┌ Timeline (3)────┐");
    }
}
