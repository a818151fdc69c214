//! Drawing a frame from `&State`: no writes, no I/O, only the rows that are on screen.

use super::layout::areas;
use super::parts;
use super::state::State;
use ratatui::Frame;
use ratatui::buffer::Buffer;

/// Draws frames for one terminal. It remembers one thing between frames, kept here rather than
/// in `State`: which rows held multi-codepoint clusters, so those rows are redrawn whole.
#[derive(Debug, Default)]
pub struct Painter {
    /// The rows that held multi-codepoint clusters in the last frame, with a digest of each.
    cluster_rows: Vec<(u16, u64)>,
}

impl Painter {
    pub fn draw(&mut self, frame: &mut Frame, state: &State) {
        draw_panes(frame, state);
        make_inert(frame.buffer_mut());
        super::columns::give_vowel_signs_their_columns(frame.buffer_mut());
        super::columns::give_emoji_their_columns(frame.buffer_mut());
        self.cluster_rows = redraw_rows_with_clusters(frame.buffer_mut(), &self.cluster_rows);
    }
}

/// One frame drawn on its own (tests, benchmarks): every row holding clusters is redrawn.
pub fn draw(frame: &mut Frame, state: &State) {
    Painter::default().draw(frame, state);
}

fn draw_panes(frame: &mut Frame, state: &State) {
    let size = frame.area();
    let areas = areas((size.width, size.height));
    parts::list::render::render(frame, areas.list, state);
    let right = areas.timeline.union(areas.header);
    match state.layers.editor() {
        Some(editor) => parts::editor::render::render(frame, right, editor, state.today),
        None if state.list_loaded && state.list.entries.is_empty() => {
            parts::timeline::render::render_empty(frame, right)
        }
        None => {
            parts::header::render(frame, areas.header, state);
            parts::timeline::render::render(frame, areas.timeline, state);
        }
    }
    if let Some(review) = state.layers.review() {
        let area = ratatui::layout::Rect {
            height: size.height.saturating_sub(1),
            ..size
        };
        parts::review::render::render(frame, area, review, state.today);
        if let Some(editor) = state.layers.editor() {
            parts::editor::render::render(frame, right, editor, state.today);
        }
    }
    if let Some(view) = state.layers.stats() {
        let area = ratatui::layout::Rect {
            height: size.height.saturating_sub(1),
            ..size
        };
        parts::stats::render::render(frame, area, view, state.today);
    }
    if let Some(form) = state.layers.form() {
        parts::forms::render::render(frame, size, form);
    }
    if let Some(form) = state.layers.followup_form() {
        parts::forms::render::render_followup(frame, size, form, state.today);
    }
    if let Some(form) = state.layers.money_form() {
        parts::forms::render::render_money(frame, size, form, state.today);
    }
    if let Some(question) = state.layers.question() {
        parts::questions::render::render(frame, size, question, state.today);
    }
    if let Some(&view) = state.layers.help() {
        parts::help::render(frame, size, state, view);
    }
    parts::status::render(frame, areas.status, state);
}

/// A digest of the row's symbols and styles: cheap, and collisions only cost a stray redraw
/// skipped. Styles count: an emoji sequence is redrawn when only its style changes (the cursor
/// came onto it), and a terminal that draws its parts then draws them over the cells after it.
fn row_digest(buffer: &Buffer, y: u16) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for x in buffer.area.left()..buffer.area.right() {
        let cell = &buffer[(x, y)];
        (cell.symbol(), cell.fg, cell.bg, cell.modifier).hash(&mut h);
    }
    h.finish()
}

/// Terminals keep the parts of a cluster such as कि in separate cells, so when a shorter text
/// replaces it the layout library's diff, which thinks one write clears it, leaves a stray
/// vowel sign behind. A row whose text or style changed and that holds such clusters, now or
/// in the last frame, is redrawn whole; unchanged rows cost nothing.
/// Returns this frame's cluster rows, for the next.
fn redraw_rows_with_clusters(buffer: &mut Buffer, before: &[(u16, u64)]) -> Vec<(u16, u64)> {
    use ratatui::buffer::CellDiffOption;
    let area = buffer.area;
    let now: Vec<(u16, u64)> = (area.top()..area.bottom())
        .filter(|&y| {
            (area.left()..area.right()).any(|x| {
                let symbol = buffer[(x, y)].symbol();
                symbol.len() > 1 && symbol.chars().nth(1).is_some()
            })
        })
        .map(|y| (y, row_digest(buffer, y)))
        .collect();
    let unchanged = |y: u16, digest: u64| before.iter().any(|(by, bd)| *by == y && *bd == digest);
    let mut rows: Vec<u16> = now
        .iter()
        .filter(|(y, d)| !unchanged(*y, *d))
        .map(|(y, _)| *y)
        .collect();
    // A row that had clusters and now has none changed by definition.
    rows.extend(
        before
            .iter()
            .map(|(y, _)| *y)
            .filter(|y| !now.iter().any(|(ny, _)| ny == y)),
    );
    for y in rows.into_iter().filter(|y| *y < area.bottom()) {
        for x in area.left()..area.right() {
            let cell = &mut buffer[(x, y)];
            if cell.diff_option == CellDiffOption::None {
                cell.diff_option = CellDiffOption::AlwaysUpdate;
            }
        }
    }
    now
}

/// The last line of defence: whatever a widget drew, no cell may carry a control character or a
/// bidi control to the terminal. Stored text is already sanitised on its way to a widget; this
/// catches text typed into editors and anything a future pane forgets.
fn make_inert(buffer: &mut Buffer) {
    for cell in buffer.content.iter_mut() {
        let symbol = cell.symbol().as_bytes();
        if symbol.len() == 1 && (0x20..0x7f).contains(&symbol[0]) {
            continue; // plain ASCII, the common case
        }
        let symbol = cell.symbol();
        if symbol.is_ascii() && !symbol.bytes().any(|b| b < 0x20 || b == 0x7f) {
            continue;
        }
        if let std::borrow::Cow::Owned(clean) = crate::domain::text::display_line(symbol) {
            let clean = if clean.is_empty() {
                " ".to_string()
            } else {
                clean
            };
            cell.set_symbol(&clean);
        }
    }
}
