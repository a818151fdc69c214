//! Never lose a word, tried on the real binary in a pseudo-terminal: steady typing killed with
//! SIGKILL, large pastes, panics on the screen's and background threads, quitting during an
//! import. Longer loops of the same trials live in `scripts/`.

#![cfg(unix)]

mod common;

use common::binary::ok;

use common::pty::{Tui, WAIT};
use kith::store::Store;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tempfile::TempDir;

#[test]
fn steady_typing_killed_loses_under_a_second() {
    let (_dir, db) = common::temp_db();
    ok(&db, &["add", "Suman Das"]);
    let mut tui = Tui::start_in_editor(&db, "Suman Das", &[]);
    // About 25 characters a second without a pause longer than 40 ms: a debounce would never
    // fire, so anything kept here was kept by the throttle.
    let words = "পাঁচ বাক্স মিষ্টি, dilluns entrega, अगले हफ़्ते ";
    let mut typed = String::new();
    let mut stamps: Vec<(Instant, usize)> = Vec::new();
    let start = Instant::now();
    for c in words.chars().cycle() {
        if start.elapsed() > Duration::from_millis(2600) {
            break;
        }
        let mut buf = [0u8; 4];
        tui.type_now(c.encode_utf8(&mut buf));
        typed.push(c);
        stamps.push((Instant::now(), typed.len()));
        std::thread::sleep(Duration::from_millis(40));
    }
    let killed_at = Instant::now();
    tui.signal("-KILL");
    tui.wait_exit();
    let kept = common::draft_text(&db, "suman").unwrap_or_default();
    assert!(!kept.is_empty(), "nothing was kept after 2.6 s of typing");
    assert!(typed.starts_with(&kept), "the draft is not what was typed");
    // When was the first character the draft lacks typed?
    let lost_from = stamps
        .iter()
        .find(|(_, len)| *len > kept.len())
        .map_or(killed_at, |(at, _)| *at);
    let lost = killed_at - lost_from;
    assert!(
        lost < Duration::from_secs(1),
        "{lost:?} of typing was lost ({} of {} bytes kept)",
        kept.len(),
        typed.len()
    );
}

/// About 100 KB in three scripts, with tabs and blank lines.
fn big_paste() -> String {
    let line = "Núria\tअनीता शर्मा\tসুমন দাস — pedido de torrons, दिवाली, পুজো\n";
    let mut text = String::new();
    let mut n = 0;
    while text.len() < 100_000 {
        text.push_str(line);
        n += 1;
        if n % 50 == 0 {
            text.push('\n');
        }
    }
    text.push_str("the very end");
    text
}

#[test]
fn a_100_kb_paste_lands_whole_and_is_saved_exactly() {
    let (_dir, db) = common::temp_db();
    ok(&db, &["add", "Àlex Vila"]);
    let mut tui = Tui::start_in_editor(&db, "Àlex Vila", &[]);
    let text = big_paste();
    tui.paste(&text);
    tui.wait_for("the very end");
    tui.keys("\x13"); // Ctrl-S
    tui.wait_for("Note saved");
    tui.keys("q");
    tui.wait_exit();
    let store = Store::open(&db).unwrap();
    let id = store.resolve("alex").unwrap();
    let saved = &store.timeline(id, 1).unwrap().items[0].text;
    assert_eq!(saved.len(), text.len());
    assert!(saved == &text, "the saved note differs from the paste");
}

#[test]
fn a_paste_into_search_becomes_one_line() {
    let (_dir, db) = common::temp_db();
    ok(&db, &["add", "Jordi Ferrer"]);
    ok(&db, &["add", "Núria Puig"]);
    let mut tui = Tui::start(&db);
    tui.wait_for("Contacts (2)");
    tui.keys("/");
    tui.paste("nu\nria\x1b]0;owned\x07");
    tui.wait_for("Contacts 0/2");
    let screen = tui.contents();
    assert!(screen.contains("nu ria"), "{screen}");
    tui.keys("\x1b");
    tui.keys("q");
    tui.wait_exit();
    let raw = tui.raw_output();
    assert!(
        !raw.windows(4).any(|w| w == b"\x1b]0;"),
        "a pasted title sequence reached the terminal"
    );
}

