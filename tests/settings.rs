//! Your own keys and colours, through the real binary: a key the config remaps works on the
//! screen and is what the hints and help show, NO_COLOR leaves no colour in the screen's bytes
//! while the selection stays marked, a broken config leaves the notebook usable, and the
//! config's commands (`kith config path|show|init`, `kith keys`, `kith man`) say what is in
//! force.

#[path = "common/mod.rs"]
mod common;

use common::binary::{kith_with_env, ok_with_env};
use common::pty::Tui;
use std::path::{Path, PathBuf};

/// A notebook with two contacts, and where its config file goes (not there yet: the contacts
/// are added with an empty one elsewhere, since KITH_CONFIG must name a file that is there).
fn notebook() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let (dir, db) = common::temp_db();
    let config = dir.path().join("config.toml");
    let empty = dir.path().join("empty.toml");
    std::fs::write(&empty, "").unwrap();
    for name in ["Ana Lima", "Bruno Costa"] {
        ok_with_env(
            &db,
            &["add", name],
            &[("KITH_CONFIG", empty.to_str().unwrap())],
        );
    }
    (dir, db, config)
}

/// The screen with the config at `config`, made empty (the defaults) if no test wrote it.
fn start(db: &Path, config: &Path, env: &[(&str, &str)]) -> Tui {
    if !config.exists() {
        std::fs::write(config, "").unwrap();
    }
    let mut all = vec![("KITH_CONFIG", config.to_str().unwrap())];
    all.extend_from_slice(env);
    let tui = Tui::start_with(db, &all);
    tui.wait_for("Ana Lima");
    tui
}

#[test]
fn a_remapped_key_works_on_the_screen_and_is_the_one_hints_and_help_show() {
    let (_dir, db, config) = notebook();
    std::fs::write(&config, "[keys]\nnew-note = \"N\"\n").unwrap();
    let mut tui = start(&db, &config, &[]);
    tui.wait_for("N new note");
    tui.wait_for("Press N to write the first note");
    assert!(!tui.contents().contains("n new note"), "{}", tui.contents());
    tui.keys("n");
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert!(
        !tui.contents().contains("New note"),
        "n no longer writes a note"
    );
    tui.keys("N");
    tui.wait_for("New note");
    tui.keys("\x1b");
    tui.keys("?");
    tui.wait_for("Keys");
    let help = tui.contents();
    let row = help
        .lines()
        .find(|l| l.contains("new note"))
        .expect("help names it");
    assert!(row.contains(" N ") && !row.contains(" n "), "{help}");
    tui.keys("\x1b");
    tui.keys("q");
    tui.wait_exit();
}

/// The SGR parameters in `raw` that set a colour (30–38, 40–48, 58, 90–97, 100–107); 39, 49
/// and 59 put the terminal's own colour back and are not colours.
fn colour_codes(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(raw);
    let mut found = Vec::new();
    for part in text.split("\x1b[").skip(1) {
        let Some(end) = part.find(|c: char| !(c.is_ascii_digit() || c == ';')) else {
            continue;
        };
        if &part[end..=end] != "m" {
            continue;
        }
        let params: Vec<u32> = part[..end]
            .split(';')
            .filter_map(|p| p.parse().ok())
            .collect();
        let colour = |p: &u32| matches!(p, 30..=38 | 40..=48 | 58 | 90..=97 | 100..=107);
        if params.first().is_some_and(colour) {
            found.push(part[..end].to_string());
        }
    }
    found
}

