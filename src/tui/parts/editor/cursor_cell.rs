//! The text area draws its cursor over one code point, so a cursor standing before a cluster
//! such as क्ष or য় splits it: the mark after the cursor's letter, alone in the next span, is
//! dropped by the layout library. After the text area is drawn, the cursor's cell is given the
//! whole cluster back (the cursor only ever stands between clusters; see `graphemes`).
//!
//! An emoji sequence (👨‍👩‍👧, 👍🏽, ❤️) is one glyph two columns wide, but its parts, split at the
//! cursor, take other widths (six, four, one): the rest of the row is moved back to where it
//! stands when the cursor is elsewhere. The text area also counts columns a code point at a
//! time, so the cursor's column is corrected by what the clusters before it really take.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui_textarea::TextArea;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Puts the whole cluster under the cursor of `area`, drawn in `inner`, in the cursor's cell.
pub fn draw_whole_cluster(buffer: &mut Buffer, inner: Rect, area: &TextArea<'_>) {
    let ratatui_textarea::DataCursor(row, col) = area.cursor();
    let Some(line) = area.lines().get(row) else {
        return;
    };
    let Some((at, first)) = line.char_indices().nth(col) else {
        return;
    };
    let Some(cluster) = line[at..].graphemes(true).next() else {
        return;
    };
    if cluster.len() == first.len_utf8() {
        return; // one code point: drawn whole already
    }
    let screen = area.screen_cursor();
    let (top, left) = area.scroll_offset();
    let drawn_col = screen
        .col
        .checked_add_signed(drawn_columns_gained(&line[..at]));
    let (Some(y), Some(x)) = (
        screen.row.checked_sub(usize::from(top)),
        drawn_col.and_then(|col| col.checked_sub(usize::from(left))),
    ) else {
        return;
    };
    let (Ok(y), Ok(x)) = (u16::try_from(y), u16::try_from(x)) else {
        return;
    };
    let (x, y) = (inner.x + x, inner.y + y);
    if x >= inner.right() || y >= inner.bottom() || buffer[(x, y)].symbol() != first.to_string() {
        return;
    }
    // The rest of the cluster took these cells after the cursor's.
    let own = first.to_string().width().max(1);
    let rest: usize = cluster[first.len_utf8()..]
        .graphemes(true)
        .map(UnicodeWidthStr::width)
        .sum();
    let whole = cluster.width().max(1);
    if x as usize + whole.max(own + rest) > inner.right() as usize {
        return; // at the edge of a scrolled line: left as the text area drew it
    }
    let after = x + (own + rest) as u16;
    if whole < own + rest {
        pull_left(buffer, after, y, inner.right(), (own + rest - whole) as u16);
    } else if whole > own + rest {
        push_right(buffer, after, y, inner.right(), (whole - own - rest) as u16);
    }
    buffer[(x, y)].set_symbol(cluster);
    for i in own.min(whole)..whole {
        buffer[(x + i as u16, y)].set_symbol(" ");
    }
}

/// The columns the clusters of `before` take beyond the text area's count, a code point at a
/// time (negative: fewer). 👨‍👩‍👧 takes two, where its code points count six.
fn drawn_columns_gained(before: &str) -> isize {
    if before.is_ascii() {
        return 0;
    }
    before
        .graphemes(true)
        .filter(|g| g.chars().count() > 1)
        .map(|g| {
            let each: usize = g.chars().filter_map(UnicodeWidthChar::width).sum();
            g.width() as isize - each as isize
        })
        .sum()
}

/// Moves the cells from `from` to `right` back by `by` columns; the freed ones are blank.
fn pull_left(buffer: &mut Buffer, from: u16, y: u16, right: u16, by: u16) {
    for x in from..right {
        let moved = buffer[(x, y)].clone();
        buffer[(x - by, y)] = moved;
    }
    for x in right.saturating_sub(by).max(from - by)..right {
        buffer[(x, y)].set_symbol(" ");
    }
}

/// Moves the cells from `from` on by `by` columns; what passes `right` is not drawn.
fn push_right(buffer: &mut Buffer, from: u16, y: u16, right: u16, by: u16) {
    for x in (from..right.saturating_sub(by)).rev() {
        let moved = buffer[(x, y)].clone();
        buffer[(x + by, y)] = moved;
    }
    // A wide glyph cut in half at the edge is not drawn.
    if let Some(last) = right.checked_sub(1)
        && last >= from
        && buffer[(last, y)].symbol().width() > 1
    {
        buffer[(last, y)].set_symbol(" ");
    }
}
