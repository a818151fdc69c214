//! Hostile files through every import format and every command of the real binary: nothing a
//! terminal receives from kith carries an escape, a C1 control or hidden text; JSON escapes it
//! and reads back exactly; piped exports stay byte-exact; CSV cells do not run in a spreadsheet.

mod common;

use common::binary::{kith, ok, write_and_import};
use common::hostile::{self, CORPUS, assert_inert, steering};
use common::pty::run_on_terminal;
use std::path::Path;

fn json(db: &Path, args: &[&str]) -> serde_json::Value {
    let out = ok(db, args);
    assert!(steering(out.trim_end()).is_empty(), "{args:?}: {out:?}");
    serde_json::from_str(&out).expect("valid JSON")
}

fn names(db: &Path) -> Vec<String> {
    let mut all = Vec::new();
    for archived in [false, true] {
        let args: &[&str] = if archived {
            &["list", "--json", "--archived"]
        } else {
            &["list", "--json"]
        };
        for c in json(db, args).as_array().unwrap() {
            all.push(c["name"].as_str().unwrap().to_string());
        }
    }
    all.sort();
    all
}

/// Runs `args` on a terminal, checks it printed nothing that steers it, and returns the text.
fn on_terminal(db: &Path, dir: &Path, args: &[&str], code: u32) -> String {
    let printed = run_on_terminal(db, dir, args);
    let text = String::from_utf8_lossy(&printed.raw).into_owned();
    assert_eq!(printed.code, code, "kith {args:?}:\n{text}");
    assert_inert(&printed.raw, &format!("kith {args:?}"));
    text
}

