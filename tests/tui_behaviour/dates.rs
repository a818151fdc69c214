//! Dates typed on the screen: a day already past is asked about once (the follow-up form, a
//! snooze, a note's capture line); `n` goes back with nothing written, `y` goes on.

use crate::common::screen::*;
use crossterm::event::KeyCode;
use kith::domain::*;
use kith::tui::state::{Focus, Question};

fn past_question(state: &kith::tui::state::State) -> Option<&str> {
    match state.layers.question() {
        Some(Question::PastDate { said, .. }) => Some(said.as_str()),
        _ => None,
    }
}

#[test]
fn a_follow_up_in_the_past_is_asked_about_once() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    let contact = state.list.selected_id().unwrap();
    let before = store.followups_for(contact).unwrap().items.len();
    press(&mut state, &store, key(KeyCode::Char('f')));
    type_text(&mut state, &store, "call back\n2026-11-20");
    press(&mut state, &store, ctrl('s'));
    assert_eq!(
        past_question(&state),
        Some("'2026-11-20' is Fri 20 Nov, a day already past.")
    );
    assert!(screen_text(&state).contains("A day already past"));
    press(&mut state, &store, key(KeyCode::Char('n')));
    assert_eq!(state.focus(), Focus::Form, "n goes back to the form");
    assert_eq!(store.followups_for(contact).unwrap().items.len(), before);
    press(&mut state, &store, ctrl('s'));
    press(&mut state, &store, key(KeyCode::Char('y')));
    assert!(state.layers.followup_form().is_none());
    let items = store.followups_for(contact).unwrap().items;
    assert_eq!(items.len(), before + 1);
    assert!(items.iter().any(|f| f.text == "call back"
        && f.due == chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()));
}

#[test]
fn a_word_the_form_does_not_read_is_an_error_never_today() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    let contact = state.list.selected_id().unwrap();
    let before = store.followups_for(contact).unwrap().items.len();
    press(&mut state, &store, key(KeyCode::Char('f')));
    type_text(&mut state, &store, "call back\nweek");
    press(&mut state, &store, ctrl('s'));
    assert!(
        status(&state).contains("'week' is not a date kith can read: use today"),
        "{}",
        status(&state)
    );
    assert!(
        state.layers.followup_form().is_some(),
        "the form stays open"
    );
    assert_eq!(store.followups_for(contact).unwrap().items.len(), before);
}

#[test]
fn a_capture_line_in_the_past_is_asked_about_before_the_note_is_saved() {
    let (_dir, store) = sample_store();
    let mut state = note_typed(&store, "Called.\n>> yesterday: send it");
    let contact = state.list.selected_id().unwrap();
    assert!(screen_text(&state).contains("line 2 → Sat 21 Nov, past"));
    press(&mut state, &store, ctrl('s'));
    assert_eq!(
        past_question(&state),
        Some("Line 2: 'yesterday' is Sat 21 Nov, a day already past.")
    );
    press(&mut state, &store, key(KeyCode::Esc));
    assert_eq!(state.focus(), Focus::Editor, "Esc goes back to the note");
    assert!(store.followups_for(contact).unwrap().items.is_empty());
    press(&mut state, &store, ctrl('s'));
    press(&mut state, &store, key(KeyCode::Enter));
    assert!(state.layers.editor().is_none(), "saved once confirmed");
    let items = store.followups_for(contact).unwrap().items;
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].direction, Direction::Promise);
}

#[test]
fn a_snooze_to_a_day_already_past_is_asked_about_once() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    press(&mut state, &store, key(KeyCode::Char('r')));
    let item = state
        .layers
        .review()
        .unwrap()
        .selected_item()
        .unwrap()
        .clone();
    let id = item.followup.unwrap();
    let due = store.followup(id).unwrap().due;
    press(&mut state, &store, key(KeyCode::Char('S')));
    type_text(&mut state, &store, "yesterday");
    press(&mut state, &store, key(KeyCode::Enter));
    assert_eq!(
        past_question(&state),
        Some("'yesterday' is Sat 21 Nov, a day already past.")
    );
    press(&mut state, &store, key(KeyCode::Char('n')));
    assert_eq!(store.followup(id).unwrap().due, due, "n changes nothing");
    press(&mut state, &store, key(KeyCode::Char('S')));
    type_text(&mut state, &store, "yesterday");
    press(&mut state, &store, key(KeyCode::Enter));
    press(&mut state, &store, key(KeyCode::Char('y')));
    assert_eq!(
        store.followup(id).unwrap().due,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
    );
}
