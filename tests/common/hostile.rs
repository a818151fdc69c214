//! Hostile input: text that tries to steer a terminal, a spreadsheet or the file system, and
//! files of every format kith imports built from it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// Each piece attacks one way. Names are a piece and its number, so each is its own contact.
pub const CORPUS: &[&str] = &[
    "\x1b]0;PWNED\x07", // OSC: retitles the window
    "\x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\", // OSC 8: a hidden link
    "\x1b[2J\x1b[Hcleared", // CSI: clears the screen
    "\x1b[31mred\x1b[0m", // CSI: colours
    "\x1bP+q544e\x1b\\dcs", // DCS: asks the terminal to answer
    "\u{9b}31mC1 CSI",  // the same, as C1 controls
    "\u{9d}0;C1 title\u{9c}",
    "\u{85}next line",
    "\u{202e}fdp.exe",            // bidi override: shows as exe.pdf
    "\u{2066}isolate\u{2069}end", // bidi isolates
    "zero\u{200b}width\u{200d}joiner\u{feff}bom",
    "tag\u{E0041}\u{E0042}hidden",
    "carriage\rreturn",
    "nul\0byte",
    "del\x7fete",
    "bell\x07\x08backspace",
    "=HYPERLINK(\"http://evil.example\",\"click\")", // spreadsheet formulas
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "'=already guarded",
    "../../escape",
    "/etc/passwd",
    "..",
    "a/b",
];

/// A very long line with an escape at its start and its end.
pub fn long_line() -> String {
    format!("\x1b]0;LONG\x07{}\x1b[2J", "x".repeat(20_000))
}

/// The name a piece is given: the piece, then its number (so a leading `=` stays leading).
pub fn name(i: usize) -> String {
    format!("{} {i}", CORPUS[i])
}

/// Every piece of a text that a terminal would act on, or that hides itself: what no byte
/// written to a terminal may carry. Line ends are allowed (the terminal adds CR to each).
pub fn steering(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| kith::domain::text::is_hostile(c) && c != '\n' && c != '\r')
        .collect()
}

/// Asserts that bytes written to a terminal carry no escape, no C1 control and nothing hidden.
pub fn assert_inert(raw: &[u8], what: &str) {
    let text = match std::str::from_utf8(raw) {
        Ok(text) => text,
        // A byte such as 0x9B alone is CSI to an 8-bit terminal.
        Err(e) => panic!("{what}: not UTF-8 at byte {}", e.valid_up_to()),
    };
    let bad = steering(text);
    assert!(
        bad.is_empty(),
        "{what}: the terminal got {bad:?} in:\n{}",
        text.chars().take(3000).collect::<String>()
    );
}

/// Writes the hostile CSV file into `dir` and imports it into the notebook at `db`; what the
/// import said.
pub fn import_csv(db: &Path, dir: &Path) -> String {
    super::binary::ok(db, &["import", csv_file(dir).to_str().unwrap()])
}

/// Writes the hostile vCard file into `dir` and imports it into the notebook at `db`; what the
/// import said.
pub fn import_vcards(db: &Path, dir: &Path) -> String {
    super::binary::ok(db, &["import", vcard_file(dir).to_str().unwrap()])
}

/// CSV-style: a Google Contacts CSV with a hostile column heading and every piece as a name,
/// a note, a company and a tag.
pub fn csv_file(dir: &Path) -> PathBuf {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "Name",
        "Notes",
        "Phone 1 - Value",
        "Organization 1 - Name",
        "Labels",
        "\x1b]0;HEADER\x07",
        "\u{9b}2Jcolumn",
    ])
    .unwrap();
    for (i, piece) in CORPUS.iter().enumerate() {
        let note = if i == 0 {
            long_line()
        } else {
            piece.to_string()
        };
        w.write_record([
            name(i).as_str(),
            &note,
            "+34 600 000 000",
            piece,
            piece,
            "kept nowhere",
            "x",
        ])
        .unwrap();
    }
    let path = dir.join("hostile.csv");
    std::fs::write(&path, w.into_inner().unwrap()).unwrap();
    path
}

fn escaped(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(',', "\\,")
        .replace(';', "\\;")
        .replace('\n', "\\n")
        .replace('\r', "")
}

/// vCard: every piece (but CR, which ends a vCard line) as a name, a note and a UID.
pub fn vcard_file(dir: &Path) -> PathBuf {
    let mut text = String::new();
    for (i, piece) in CORPUS.iter().enumerate() {
        text.push_str("BEGIN:VCARD\r\nVERSION:4.0\r\n");
        text.push_str(&format!("FN:v{}\r\n", escaped(&name(i))));
        text.push_str(&format!("NOTE:{}\r\n", escaped(piece)));
        text.push_str(&format!("UID:{}\r\n", escaped(piece)));
        text.push_str("END:VCARD\r\n");
    }
    let path = dir.join("hostile.vcf");
    std::fs::write(&path, text).unwrap();
    path
}

/// A folder of cards whose file names are hostile.
pub fn vcard_folder(dir: &Path) -> PathBuf {
    let folder = dir.join("cards\x1b]0;FOLDER\x07");
    std::fs::create_dir_all(&folder).unwrap();
    for (i, file) in [
        "\x1b]0;FILE\x07",
        "\u{9b}2J",
        "\u{202e}fdp",
        "\x1b[2Jcleared",
    ]
    .iter()
    .enumerate()
    {
        std::fs::write(
            folder.join(format!("{file}.vcf")),
            format!("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Folder card {i}\r\nEND:VCARD\r\n"),
        )
        .unwrap();
    }
    folder
}

/// A vCard file with a line that is not vCard, holding escapes: the error quotes it.
pub fn broken_vcard(dir: &Path) -> PathBuf {
    let path = dir.join("broken.vcf");
    std::fs::write(
        &path,
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:ok\r\nEND:VCARD\r\n\x1b]0;BROKEN\x07\u{9b}2J not vCard\r\n",
    )
    .unwrap();
    path
}