#[test]
fn with_no_color_the_screen_has_no_colour_and_the_selection_is_reversed() {
    let (_dir, db, config) = notebook();
    let mut tui = start(&db, &config, &[("NO_COLOR", "1")]);
    tui.keys("j");
    std::thread::sleep(std::time::Duration::from_millis(300));
    let raw = tui.raw_output();
    assert_eq!(colour_codes(&raw), Vec::<String>::new());
    let mut screen = vt100::Parser::new(
        std::num::NonZeroU16::new(30).unwrap(),
        std::num::NonZeroU16::new(100).unwrap(),
        0,
    );
    screen.process(&raw);
    let screen = screen.screen();
    // The list is the left pane, 40 columns wide.
    let row = (0..30u16)
        .find(|r| {
            screen
                .contents_between(*r, 0, *r, 39)
                .contains("Bruno Costa")
        })
        .expect("Bruno is listed");
    let line = screen.contents_between(row, 0, row, 99);
    let col = line[..line.find("Bruno").unwrap()].chars().count() as u16;
    let marks: String = (0..40u16)
        .map(|c| {
            if screen.cell(row, c).unwrap().inverse() {
                'R'
            } else {
                '.'
            }
        })
        .collect();
    assert!(
        screen.cell(row, col).unwrap().inverse(),
        "the selected row is reversed: {marks}\n{}",
        screen.contents()
    );
    // The editor, the review and help: no colour either.
    for (key, shown) in [
        ("n", "New note"),
        ("\x1b", "n new note"),
        ("r", "Review"),
        ("\x1b", "n new note"),
        ("?", "Keys"),
    ] {
        tui.keys(key);
        tui.wait_for(shown);
    }
    tui.keys("x");
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(colour_codes(&tui.raw_output()), Vec::<String>::new());
    tui.keys("\x1b");
    tui.keys("q");
    tui.wait_exit();
    // Without NO_COLOR the same screen has colours: the check above can fail.
    let (_dir, db, config) = notebook();
    let mut tui = start(&db, &config, &[]);
    assert!(!colour_codes(&tui.raw_output()).is_empty());
    tui.keys("q");
    tui.wait_exit();
}

#[test]
fn a_broken_config_leaves_the_notebook_usable_and_says_where() {
    let (_dir, db, config) = notebook();
    std::fs::write(
        &config,
        "[cadence]\ncustomer = 30\n[keys\nnew-note = \"N\"\n",
    )
    .unwrap();
    let mut tui = start(&db, &config, &[]);
    tui.wait_for("config.toml:3: ");
    tui.keys("j");
    tui.keys("n");
    tui.wait_for("New note");
    tui.keys("\x1b");
    tui.keys("q");
    tui.wait_exit();
    // A line the keymap cannot use is named, and the others apply.
    std::fs::write(&config, "[keys]\nnew-nte = \"N\"\nsearch = \"S\"\n").unwrap();
    let mut tui = start(&db, &config, &[]);
    tui.wait_for("config.toml:2: there is no action 'new-nte': did you mean");
    tui.keys("S");
    tui.wait_for("keep selection");
    tui.keys("\x1b");
    tui.keys("q");
    tui.wait_exit();
}

#[test]
fn config_commands_say_where_and_what_is_in_force() {
    let (_dir, db, config) = notebook();
    let env = [("KITH_CONFIG", config.to_str().unwrap())];
    let path = ok_with_env(&db, &["config", "path"], &env);
    assert_eq!(path.trim_end(), config.to_str().unwrap());
    // Not there yet: `show` refuses it, as for `--config`; an empty file shows the defaults.
    let missing = kith_with_env(&db, &["config", "show"], &env);
    assert_eq!(missing.status.code(), Some(1));
    let err = String::from_utf8(missing.stderr).unwrap();
    assert!(err.contains("(named by KITH_CONFIG)"), "{err}");
    let empty = config.with_file_name("empty.toml");
    let defaults = ok_with_env(
        &db,
        &["config", "show"],
        &[("KITH_CONFIG", empty.to_str().unwrap())],
    );
    assert!(defaults.contains("customer = 30") && defaults.contains("browse.new-note = \"n\""));
    ok_with_env(&db, &["config", "init"], &env);
    let written = std::fs::read_to_string(&config).unwrap();
    assert!(written.contains("# browse.new-note = \"n\""), "{written}");
    assert_eq!(
        ok_with_env(&db, &["config", "show"], &env),
        defaults,
        "init is the defaults"
    );
    let again = kith_with_env(&db, &["config", "init"], &env);
    assert_eq!(again.status.code(), Some(1), "init does not overwrite");
    ok_with_env(&db, &["config", "init", "--force"], &env);
    std::fs::write(
        &config,
        "[keys]\npreset = \"arrows\"\nreview.done = \"s\"\n",
    )
    .unwrap();
    let out = kith_with_env(&db, &["keys"], &env);
    let keys = String::from_utf8(out.stdout).unwrap();
    let new_note = keys
        .lines()
        .find(|l| l.contains("browse.new-note"))
        .unwrap();
    assert!(new_note.contains("C-n"), "{keys}");
    let done = keys.lines().find(|l| l.contains("review.done")).unwrap();
    assert!(
        done.contains(" x "),
        "the conflicting line is left out: {keys}"
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("config.toml:3:") && err.contains("review.snooze"),
        "{err}"
    );
    let man = ok_with_env(&db, &["man"], &env);
    assert!(man.starts_with(".ie") || man.contains(".TH kith"), "{man}");
    assert!(man.contains("completions") && man.contains("config"));
}
