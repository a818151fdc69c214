//! The notes editor: capture, fields, drafts, refused saves, capture lines and how an empty
//! note shows them.

use crate::common::screen::*;
use crossterm::event::KeyCode;
use kith::domain::*;
use kith::tui::action::Report;
use kith::tui::state::{EditorField, Focus};

#[test]
fn quick_capture_saves_a_note_in_a_few_keys_and_selects_it() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    let mut keys = 0;
    let mut press_counted = |state: &mut _, k| {
        keys += 1;
        press(state, &store, k);
    };
    press_counted(&mut state, key(KeyCode::Char('/')));
    type_text(&mut state, &store, "शर्मा");
    press_counted(&mut state, key(KeyCode::Enter));
    press_counted(&mut state, key(KeyCode::Char('n')));
    assert_eq!(state.focus(), Focus::Editor);
    assert_eq!(
        state.layers.editor().unwrap().field,
        EditorField::Text,
        "cursor starts in the text"
    );
    assert_eq!(state.layers.editor().unwrap().channel, Channel::InPerson);
    type_text(&mut state, &store, "Diwali invoice by the 5th");
    press_counted(&mut state, ctrl('s'));
    assert!(keys <= 10, "{keys} keystrokes");
    assert!(state.layers.editor().is_none(), "the editor closes on save");
    let detail = state.detail.as_ref().unwrap();
    assert_eq!(detail.contact.name, "अनीता शर्मा");
    let selected = &detail.timeline[state.timeline.selected];
    assert_eq!(selected.text, "Diwali invoice by the 5th");
    let stored = store.timeline(detail.contact.id, 10).unwrap().items;
    assert_eq!(stored[0].text, "Diwali invoice by the 5th");
    assert_eq!(
        store.draft(detail.contact.id).unwrap(),
        None,
        "saving clears the draft"
    );
    assert_eq!(state.status.as_ref().unwrap().text, "Note saved");
}

#[test]
fn the_editor_cycles_channel_and_moves_through_fields() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    press(&mut state, &store, key(KeyCode::Char('n')));
    press(&mut state, &store, ctrl('t'));
    assert_eq!(state.layers.editor().unwrap().channel, Channel::Call);
    press(&mut state, &store, key(KeyCode::Tab));
    assert_eq!(state.layers.editor().unwrap().field, EditorField::Channel);
    press(&mut state, &store, key(KeyCode::Char(' ')));
    press(&mut state, &store, key(KeyCode::Right));
    assert_eq!(state.layers.editor().unwrap().channel, Channel::Email);
    press(&mut state, &store, key(KeyCode::Left));
    assert_eq!(state.layers.editor().unwrap().channel, Channel::Video);
    press(&mut state, &store, key(KeyCode::Enter));
    assert_eq!(
        state.layers.editor().unwrap().field,
        EditorField::When,
        "Enter moves on in one-line fields"
    );
    press(&mut state, &store, key(KeyCode::BackTab));
    press(&mut state, &store, key(KeyCode::BackTab));
    assert_eq!(state.layers.editor().unwrap().field, EditorField::Text);
    type_text(&mut state, &store, "line one\nline two");
    assert_eq!(
        state.layers.editor().unwrap().text_value(),
        "line one\nline two",
        "Enter is a newline in the text"
    );
}

#[test]
fn an_amount_on_a_note_that_is_not_a_purchase_points_at_the_channel() {
    let (_dir, store) = sample_store();
    let mut state = note_typed(&store, "talked about the order");
    for _ in 0..3 {
        press(&mut state, &store, key(KeyCode::Tab)); // text → channel → when → amount
    }
    type_text(&mut state, &store, "12 EUR");
    press(&mut state, &store, ctrl('s'));
    let editor = state.layers.editor().expect("still open");
    assert_eq!(
        editor.field,
        EditorField::Channel,
        "the channel is what to change"
    );
    assert!(status(&state).contains("only for purchases"));
    assert_eq!(editor.text_value(), "talked about the order");
}

#[test]
fn a_purchase_with_a_bad_date_or_amount_is_refused_and_the_text_kept() {
    let (_dir, store) = sample_store();
    let mut state = note_typed(&store, "bought bread");
    for _ in 0..5 {
        press(&mut state, &store, ctrl('t')); // in person → purchase
    }
    assert_eq!(state.layers.editor().unwrap().channel, Channel::Purchase);
    // Clear the date and type a wrong one.
    press(&mut state, &store, key(KeyCode::Tab));
    press(&mut state, &store, key(KeyCode::Tab));
    erase(&mut state, &store, 20);
    type_text(&mut state, &store, "flurbday");
    press(&mut state, &store, ctrl('s'));
    let editor = state.layers.editor().expect("still open");
    assert_eq!(editor.field, EditorField::When);
    assert!(status(&state).contains("YYYY-MM-DD HH:MM"));
    erase(&mut state, &store, 8);
    type_text(&mut state, &store, "2026-11-21 10:00");
    press(&mut state, &store, key(KeyCode::Tab));
    type_text(&mut state, &store, "12 EURO");
    press(&mut state, &store, key(KeyCode::Enter)); // Enter on the last field saves
    assert_eq!(state.layers.editor().unwrap().field, EditorField::Amount);
    assert!(status(&state).contains("currency"));
    erase(&mut state, &store, 4);
    type_text(&mut state, &store, "EUR");
    press(&mut state, &store, key(KeyCode::Enter));
    assert!(state.layers.editor().is_none(), "{:?}", state.status);
    let saved = &state.detail.as_ref().unwrap().timeline[0];
    assert_eq!(
        (
            saved.channel,
            saved.amount.unwrap().to_string(),
            saved.text.as_str()
        ),
        (Channel::Purchase, "12.00 EUR".into(), "bought bread")
    );
}

