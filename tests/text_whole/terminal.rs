//! The real binary in a pseudo-terminal at 80 and 120 columns: the Bengali name and note drawn
//! whole in the header, a cut timeline row and the editor's title, and the editor's cursor
//! moving and deleting by grapheme cluster.

use crate::common::{self, at, pty::Tui};
use crate::rows::{BENGALI, PEOPLE, cut, in_emulator};
use kith::domain::Kind;
use kith::store::Store;
use kith::text::extra_terminal_columns;
use std::path::Path;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const NOW: &str = "2026-11-22 09:30";
const NOTE_HEAD: &str = "2026-11-20 10:00  call      ";
const LEFT: &str = "\x1b[D";
const BACKSPACE: &str = "\x7f";
const ESC: &str = "\x1b";

/// A notebook holding the Bengali name and its note, and nobody else.
fn notebook(db: &Path) -> &'static str {
    let (name, note) = PEOPLE[0];
    assert_eq!(name, BENGALI);
    let store = Store::open(db).unwrap();
    let id = common::add(&store, name, Kind::Customer);
    common::log(&store, id, at(2026, 11, 20, 10, 0), note);
    store.close().unwrap();
    note
}

fn row_with<'a>(screen: &'a str, text: &str) -> &'a str {
    screen
        .lines()
        .find(|l| l.contains(text))
        .unwrap_or_else(|| panic!("no row shows {text:?}:\n{screen}"))
}

/// Whether `row` of the emulator shows `text`, taking the column a vowel sign is drawn in as
/// whatever the emulator kept there: it draws the sign in its letter's cell, where a terminal
/// draws it over the next column, and the screen leaves that column to the sign.
fn shows(row: &str, text: &str) -> bool {
    let mut wanted: Vec<Option<&str>> = Vec::new();
    for g in text.graphemes(true) {
        wanted.push(Some(g));
        wanted.extend(std::iter::repeat_n(None, extra_terminal_columns(g)));
    }
    let row: Vec<&str> = row.graphemes(true).collect();
    row.windows(wanted.len()).any(|w| {
        w.iter()
            .zip(&wanted)
            .all(|(got, want)| want.is_none_or(|want| want == *got))
    })
}

#[test]
fn the_letter_after_a_vowel_sign_is_drawn_at_80_and_120_columns() {
    for (cols, rows) in SIZES {
        let (_dir, db) = common::temp_db();
        let note = notebook(&db);
        let mut tui = Tui::start_sized(&db, &[("KITH_NOW", NOW)], cols, rows);
        tui.wait_for(NOTE_HEAD);
        let screen = tui.contents();
        // The header: the whole name, then its kind.
        row_with(&screen, &format!("{}  · customer", in_emulator(BENGALI)));
        // The timeline: the note cut between clusters, every letter before the cut drawn.
        let row = row_with(&screen, NOTE_HEAD);
        let start = row.find(NOTE_HEAD).unwrap() + NOTE_HEAD.len();
        let shown = row[start..].split('│').next().unwrap().trim_end();
        assert!(shown.width() > 10, "{row}");
        assert_eq!(
            shown,
            in_emulator(&cut(note, shown.width())),
            "{cols} columns:\n{screen}"
        );
        // The editor's title.
        tui.keys("n");
        tui.wait_for("New note");
        let screen = tui.contents();
        let title = format!(" New note · {BENGALI} ─");
        assert!(screen.lines().any(|row| shows(row, &title)), "{screen}");
        tui.keys(ESC);
        tui.keys("q");
        assert!(tui.wait_exit().success());
    }
}

#[test]
fn the_editor_moves_and_deletes_by_grapheme_cluster_at_80_and_120_columns() {
    for (cols, rows) in SIZES {
        let (_dir, db) = common::temp_db();
        notebook(&db);
        let mut tui = Tui::start_sized(&db, &[("KITH_NOW", NOW)], cols, rows);
        tui.wait_for(NOTE_HEAD);
        tui.keys("n");
        tui.wait_for("New note");
        // অ, ক্ষ, য়: Left steps over য় (two code points), never between য and its nukta.
        tui.type_and_see("অক্ষয়");
        tui.keys(LEFT);
        tui.keys("X");
        tui.wait_for("অক্ষXয়");
        // Backspace takes X, then the whole conjunct ক্ষ, not only its last letter.
        tui.keys(BACKSPACE);
        tui.keys(BACKSPACE);
        tui.keys("Y");
        tui.wait_for("অYয়");
        // In Devanagari, typed before য়: one Backspace takes क्षे whole, virama and vowel
        // sign with it.
        tui.keys(" क्षेम");
        tui.keys(LEFT);
        tui.keys(BACKSPACE);
        tui.keys("Z");
        tui.wait_for("অY Zमয়");
        tui.keys(ESC);
        tui.keys("q");
        assert!(tui.wait_exit().success());
    }
}
