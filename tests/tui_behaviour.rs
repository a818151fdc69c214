//! The notebook screen's behaviour, driven by keys through the real keymap, update and effects
//! against a temp notebook.

mod common;

use common::screen::*;
use crossterm::event::KeyCode;
use kith::domain::*;
use kith::tui::action::{Action, Report};
use kith::tui::state::{EditorField, Focus, Pane, State};

#[test]
fn opens_on_the_first_contact_in_name_order() {
    let (_dir, store) = sample_store();
    let state = open(&store, 100, 30);
    assert!(state.list_loaded);
    assert_eq!(state.list.len(), 5);
    let names: Vec<&str> = state.list.entries.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "alex vila",
            "ben hughes",
            "nuria puig",
            "अनीता शर्मा",
            "সুমন দাস"
        ]
    );
    assert_eq!(state.detail.as_ref().unwrap().contact.name, "Àlex Vila");
    assert_eq!(state.list.rows.len(), 5, "every visible row was read");
    assert_eq!(state.focus(), Focus::List);
}

#[test]
fn moving_loads_the_selected_contact_and_rows_know_who_needs_attention() {
    let (_dir, store) = sample_store();
    let mut state = open(&store, 100, 30);
    press(&mut state, &store, key(KeyCode::Char('j')));
    press(&mut state, &store, key(KeyCode::Down));
    let detail = state.detail.as_ref().unwrap();
    assert_eq!(detail.contact.name, "Núria Puig");
    assert_eq!(detail.timeline.len(), 3);
    assert_eq!(
        detail.timeline[0].channel,
        Channel::Purchase,
        "newest first"
    );
    let nuria = detail.contact.id;
    assert!(
        state.list.rows[&nuria].needs_attention,
        "overdue promise and lapsed cadence"
    );
    let alex = state.list.id_at(0).unwrap();
    assert!(!state.list.rows[&alex].needs_attention);
    press(&mut state, &store, key(KeyCode::Char('G')));
    assert_eq!(state.list.scroll.selected, 4);
    press(&mut state, &store, key(KeyCode::Char('g')));
    assert_eq!(state.list.scroll.selected, 0);
    press(&mut state, &store, key(KeyCode::Up));
    assert_eq!(state.list.scroll.selected, 0, "stays at the top");
    press(&mut state, &store, key(KeyCode::PageDown));
    assert_eq!(state.list.scroll.selected, 4);
}

#[test]
fn a_long_list_scrolls_and_reads_only_what_is_on_screen() {
    let (_dir, path) = common::temp_db();
    let store = kith::store::Store::open(&path).unwrap();
    kith::demo::fill(
        &store,
        &kith::demo::DemoSpec {
            contacts: 300,
            interactions: 900,
            seed: 3,
        },
        common::at(2026, 11, 22, 9, 0),
    )
    .unwrap();
    let mut state = open(&store, 80, 24);
    let height = state.list_height();
    assert_eq!(state.list.rows.len(), height);
    press(&mut state, &store, key(KeyCode::PageDown));
    press(&mut state, &store, key(KeyCode::PageDown));
    assert_eq!(state.list.scroll.selected, 2 * height);
    assert!(
        state.list.scroll.offset + height > state.list.scroll.selected
            && state.list.scroll.offset <= state.list.scroll.selected
    );
    press(&mut state, &store, key(KeyCode::End));
    assert_eq!(state.list.scroll.selected, 299);
    assert_eq!(state.list.scroll.offset, 300 - height);
    assert!(
        state.list.rows.len() <= 4 * height,
        "{} rows read",
        state.list.rows.len()
    );
    let shown = state.detail.as_ref().unwrap().contact.id;
    assert_eq!(Some(shown), state.list.id_at(299));
}

