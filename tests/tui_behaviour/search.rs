//! Search as you type: filters, note hits and highlights.

use crate::common::screen::*;
use crossterm::event::KeyCode;
use kith::tui::state::Focus;

#[test]
fn search_filters_live_and_esc_restores_the_list() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    press(&mut state, &store, key(KeyCode::Char('j')));
    press(&mut state, &store, key(KeyCode::Char('/')));
    type_text(&mut state, &store, "NURIA");
    assert_eq!(state.list.len(), 1);
    assert_eq!(state.detail.as_ref().unwrap().contact.name, "Núria Puig");
    erase(&mut state, &store, 5);
    assert_eq!(state.list.len(), 5, "an empty query shows everyone");
    type_text(&mut state, &store, "দাস");
    assert_eq!(state.list.len(), 1);
    press(&mut state, &store, key(KeyCode::Esc));
    assert_eq!(state.list.len(), 5);
    assert_eq!(
        state.list.scroll.selected, 1,
        "the previous selection is back"
    );
    assert_eq!(state.detail.as_ref().unwrap().contact.name, "Ben Hughes");
    press(&mut state, &store, key(KeyCode::Char('/')));
    type_text(&mut state, &store, "zzz");
    assert!(state.list.is_empty());
    assert!(screen_text(&state).contains("no match"));
    assert!(
        screen_text(&state).contains("# searches notes"),
        "an empty result says where else to look"
    );
}

#[test]
fn search_matches_companies_tags_emails_and_phone_digits_with_filters() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    let names = |state: &kith::tui::state::State| -> Vec<String> {
        (0..state.list.len())
            .map(|i| store.contact(state.list.id_at(i).unwrap()).unwrap().name)
            .collect()
    };
    press(&mut state, &store, key(KeyCode::Char('/')));
    type_text(&mut state, &store, "forn");
    assert_eq!(names(&state), ["Núria Puig"], "company");
    press(&mut state, &store, ctrl('u'));
    erase(&mut state, &store, 10);
    type_text(&mut state, &store, "kind:partner");
    assert_eq!(names(&state), ["সুমন দাস"]);
    erase(&mut state, &store, 12);
    type_text(&mut state, &store, "tag:festival");
    assert_eq!(names(&state), ["সুমন দাস"]);
    erase(&mut state, &store, 12);
    type_text(&mut state, &store, "due:overdue");
    assert_eq!(names(&state), ["Núria Puig"]);
    erase(&mut state, &store, 11);
    type_text(&mut state, &store, "colour:red");
    assert!(status(&state).contains("unknown filter 'colour:'"));
    assert!(
        !state.list.is_empty(),
        "an unknown filter keeps the last results, not an empty list"
    );
}

#[test]
fn a_note_search_opens_the_timeline_at_the_note() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    press(&mut state, &store, key(KeyCode::Char('/')));
    type_text(&mut state, &store, "#wholesale");
    let hits = state
        .layers
        .search()
        .and_then(|s| s.notes.as_ref())
        .expect("note results");
    assert_eq!(hits.hits.len(), 1);
    assert_eq!(hits.hits[0].name, "Núria Puig");
    assert_eq!(hits.hits[0].snippet, "Wants the wholesale price list.");
    assert!(
        screen_text(&state).contains("2026-10-10 in person Núria Puig"),
        "{}",
        screen_text(&state)
    );
    assert!(screen_text(&state).contains("  Wants the wholesale price list."));
    press(&mut state, &store, key(KeyCode::Enter));
    assert_eq!(state.focus(), Focus::Timeline);
    let detail = state.detail.as_ref().unwrap();
    assert_eq!(detail.contact.name, "Núria Puig");
    assert!(
        detail.timeline[state.timeline.selected]
            .text
            .contains("wholesale price list"),
        "the note is selected"
    );

    press(&mut state, &store, key(KeyCode::Char('/')));
    type_text(&mut state, &store, "#दिवा");
    assert_eq!(
        state
            .layers
            .search()
            .and_then(|s| s.notes.as_ref())
            .unwrap()
            .hits[0]
            .name,
        "अनीता शर्मा",
        "prefix in Devanagari"
    );
    press(&mut state, &store, key(KeyCode::Esc));
    assert!(
        state
            .layers
            .search()
            .and_then(|s| s.notes.as_ref())
            .is_none()
    );
    assert_eq!(state.list.len(), 5);
}

#[test]
fn matched_letters_are_highlighted() {
    let (_dir, store, mut state) = sample_screen(80, 24);
    press(&mut state, &store, key(KeyCode::Char('/')));
    type_text(&mut state, &store, "puig");
    let terminal = draw(&state);
    let buffer = terminal.backend().buffer();
    // Row 1: "  Núria Puig": the P of Puig is at x = 9.
    let cells: String = (9..13)
        .map(|x| buffer[(x, 1)].symbol().to_string())
        .collect();
    assert_eq!(cells, "Puig");
    for x in 9..13 {
        assert!(
            buffer[(x, 1)]
                .modifier
                .contains(ratatui::style::Modifier::UNDERLINED),
            "x={x}"
        );
    }
    assert!(
        !buffer[(3, 1)]
            .modifier
            .contains(ratatui::style::Modifier::UNDERLINED),
        "Núria is not matched"
    );
}
