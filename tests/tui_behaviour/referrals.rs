//! Referrals and greetings on the screen: the header says whom a contact referred and what it
//! brought, the review asks to thank a referrer whose referral first bought and shows a
//! first-purchase anniversary, and `T` on each keeps the thanks (the item leaves the review)
//! in one step that `u` takes back.

use crate::common::screen::*;
use crossterm::event::KeyCode;
use kith::domain::*;

fn selected_what(state: &kith::tui::state::State) -> String {
    let review = state.layers.review().expect("the review is open");
    review
        .selected_item()
        .map(|i| i.what.clone())
        .unwrap_or_default()
}

/// Moves down the review until the selected item says `what`.
fn select(state: &mut kith::tui::state::State, store: &kith::store::Store, what: &str) {
    press(state, store, key(KeyCode::Home));
    for _ in 0..60 {
        if selected_what(state).contains(what) {
            return;
        }
        press(state, store, key(KeyCode::Down));
    }
    panic!("no item says {what}: {}", screen_text(state));
}

fn buy(store: &kith::store::Store, who: ContactId, at: chrono::NaiveDateTime) {
    let mut i = Interaction::new(who, at, Channel::Purchase, "bought");
    i.amount = Some(Amount::parse("40 EUR").unwrap());
    store.write(|w| w.add_interaction(&mut i)).unwrap();
}

#[test]
fn a_referral_is_thanked_and_an_anniversary_greeted_from_the_review() {
    let (_dir, store) = sample_store();
    let nuria = store.resolve("nuria").unwrap();
    let ben = store.resolve("ben").unwrap();
    let alex = store.resolve("alex").unwrap();
    store
        .write(|w| {
            let mut c = w.contact(ben)?;
            c.referred_by = Some(nuria);
            w.update_contact(&mut c, crate::common::at(2026, 11, 1, 9, 0))
        })
        .unwrap();
    buy(&store, ben, crate::common::at(2026, 11, 20, 11, 0));
    buy(&store, alex, crate::common::at(2025, 11, 24, 11, 0));
    let mut state = open(&store, 140, 50);
    press(&mut state, &store, key(KeyCode::Char('r')));
    let text = screen_text(&state);
    assert!(text.contains("Thank for a referral"), "{text}");
    assert!(text.contains("1 year since the first purchase"), "{text}");

    select(&mut state, &store, "made a first purchase");
    press(&mut state, &store, key(KeyCode::Char('T')));
    assert!(
        status(&state).contains("A promise to thank"),
        "{:?}",
        state.status
    );
    let promises = store.followups_for(nuria).unwrap().items;
    assert!(
        promises
            .iter()
            .any(|f| f.text == "Thank them for referring Ben Hughes" && f.is_open()),
        "{promises:?}"
    );
    assert!(!screen_text(&state).contains("Thank for a referral"));

    select(&mut state, &store, "1 year since the first purchase");
    press(&mut state, &store, key(KeyCode::Char('T')));
    assert!(status(&state).contains("next year"), "{:?}", state.status);
    assert!(!screen_text(&state).contains("1 year since the first purchase"));
    let notes = crate::common::note_texts(&store, alex);
    assert!(
        notes.iter().any(|n| n.starts_with("Sent thanks:")),
        "{notes:?}"
    );
    assert!(store.check().unwrap().is_clean());

    // One step each: undo brings the greeting back.
    press(&mut state, &store, key(KeyCode::Char('u')));
    press(&mut state, &store, key(KeyCode::Char('y')));
    assert!(screen_text(&state).contains("1 year since the first purchase"));
    assert!(store.check().unwrap().is_clean());
}

#[test]
fn the_header_says_whom_a_contact_referred_and_what_it_brought() {
    let (_dir, store) = sample_store();
    let nuria = store.resolve("nuria").unwrap();
    let ben = store.resolve("ben").unwrap();
    store
        .write(|w| {
            let mut c = w.contact(ben)?;
            c.referred_by = Some(nuria);
            w.update_contact(&mut c, crate::common::at(2026, 11, 1, 9, 0))
        })
        .unwrap();
    buy(&store, ben, crate::common::at(2026, 11, 20, 11, 0));
    let mut state = open(&store, 200, 40);
    press(&mut state, &store, key(KeyCode::Down));
    press(&mut state, &store, key(KeyCode::Down));
    let text = screen_text(&state);
    assert!(
        text.contains("Referred 1 (Ben Hughes) brought 40.00 EUR"),
        "{text}"
    );
}
