//! The text area draws its cursor over one code point, so a cursor standing before a cluster
//! such as क्ष or য় splits it: the mark after the cursor's letter, alone in the next span, is
//! dropped by the layout library. After the text area is drawn, the cursor's cell is given the
//! whole cluster back (the cursor only ever stands between clusters; see `graphemes`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui_textarea::TextArea;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

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
    let (Some(y), Some(x)) = (
        screen.row.checked_sub(usize::from(top)),
        screen.col.checked_sub(usize::from(left)),
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
    // The rest of the cluster took these cells after the cursor's; the whole cluster covers
    // them only when its width says so, else the row is left as the text area drew it.
    let own = first.to_string().width().max(1);
    let rest: usize = cluster[first.len_utf8()..]
        .graphemes(true)
        .map(UnicodeWidthStr::width)
        .sum();
    if cluster.width().max(1) != own + rest || x as usize + own + rest > inner.right() as usize {
        return;
    }
    buffer[(x, y)].set_symbol(cluster);
    for i in 0..rest {
        buffer[(x + (own + i) as u16, y)].set_symbol(" ");
    }
}