#[test]
fn every_command_on_a_terminal_prints_nothing_that_steers_it() {
    let (dir, db) = common::temp_db();
    let d = dir.path();
    let csv = hostile::csv_file(d);
    let vcf = hostile::vcard_file(d);
    let folder = hostile::vcard_folder(d);
    let broken = hostile::broken_vcard(d);
    let (csv, vcf, folder, broken) = (
        csv.to_str().unwrap(),
        vcf.to_str().unwrap(),
        folder.to_str().unwrap(),
        broken.to_str().unwrap(),
    );

    let said = on_terminal(&db, d, &["import", "--dry-run", csv], 0);
    assert!(said.contains("␛]0;HEADER␇"), "the column is named: {said}");
    on_terminal(&db, d, &["import", csv], 0);
    let said = on_terminal(&db, d, &["import", vcf], 0);
    assert!(said.contains("v␛]0;PWNED␇ 0"), "{said}");
    let said = on_terminal(&db, d, &["import", folder], 0);
    assert!(
        said.contains("cards␛]0;FOLDER␇"),
        "the folder is named: {said}"
    );
    on_terminal(
        &db,
        d,
        &["add", "\x1b]0;ADDED\x07 person", "--tag", "\u{9b}2J"],
        0,
    );
    let said = on_terminal(
        &db,
        d,
        &[
            "log",
            "1",
            "\x1b]0;NOTE\x07 said\n>> tomorrow: \u{9b}2Jcall back",
        ],
        0,
    );
    assert!(said.contains("␛]0;"), "{said}");
    on_terminal(&db, d, &["followup", "2", "fri: \x1b]0;FOLLOW\x07"], 0);
    on_terminal(&db, d, &["archive", "3", "--reason", "\x1b]0;WHY\x07"], 0);

    let listed = on_terminal(&db, d, &["list"], 0);
    assert!(listed.contains("␛]0;PWNED␇ 0"), "{listed}");
    on_terminal(&db, d, &["list", "--archived"], 0);
    on_terminal(&db, d, &["list", "--json"], 0);
    let count = names(&db).len();
    assert!(count > 2 * CORPUS.len(), "{count} contacts");
    for id in 1..=count {
        let id = id.to_string();
        on_terminal(&db, d, &["show", &id], 0);
    }
    for id in 1..=4 {
        on_terminal(&db, d, &["show", &id.to_string(), "--json"], 0);
    }
    on_terminal(&db, d, &["search", "PWNED"], 0);
    on_terminal(&db, d, &["search", "--json", "red"], 0);
    on_terminal(&db, d, &["search", "--notes", "said"], 0);
    on_terminal(&db, d, &["search", "--notes", "--json", "said"], 0);
    let due = on_terminal(&db, d, &["due"], 0);
    assert!(due.contains("␛]0;FOLLOW␇"), "{due}");
    on_terminal(&db, d, &["due", "--json"], 0);
    let followup = json(&db, &["due", "--json"])["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["items"].as_array().unwrap().clone())
        .find_map(|i| i["followup_id"].as_u64())
        .expect("a follow-up is due");
    on_terminal(&db, d, &["snooze", &followup.to_string(), "tomorrow"], 0);
    on_terminal(&db, d, &["done", &followup.to_string()], 0);

    for format in ["vcard", "csv", "json", "ics"] {
        let shown = on_terminal(&db, d, &["export", "--format", format], 0);
        assert!(
            shown.contains("PWNED") || shown.contains("FOLLOW"),
            "{format}: {shown}"
        );
    }
    // Named as a file, kith's own standard output is written through, never replaced (and a
    // path under /proc is one a regression could not replace either).
    let shown = on_terminal(
        &db,
        d,
        &["export", "--format", "vcard", "-o", "/proc/self/fd/1"],
        0,
    );
    assert!(shown.contains("␛]0;PWNED␇"), "{shown}");
    on_terminal(&db, d, &["check"], 0);

    // Errors quote what they refuse through the same sanitiser.
    let said = on_terminal(&db, d, &["import", broken], 1);
    assert!(said.contains("␛]0;BROKEN␇"), "{said}");
    on_terminal(&db, d, &["show", "\x1b]0;NOBODY\x07"], 1);
    on_terminal(&db, d, &["export", "--format", "\x1b]0;FORMAT\x07"], 2);
    on_terminal(&db, d, &["import", "/nonexistent/\x1b]0;PATH\x07.vcf"], 1);
}

#[test]
fn piped_exports_are_byte_exact_and_json_reads_back_exactly() {
    let (dir, db) = common::temp_db();
    hostile::import_csv(&db, dir.path());
    hostile::import_vcards(&db, dir.path());
    let before = names(&db);
    for (i, piece) in CORPUS.iter().enumerate() {
        let stored = hostile::name(i).trim().to_string();
        // A ' before a formula is read as a spreadsheet guard and taken off.
        let stored = match stored.strip_prefix('\'') {
            Some(rest) if rest.starts_with('=') => rest.to_string(),
            _ => stored,
        };
        assert!(before.contains(&stored), "{piece:?} is kept as given");
    }

    // The backup escapes what is hidden, and restores to the same bytes and the same text.
    let backup = ok(&db, &["export", "--format", "json"]);
    assert!(steering(&backup).is_empty(), "raw control in the backup");
    assert!(
        backup.contains(r"\u001b]0;PWNED\u0007"),
        "escaped, not dropped"
    );
    assert!(backup.contains(r"\u202efdp.exe") && backup.contains(r"\u009b31m"));
    let restored = dir.path().join("restored.redb");
    write_and_import(&restored, &dir.path().join("backup.json"), &backup);
    assert_eq!(ok(&restored, &["export", "--format", "json"]), backup);
    assert_eq!(names(&restored), before);
    let shown = json(&restored, &["show", "1", "--json"]);
    assert_eq!(shown["contact"]["name"], hostile::name(0));
    assert!(
        shown["contact"]["profile"]
            .as_str()
            .unwrap()
            .starts_with("\x1b]0;LONG\x07xxx"),
        "the long line reads back whole"
    );

    // Piped, an export is what a file would hold, byte for byte: nothing is sanitised.
    for format in ["vcard", "csv"] {
        let out = kith(&db, &["export", "--format", format]);
        assert!(out.status.success());
        let to_file = dir.path().join(format!("out.{format}"));
        ok(
            &db,
            &[
                "export",
                "--format",
                format,
                "-o",
                to_file.to_str().unwrap(),
            ],
        );
        assert_eq!(out.stdout, std::fs::read(&to_file).unwrap(), "{format}");
        assert!(
            out.stdout.windows(4).any(|w| w == b"\x1b]0;"),
            "{format}: the escape is kept in the file"
        );
    }
}

/// The characters a spreadsheet takes as the start of a formula (OWASP).
fn runs_in_a_spreadsheet(cell: &str) -> bool {
    let rest = cell.trim_start_matches(' ');
    match rest.chars().next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => !rest
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().,/".contains(c)),
        _ => false,
    }
}

