//! A status message too long for the bar, and gone at the next key, can be read whole in the
//! log `L` opens, newest first; Esc closes it.

use crate::common::screen::{key, press, sample_screen, screen_text, status};
use crossterm::event::KeyCode;

const LONG: &str = "The notebook could not be written because the disk said no: \
    every word of this reason is kept, even those the status bar had no room for at eighty \
    columns, ending here.";

/// The box's inside at 80 columns (two columns each side, then its border), row by row,
/// joined with spaces.
fn inside_box(screen: &str) -> String {
    screen
        .lines()
        .map(|row| {
            row.chars()
                .skip(3)
                .take(74)
                .collect::<String>()
                .trim()
                .to_string()
        })
        .filter(|row| !row.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_long_message_replaced_is_read_whole_in_the_log_newest_first() {
    let (_dir, store, mut state) = sample_screen(80, 24);
    state.error(LONG);
    assert!(LONG.len() > 80, "the bar cannot hold it");
    press(&mut state, &store, key(KeyCode::Char('j')));
    assert_eq!(status(&state), "", "gone at the next key");
    state.info("Saved.");
    press(&mut state, &store, key(KeyCode::Char('L')));
    let screen = screen_text(&state);
    let said = inside_box(&screen);
    let long = LONG.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(said.contains(&long), "{screen}");
    let newest = said.find("Saved.").unwrap();
    assert!(newest < said.find(&long).unwrap(), "newest first: {screen}");
    press(&mut state, &store, key(KeyCode::Esc));
    assert!(!screen_text(&state).contains("ending here."));
}
