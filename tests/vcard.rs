//! vCard import and export through the real binary, on fixtures shaped like what Google, Apple
//! and Android write, and the ways a file can be wrong.

mod common;

use common::binary::{fails, ok, shown_contact as show, vcard_extra, write_and_import};

use proptest::prelude::*;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    common::fixture_path(&format!("vcard/{name}"))
}

#[test]
fn google_apple_and_android_cards_become_contacts() {
    let (_dir, db) = common::temp_db();
    let dir = fixture("");
    let said = ok(&db, &["import", dir.to_str().unwrap()]);
    assert!(said.contains("(4 files): created 5, merged 0"), "{said}");
    let nuria = show(&db, "nuria puig");
    assert_eq!(nuria["company"], "Forn Puig");
    assert_eq!(nuria["title"], "Owner");
    assert_eq!(nuria["emails"][0]["value"], "nuria@forn.cat");
    assert_eq!(nuria["emails"][0]["label"], "work");
    assert_eq!(nuria["phones"][0]["label"], "cell");
    assert_eq!(nuria["birthday"], "1984-05-14");
    assert_eq!(nuria["tags"], serde_json::json!(["wholesale", "vip"]));
    assert_eq!(nuria["profile"], "Met at the market.\nBuys rye flour.");
    let kept = vcard_extra(&nuria);
    assert!(
        kept.iter()
            .any(|l| l.starts_with("item1.ADR;TYPE=WORK:;;Carrer Major 1;Girona")),
        "{kept:?}"
    );
    assert!(
        kept.contains(&"item1.X-ABLabel:Shop")
            && kept.contains(&"X-SHOE-SIZE:38")
            && kept.contains(&"UID:google-1234"),
        "{kept:?}"
    );

    let anita = show(&db, "शर्मा");
    assert_eq!(
        anita["phones"][0]["value"], "+91-98-765-43210",
        "tel: URIs lose their scheme"
    );
    assert_eq!(anita["birthday"], "--05-14");
    // Android writes 2.1 with quoted-printable and soft line breaks.
    let suman = show(&db, "das");
    assert_eq!(suman["name"], "সুমন Das");
    assert_eq!(suman["profile"], "Line one\nLine two");
    let jordi = show(&db, "jordi");
    assert_eq!(jordi["occasions"][0]["label"], "anniversary");
    assert_eq!(jordi["occasions"][0]["date"], "2019-06-01");
}

