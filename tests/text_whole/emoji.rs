//! Emoji sequences drawn whole, in-process at 80 and 120 columns: a name holding a family
//! (👨‍👩‍👧) and a rainbow flag (🏳️‍🌈) in the list, the header, the timeline, the editor and the
//! search line, each one glyph in the two columns a modern terminal draws it in, with every
//! column after it in place; and the editor's cursor stepping over a sequence in one key.

use crate::common::screen::*;
use crate::common::{self, at};
use crate::rows::cut;
use crate::screen::{find, shown};
use crossterm::event::KeyCode;
use kith::domain::Kind;
use kith::store::Store;
use kith::text::terminal_width;
use kith::tui::action::Report;
use kith::tui::state::State;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const FAMILY: &str = "👨\u{200D}👩\u{200D}👧";
const RAINBOW: &str = "🏳\u{FE0F}\u{200D}🌈";
const NOTE_HEAD: &str = "2026-11-20 10:00  call      ";

fn name() -> String {
    format!("Anita {FAMILY} {RAINBOW} Sharma")
}

fn note() -> String {
    format!(
        "Dinner: {FAMILY} family and {RAINBOW} parade plans; she wants the big table again next year"
    )
}

/// The name with its note, and a contact of plain letters below it.
fn store() -> (tempfile::TempDir, Store) {
    let (dir, store) = common::temp_store();
    let id = common::add(&store, &name(), Kind::Customer);
    common::log(&store, id, at(2026, 11, 20, 10, 0), &note());
    common::add(&store, "Ben Hughes", Kind::Customer);
    (dir, store)
}

/// Every row takes exactly the screen's width, counted as a modern terminal counts: no row
/// runs long or short, so no column after a sequence has moved.
fn assert_rows_in_place(state: &State) -> Vec<String> {
    let rows = shown(state);
    for row in &rows {
        assert_eq!(
            terminal_width(row),
            usize::from(state.size.0),
            "{row}\n{}",
            rows.join("\n")
        );
    }
    rows
}

/// The column at which `text` starts in `row`.
fn column_of(row: &str, text: &str) -> usize {
    terminal_width(&row[..row.find(text).unwrap_or_else(|| panic!("{text} in {row}"))])
}

#[test]
fn a_name_and_a_note_with_emoji_sequences_are_drawn_whole_with_every_column_in_place() {
    let (_dir, store) = store();
    let name = name();
    for (w, h) in SIZES {
        let state = open(&store, w, h);
        let rows = assert_rows_in_place(&state);
        // The list: the name's row and the plain one below it end their columns together.
        let anita = find(&rows, "  Anita ");
        let ben = find(&rows, " Ben Hughes");
        assert!(
            anita.contains(&format!("Anita {FAMILY} {RAINBOW} Sha")),
            "{anita}"
        );
        assert_eq!(
            column_of(anita, "cust"),
            column_of(ben, "cust"),
            "{anita}\n{ben}"
        );
        // The header, whole, then the kind.
        find(&rows, &format!("{name}  · customer"));
        // The timeline: the note cut between clusters, the sequences whole.
        let row = find(&rows, NOTE_HEAD);
        let start = row.find(NOTE_HEAD).unwrap() + NOTE_HEAD.len();
        let text = row[start..].split('│').next().unwrap().trim_end();
        assert_eq!(text, cut(&note(), terminal_width(text)), "{row}");
        assert!(text.contains(FAMILY), "{row}");
        insta::assert_snapshot!(format!("emoji_main_{w}x{h}"), draw(&state).backend());
    }
}

#[test]
fn the_editor_and_the_search_line_draw_the_sequences_whole() {
    let name = name();
    for (w, h) in SIZES {
        let (_dir, store) = store();
        let mut state = open(&store, w, h);
        let ready = Report::EditorReady {
            contact: state.list.selected_id().unwrap(),
            name: name.clone(),
            draft: None,
            now: at(2026, 11, 22, 9, 30),
        };
        act(&mut state, &store, ready);
        let typed = format!("ab{FAMILY}cd {RAINBOW} \u{2764}\u{FE0F}x");
        type_text(&mut state, &store, &typed);
        find(
            &assert_rows_in_place(&state),
            &format!(" New note · {name} ─"),
        );
        // Left from the end: x, the heart (one column bare, two with its U+FE0F), the space,
        // the flag, the space, d, c, then the whole family in one key; the row is the same
        // wherever the cursor stands.
        let cursor = |state: &State| state.layers.editor().unwrap().text.cursor().1;
        let mut stops = Vec::new();
        for _ in 0..8 {
            press(&mut state, &store, key(KeyCode::Left));
            stops.push(cursor(&state));
            find(&assert_rows_in_place(&state), &format!("│{typed} "));
        }
        assert_eq!(
            stops,
            [17, 15, 14, 10, 9, 8, 7, 2],
            "code points before the cursor"
        );
        if (w, h) == (80, 24) {
            insta::assert_snapshot!("emoji_editor_80x24", draw(&state).backend());
        }
        press(&mut state, &store, key(KeyCode::Esc));
        press(&mut state, &store, key(KeyCode::Char('/')));
        type_text(&mut state, &store, &format!("anita {FAMILY}"));
        let rows = assert_rows_in_place(&state);
        find(&rows, &format!("/anita {FAMILY}"));
        find(&rows, &format!("Anita {FAMILY} {RAINBOW} Sha"));
    }
}
