//! Snapshots of the notebook screen at the smallest supported size and a roomy one, plus cell
//! checks for the styles a snapshot of text cannot show.

mod common;

use common::at;
use common::screen::*;
use crossterm::event::KeyCode;
use kith::tui::action::Report;
use ratatui::style::{Color, Modifier};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// The sample notebook's screen at every size, as it opens and after `keys`, snapshot as
/// `{name}_{w}x{h}`.
fn snapshots_after(name: &str, keys: &[char]) {
    let (_dir, store) = sample_store();
    for (w, h) in SIZES {
        let mut state = open(&store, w, h);
        for k in keys {
            press(&mut state, &store, key(KeyCode::Char(*k)));
        }
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), draw(&state).backend());
    }
}

#[test]
fn main_screen() {
    snapshots_after("main", &['j', 'j']);
}

#[test]
fn empty_notebook() {
    let (_dir, store) = common::temp_store();
    for (w, h) in SIZES {
        let state = open(&store, w, h);
        insta::assert_snapshot!(format!("empty_{w}x{h}"), draw(&state).backend());
    }
}

#[test]
fn notes_editor() {
    let (_dir, store) = sample_store();
    for (w, h) in SIZES {
        let mut state = open(&store, w, h);
        press(&mut state, &store, key(KeyCode::Char('j')));
        let contact = state.list.selected_id().unwrap();
        act(
            &mut state,
            &store,
            Report::EditorReady {
                contact,
                name: "Ben Hughes".into(),
                draft: None,
                now: at(2026, 11, 22, 9, 30),
            },
        );
        type_text(
            &mut state,
            &store,
            "Met at the trade fair.\nWants wholesale prices; दिवाली order?",
        );
        insta::assert_snapshot!(format!("editor_{w}x{h}"), draw(&state).backend());
    }
}

#[test]
fn help_overlay() {
    snapshots_after("help", &['?']);
}

#[test]
fn selection_and_attention_styles() {
    let (_dir, store, mut state) = sample_screen(80, 24);
    type_text(&mut state, &store, "jj"); // down to Núria
    let terminal = draw(&state);
    let buffer = terminal.backend().buffer();
    // Row 3 (inside the border) is Núria: selected, in the focused list.
    let name_cell = &buffer[(3, 3)];
    assert_eq!(name_cell.symbol(), "N");
    assert_eq!((name_cell.fg, name_cell.bg), (Color::Black, Color::Cyan));
    assert!(name_cell.modifier.contains(Modifier::BOLD));
    // Her overdue promise puts a red marker at the start of the row.
    let marker = &buffer[(1, 3)];
    assert_eq!(marker.symbol(), "!");
    assert_eq!(marker.fg, Color::Red);
    // Names in any script take their true width: the kind column lines up on every row.
    let kinds: Vec<&str> = (1..=5).map(|y| buffer[(21, y)].symbol()).collect();
    assert_eq!(
        kinds,
        ["e", "p", "c", "s", "p"],
        "empl, pros, cust, supp, part"
    );
    // Other rows are not highlighted.
    assert_eq!(buffer[(3, 2)].bg, Color::Reset);

    // With the timeline focused, the list's selection is shown reversed, the timeline's in colour.
    press(&mut state, &store, key(KeyCode::Tab));
    let terminal = draw(&state);
    let buffer = terminal.backend().buffer();
    assert!(buffer[(3, 3)].modifier.contains(Modifier::REVERSED));
    assert_eq!(buffer[(3, 3)].bg, Color::Reset);
    let timeline_row = (0..24).find(|y| buffer[(40, *y)].bg == Color::Cyan);
    assert!(
        timeline_row.is_some(),
        "the selected interaction is highlighted"
    );
}

#[test]
fn review_screen() {
    snapshots_after("review", &['r']);
}

#[test]
fn search_results() {
    let (_dir, store) = sample_store();
    for (w, h) in SIZES {
        let mut state = open(&store, w, h);
        press(&mut state, &store, key(KeyCode::Char('/')));
        type_text(&mut state, &store, "a kind:customer");
        insta::assert_snapshot!(format!("search_{w}x{h}"), draw(&state).backend());
        erase(&mut state, &store, "a kind:customer".len());
        type_text(&mut state, &store, "#rye");
        insta::assert_snapshot!(format!("search_notes_{w}x{h}"), draw(&state).backend());
    }
}

#[test]
fn an_imported_contacts_header_says_what_each_number_is() {
    let (_dir, store) = common::temp_store();
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Puig;Núria;;;\r\nFN:Núria Puig\r\nitem1.EMAIL;type=INTERNET:nuria@casa.cat\r\nitem1.X-ABLabel:Casa\r\nTEL;type=CELL;type=WORK;type=pref:+34 600 111 222\r\nEND:VCARD\r\n";
    let cards = kith::interop::vcard::read_cards(card, at(2026, 1, 1, 9, 0)).unwrap();
    kith::interop::import::import_cards(&store, cards, at(2026, 1, 1, 9, 0), false, &|_| {})
        .unwrap();
    let state = open(&store, 120, 40);
    let screen = draw(&state);
    let text = format!("{:?}", screen.backend());
    assert!(
        text.contains("✉ nuria@casa.cat (Casa)")
            && text.contains("☎ +34 600 111 222 (mobile, work)"),
        "{text}"
    );
    insta::assert_snapshot!("imported_header_120x40", screen.backend());
}
