//! The review: follow-ups acted on in one key, quiet contacts.

use crate::common::screen::*;
use crossterm::event::KeyCode;
use kith::domain::*;
use kith::tui::state::{Focus, State};

fn review_whats(state: &kith::tui::state::State) -> Vec<String> {
    state
        .layers
        .review()
        .unwrap()
        .review
        .items()
        .map(|i| i.what.clone())
        .collect()
}

/// The review's selected item.
fn selected_item(state: &State) -> kith::review::ReviewItem {
    state
        .layers
        .review()
        .expect("the review is open")
        .selected_item()
        .expect("an item is selected")
        .clone()
}

#[test]
fn the_review_acts_on_follow_ups_in_one_key() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    assert_eq!(
        state.due_counts,
        (1, 0),
        "the status bar counts the overdue promise"
    );
    press(&mut state, &store, key(KeyCode::Char('r')));
    assert_eq!(state.focus(), Focus::Review);
    let selected = selected_item(&state);
    assert_eq!(
        selected.what, "send the price list",
        "the first item is selected"
    );

    press(&mut state, &store, key(KeyCode::Char('s')));
    assert!(
        status(&state).starts_with("Snoozed to Mon 23 Nov"),
        "{:?}",
        state.status
    );
    assert_eq!(state.due_counts, (0, 0));
    let f = store.followup(selected.followup.unwrap()).unwrap();
    assert_eq!(
        f.due,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    );
    snooze_to_a_date_typed_in_words(&mut state, &store, f.id);
    quiet_contacts_take_a_note_from_the_review(&mut state, &store);
}

fn snooze_to_a_date_typed_in_words(state: &mut State, store: &kith::store::Store, id: FollowUpId) {
    // Now in "Next 7 days": snooze it to a date typed in words, shown before confirming.
    let row = state.layers.review().unwrap();
    assert_eq!(
        row.selected_item().map(|i| i.what.as_str()),
        Some("send the price list")
    );
    press(state, store, key(KeyCode::Char('S')));
    type_text(state, store, "flurbday");
    assert!(screen_text(state).contains("not a date kith can read"));
    press(state, store, key(KeyCode::Enter));
    assert!(
        state.layers.question().is_some(),
        "an unreadable date keeps the prompt"
    );
    erase(state, store, 8);
    type_text(state, store, "in 2 weeks");
    assert!(screen_text(state).contains("→ Sun 06 Dec 2026"));
    press(state, store, key(KeyCode::Enter));
    assert_eq!(
        store.followup(id).unwrap().due,
        chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
    );
    assert!(
        !review_whats(state).contains(&"send the price list".to_string()),
        "beyond the next 7 days now"
    );
}

fn quiet_contacts_take_a_note_from_the_review(state: &mut State, store: &kith::store::Store) {
    // Quiet contacts are not follow-ups: x explains, n logs a note and the review comes back.
    let quiet = selected_item(state);
    assert!(quiet.followup.is_none());
    press(state, store, key(KeyCode::Char('x')));
    assert!(status(state).contains("only follow-ups"));
    press(state, store, key(KeyCode::Char('n')));
    assert_eq!(state.layers.editor().unwrap().contact, quiet.contact);
    type_text(state, store, "caught up at last");
    press(state, store, ctrl('s'));
    assert_eq!(state.focus(), Focus::Review, "saving returns to the review");
    let still_quiet: Vec<_> = state
        .layers
        .review()
        .unwrap()
        .review
        .section(kith::review::SectionKind::GoneQuiet)
        .unwrap()
        .items
        .iter()
        .map(|i| i.contact)
        .collect();
    assert!(
        !still_quiet.contains(&quiet.contact),
        "the note reset their cadence"
    );

    // Enter opens a contact in the notebook.
    press(state, store, key(KeyCode::Enter));
    assert_eq!(state.focus(), Focus::Timeline);
    assert!(state.layers.review().is_none());
}

#[test]
fn done_and_drop_from_the_review_and_the_kept_share() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    press(&mut state, &store, key(KeyCode::Char('r')));
    let id = selected_item(&state).followup.unwrap();
    press(&mut state, &store, key(KeyCode::Char('x')));
    assert!(matches!(
        store.followup(id).unwrap().state,
        FollowUpState::Done(_)
    ));
    assert!(status(&state).starts_with("Done: send the price list"));
    assert_eq!(state.due_counts, (0, 0));
    press(&mut state, &store, key(KeyCode::Esc));
    // Núria's header shows her promises: none open, 0% kept (it was done late).
    press(&mut state, &store, key(KeyCode::Char('j')));
    press(&mut state, &store, key(KeyCode::Char('j')));
    assert!(
        screen_text(&state).contains("promises 0 open, 0% kept on time"),
        "{}",
        screen_text(&state)
    );
    press(&mut state, &store, key(KeyCode::Char('f')));
    type_text(&mut state, &store, "bring samples\n");
    type_text(&mut state, &store, "tomorrow");
    assert!(screen_text(&state).contains("→ Mon 23 Nov 2026"));
    press(&mut state, &store, key(KeyCode::Enter));
    press(&mut state, &store, key(KeyCode::Char(' '))); // promise → request
    press(&mut state, &store, key(KeyCode::Enter)); // saves on the last field
    assert!(state.layers.followup_form().is_none(), "{:?}", state.status);
    let nuria = state.detail.as_ref().unwrap().contact.id;
    let added = store
        .followups_for(nuria)
        .unwrap()
        .items
        .into_iter()
        .find(|f| f.text == "bring samples")
        .unwrap();
    assert_eq!(
        (added.direction, added.due),
        (
            Direction::Request,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
        )
    );
    press(&mut state, &store, key(KeyCode::Char('r')));
    press(&mut state, &store, key(KeyCode::Char('G')));
    let last = selected_item(&state);
    assert_eq!(last.what, "bring samples", "waiting on them comes last");
    press(&mut state, &store, key(KeyCode::Char('D')));
    assert!(matches!(
        store.followup(added.id).unwrap().state,
        FollowUpState::Dropped(_)
    ));
}
