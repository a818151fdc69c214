//! Every screen part drawn in-process at 80 and 120 columns: each row read back the way a
//! terminal shows it (a cell a wider glyph covers is not read) and compared with the text it
//! should show, and a snapshot of each screen.

use crate::common::at;
use crate::common::screen::*;
use crate::rows::{self, BENGALI, PEOPLE, cut};
use crossterm::event::KeyCode;
use kith::store::Store;
use kith::text::terminal_width;
use kith::tui::action::Report;
use kith::tui::state::State;
use ratatui::buffer::CellWidth;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const NOTE_HEAD: &str = "2026-11-20 10:00  call      ";

/// The rows as a terminal shows them: each glyph once, the cells it covers not read.
pub fn shown(state: &State) -> Vec<String> {
    let terminal = draw(state);
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < buffer.area.width {
                let cell = &buffer[(x, y)];
                row.push_str(cell.symbol());
                x += cell.cell_width().max(1);
            }
            row
        })
        .collect()
}

pub fn find<'a>(rows: &'a [String], text: &str) -> &'a String {
    rows.iter()
        .find(|r| r.contains(text))
        .unwrap_or_else(|| panic!("no row shows {text:?}:\n{}", rows.join("\n")))
}

/// Selects the contact named `name` in the list.
fn select(state: &mut State, store: &Store, name: &str) {
    press(state, store, key(KeyCode::Char('g')));
    for _ in 0..PEOPLE.len() {
        if state
            .detail
            .as_ref()
            .is_some_and(|d| d.contact.name == name)
        {
            return;
        }
        press(state, store, key(KeyCode::Char('j')));
    }
    panic!("{name} is not in the list");
}

/// The timeline's row of the note: its text cut to the row, whole clusters, nothing lost.
fn assert_note_row(rows: &[String], note: &str) {
    let row = find(rows, NOTE_HEAD);
    let start = row.find(NOTE_HEAD).unwrap() + NOTE_HEAD.len();
    let text = row[start..].split('│').next().unwrap().trim_end();
    assert!(terminal_width(text) > 10, "{row}");
    assert_eq!(
        text,
        cut(note, terminal_width(text)),
        "the row shows\n{row}"
    );
    assert!(text.ends_with('…'), "the note is cut: {row}");
}

#[test]
fn the_list_header_and_timeline_show_every_name_and_note_whole() {
    let (_dir, store) = rows::store();
    for (w, h) in SIZES {
        let mut state = open(&store, w, h);
        for (name, note) in PEOPLE {
            select(&mut state, &store, name);
            let rows = shown(&state);
            assert!(
                rows.iter().filter(|r| r.contains(name)).count() >= 2,
                "list and header"
            );
            let header = find(&rows, &format!("{name}  · customer"));
            assert!(header.contains(name), "{header}");
            assert_note_row(&rows, note);
        }
        select(&mut state, &store, BENGALI);
        insta::assert_snapshot!(format!("main_{w}x{h}"), draw(&state).backend());
    }
}

#[test]
fn the_editor_s_title_shows_the_whole_name() {
    let (_dir, store) = rows::store();
    for (w, h) in SIZES {
        let mut state = open(&store, w, h);
        for (name, _) in PEOPLE {
            select(&mut state, &store, name);
            let ready = Report::EditorReady {
                contact: state.list.selected_id().unwrap(),
                name: name.into(),
                draft: None,
                now: at(2026, 11, 22, 9, 30),
            };
            act(&mut state, &store, ready);
            type_text(&mut state, &store, name);
            let rows = shown(&state);
            find(&rows, &format!(" New note · {name} ─"));
            find(&rows, &format!("│{name} "));
            if name == BENGALI {
                insta::assert_snapshot!(format!("editor_{w}x{h}"), draw(&state).backend());
            }
            press(&mut state, &store, key(KeyCode::Esc));
        }
    }
}

#[test]
fn the_review_and_the_contact_form_show_every_name_whole() {
    let (_dir, store) = rows::store();
    for (w, h) in SIZES {
        let mut state = open(&store, w, h);
        press(&mut state, &store, key(KeyCode::Char('r')));
        let rows = shown(&state);
        for (name, _) in PEOPLE {
            let row = find(&rows, &format!(" {name} "));
            assert!(row.contains(&format!("ring {name}")), "{row}");
        }
        insta::assert_snapshot!(format!("review_{w}x{h}"), draw(&state).backend());
        press(&mut state, &store, key(KeyCode::Esc));
        for (name, _) in PEOPLE {
            select(&mut state, &store, name);
            press(&mut state, &store, key(KeyCode::Char('e')));
            find(&shown(&state), &format!(" {name} "));
            if name == BENGALI {
                insta::assert_snapshot!(format!("form_{w}x{h}"), draw(&state).backend());
            }
            press(&mut state, &store, key(KeyCode::Esc));
        }
    }
}

#[test]
fn a_search_shows_the_names_it_finds_whole() {
    let (_dir, store) = rows::store();
    for (w, h) in SIZES {
        let mut state = open(&store, w, h);
        press(&mut state, &store, key(KeyCode::Char('/')));
        type_text(&mut state, &store, "রাজা");
        let rows = shown(&state);
        find(&rows, &format!(" {BENGALI} "));
        find(&rows, "/রাজা");
        insta::assert_snapshot!(format!("search_{w}x{h}"), draw(&state).backend());
    }
}

#[test]
fn the_cursor_stands_between_clusters_and_draws_them_whole() {
    for (w, h) in SIZES {
        let (_dir, store) = rows::store(); // a new note each time, no draft
        let mut state = open(&store, w, h);
        select(&mut state, &store, BENGALI);
        press(&mut state, &store, key(KeyCode::Char('n')));
        type_text(&mut state, &store, "অক্ষয় क्षमा");
        // On मा, on क्ष, on the space, on য়, on ক্ষ: each cluster whole under the cursor.
        for _ in 0..5 {
            press(&mut state, &store, key(KeyCode::Left));
            find(&shown(&state), "│অক্ষয় क्षमा ");
        }
        press(&mut state, &store, key(KeyCode::Backspace));
        find(&shown(&state), "│ক্ষয় क्षमा ");
        press(&mut state, &store, key(KeyCode::Delete));
        find(&shown(&state), "│য় क्षमा ");
        press(&mut state, &store, key(KeyCode::Esc));
    }
}

#[test]
fn the_follow_up_form_and_a_question_show_every_name_whole() {
    let (_dir, store) = rows::store();
    for (w, h) in SIZES {
        let mut state = open(&store, w, h);
        for (name, _) in PEOPLE {
            select(&mut state, &store, name);
            press(&mut state, &store, key(KeyCode::Char('f')));
            find(&shown(&state), &format!(" Follow-up · {name} ─"));
            press(&mut state, &store, key(KeyCode::Esc));
            press(&mut state, &store, key(KeyCode::Char('A')));
            find(&shown(&state), &format!("Archive {name}?"));
            if name == BENGALI {
                insta::assert_snapshot!(format!("question_{w}x{h}"), draw(&state).backend());
            }
            press(&mut state, &store, key(KeyCode::Esc));
        }
    }
}