#[test]
fn quick_capture_saves_a_note_in_a_few_keys_and_selects_it() {
    let (_dir, store) = sample_store();
    let mut state = open(&store, 100, 30);
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
    let (_dir, store) = sample_store();
    let mut state = open(&store, 100, 30);
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
    let mut state = open(&store, 100, 30);
    press(&mut state, &store, key(KeyCode::Char('n')));
    type_text(&mut state, &store, "talked about the order");
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
    let mut state = open(&store, 100, 30);
    press(&mut state, &store, key(KeyCode::Char('n')));
    type_text(&mut state, &store, "bought bread");
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
    let mut state = open(&store, 100, 30);
    let alex = state.list.selected_id().unwrap();
    press(&mut state, &store, key(KeyCode::Char('n')));
    type_text(&mut state, &store, "half a thought");
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
    let mut state = open(&store, 100, 30);
    let alex = state.list.selected_id().unwrap();
    press(&mut state, &store, key(KeyCode::Char('n')));
    type_text(&mut state, &store, "typed");
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
    let mut state = open(&store, 100, 30);
    press(&mut state, &store, key(KeyCode::Char('n')));
    type_text(&mut state, &store, "precious words");
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
fn add_edit_and_archive_a_contact_from_the_screen() {
    let (_dir, store) = sample_store();
    let mut state = open(&store, 100, 30);
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
fn a_cancelled_form_changes_nothing() {
    let (_dir, store) = sample_store();
    let mut state = open(&store, 100, 30);
    let alex = state.list.selected_id().unwrap();
    press(&mut state, &store, key(KeyCode::Char('e')));
    type_text(&mut state, &store, "XYZ");
    press(&mut state, &store, key(KeyCode::Esc));
    assert_eq!(store.contact(alex).unwrap().name, "Àlex Vila");
    assert_eq!(state.focus(), Focus::List);
}

#[test]
fn timeline_focus_expands_notes_and_deletes_with_confirmation() {
    let (_dir, store) = sample_store();
    let mut state = open(&store, 100, 30);
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
    let left: Vec<String> = store
        .timeline(nuria, 10)
        .unwrap()
        .items
        .into_iter()
        .map(|i| i.text)
        .collect();
    assert_eq!(
        left,
        ["Torrons for the shop", "Asked about rye bread for Saturday"]
    );
    assert_eq!(state.detail.as_ref().unwrap().timeline.len(), 2);
    press(&mut state, &store, key(KeyCode::Esc));
    assert_eq!(state.pane, Pane::List);
}

#[test]
fn search_filters_live_and_esc_restores_the_list() {
    let (_dir, store) = sample_store();
    let mut state = open(&store, 100, 30);
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
}

#[test]
fn help_lists_every_key_of_the_keymap() {
    let (_dir, store) = sample_store();
    let mut state = open(&store, 120, 100);
    press(&mut state, &store, key(KeyCode::Char('?')));
    assert_eq!(state.focus(), Focus::Help);
    let text = screen_text(&state);
    // A choice field's keys are said under the field, not in help.
    let keymap = kith::tui::keymap::KEYMAP.iter();
    for binding in keymap.filter(|b| b.field == kith::tui::keymap::Field::Any) {
        if binding.focus != [Focus::Help] && binding.focus.len() != 1
            || binding.focus[0] != Focus::Help
        {
            assert!(text.contains(binding.what), "help lacks '{}'", binding.what);
        }
    }
    press(&mut state, &store, key(KeyCode::Char('?')));
    assert_eq!(state.focus(), Focus::List);
}

#[test]
fn an_empty_notebook_explains_how_to_start() {
    let (_dir, path) = common::temp_db();
    let store = kith::store::Store::open(&path).unwrap();
    let mut state = open(&store, 80, 24);
    let text = screen_text(&state);
    assert!(
        text.contains("Press a to add your first contact,"),
        "{text}"
    );
    assert!(text.contains("kith --db demo.redb demo"), "{text}");
    press(&mut state, &store, key(KeyCode::Char('n')));
    assert!(status(&state).contains("add a contact first"));
    press(&mut state, &store, key(KeyCode::Char('q')));
    assert!(state.quit);
}

#[test]
fn the_first_screen_of_names_is_replaced_by_the_whole_list_and_stale_lists_are_dropped() {
    use kith::tui::action::Effect;
    let (_dir, store) = sample_store();
    let mut state = kith::tui::state::State::new((100, 30), today());
    for action in kith::tui::effects::run(
        &store,
        Effect::LoadList {
            select: None,
            generation: 1,
            limit: Some(2),
        },
        &state.context(),
    ) {
        act(&mut state, &store, action);
    }
    assert_eq!(state.list.entries.len(), 2);
    assert_eq!(
        state.list.total, 5,
        "the title counts everyone while the rest loads"
    );
    press(&mut state, &store, key(KeyCode::Char('j')));
    let whole = kith::tui::effects::run(
        &store,
        Effect::LoadList {
            select: None,
            generation: 1,
            limit: None,
        },
        &state.context(),
    );
    for action in whole.clone() {
        act(&mut state, &store, action);
    }
    assert_eq!(state.list.entries.len(), 5);
    assert_eq!(
        state.list.scroll.selected, 1,
        "the selection survives the swap"
    );
    // A contact added meanwhile asks for generation 2; a late answer to generation 1 is dropped.
    press(&mut state, &store, key(KeyCode::Char('a')));
    type_text(&mut state, &store, "Aaron Abad");
    press(&mut state, &store, ctrl('s'));
    assert_eq!(state.list.entries.len(), 6, "{:?}", state.status);
    for action in whole {
        act(&mut state, &store, action);
    }
    assert_eq!(state.list.entries.len(), 6);
}

#[test]
fn the_readme_key_table_is_the_keymap() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("<!-- keys:")
        .expect("the README marks its key table");
    let table = &readme[start..];
    let table = &table[table.find('\n').unwrap() + 1..table.find("<!-- /keys -->").unwrap()];
    let generated = kith::tui::keymap::markdown_table();
    assert!(
        table == generated,
        "the README's key table differs from the keymap; put this between the markers:\n{generated}"
    );
}

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

#[test]
fn the_review_acts_on_follow_ups_in_one_key() {
    let (_dir, store) = sample_store();
    let mut state = open(&store, 100, 30);
    assert_eq!(
        state.due_counts,
        (1, 0),
        "the status bar counts the overdue promise"
    );
    press(&mut state, &store, key(KeyCode::Char('r')));
    assert_eq!(state.focus(), Focus::Review);
    let selected = state
        .layers
        .review()
        .unwrap()
        .selected_item()
        .unwrap()
        .clone();
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
    let quiet = state
        .layers
        .review()
        .unwrap()
        .selected_item()
        .unwrap()
        .clone();
    assert!(quiet.followup.is_none());
    press(state, store, key(KeyCode::Char('x')));
    assert!(status(&state).contains("only follow-ups"));
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
    let (_dir, store) = sample_store();
    let mut state = open(&store, 100, 30);
    press(&mut state, &store, key(KeyCode::Char('r')));
    let id = state
        .layers
        .review()
        .unwrap()
        .selected_item()
        .unwrap()
        .followup
        .unwrap();
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
    let last = state
        .layers
        .review()
        .unwrap()
        .selected_item()
        .unwrap()
        .clone();
    assert_eq!(last.what, "bring samples", "waiting on them comes last");
    press(&mut state, &store, key(KeyCode::Char('D')));
    assert!(matches!(
        store.followup(added.id).unwrap().state,
        FollowUpState::Dropped(_)
    ));
}

#[test]
fn capture_lines_in_the_editor_create_follow_ups_and_bad_ones_are_reported() {
    let (_dir, store) = sample_store();
    let mut state = open(&store, 100, 30);
    let alex = state.list.selected_id().unwrap();
    press(&mut state, &store, key(KeyCode::Char('n')));
    type_text(
        &mut state,
        &store,
        "Talked shop.\n>> fri: send the quote\n<< flurbday: pay",
    );
    press(&mut state, &store, ctrl('s'));
    assert!(
        state.layers.editor().is_none(),
        "the note is saved even with an unreadable line"
    );
    let status = &state.status.as_ref().unwrap().text;
    assert!(
        status.contains("line 3: 'flurbday' is not a date"),
        "{status}"
    );
    let followups = store.followups_for(alex).unwrap().items;
    assert_eq!(followups.len(), 1);
    assert_eq!(
        (followups[0].text.as_str(), followups[0].direction),
        ("send the quote", Direction::Promise)
    );
    assert_eq!(
        followups[0].from_interaction,
        Some(store.timeline(alex, 1).unwrap().items[0].id)
    );
}

#[test]
fn search_matches_companies_tags_emails_and_phone_digits_with_filters() {
    let (_dir, store) = sample_store();
    let mut state = open(&store, 100, 30);
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
    let (_dir, store) = sample_store();
    let mut state = open(&store, 100, 30);
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
    let (_dir, store) = sample_store();
    let mut state = open(&store, 80, 24);
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

#[test]
fn i_imports_a_file_from_the_screen() {
    let (_dir, store) = sample_store();
    let mut state = open(&store, 100, 30);
    press(&mut state, &store, key(KeyCode::Char('i')));
    assert_eq!(state.focus(), Focus::Confirm);
    press(&mut state, &store, key(KeyCode::Enter));
    assert!(
        status(&state).contains("type the path"),
        "an empty path is refused"
    );
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/vcard/apple4.vcf"
    );
    act(&mut state, &store, Action::Paste(fixture.to_string()));
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
    let (_dir, store) = sample_store();
    let mut state = open(&store, 100, 30);
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
    let (_dir, store) = sample_store();
    let mut state = open(&store, 100, 30);
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