#[test]
fn reimporting_merges_instead_of_duplicating() {
    let (dir, db) = common::temp_db();
    let google = fixture("google.vcf");
    ok(&db, &["import", google.to_str().unwrap()]);
    let again = ok(&db, &["import", google.to_str().unwrap()]);
    assert!(
        again.contains("created 0, merged 0, left 2 unchanged"),
        "{again}"
    );
    // Same email, a new phone: merged into the contact, nothing else touched.
    let update = dir.path().join("update.vcf");
    std::fs::write(&update, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:N. Puig\r\nEMAIL:NURIA@forn.cat\r\nTEL;TYPE=WORK:+34 972 000 000\r\nEND:VCARD\r\n").unwrap();
    let dry = ok(&db, &["import", "--dry-run", update.to_str().unwrap()]);
    assert!(dry.contains("would create 0, merged 1"), "{dry}");
    assert_eq!(
        show(&db, "nuria puig")["phones"].as_array().unwrap().len(),
        1,
        "a dry run changes nothing"
    );
    let said = ok(&db, &["import", update.to_str().unwrap()]);
    assert!(
        said.contains("~ Núria Puig (matched by the same email, NURIA@forn.cat)"),
        "{said}"
    );
    let nuria = show(&db, "nuria puig");
    assert_eq!(nuria["name"], "Núria Puig", "kith's own values win");
    assert_eq!(nuria["phones"].as_array().unwrap().len(), 2);
    assert_eq!(ok(&db, &["list", "--json"]).matches("\"id\"").count(), 2);
}

#[test]
fn exported_cards_parse_back_and_round_trip() {
    let (dir, db) = common::temp_db();
    ok(&db, &["import", fixture("").to_str().unwrap()]);
    ok(
        &db,
        &[
            "add",
            "Àlex Vila",
            "--kind",
            "customer",
            "--birthday",
            "02-29",
            "--tag",
            "a,b",
        ],
    );
    let text = ok(&db, &["export", "--format", "vcard"]);
    let mut parser = calcard::Parser::new(&text);
    let mut cards = 0;
    loop {
        match parser.entry() {
            calcard::Entry::VCard(card) => {
                cards += 1;
                assert!(
                    card.entries
                        .iter()
                        .any(|e| e.name == calcard::vcard::VCardProperty::Uid)
                );
            }
            calcard::Entry::Eof => break,
            other => panic!("export does not parse back: {other:?}"),
        }
    }
    assert_eq!(cards, 6);
    assert!(
        text.contains("UID:google-1234"),
        "imported UIDs are written back"
    );
    assert!(text.contains("BDAY:--0229"));
    let v3 = ok(&db, &["export", "--format", "vcard", "--vcard3"]);
    assert!(
        v3.contains("VERSION:3.0") && v3.contains("BDAY:--02-29"),
        "{v3}"
    );

    let other = dir.path().join("other.redb");
    write_and_import(&other, &dir.path().join("all.vcf"), &text);
    assert_eq!(
        ok(&other, &["export", "--format", "vcard"]),
        text,
        "export → import → export"
    );
}

#[test]
fn bad_files_are_refused_with_file_and_line_and_nothing_is_imported() {
    let (dir, db) = common::temp_db();
    let write = |name: &str, bytes: &[u8]| -> String {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_string()
    };
    let bad_utf8 = write(
        "latin1.vcf",
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:N\xfaria\r\nEND:VCARD\r\n",
    );
    // A line that is not UTF-8 is read in its CHARSET, else Windows-1252, and said so.
    let said = ok(&dir.path().join("latin1.redb"), &["import", &bad_utf8]);
    assert!(
        said.contains("latin1.vcf: line 3: not UTF-8, read as windows-1252")
            && said.contains("+ Núria"),
        "{said}"
    );
    let empty = write("empty.vcf", b"");
    assert!(fails(&db, &["import", &empty]).contains("none of them"));
    let binary = write("photo.vcf", &[0x89, b'P', b'N', b'G', 0, 1, 2, 3]);
    assert!(fails(&db, &["import", &binary]).contains("photo.vcf"));
    let bad_line = write("bad.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ok\r\nEND:VCARD\r\nthis is not vcard\r\nBEGIN:VCARD\r\nFN:Second\r\nEND:VCARD\r\n");
    let err = fails(&db, &["import", &bad_line]);
    assert!(
        err.contains("bad.vcf: line 5: not part of any card: this is not vcard")
            && err.contains("nothing was imported"),
        "{err}"
    );
    assert_eq!(
        ok(&db, &["list", "--json"]).trim(),
        "[]",
        "the good card before the bad line was not kept either"
    );

    // A large photo is kept whole and written back whole, in each version's form.
    let data = "A".repeat(3 << 20);
    let photo = format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:{data}\r\nEND:VCARD\r\n"
    );
    let big = write("big.vcf", photo.as_bytes());
    let said = ok(&db, &["import", &big]);
    assert!(said.contains("+ Big Photo"), "{said}");
    let unfold = |s: String| s.replace("\r\n ", "");
    let v3 = unfold(ok(&db, &["export", "--format", "vcard", "--vcard3"]));
    assert!(v3.contains(&format!("PHOTO;ENCODING=b;TYPE=JPEG:{data}\r\n")));
    let v4 = unfold(ok(&db, &["export", "--format", "vcard"]));
    assert!(v4.contains(&format!("PHOTO:data:image/jpeg;base64\\,{data}\r\n")));
    // More than a contact can hold is refused, named, never cut.
    let huge = format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Huge\r\nPHOTO;ENCODING=b;TYPE=JPEG:{}\r\nEND:VCARD\r\n",
        "A".repeat(65 << 20)
    );
    let err = fails(&db, &["import", &write("huge.vcf", huge.as_bytes())]);
    assert!(
        err.contains("huge.vcf: line 1: the card's properties take 65 MiB"),
        "{err}"
    );
    // A card with no END at the end of the file is taken as it is (documented).
    let said = ok(
        &db,
        &["import", fixture("unterminated.vcf").to_str().unwrap()],
    );
    assert!(said.contains("+ Broken Card"), "{said}");
}

#[test]
fn a_folder_export_writes_one_card_per_contact_named_by_uid() {
    let (dir, db) = common::temp_db();
    ok(&db, &["import", fixture("google.vcf").to_str().unwrap()]);
    let out = dir.path().join("vdir");
    ok(
        &db,
        &[
            "export",
            "--format",
            "vcard",
            "--dir",
            out.to_str().unwrap(),
        ],
    );
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["google-1234.vcf", "urn_kith_contact_2.vcf"]);
    let other = dir.path().join("other.redb");
    let said = ok(&other, &["import", out.to_str().unwrap()]);
    assert!(said.contains("(2 files): created 2, merged 0"), "{said}");
}