#[test]
fn esc_keeps_the_draft_and_n_resumes_it() {
    let (_dir, store) = sample_store();
    let mut state = note_typed(&store, "half a thought");
    let alex = state.list.selected_id().unwrap();
    press(&mut state, &store, key(KeyCode::Esc));
    assert!(state.layers.editor().is_none());
    assert_eq!(store.draft(alex).unwrap().unwrap().text, "half a thought");
    press(&mut state, &store, key(KeyCode::Char('n')));
    assert_eq!(
        state.layers.editor().unwrap().text_value(),
        "half a thought"
    );
    assert!(status(&state).contains("Resumed your unsaved draft"));
    type_text(&mut state, &store, ", finished");
    press(&mut state, &store, ctrl('s'));
    assert_eq!(
        store.timeline(alex, 1).unwrap().items[0].text,
        "half a thought, finished"
    );
    assert_eq!(store.draft(alex).unwrap(), None);
}

#[test]
fn autosave_and_quit_keep_the_draft() {
    let (_dir, store) = sample_store();
    let mut state = note_typed(&store, "typed");
    let alex = state.list.selected_id().unwrap();
    assert!(state.editor_dirty());
    act(&mut state, &store, Report::AutosaveDraft);
    assert!(!state.editor_dirty());
    assert_eq!(store.draft(alex).unwrap().unwrap().text, "typed");
    type_text(&mut state, &store, " more");
    press(&mut state, &store, ctrl('c'));
    assert!(state.quit);
    assert_eq!(store.draft(alex).unwrap().unwrap().text, "typed more");
}

#[test]
fn a_failed_save_keeps_the_text_in_the_editor() {
    let (_dir, store) = sample_store();
    let mut state = note_typed(&store, "precious words");
    act(
        &mut state,
        &store,
        Report::Failed("could not save the note (disk full); your text is still here".into()),
    );
    assert_eq!(
        state.layers.editor().unwrap().text_value(),
        "precious words"
    );
    assert!(status(&state).contains("disk full"));
}

#[test]
fn capture_lines_in_the_editor_create_follow_ups_and_bad_ones_keep_the_note_unsaved() {
    let (_dir, store) = sample_store();
    let mut state = note_typed(
        &store,
        "Talked shop.\n>> fri: send the quote\n<< flurbday: pay",
    );
    let alex = state.list.selected_id().unwrap();
    let shown = screen_text(&state);
    assert!(
        shown.contains("line 2 → Fri 27 Nov") && shown.contains("line 3: not a date"),
        "each capture line's day is said back while typing:\n{shown}"
    );
    press(&mut state, &store, ctrl('s'));
    let editor = state
        .layers
        .editor()
        .expect("an unreadable line keeps the note open");
    assert_eq!(
        editor.text_value(),
        "Talked shop.\n>> fri: send the quote\n<< flurbday: pay"
    );
    let status = &state.status.as_ref().unwrap().text;
    assert!(
        status.contains("Not saved: line 3: 'flurbday' is not a date"),
        "{status}"
    );
    assert!(store.followups_for(alex).unwrap().items.is_empty());
    erase(&mut state, &store, 13);
    type_text(&mut state, &store, "next tue: pay");
    assert!(screen_text(&state).contains("line 3 → Tue 24 Nov"));
    press(&mut state, &store, ctrl('s'));
    assert!(
        state.layers.editor().is_none(),
        "saved once every line reads"
    );
    let followups = store.followups_for(alex).unwrap().items;
    assert_eq!(followups.len(), 2);
    let promise = followups
        .iter()
        .find(|f| f.direction == Direction::Promise)
        .unwrap();
    assert_eq!(promise.text, "send the quote");
    assert_eq!(
        promise.from_interaction,
        Some(store.timeline(alex, 1).unwrap().items[0].id)
    );
}

#[test]
fn an_empty_note_shows_how_a_follow_up_is_written_until_typing_starts() {
    let (_dir, store, mut state) = sample_screen(80, 24);
    press(&mut state, &store, key(KeyCode::Char('n')));
    assert_eq!(state.focus(), Focus::Editor);
    let screen = screen_text(&state);
    assert!(screen.contains(">> fri: send the quote"), "{screen}");
    assert!(screen.contains("<< mon: they send the invoice"), "{screen}");
    type_text(&mut state, &store, "M");
    let screen = screen_text(&state);
    assert!(!screen.contains(">> fri: send the quote"), "{screen}");
    assert!(!screen.contains("<< mon:"), "{screen}");
}
