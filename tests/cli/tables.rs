//! The command line's tables with names holding emoji sequences (👨‍👩‍👧, 🏳️‍🌈, 👩🏽‍💻): each sequence
//! printed whole, counted as the two columns a modern terminal draws it in, so the columns after
//! a name line up with every other row's, piped and on a terminal alike.

use crate::common::binary::ok;
use crate::common::pty::run_on_terminal;
use kith::text::terminal_width;
use std::path::Path;

const FAMILY: &str = "👨\u{200D}👩\u{200D}👧";
const RAINBOW: &str = "🏳\u{FE0F}\u{200D}🌈";
const CODER: &str = "👩🏽\u{200D}💻";

fn names() -> [String; 4] {
    [
        format!("Anita {FAMILY} {RAINBOW} Sharma"),
        "Ben Hughes".to_string(),
        format!("Zoë {CODER} Ruiz i Vilanova de la Torre {FAMILY}"),
        "अनीता शर्मा".to_string(),
    ]
}

/// Everyone in [`names`], each with a note and a promise already due.
fn notebook(db: &Path) {
    for name in names() {
        ok(db, &["add", &name, "--company", "Forn Puig"]);
        ok(db, &["log", &name, &format!("Dinner: the {FAMILY} family")]);
        ok(db, &["followup", &name, "2026-11-20: send the photos"]);
    }
}

/// The column at which `text` starts in `row`, as a terminal counts.
fn column_of(row: &str, text: &str) -> usize {
    let at = row
        .find(text)
        .unwrap_or_else(|| panic!("{text:?} in {row:?}"));
    terminal_width(&row[..at])
}

/// Every row holding `text` has it at the same column; there are `rows` of them.
fn aligned(out: &str, text: &str, rows: usize) {
    let columns: Vec<usize> = out
        .lines()
        .filter(|l| l.contains(text))
        .map(|l| column_of(l, text))
        .collect();
    assert_eq!(columns.len(), rows, "{out}");
    assert!(
        columns.windows(2).all(|w| w[0] == w[1]),
        "{columns:?}\n{out}"
    );
}

/// `list`, `due` and the note hits of `search`: the column after the name lines up, and each
/// sequence is printed whole (never cut inside, never without its joiners).
fn assert_tables(list: &str, due: &str, hits: &str) {
    aligned(list, "customer", 4);
    let mut rows = list.lines();
    let (head, first) = (rows.next().unwrap(), rows.next().unwrap());
    assert_eq!(
        column_of(first, "customer"),
        column_of(head, "KIND"),
        "{list}"
    );
    for name in names() {
        assert!(list.contains(&name), "{name} whole in\n{list}");
    }
    aligned(due, "promise: send the photos", 4);
    aligned(hits, "in person", 4);
    for out in [list, due, hits] {
        let without = out
            .replace(FAMILY, "")
            .replace(RAINBOW, "")
            .replace(CODER, "");
        assert!(
            !without.contains('\u{200D}'),
            "a joiner outside a sequence:\n{out}"
        );
        assert!(out.contains(FAMILY), "{out}");
    }
    // The long name is cut between clusters in the 24 columns of a note hit.
    let hit = hits.lines().find(|l| l.contains("Zoë")).unwrap();
    assert!(
        hit.contains(&format!("Zoë {CODER} Ruiz i Vilanova …  in person")),
        "{hit}"
    );
}

#[test]
fn names_with_emoji_sequences_keep_the_table_columns_in_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kith.redb");
    notebook(&db);
    let piped = |args: &[&str]| ok(&db, args);
    assert_tables(
        &piped(&["list"]),
        &piped(&["due"]),
        &piped(&["search", "--notes", "dinner"]),
    );
    // On a terminal, every line passes the sanitiser once more: the same tables.
    let shown = |args: &[&str]| {
        let printed = run_on_terminal(&db, dir.path(), args);
        assert_eq!(printed.code, 0);
        String::from_utf8(printed.raw)
            .unwrap()
            .replace("\r\n", "\n")
    };
    assert_tables(
        &shown(&["list"]),
        &shown(&["due"]),
        &shown(&["search", "--notes", "dinner"]),
    );
}
