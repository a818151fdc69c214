//! Promises and complaints on the screen: the review lists the complaints still open, `R` on
//! one asks how it was settled and resolves it, and `A` on a promise of mine past its day
//! promises an apology, due today.

use crate::common::screen::*;
use crossterm::event::KeyCode;
use kith::domain::*;
use kith::store::Period;

fn selected_what(state: &kith::tui::state::State) -> String {
    let review = state.layers.review().expect("the review is open");
    review
        .selected_item()
        .expect("an item is selected")
        .what
        .clone()
}

#[test]
fn a_complaint_is_resolved_and_a_broken_promise_apologised_for_from_the_review() {
    let (_dir, store) = sample_store();
    let nuria = store.resolve("nuria").unwrap();
    let mut note = Interaction::new(
        nuria,
        crate::common::at(2026, 11, 19, 11, 0),
        Channel::Call,
        "The boxes came crushed",
    );
    note.sentiment = Some(Sentiment::Complaint);
    store.write(|w| w.add_interaction(&mut note)).unwrap();
    let mut state = open(&store, 120, 40);
    press(&mut state, &store, key(KeyCode::Char('r')));
    assert!(screen_text(&state).contains("Open complaints"));

    // The first item is the promise past its day.
    assert_eq!(selected_what(&state), "send the price list");
    press(&mut state, &store, key(KeyCode::Char('A')));
    assert!(
        status(&state).contains("Sun 22 Nov 2026"),
        "{:?}",
        state.status
    );
    let apology = store.followups_for(nuria).unwrap().items;
    assert!(
        apology
            .iter()
            .any(|f| f.text == "apologise for: send the price list"
                && f.direction == Direction::Promise
                && f.is_open()),
        "{apology:?}"
    );

    // R on anything but a complaint says so; on the complaint it asks and resolves.
    press(&mut state, &store, key(KeyCode::Char('R')));
    assert!(
        status(&state).contains("Only an open complaint"),
        "{:?}",
        state.status
    );
    press(&mut state, &store, key(KeyCode::End));
    assert_eq!(
        selected_what(&state),
        "The boxes came crushed (open 3 days)"
    );
    press(&mut state, &store, key(KeyCode::Char('R')));
    assert!(screen_text(&state).contains("Resolve the complaint"));
    type_text(&mut state, &store, "Sent new boxes");
    press(&mut state, &store, key(KeyCode::Enter));
    assert!(
        status(&state).starts_with("Complaint resolved"),
        "{:?}",
        state.status
    );
    assert_eq!(store.open_complaints(10).unwrap().total, 0);
    assert_eq!(
        store.resolve_times(Period::default()).unwrap().median_days,
        Some(3.0)
    );
    assert!(!screen_text(&state).contains("Open complaints"));
    assert!(store.check().unwrap().is_clean());
}