#[test]
fn csv_cells_never_run_in_a_spreadsheet_and_read_back_exactly() {
    let (dir, db) = common::temp_db();
    hostile::import_csv(&db, dir.path());
    let exported = ok(&db, &["export", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(exported.as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (name_col, phone_col) = (column("Name"), column("Phone 1 - Value"));
    let mut rows = 0;
    let mut guarded = 0;
    for record in reader.records() {
        let record = record.unwrap();
        rows += 1;
        for cell in &record {
            assert!(!runs_in_a_spreadsheet(cell), "{cell:?} would run");
        }
        assert_eq!(
            &record[phone_col], "+34 600 000 000",
            "phones are left alone"
        );
        guarded += usize::from(record[name_col].starts_with("'="));
    }
    assert_eq!(rows, CORPUS.len());
    assert!(guarded >= 2, "formula names carry the guard");
    assert!(exported.contains("'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\") 16"));

    // Importing kith's own CSV takes the guard off: the same contacts, the same file.
    let again = dir.path().join("again.redb");
    write_and_import(&again, &dir.path().join("again.csv"), &exported);
    assert_eq!(names(&again), names(&db));
    assert_eq!(ok(&again, &["export", "--format", "csv"]), exported);
}

#[test]
fn piped_reports_and_errors_quote_files_inertly() {
    let (dir, db) = common::temp_db();
    // No terminal here: what is inert was made so where the report was written.
    let said = hostile::import_csv(&db, dir.path());
    assert!(
        said.contains("␛]0;HEADER␇") && said.contains("\u{FFFD}2Jcolumn"),
        "{said}"
    );
    assert_inert(said.as_bytes(), "the CSV report");
    let folder = hostile::vcard_folder(dir.path());
    let said = ok(&db, &["import", folder.to_str().unwrap()]);
    assert!(said.contains("cards␛]0;FOLDER␇"), "{said}");
    assert_inert(said.as_bytes(), "the folder report");

    let broken = kith(
        &db,
        &[
            "import",
            hostile::broken_vcard(dir.path()).to_str().unwrap(),
        ],
    );
    assert_eq!(broken.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&broken.stderr).contains("␛]0;BROKEN␇"));
    assert_inert(&broken.stderr, "the vCard error");

    // A backup whose field holds escapes: the error names it inertly, and nothing changes.
    let backup = ok(&db, &["export", "--format", "json"]);
    let bad = backup.replacen(
        "\"kind\": \"other\"",
        "\"kind\": \"\\u001b]0;KIND\\u0007\\u009b2J\"",
        1,
    );
    assert_ne!(bad, backup);
    let file = dir.path().join("bad.json");
    std::fs::write(&file, bad).unwrap();
    let fresh = dir.path().join("fresh.redb");
    let out = kith(&fresh, &["import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("␛]0;KIND␇"), "{err}");
    assert_inert(&out.stderr, "the restore error");
    assert!(names(&fresh).is_empty(), "nothing was restored");
}
