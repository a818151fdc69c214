//! Where each pane sits for a terminal size. `render` draws into these areas and `update` asks
//! them how many rows a page is, so both always agree.

use ratatui::layout::{Constraint, Layout, Rect};

pub struct Areas {
    pub list: Rect,
    pub header: Rect,
    pub timeline: Rect,
    pub status: Rect,
}

/// From this many columns, the list is half the screen and shows more columns.
pub const WIDE: u16 = 160;

/// Height of the contact header, borders included.
pub const HEADER_HEIGHT: u16 = 8;

pub fn areas(size: (u16, u16)) -> Areas {
    let area = Rect::new(0, 0, size.0, size.1);
    let [main, status] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    // A wide terminal gives the list room for the company and the next follow-up.
    let list_width = if size.0 >= WIDE {
        (size.0 / 2).min(110)
    } else {
        (size.0 * 2 / 5).clamp(24, 48)
    };
    let [list, right] =
        Layout::horizontal([Constraint::Length(list_width), Constraint::Fill(1)]).areas(main);
    let [header, timeline] =
        Layout::vertical([Constraint::Length(HEADER_HEIGHT), Constraint::Fill(1)]).areas(right);
    Areas {
        list,
        header,
        timeline,
        status,
    }
}

/// Contact rows that fit in the list pane (inside its border, above the search line).
pub fn list_rows(size: (u16, u16), searching: bool) -> usize {
    let inner = areas(size).list.height.saturating_sub(2);
    usize::from(inner.saturating_sub(u16::from(searching))).max(1)
}

/// Interaction rows that fit in the timeline pane.
pub fn timeline_rows(size: (u16, u16)) -> usize {
    usize::from(areas(size).timeline.height.saturating_sub(2)).max(1)
}

/// A box of at most `width`×`height` centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}
