//! Dates as typed through the real binary: a word the grammar does not read is an error naming
//! the forms it takes, never today — in the follow-up form and a note's `>>` line on the screen
//! (a pseudo-terminal at 80 and 120 columns) and on the command line; a day already past is
//! asked about once on the screen and warned about on the command line.

#![cfg(unix)]

mod common;

use common::pty::Tui;
use std::path::Path;

const NOW: &str = "2026-11-24 10:00"; // a Tuesday
const CTRL_S: &str = "\x13";
const ESC: &str = "\x1b";

/// The config beside the notebook, empty (the defaults): KITH_CONFIG must name a file.
fn config(db: &Path) -> std::path::PathBuf {
    let config = db.with_extension("toml");
    if !config.exists() {
        std::fs::write(&config, "").unwrap();
    }
    config
}

fn kith(db: &Path, args: &[&str]) -> std::process::Output {
    common::binary::kith_command()
        .args(args)
        .env("KITH_DB", db)
        .env("KITH_NOW", NOW)
        .env("KITH_CONFIG", config(db))
        .output()
        .unwrap()
}

fn followups(db: &Path) -> Vec<serde_json::Value> {
    let out = kith(db, &["show", "Ana", "--json"]);
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    shown["followups"].as_array().unwrap().clone()
}

#[test]
fn a_misread_date_word_on_the_screen_is_an_error_at_80_and_120_columns() {
    for (cols, rows) in [(80, 24), (120, 40)] {
        let (_dir, db) = common::temp_db();
        assert!(kith(&db, &["add", "Ana"]).status.success());
        let mut tui = Tui::start_sized(&db, &[("KITH_NOW", NOW)], cols, rows);
        tui.wait_for("Ana");
        // The follow-up form: "weekend" once became today.
        tui.keys("f");
        tui.wait_for("Follow-up · Ana");
        tui.keys("call back\rweekend");
        tui.keys(CTRL_S);
        tui.wait_for("'weekend' is not a date kith can read");
        tui.keys(ESC);
        // A note's capture line: the day is said back while typing, and a word it does not
        // read keeps the note unsaved.
        tui.keys("n");
        tui.wait_for("New note");
        tui.type_and_see(">> next monday: send the quote");
        tui.wait_for("line 1 → Mon 30 Nov");
        tui.keys("\r<< w: pay");
        tui.wait_for("line 2: not a date");
        tui.keys(CTRL_S);
        tui.wait_for("Not saved: line 2: 'w' is not a date");
        assert!(tui.contents().contains("<< w: pay"), "the text stays");
        // A day already past is asked about once, then kept.
        tui.keys("\x7f\x7f\x7f\x7f\x7f\x7f2026-11-20: pay");
        tui.keys(CTRL_S);
        tui.wait_for("A day already past");
        tui.wait_for("Line 2: '2026-11-20' is Fri 20 Nov, a day already past.");
        tui.keys("y");
        tui.wait_for("Note saved");
        tui.keys("q");
        assert!(tui.wait_exit().success());
        let dues: Vec<String> = followups(&db)
            .iter()
            .map(|f| f["due"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(dues.len(), 2, "{cols} columns: {dues:?}");
        assert!(dues.contains(&"2026-11-30".to_string()), "{dues:?}");
        assert!(dues.contains(&"2026-11-20".to_string()), "{dues:?}");
    }
}

#[test]
fn the_command_line_refuses_words_it_does_not_read_and_warns_about_the_past() {
    let (_dir, db) = common::temp_db();
    assert!(kith(&db, &["add", "Ana"]).status.success());
    for word in ["week", "weekend", "weeks", "w", "m"] {
        let out = kith(&db, &["followup", "Ana", &format!("{word}: call")]);
        assert!(!out.status.success(), "{word}");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(
            said.contains(&format!("'{word}' is not a date kith can read: use today"))
                && said.contains("next fri")
                && said.contains("4 dec"),
            "{said}"
        );
    }
    assert!(followups(&db).is_empty(), "nothing became today");
    let out = kith(&db, &["followup", "Ana", "next monday: call"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("due Mon 2026-11-30"),
        "the coming Monday, not the one after"
    );
    let out = kith(&db, &["followup", "Ana", "yesterday: call"]);
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("kith: warning: 'yesterday' is Mon 23 Nov, a day already past"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = kith(&db, &["log", "Ana", "Met.\n>> 2026-11-01: send it"]);
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("kith: warning: line 2: '2026-11-01' is Sun 1 Nov, a day already past"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(followups(&db).len(), 3);
}
