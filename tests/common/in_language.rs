//! Every part of the screen in one language, snapshot at the smallest supported size and a
//! roomy one: the list and a contact's timeline, the editor, the review, the help, search and
//! the status bar's hints. Each language's test file chooses its language first (a process
//! speaks one language) and calls [`every_part`]; the snapshots are named `{part}_{w}x{h}` in
//! that file's own snapshots.
#![allow(dead_code)]

use super::at;
use super::screen::*;
use crossterm::event::KeyCode;
use kith::tui::action::Report;
use kith::words::{Choice, Lang};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// Snapshots `screen` as `name` beside the other screen snapshots (`tests/snapshots`), named
/// for the test file (`screen_ca__main_80x24`).
fn snapshot(name: String, screen: &ratatui::backend::TestBackend) {
    let name = format!("screen_{}__{name}", kith::words::chosen().lang.tag());
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(name, screen));
}

/// Makes `lang` this process's language (every test of the file asks the same).
pub fn speak(lang: Lang) {
    kith::words::choose(Choice {
        lang,
        native_digits: false,
    });
    assert_eq!(
        kith::words::chosen().lang,
        lang,
        "chosen before any word is said"
    );
}

/// The sample notebook at every size after `keys`, snapshot as `{name}_{w}x{h}`.
pub fn after_keys(name: &str, keys: &[char]) {
    let (_dir, store) = sample_store();
    for (w, h) in SIZES {
        let mut state = open(&store, w, h);
        for k in keys {
            press(&mut state, &store, key(KeyCode::Char(*k)));
        }
        snapshot(format!("{name}_{w}x{h}"), draw(&state).backend());
    }
}

/// The editor open on a contact with a note being written.
pub fn editor() {
    let (_dir, store) = sample_store();
    for (w, h) in SIZES {
        let mut state = open(&store, w, h);
        press(&mut state, &store, key(KeyCode::Char('j')));
        let contact = state.list.selected_id().unwrap();
        let ready = Report::EditorReady {
            contact,
            name: "Ben Hughes".into(),
            draft: None,
            now: at(2026, 11, 22, 9, 30),
        };
        act(&mut state, &store, ready);
        type_text(
            &mut state,
            &store,
            "Met at the trade fair.\n>> fri: send prices",
        );
        snapshot(format!("editor_{w}x{h}"), draw(&state).backend());
    }
}

/// Search results as the query is typed.
pub fn search() {
    let (_dir, store) = sample_store();
    for (w, h) in SIZES {
        let mut state = open(&store, w, h);
        press(&mut state, &store, key(KeyCode::Char('/')));
        type_text(&mut state, &store, "a kind:customer");
        snapshot(format!("search_{w}x{h}"), draw(&state).backend());
    }
}

/// An empty notebook: the first words a new user reads.
pub fn empty() {
    let (_dir, store) = super::temp_store();
    for (w, h) in SIZES {
        let state = open(&store, w, h);
        snapshot(format!("empty_{w}x{h}"), draw(&state).backend());
    }
}
