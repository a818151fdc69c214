//! Drawing a frame from `&State`: no writes, no I/O, only the rows that are on screen.

use super::layout::areas;
use super::panes;
use super::state::State;
use ratatui::Frame;
use ratatui::buffer::Buffer;

pub fn draw(frame: &mut Frame, state: &State) {
    let size = frame.area();
    let areas = areas((size.width, size.height));
    panes::contacts::render(frame, areas.list, state);
    let right = areas.timeline.union(areas.header);
    match &state.editor {
        Some(editor) => panes::editor::render(frame, right, editor),
        None if state.list_loaded && state.list.entries.is_empty() => {
            panes::timeline::render_empty(frame, right)
        }
        None => {
            panes::header::render(frame, areas.header, state);
            panes::timeline::render(frame, areas.timeline, state);
        }
    }
    if let Some(form) = &state.form {
        panes::form::render(frame, size, form);
    }
    if let Some(question) = &state.question {
        panes::question::render(frame, size, question);
    }
    if let Some(scroll) = state.help {
        panes::help::render(frame, size, scroll);
    }
    panes::status::render(frame, areas.status, state);
    make_inert(frame.buffer_mut());
}

/// The last line of defence: whatever a widget drew, no cell may carry a control character or a
/// bidi control to the terminal. Stored text is already sanitised on its way to a widget; this
/// catches text typed into editors and anything a future pane forgets.
fn make_inert(buffer: &mut Buffer) {
    for cell in buffer.content.iter_mut() {
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