/// A notebook holding only `name`, on the screen with a deliberate panic planted in `thread`
/// (KITH_TEST_PANIC), and `text` typed into a new note for them: (its folder, the notebook, the
/// screen).
fn typed_with_a_bug_in(thread: &str, name: &str, text: &str) -> (TempDir, PathBuf, Tui) {
    let (dir, db) = common::temp_db();
    ok(&db, &["add", name]);
    let mut tui = Tui::start_in_editor(&db, name, &[("KITH_TEST_PANIC", thread)]);
    tui.type_and_see(text);
    (dir, db, tui)
}

fn rescued_files(dir: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().contains("rescued-note"))
        .collect()
}

#[test]
fn a_panic_on_the_screen_thread_restores_the_terminal_and_rescues_the_note() {
    let (dir, _db, mut tui) =
        typed_with_a_bug_in("screen", "Ben Hughes", "typed just before the bug");
    tui.keys("\x13"); // Ctrl-S: the deliberate panic
    let status = tui.wait_exit();
    assert!(!status.success());
    assert!(
        tui.left_the_alternate_screen(),
        "the alternate screen was left"
    );
    let out = String::from_utf8_lossy(&tui.raw_output()).into_owned();
    assert!(out.contains("stopped because of a bug"), "{out}");
    assert!(out.contains("report this"), "{out}");
    let files = rescued_files(dir.path());
    assert_eq!(files.len(), 1, "{out}");
    assert!(
        out.contains("rescued-note-1-"),
        "the message names the file: {out}"
    );
    let rescued = std::fs::read_to_string(&files[0]).unwrap();
    assert!(
        rescued.ends_with("\n\ntyped just before the bug\n"),
        "{rescued}"
    );
}

#[test]
fn a_panic_on_a_background_thread_ends_the_screen_with_the_draft_kept() {
    let (_dir, db, mut tui) = typed_with_a_bug_in("search", "Suman Das", "words before a search");
    tui.keys("\x1b");
    tui.wait_for("Draft kept");
    tui.keys("/su");
    let status = tui.wait_exit();
    assert!(
        !status.success(),
        "the screen went on after its search died"
    );
    let out = String::from_utf8_lossy(&tui.raw_output()).into_owned();
    assert!(out.contains("stopped because of a bug"), "{out}");
    assert!(out.contains("thread search"), "{out}");
    assert_eq!(
        common::draft_text(&db, "suman").as_deref(),
        Some("words before a search")
    );
}

#[test]
fn a_panic_in_the_draft_keeper_rescues_the_text_to_a_file() {
    let (dir, _db, mut tui) = typed_with_a_bug_in("keeper", "Àlex Vila", "only in the editor");
    let status = tui.wait_exit(); // the keeper's first write panics
    assert!(!status.success());
    let out = String::from_utf8_lossy(&tui.raw_output()).into_owned();
    assert!(out.contains("thread draft keeper"), "{out}");
    let files = rescued_files(dir.path());
    assert_eq!(files.len(), 1, "{out}");
    let rescued = std::fs::read_to_string(&files[0]).unwrap();
    assert!(rescued.ends_with("only in the editor\n"), "{rescued}");
    assert!(rescued.contains("contact: Àlex Vila (id 1)"), "{rescued}");
}

#[test]
fn quitting_during_an_import_returns_at_once() {
    let (dir, db) = common::temp_db();
    ok(&db, &["add", "Núria Puig"]);
    let cards = dir.path().join("many.vcf");
    let mut vcf = String::new();
    for i in 0..20_000 {
        vcf.push_str(&format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nN:{i};Person;;;\r\nEMAIL:p{i}@example.com\r\nNOTE:imported card number {i}\r\nEND:VCARD\r\n"
        ));
    }
    std::fs::write(&cards, vcf).unwrap();
    let mut tui = Tui::start(&db);
    tui.wait_for("Núria Puig");
    tui.keys("i");
    tui.keys(&format!("{}\r", cards.display()));
    tui.wait_for("Importing");
    let asked = Instant::now();
    tui.keys("q");
    tui.wait_exit();
    assert!(asked.elapsed() < WAIT);
    // The notebook still opens and holds what it held.
    assert!(ok(&db, &["list"]).contains("Núria Puig"));
}
