//! The columns of the vowel signs the layout library counts short (Bengali া among them; see
//! `text::columns`). Text that came through the one text path (`text::fit_screen`,
//! `text::keep_columns`) holds a kept column after each such cluster: the cluster is drawn over
//! it, so nothing moves and nothing is lost. Text that did not (what is being typed in an
//! editor) has its cluster's missing column made by moving what follows it into the nearest
//! padding.

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
/// border, and blanks `at`. With no such run, the run up to the border is shifted and its last
/// cell gives way (the end of a cut text, never a cell in its middle); with no run at all,
/// there is no room.
fn make_room(buffer: &mut Buffer, at: u16, y: u16) -> bool {
    let right = buffer.area.right();
    let mut end = None;
    let mut i = at;
    while i < right {
        let here = buffer[(i, y)].symbol();
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
