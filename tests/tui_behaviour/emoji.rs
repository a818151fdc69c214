//! Emoji sequences on the real binary in a pseudo-terminal at 80 and 120 columns. What the
//! screen writes is read twice: by a modern terminal, which draws a grapheme cluster as one
//! glyph as wide as the width tables say (kitty, WezTerm, foot, Ghostty: 👨‍👩‍👧 in two columns),
//! and by the tests' emulator, which draws a sequence as its parts (👨‍👩‍👧 in six). On the
//! first the name is drawn whole; on both every column after it stays in place, whichever
//! contact was on the row before.

use crate::common;
use crate::common::pty::Tui;
use crate::terminal::{SIZES, kith, start};
use kith::text::terminal_width;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

const FAMILY: &str = "👨\u{200D}👩\u{200D}👧";
const RAINBOW: &str = "🏳\u{FE0F}\u{200D}🌈";
const LEFT: &str = "\x1b[D";
const ESC: &str = "\x1b";

fn name() -> String {
    format!("Anita {FAMILY} {RAINBOW} Sharma")
}

/// The screen as a terminal that draws each grapheme cluster as one glyph shows it: the
/// written bytes replayed (cursor moves, clears and text; styles are not kept), each row read
/// glyph by glyph.
fn on_a_modern_terminal(raw: &[u8], cols: u16, rows: u16) -> Vec<String> {
    let (cols, rows) = (usize::from(cols), usize::from(rows));
    let mut grid = vec![vec![" ".to_string(); cols]; rows];
    let (mut row, mut col) = (0, 0);
    let text = String::from_utf8_lossy(raw);
    let mut rest: &str = &text;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("\x1b[") {
            let end = after.find(|c: char| ('@'..='~').contains(&c)).unwrap();
            let (params, last) = (&after[..end], &after[end..=end]);
            let numbers: Vec<usize> = params.split(';').map(|p| p.parse().unwrap_or(1)).collect();
            match last {
                "H" if !params.starts_with('?') => {
                    row = numbers[0].max(1) - 1;
                    col = numbers.get(1).copied().unwrap_or(1).max(1) - 1;
                }
                "J" if params == "2" => grid = vec![vec![" ".to_string(); cols]; rows],
                _ => {}
            }
            rest = &after[end + 1..];
        } else if let Some(after) = rest.strip_prefix("\x1b]") {
            let end = after.find(['\x07', '\x1b']).unwrap_or(after.len());
            rest = after[end..].trim_start_matches(['\x07', '\\']);
        } else if let Some(after) = rest.strip_prefix('\x1b') {
            rest = &after[after.chars().next().map_or(0, char::len_utf8)..];
        } else {
            let end = rest.find('\x1b').unwrap_or(rest.len());
            for g in rest[..end].graphemes(true) {
                let width = g.width();
                if width == 0 || row >= rows || col + width > cols {
                    continue;
                }
                grid[row][col] = g.to_string();
                for covered in 1..width {
                    grid[row][col + covered] = String::new();
                }
                col += width;
            }
            rest = &rest[end..];
        }
    }
    grid.into_iter().map(|cells| cells.concat()).collect()
}

fn row_with<'a>(rows: &'a [String], text: &str) -> &'a String {
    rows.iter()
        .find(|r| r.contains(text))
        .unwrap_or_else(|| panic!("no row shows {text:?}:\n{}", rows.join("\n")))
}

/// The column at which `text` starts in `row`, as a modern terminal counts.
fn column_of(row: &str, text: &str) -> usize {
    terminal_width(&row[..row.find(text).unwrap_or_else(|| panic!("{text} in {row}"))])
}

/// The screen read both ways: on a modern terminal each row is the screen's width and shows
/// `whole`; in the emulator the row shows `after` at the same column.
fn assert_drawn(tui: &Tui, cols: u16, rows: u16, whole: &str, after: &str) {
    let modern = on_a_modern_terminal(&tui.raw_output(), cols, rows);
    for row in &modern {
        assert_eq!(
            terminal_width(row),
            usize::from(cols),
            "{}",
            modern.join("\n")
        );
    }
    let row = row_with(&modern, whole);
    let emulator: Vec<String> = tui.contents().lines().map(str::to_string).collect();
    let parts = row_with(&emulator, after);
    // The emulator drew the parts in the columns of the one glyph: only their first is seen,
    // and what follows stands where it does on the modern terminal.
    assert_eq!(
        column_of(row, after),
        parts[..parts.find(after).unwrap()].width(),
        "{row}\n{parts}"
    );
}

#[test]
fn a_name_with_a_family_and_a_rainbow_flag_is_drawn_whole_with_the_columns_after_it_in_place() {
    let name = name();
    for (cols, rows) in SIZES {
        let (_dir, db) = common::temp_db(); // no draft left by the other size
        kith(&db, &["add", &name, "--company", "Forn Puig"]);
        kith(
            &db,
            &["add", "Anita Bernadette", "--company", "Hall & Sons"],
        );
        let mut tui = start(&db, cols, rows);
        tui.wait_for("Hall & Sons  · customer");
        // Down to the name, whose flag takes the header's columns that held "Be": then back
        // and down again.
        for keys in ["j", "k", "j"] {
            tui.keys(keys);
        }
        tui.wait_for("Forn Puig  · customer");
        assert_drawn(
            &tui,
            cols,
            rows,
            &format!("{name}  Forn Puig  · customer"),
            "Forn Puig  · customer",
        );
        // The search line and the editor's title and text, the cursor stepping over the family.
        tui.keys("/");
        tui.keys(&format!("sharma {FAMILY}"));
        tui.wait_for("Contacts 1/2");
        assert_drawn(&tui, cols, rows, &format!("/sharma {FAMILY}"), "/sharma");
        tui.keys("\r");
        tui.keys("n");
        tui.wait_for("New note");
        tui.keys(&format!("ab{FAMILY}cd end"));
        tui.wait_for("cd end");
        for _ in 0..7 {
            tui.keys(LEFT);
            assert_drawn(&tui, cols, rows, &format!("│ab{FAMILY}cd end "), "cd end ");
        }
        tui.keys(ESC);
        tui.keys("q");
        assert!(tui.wait_exit().success());
    }
}
