//! The keys the screen says are the keys that work, at 80 and 120 columns: a question that
//! takes typed text says Enter and Esc (a letter there is text), the help box pages and stops
//! at its end, the editor's channel turns both ways, and the hint bar keeps the focused part's
//! keys and `?` whatever the width.

use crate::common;
use crate::common::pty::Tui;
use std::path::Path;

const NOW: &str = "2026-11-24 10:00";
const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn kith(db: &Path, args: &[&str]) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kith"))
        .args(args)
        .env("KITH_DB", db)
        .env("KITH_NOW", NOW)
        .env("KITH_CONFIG", db.with_extension("toml"))
        .output()
        .unwrap();
    assert!(out.status.success(), "kith {args:?}: {out:?}");
}

fn start(db: &Path, cols: u16, rows: u16) -> Tui {
    let config = db.with_extension("toml");
    let config = config.to_str().unwrap();
    Tui::start_sized(
        db,
        &[("KITH_NOW", NOW), ("KITH_CONFIG", config)],
        cols,
        rows,
    )
}

/// The screen's last line: the status bar.
fn status_bar(tui: &Tui) -> String {
    let screen = tui.contents();
    screen.lines().last().unwrap_or_default().to_owned()
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
