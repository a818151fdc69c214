//! Contacts from the screen: forms, the timeline, imports, read-only notebooks and merges.

use crate::common::screen::*;
use crossterm::event::KeyCode;
use kith::domain::*;
use kith::tui::action::Action;
use kith::tui::state::{Focus, Pane};

#[test]
fn add_edit_and_archive_a_contact_from_the_screen() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    press(&mut state, &store, key(KeyCode::Char('a')));
    assert_eq!(state.focus(), Focus::Form);
    press(&mut state, &store, ctrl('s'));
    assert!(status(&state).contains("needs a name"));
    type_text(&mut state, &store, "Zoe Roca\nCafè de la Plaça\n\n"); // name, company, title
    press(&mut state, &store, key(KeyCode::Char(' '))); // kind: customer → prospect
    press(&mut state, &store, key(KeyCode::Enter));
    type_text(
        &mut state,
        &store,
        "zoe@cafe.cat\n+34 600 1\nlocal, vip\n05-14\n21\n",
    );
    assert!(state.layers.form().is_none(), "{:?}", state.status);
    let zoe = store.resolve("zoe roca").unwrap();
    let c = store.contact(zoe).unwrap();
    assert_eq!(
        (c.company.as_deref(), c.kind, c.tags.clone(), c.cadence_days),
        (
            Some("Cafè de la Plaça"),
            Kind::Prospect,
            vec!["local".to_string(), "vip".into()],
            Some(21)
        )
    );
    assert_eq!(
        state.list.selected_id(),
        Some(zoe),
        "the new contact is selected"
    );

    press(&mut state, &store, key(KeyCode::Char('e')));
    erase(&mut state, &store, 4);
    type_text(&mut state, &store, "Roca i Vila");
    press(&mut state, &store, ctrl('s'));
    assert_eq!(store.contact(zoe).unwrap().name, "Zoe Roca i Vila");

    press(&mut state, &store, key(KeyCode::Char('A')));
    assert_eq!(state.focus(), Focus::Confirm);
    press(&mut state, &store, key(KeyCode::Enter));
    assert!(state.layers.question().is_some(), "a reason is required");
    type_text(&mut state, &store, "moved to Lisbon");
    press(&mut state, &store, key(KeyCode::Enter));
    assert!(store.contact(zoe).unwrap().is_archived());
    assert_eq!(state.list.len(), 5);
    assert_eq!(state.list.position_of(zoe), None);
}

#[test]
fn a_key_pressed_right_after_adding_is_for_the_new_contact_before_the_list_comes_back() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    let mut zoe = Contact::new("Zoe Roca", crate::common::at(2026, 11, 1, 9, 0));
    let id = store.write(|w| w.add_contact(&mut zoe)).unwrap();
    // The screen hears that the contact was added; the reloaded list (the search thread's
    // work) has not come back yet: none of the effects run.
    let effects = kith::tui::update::update(
        &mut state,
        kith::tui::action::Report::ContactSaved {
            contact: id,
            added: true,
        },
    );
    assert!(!effects.is_empty());
    assert_eq!(state.list.selected_id(), Some(id));
    assert_eq!(state.list.total, 6);
    // So n opens a note on Zoe, not on whoever was selected before.
    let effects = kith::tui::update::update(&mut state, Action::NewNote);
    assert!(
        effects.contains(&kith::tui::action::Effect::OpenEditor(id)),
        "{effects:?}"
    );
}

#[test]
fn a_cancelled_form_changes_nothing() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    let alex = state.list.selected_id().unwrap();
    press(&mut state, &store, key(KeyCode::Char('e')));
    type_text(&mut state, &store, "XYZ");
    press(&mut state, &store, key(KeyCode::Esc));
    assert_eq!(store.contact(alex).unwrap().name, "Àlex Vila");
    assert_eq!(state.focus(), Focus::List);
}

