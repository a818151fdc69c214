//! The keys the screen says are the keys that work, at 80 and 120 columns: a question that
//! takes typed text says Enter and Esc (a letter there is text), the help box pages and stops
//! at its end, the editor's channel turns both ways, and the hint bar keeps the focused part's
//! keys and `?` whatever the width.

use crate::common;
use crate::common::pty::Tui;
use crate::common::screen::{ctrl, key, press, sample_screen, type_text};
use crate::terminal::{SIZES, kith, start};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kith::domain::Channel;

/// The screen's last line: the status bar.
fn status_bar(tui: &Tui) -> String {
    let screen = tui.settled();
    screen.lines().last().unwrap_or_default().to_owned()
}

/// Waits until the screen no longer shows `text`.
fn wait_gone(tui: &Tui, text: &str) {
    let start = std::time::Instant::now();
    while tui.contents().contains(text) {
        assert!(
            start.elapsed() < common::pty::WAIT,
            "'{text}' never went; the screen shows:\n{}",
            tui.contents()
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn a_question_that_takes_text_says_enter_and_esc_not_y_and_n() {
    for (cols, rows) in SIZES {
        let (_dir, db) = common::temp_db();
        kith(&db, &["add", "Ana"]);
        let mut tui = start(&db, cols, rows);
        tui.wait_for("Ana");
        tui.keys("A");
        tui.wait_for("Enter go on · Esc cancel");
        let bar = status_bar(&tui);
        assert!(!bar.contains("yes") && !bar.contains("n/Esc"), "{bar}");
        // `n` is a letter of the reason, not "no".
        tui.type_and_see("new town");
        tui.keys("\x1b");
        tui.wait_for("n new note");
        // A question without text still says y and n.
        tui.keys("X");
        tui.wait_for("y/Enter yes · n/Esc no");
        tui.keys("n");
        tui.wait_for("n new note");
    }
}

const PAGE_DOWN: &str = "\x1b[6~";
const PAGE_UP: &str = "\x1b[5~";

#[test]
fn the_help_box_pages_stops_at_its_end_and_opens_from_the_review() {
    for (cols, rows) in SIZES {
        let (_dir, db) = common::temp_db();
        kith(&db, &["add", "Ana"]);
        let mut tui = start(&db, cols, rows);
        tui.wait_for("Ana");
        tui.keys("?");
        tui.wait_for("Contacts and timeline");
        assert!(!tui.contents().contains("drafts are kept"));
        // A page down, a page back up.
        tui.keys(PAGE_DOWN);
        wait_gone(&tui, "Contacts and timeline");
        tui.keys(PAGE_UP);
        tui.wait_for("Contacts and timeline");
        // Scrolling far past the end shows the last page, not a blank one…
        tui.keys(&"j".repeat(150));
        tui.wait_for("drafts are kept");
        let screen = tui.contents();
        assert!(screen.contains("next match"), "{screen}");
        // …and one line back up is one line, not a hundred.
        tui.keys("k");
        wait_gone(&tui, "drafts are kept");
        let screen = tui.contents();
        assert!(screen.contains("next match"), "{screen}");
        tui.keys("\x1b");
        // `?` opens it from the review too.
        tui.keys("r");
        tui.wait_for("Overdue (0)");
        tui.keys("?");
        tui.wait_for("Contacts and timeline");
    }
}

#[test]
fn the_editor_s_channel_turns_both_ways_from_any_field() {
    let (_dir, store, mut state) = sample_screen(80, 24);
    let channel = |state: &kith::tui::state::State| state.layers.editor().unwrap().channel;
    press(&mut state, &store, key(KeyCode::Char('n')));
    assert_eq!(channel(&state), Channel::InPerson);
    let alt_t = KeyEvent::new(KeyCode::Char('t'), KeyModifiers::ALT);
    // Back from the first is the last, and Ctrl-T undoes it; the text keeps no `t`.
    press(&mut state, &store, alt_t);
    assert_eq!(channel(&state), Channel::Other);
    press(&mut state, &store, alt_t);
    assert_eq!(channel(&state), Channel::Purchase);
    press(&mut state, &store, ctrl('t'));
    assert_eq!(channel(&state), Channel::Other);
    type_text(&mut state, &store, "lunch");
    let editor = state.layers.editor().unwrap();
    assert_eq!(editor.text.lines().join("\n"), "lunch");
}

/// The hints on the status bar, each as it is shown ("n new note"), the counts left out.
fn hints_shown(tui: &Tui) -> Vec<String> {
    let bar = status_bar(tui);
    let hints = bar.split("  ").next().unwrap_or_default().trim();
    hints.split(" · ").map(str::to_owned).collect()
}

#[test]
fn the_hint_bar_drops_whole_hints_and_keeps_the_focused_part_s_and_help() {
    let browse = [
        "n new note",
        "a add contact",
        "e edit contact",
        "/ search",
        "? help",
        "q quit",
        "r review: who needs attention",
        "f new follow-up",
    ];
    for (cols, rows) in SIZES {
        let (_dir, db) = common::temp_db();
        kith(&db, &["add", "Ana"]);
        kith(&db, &["log", "Ana", "lunch"]);
        let mut tui = start(&db, cols, rows);
        tui.wait_for("n new note");
        let shown = hints_shown(&tui);
        assert!(
            shown.iter().all(|h| browse.contains(&h.as_str())),
            "{shown:?}"
        );
        assert!(shown.contains(&"? help".to_owned()), "{shown:?}");
        assert!(shown.contains(&"n new note".to_owned()), "{shown:?}");
        if cols >= 120 {
            // A long hint that does not fit leaves room for a shorter one after it.
            assert!(shown.contains(&"f new follow-up".to_owned()), "{shown:?}");
        }
        // The timeline's own keys come before those it shares with the list.
        tui.keys("\t");
        tui.wait_for("Enter read the whole note");
        let shown = hints_shown(&tui);
        for hint in [
            "Enter read the whole note",
            "d delete interaction",
            "? help",
        ] {
            assert!(shown.contains(&hint.to_owned()), "{cols}: {shown:?}");
        }
        tui.keys("\x1b");
        tui.keys("r");
        tui.wait_for("Overdue (0)");
        tui.wait_for("x done");
        let shown = hints_shown(&tui);
        assert!(shown.contains(&"? help".to_owned()), "{cols}: {shown:?}");
    }
}
