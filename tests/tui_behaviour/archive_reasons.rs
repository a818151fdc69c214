//! The archive question's common reasons: offered by digit, one key archives with that reason's
//! code, and own words are typed as before (a digit after them is part of the words).

use crate::common::screen::*;
use crossterm::event::KeyCode;

#[test]
fn a_digit_picks_a_common_reason_and_words_are_typed_as_before() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    let first = state.list.selected_id().unwrap();
    press(&mut state, &store, key(KeyCode::Char('A')));
    let text = screen_text(&state);
    assert!(
        text.contains("1 moved  2 price  3 service  4 competitor  5 not needed"),
        "{text}"
    );
    press(&mut state, &store, key(KeyCode::Char('2')));
    assert!(state.layers.question().is_none());
    let c = store.contact(first).unwrap();
    assert_eq!(c.archived.map(|a| a.reason).as_deref(), Some("price"));

    let next = state.list.selected_id().unwrap();
    assert_ne!(next, first);
    press(&mut state, &store, key(KeyCode::Char('A')));
    type_text(&mut state, &store, "closed after 30 years");
    press(&mut state, &store, key(KeyCode::Enter));
    let c = store.contact(next).unwrap();
    assert_eq!(
        c.archived.map(|a| a.reason).as_deref(),
        Some("closed after 30 years")
    );
}