#[test]
fn timeline_focus_expands_notes_and_deletes_with_confirmation() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    press(&mut state, &store, key(KeyCode::Char('j')));
    press(&mut state, &store, key(KeyCode::Char('j')));
    press(&mut state, &store, key(KeyCode::Tab));
    assert_eq!(state.pane, Pane::Timeline);
    press(&mut state, &store, key(KeyCode::Char('j')));
    press(&mut state, &store, key(KeyCode::Enter));
    assert_eq!(state.focus(), Focus::Note);
    assert!(screen_text(&state).contains("Daughter starts school."));
    press(&mut state, &store, key(KeyCode::Esc));
    assert_eq!(state.focus(), Focus::Timeline);

    let nuria = state.detail.as_ref().unwrap().contact.id;
    press(&mut state, &store, key(KeyCode::Char('d')));
    press(&mut state, &store, key(KeyCode::Char('n')));
    assert_eq!(
        store.timeline(nuria, 10).unwrap().items.len(),
        3,
        "n keeps it"
    );
    press(&mut state, &store, key(KeyCode::Char('d')));
    press(&mut state, &store, key(KeyCode::Char('y')));
    assert_eq!(
        crate::common::note_texts(&store, nuria),
        ["Torrons for the shop", "Asked about rye bread for Saturday"]
    );
    assert_eq!(state.detail.as_ref().unwrap().timeline.len(), 2);
    press(&mut state, &store, key(KeyCode::Esc));
    assert_eq!(state.pane, Pane::List);
}

#[test]
fn i_imports_a_file_from_the_screen() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    press(&mut state, &store, key(KeyCode::Char('i')));
    assert_eq!(state.focus(), Focus::Confirm);
    press(&mut state, &store, key(KeyCode::Enter));
    assert!(
        status(&state).contains("type the path"),
        "an empty path is refused"
    );
    let fixture = crate::common::fixture_arg("vcard/apple4.vcf");
    act(&mut state, &store, Action::Paste(fixture));
    press(&mut state, &store, key(KeyCode::Enter));
    let said = status(&state).to_string();
    assert!(said.contains("created 1"), "{said}");
    assert_eq!(state.list.len(), 6, "the list shows the new contact");
    press(&mut state, &store, key(KeyCode::Char('i')));
    type_text(&mut state, &store, "/nonexistent/file.vcf");
    press(&mut state, &store, key(KeyCode::Enter));
    assert!(status(&state).contains("cannot read /nonexistent/file.vcf"));
}

#[test]
fn a_notebook_open_for_reading_only_refuses_changes_and_says_why() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    state.read_only = true;
    assert!(screen_text(&state).contains("read-only"));
    for k in ['n', 'a', 'e', 'f', 'i', 'A'] {
        press(&mut state, &store, key(KeyCode::Char(k)));
        assert_eq!(state.focus(), Focus::List, "'{k}' opened something");
        assert!(
            status(&state).contains("open for reading only"),
            "'{k}': {:?}",
            state.status
        );
    }
    // Looking around still works.
    press(&mut state, &store, key(KeyCode::Char('j')));
    press(&mut state, &store, key(KeyCode::Char('/')));
    assert_eq!(state.focus(), Focus::Search);
}

#[test]
fn a_second_record_of_a_person_is_merged_from_the_screen_after_asking() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    let before = state.list.total;
    let alex = store.resolve("Àlex Vila").unwrap();
    assert_eq!(
        state.list.selected_id(),
        Some(alex),
        "the first in the list"
    );
    press(&mut state, &store, key(KeyCode::Char('M')));
    assert_eq!(state.focus(), Focus::Confirm);
    type_text(&mut state, &store, "Ben Hughes");
    press(&mut state, &store, key(KeyCode::Enter));
    let text = screen_text(&state);
    assert!(text.contains("Merge Ben Hughes into Àlex Vila?"), "{text}");
    press(&mut state, &store, key(KeyCode::Char('y')));
    assert!(state.layers.question().is_none());
    assert!(status(&state).starts_with("Merged"), "{:?}", state.status);
    assert_eq!(state.list.total, before - 1);
    assert!(store.resolve("Ben Hughes").is_err());
    let kept = store.contact(alex).unwrap();
    assert_eq!(
        kept.company.as_deref(),
        Some("Hall & Sons"),
        "a field it lacked"
    );
    assert!(kept.profile.contains("Also known as Ben Hughes"));

    // Naming the contact itself is refused with a word, and nothing changes.
    press(&mut state, &store, key(KeyCode::Char('M')));
    type_text(&mut state, &store, "Àlex Vila");
    press(&mut state, &store, key(KeyCode::Enter));
    assert!(status(&state).contains("cannot merge"));
    assert_eq!(state.list.total, before - 1);
}
