//! The search line finds what people type, on the real binary in a pseudo-terminal at 80 and
//! 120 columns: a word without the middle dot its company is written with, a Devanagari name at
//! every code point as a keyboard sends them, and a phone number pasted with its country code
//! and spaces, which finds the same number however it was stored.

use crate::common;
use crate::common::pty::Tui;
use std::path::Path;
use std::time::Duration;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const ESC: &str = "\x1b";

fn add(db: &Path, args: &[&str]) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kith"))
        .arg("add")
        .args(args)
        .env("KITH_DB", db)
        .env("KITH_CONFIG", db.with_extension("toml"))
        .output()
        .unwrap();
    assert!(out.status.success(), "kith add {args:?}: {out:?}");
}

/// Waits until the screen shows every one of `texts`, then a little more, and checks again:
/// the search thread answers the newest key, so an answer to an older key may show first.
fn settled(tui: &Tui, texts: &[&str]) {
    for text in texts {
        tui.wait_for(text);
    }
    std::thread::sleep(Duration::from_millis(250));
    let screen = tui.contents();
    for text in texts {
        assert!(screen.contains(text), "'{text}' is gone:\n{screen}");
    }
}

#[test]
fn the_search_line_finds_a_dotted_word_a_name_typed_letter_by_letter_and_a_pasted_number() {
    let (_dir, db) = common::temp_db();
    add(
        &db,
        &[
            "Marta Soler",
            "--company",
            "Paral·lel Estudi",
            "--email",
            "marta@estudi.cat",
        ],
    );
    add(&db, &["लक्ष्मी वर्मा", "--email", "laxmi@example.com"]);
    add(
        &db,
        &[
            "Pau Vidal",
            "--phone",
            "600 675 781",
            "--email",
            "pau@vidal.cat",
        ],
    );
    add(&db, &["Rosa Mir", "--phone", "+34 600-675-781"]);
    add(&db, &["Joan Roig", "--phone", "+34 600 675 782"]);
    let config = db.with_extension("toml");
    for (cols, rows) in SIZES {
        let mut tui = Tui::start_sized(
            &db,
            &[("KITH_CONFIG", config.to_str().unwrap())],
            cols,
            rows,
        );
        tui.wait_for("Contacts (5)");
        tui.keys("/");
        tui.keys("parallel");
        settled(&tui, &["Contacts 1/5", "marta@estudi.cat"]);
        tui.keys(ESC);
        tui.wait_for("Contacts (5)");
        tui.keys("/");
        for c in "लक्ष्मी".chars() {
            tui.keys(&c.to_string());
            settled(&tui, &["Contacts 1/5", "laxmi@example.com"]);
        }
        tui.keys(ESC);
        tui.wait_for("Contacts (5)");
        tui.keys("/");
        tui.paste("+34 600 675 781");
        settled(&tui, &["Contacts 2/5"]);
        let screen = tui.contents();
        assert!(
            screen.contains("Pau Vidal")
                && screen.contains("Rosa Mir")
                && !screen.contains("Joan Roig"),
            "{screen}"
        );
        tui.keys(ESC);
        tui.keys("q");
        tui.wait_exit();
    }
}
