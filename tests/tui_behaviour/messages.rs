//! A status message too long for the bar, and gone at the next key, can be read whole in the
//! log `L` opens, newest first; Esc closes it. The `arrows` preset opens it with `C-l` too.

use crate::common::screen::{key, press, sample_screen, screen_text, status};
use crate::terminal::{SIZES, kith, start};
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

#[test]
fn the_arrows_preset_opens_the_log_with_ctrl_l_and_says_so() {
    for (cols, rows) in SIZES {
        let (_dir, db) = crate::common::temp_db();
        std::fs::write(db.with_extension("toml"), "[keys]\npreset = \"arrows\"\n").unwrap();
        kith(&db, &["add", "Ana"]);
        let keys = String::from_utf8(kith(&db, &["keys"]).stdout).unwrap();
        let line = keys.lines().find(|l| l.contains("browse.messages"));
        assert!(line.is_some_and(|l| l.contains(" C-l | L ")), "{keys}");
        let mut tui = start(&db, cols, rows);
        tui.wait_for("Ana");
        tui.keys("\x0c");
        tui.wait_for("Messages, newest first");
        tui.keys("\x1b");
        tui.keys("\x1bOP"); // F1: the help names it
        tui.wait_for("Keys");
        for _ in 0..10 {
            if tui.contents().contains("messages said") {
                break;
            }
            tui.keys("\x1b[6~"); // PgDn
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        let help = tui.contents();
        let row = help.lines().find(|l| l.contains("messages said"));
        assert!(row.is_some_and(|l| l.contains("C-l")), "{help}");
        tui.keys("\x1b");
        tui.keys("L");
        tui.wait_for("Messages, newest first");
    }
}
