//! Local occasions on the screen: the review's Greetings at 80 and 120 columns, `T` on a
//! greeting (a note, the item gone until next year, one step `u` takes back), and the contact
//! form's field that edits what a contact is greeted for.

mod common;

use chrono::NaiveDate;
use common::screen::*;
use crossterm::event::KeyCode;
use kith::domain::*;
use kith::store::Store;
use kith::tui::state::State;

/// Ten days before Sant Jordi: Pohela Boishakh (14 April) and Sant Jordi (23 April) fall in the
/// review's days.
fn april() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 4, 10).unwrap()
}

/// The sample notebook, its Bengali partner greeted for Pohela Boishakh and its wholesale
/// customers for Sant Jordi.
fn greeting_store() -> (tempfile::TempDir, Store) {
    let (dir, store) = sample_store();
    let suman = store.resolve("সুমন").unwrap();
    store
        .write(|w| {
            let bengali = [LocalOccasion::PohelaBoishakh];
            w.celebrate(Celebrant::Contact(suman), &bengali, &[])?;
            let catalan = [LocalOccasion::SantJordi];
            w.celebrate(Celebrant::Tag("wholesale".into()), &catalan, &[])
        })
        .unwrap();
    (dir, store)
}

fn open_on(store: &Store, width: u16, height: u16) -> State {
    let mut state = State::new((width, height), april());
    kith::tui::load(&mut state, store, None);
    state
}

#[test]
fn the_review_shows_greetings() {
    let (_dir, store) = greeting_store();
    for (w, h) in [(80, 24), (120, 40)] {
        let mut state = open_on(&store, w, h);
        press(&mut state, &store, key(KeyCode::Char('r')));
        insta::assert_snapshot!(format!("greetings_{w}x{h}"), draw(&state).backend());
    }
}

fn selected_what(state: &State) -> String {
    let review = state.layers.review().expect("the review is open");
    (review.selected_item().map(|i| i.what.clone())).unwrap_or_default()
}

fn select(state: &mut State, store: &Store, what: &str) {
    press(state, store, key(KeyCode::Home));
    for _ in 0..40 {
        if selected_what(state) == what {
            return;
        }
        press(state, store, key(KeyCode::Down));
    }
    panic!("no item says {what}: {}", screen_text(state));
}

#[test]
fn t_greets_and_the_item_leaves_until_next_year() {
    let (_dir, store) = greeting_store();
    let nuria = store.resolve("nuria").unwrap();
    let mut state = open_on(&store, 140, 50);
    press(&mut state, &store, key(KeyCode::Char('r')));
    assert!(screen_text(&state).contains("Greetings, next 14 days (2)"));
    select(&mut state, &store, "Sant Jordi");
    press(&mut state, &store, key(KeyCode::Char('T')));
    assert!(status(&state).contains("next year"), "{:?}", state.status);
    let text = screen_text(&state);
    assert!(text.contains("Greetings, next 14 days (1)"), "{text}");
    assert!(!text.contains("Sant Jordi"), "{text}");
    let notes = common::note_texts(&store, nuria);
    assert!(
        notes.contains(&"Sent greetings: Sant Jordi".to_string()),
        "{notes:?}"
    );
    assert!(store.check().unwrap().is_clean());
    // The next year's Sant Jordi is hers again.
    let mut next = State::new((140, 50), NaiveDate::from_ymd_opt(2028, 4, 20).unwrap());
    kith::tui::load(&mut next, &store, None);
    press(&mut next, &store, key(KeyCode::Char('r')));
    assert!(screen_text(&next).contains("Sant Jordi"));
    // One step: undo brings the greeting back.
    press(&mut state, &store, key(KeyCode::Char('u')));
    press(&mut state, &store, key(KeyCode::Char('y')));
    assert!(screen_text(&state).contains("Sant Jordi"));
    assert!(store.check().unwrap().is_clean());
}

/// Opens the form on the selected contact and goes to its "Greeted for" field.
fn to_greetings_field(state: &mut State, store: &Store) {
    press(state, store, key(KeyCode::Char('e')));
    for _ in 0..15 {
        press(state, store, key(KeyCode::Tab));
    }
}

#[test]
fn the_contact_form_edits_what_a_contact_is_greeted_for() {
    let (_dir, store) = greeting_store();
    let anita = store.resolve("शर्मा").unwrap();
    let mut state = open_on(&store, 120, 40);
    while state.detail.as_ref().is_none_or(|d| d.contact.id != anita) {
        press(&mut state, &store, key(KeyCode::Char('j')));
    }
    to_greetings_field(&mut state, &store);
    let text = screen_text(&state);
    assert!(text.contains("Greeted for"), "{text}");
    type_text(&mut state, &store, "diwalli");
    press(&mut state, &store, ctrl('s'));
    assert!(
        status(&state).contains("Did you mean diwali?"),
        "{:?}",
        state.status
    );
    erase(&mut state, &store, 2);
    type_text(&mut state, &store, "i, holi");
    press(&mut state, &store, ctrl('s'));
    let own = store
        .celebrated(&store.contact(anita).unwrap())
        .unwrap()
        .own;
    let own = own.map(|c| c.occasions()).unwrap_or_default();
    assert_eq!(own, vec![LocalOccasion::Diwali, LocalOccasion::Holi]);
    assert!(store.check().unwrap().is_clean());
    // The form shows them the next time, and emptied takes them away, in one step each.
    to_greetings_field(&mut state, &store);
    assert!(screen_text(&state).contains("diwali, holi"));
    erase(&mut state, &store, "diwali, holi".len());
    press(&mut state, &store, ctrl('s'));
    assert_eq!(
        store
            .celebrated(&store.contact(anita).unwrap())
            .unwrap()
            .own,
        None
    );
    press(&mut state, &store, key(KeyCode::Char('u')));
    press(&mut state, &store, key(KeyCode::Char('y')));
    let back = store
        .celebrated(&store.contact(anita).unwrap())
        .unwrap()
        .own;
    assert_eq!(back.map(|c| c.occasions().len()), Some(2));
}