#[test]
fn the_calendar_export_parses_back_with_stable_uids() {
    let (_dir, db) = common::temp_db();
    ok(
        &db,
        &[
            "add",
            "Núria Puig",
            "--birthday",
            "02-29",
            "--occasion",
            "anniversary=2019-06-01",
        ],
    );
    ok(&db, &["add", "Gone", "--birthday", "01-01"]);
    ok(&db, &["archive", "gone", "--reason", "left"]);
    ok(
        &db,
        &["followup", "nuria", "fri: send the quote, today; please"],
    );
    ok(&db, &["followup", "nuria", "tomorrow: done already"]);
    ok(&db, &["done", "4"]);
    let ics = ok(&db, &["export", "--format", "ics"]);
    let calendar = calcard::icalendar::ICalendar::parse(&ics).expect("calcard reads it back");
    use calcard::icalendar::ICalendarComponentType as T;
    let count = |t: T| {
        calendar
            .components
            .iter()
            .filter(|c| c.component_type == t)
            .count()
    };
    assert_eq!(count(T::VTodo), 1, "open follow-ups only");
    assert_eq!(
        count(T::VEvent),
        2,
        "a birthday and an occasion, none for the archived contact"
    );
    assert!(
        ics.contains("SUMMARY:Promise: send the quote\\, today\\; please (promised to Núria Puig)"),
        "{ics}"
    );
    assert!(ics.contains("DUE;VALUE=DATE:20261127"));
    assert!(
        ics.contains("RRULE:FREQ=YEARLY;BYMONTHDAY=-1;BYMONTH=2"),
        "29 February falls on the last day of February"
    );
    assert!(ics.lines().all(|l| l.len() <= 76), "lines are folded");
    assert_eq!(
        ok(&db, &["export", "--format", "ics"]),
        ics,
        "a re-export changes nothing"
    );
}

#[test]
fn an_outlook_card_merges_into_the_same_person_from_another_app() {
    let (_dir, db) = common::temp_db();
    ok(&db, &["import", fixture("apple4.vcf").to_str().unwrap()]);
    let said = ok(
        &db,
        &["import", &common::fixture_arg("outlook/outlook21.vcf")],
    );
    assert!(
        said.contains("created 0, merged 1") && said.contains("~ Jordi Ferrer (matched by"),
        "{said}"
    );
    let jordi = show(&db, "jordi");
    assert_eq!(jordi["company"], "Celler Ferrer");
    assert_eq!(jordi["phones"].as_array().unwrap().len(), 2);
    assert_eq!(
        jordi["profile"], "Prefers email.\nWine: negre i blanc",
        "quoted-printable with a soft break"
    );
    let kept = vcard_extra(&jordi);
    assert!(
        kept.iter()
            .any(|l| l.starts_with("X-MS-OL-DEFAULT-POSTAL-ADDRESS")),
        "{kept:?}"
    );
}

/// Feeds `read` arbitrary bytes, then a good file with one byte changed and cut short.
fn feed(read: impl Fn(&str), good: &[u8], bytes: &[u8], cut: usize, flip: u8) {
    read(&String::from_utf8_lossy(bytes));
    let mut mutated = good.to_vec();
    let at = cut % mutated.len();
    mutated[at] = flip;
    mutated.truncate((cut * 3) % (mutated.len() + 1));
    read(&String::from_utf8_lossy(&mutated));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn the_readers_never_panic_on_arbitrary_or_mutated_input(
        bytes in proptest::collection::vec(any::<u8>(), 0..400),
        cut in 0usize..4000,
        flip in any::<u8>(),
    ) {
        let now = common::at(2026, 11, 22, 9, 30);
        let vcard = std::fs::read(fixture("google.vcf")).unwrap();
        feed(|t| { let _ = kith::interop::vcard::read_cards(t, now); }, &vcard, &bytes, cut, flip);
        let csv = std::fs::read(common::fixture_path("csv/google.csv")).unwrap();
        feed(|t| { let _ = kith::interop::csv::read_csv(t, now); }, &csv, &bytes, cut, flip);
        let backup = br#"{"format":"kith-backup","version":1,"next_id":3,"contacts":[{"id":1,"name":"A","company":null,"title":null,"kind":"customer","emails":[],"phones":[],"tags":[],"interests":null,"how_we_met":null,"referred_by":null,"birthday":"--02-29","occasions":[],"cadence_days":null,"grade":null,"profile":"","archived":null,"created_at":"2026-01-01T00:00:00","updated_at":"2026-01-01T00:00:00","last_contacted":null}],"interactions":[],"followups":[],"drafts":[]}"#;
        feed(|t| {
            if let Ok(b) = serde_json::from_str::<kith::interop::backup::BackupJson>(t) {
                let _ = kith::store::Dump::try_from(&b);
            }
        }, backup, &bytes, cut, flip);
    }
}

#[test]
fn a_charset_parameter_is_honoured_in_quoted_printable() {
    let (_dir, db) = common::temp_db();
    let file = common::fixture_arg("outlook/latin1-qp.vcf");
    assert!(ok(&db, &["import", &file]).contains("+ Núria Vila"));
}
