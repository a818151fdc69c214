//! Moving through the list, the first screen, help and the key table.

use crate::common;
use crate::common::screen::*;
use crossterm::event::KeyCode;
use kith::domain::*;
use kith::tui::state::Focus;

#[test]
fn opens_on_the_first_contact_in_name_order() {
    let (_dir, store, state) = sample_screen(100, 30);
    assert!(state.list_loaded);
    assert_eq!(state.list.len(), 5);
    let names: Vec<String> = (state.list.entries.iter())
        .map(|id| store.contact(id).unwrap().name)
        .collect();
    assert_eq!(
        names,
        [
            "Àlex Vila",
            "Ben Hughes",
            "Núria Puig",
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
    let (_dir, store, mut state) = sample_screen(100, 30);
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
    let (_dir, store) = common::temp_store();
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
fn help_lists_every_key_of_the_keymap() {
    let (_dir, store, mut state) = sample_screen(120, 100);
    press(&mut state, &store, key(KeyCode::Char('?')));
    assert_eq!(state.focus(), Focus::Help);
    let text = screen_text(&state);
    // A choice field's keys are said under the field, not in help.
    let keymap = kith::tui::keymap::KEYMAP.iter();
    for binding in keymap.filter(|b| b.field == kith::tui::keymap::Field::Any) {
        if binding.focus != [Focus::Help] && binding.focus.len() != 1
            || binding.focus[0] != Focus::Help
        {
            assert!(
                text.contains(&binding.what),
                "help lacks '{}'",
                binding.what
            );
        }
    }
    press(&mut state, &store, key(KeyCode::Char('?')));
    assert_eq!(state.focus(), Focus::List);
}

#[test]
fn an_empty_notebook_explains_how_to_start() {
    let (_dir, store) = common::temp_store();
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

#[test]
fn a_wide_terminal_shows_each_contacts_company_and_next_follow_up_in_the_list() {
    let (_dir, _store, state) = sample_screen(200, 40);
    let text = screen_text(&state);
    let row = |name: &str| {
        (text.lines())
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} is listed:\n{text}"))
            .to_string()
    };
    // Núria's promise is due on 1 Nov; Ben has a company and no follow-up.
    let nuria = row("Núria Puig");
    assert!(
        nuria.contains("Forn Puig") && nuria.contains("1 Nov"),
        "{nuria}"
    );
    let ben = row("Ben Hughes");
    assert!(
        ben.contains("Hall & Sons") && !ben.contains(" Nov "),
        "{ben}"
    );
    // At 120 columns the list keeps to the name, the kind and the days.
    let (_dir, _store, narrow) = sample_screen(120, 40);
    let text = screen_text(&narrow);
    let nuria = (text.lines()).find(|l| l.contains("Núria Puig")).unwrap();
    assert!(!nuria.contains("1 Nov"), "{nuria}");
}
