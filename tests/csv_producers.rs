//! CSV as Outlook (Windows-1252 with semicolons, UTF-16 with tabs), Thunderbird (in English,
//! Catalan, Hindi and Bengali), Google and a Japanese phone write it, read through the real
//! binary. Fixtures: tests/fixtures/csv-producers/ and tests/fixtures/csv/.

mod common;

use common::binary::{each_field, fails, ok, shown_contact as show};
use serde_json::Value;
use std::path::Path;

fn fixture(name: &str) -> String {
    common::fixture_arg(&format!("csv-producers/{name}"))
}

#[test]
fn outlooks_windows_1252_semicolon_file_is_read_and_a_phone_only_row_kept() {
    let (_dir, db) = common::temp_db();
    let said = ok(&db, &["import", &fixture("outlook-1252-semicolon.csv")]);
    assert!(
        said.contains("not UTF-8: read as windows-1252") && said.contains("created 2"),
        "{said}"
    );
    let nuria = show(&db, "nuria");
    assert_eq!(nuria["name"], "Núria Puig");
    assert_eq!(nuria["company"], "Forn Puig");
    assert_eq!(
        nuria["birthday"], "1984-05-14",
        "day first when it cannot be a month"
    );
    assert_eq!(nuria["tags"], serde_json::json!(["Clients"]));
    assert_eq!(nuria["phones"].as_array().unwrap().len(), 2);
    assert!(
        said.contains("+ +34 600 999 888")
            && said.contains("the row at line 3 has no name: named after its phone"),
        "{said}"
    );
}

#[test]
fn outlooks_unicode_file_is_utf16_with_tabs() {
    let (_dir, db) = common::temp_db();
    let said = ok(&db, &["import", &fixture("outlook-utf16-tab.csv")]);
    assert!(
        said.contains("read as UTF-16LE") && said.contains("created 2"),
        "{said}"
    );
    let suman = show(&db, "सुमन");
    assert_eq!(suman["name"], "सुमन दास");
    assert_eq!(suman["emails"][0]["value"], "suman@example.in");
    assert!(said.contains("+ orders@example.in"), "{said}");
}

#[test]
fn thunderbirds_columns_are_read() {
    let (_dir, db) = common::temp_db();
    let said = ok(&db, &["import", &fixture("thunderbird.csv")]);
    assert!(said.contains("created 1"), "{said}");
    let jordi = show(&db, "jordi");
    assert_eq!(jordi["name"], "Jordi Ferrer");
    assert_eq!(jordi["company"], "Celler Ferrer");
    assert_eq!(jordi["title"], "Sommelier");
    assert_eq!(jordi["birthday"], "--06-01");
    assert_eq!(jordi["profile"], "Prefers email.");
    assert_eq!(
        each_field(&jordi["emails"], "value"),
        ["jordi@celler.cat", "jferrer@example.com"]
    );
    assert_eq!(
        phones(&jordi),
        [
            ("+34 611 000 111".into(), "mobile".into()),
            ("+34 977 111 222".into(), "work".into()),
            ("+34 977 111 223".into(), "fax".into())
        ]
    );
    assert!(
        said.contains("columns kith does not keep: Department"),
        "{said}"
    );
}

#[test]
fn googles_own_groups_are_not_tags() {
    let (_dir, db) = common::temp_db();
    ok(&db, &["import", &fixture("google.csv")]);
    let ana = show(&db, "ana vila");
    assert_eq!(ana["tags"], serde_json::json!(["Wholesale"]));
    assert_eq!(ana["emails"].as_array().unwrap().len(), 2);
}

#[test]
fn shift_jis_is_recognised_and_encoding_can_be_forced() {
    let (_dir, db) = common::temp_db();
    let said = ok(&db, &["import", &fixture("shift-jis.csv")]);
    assert!(
        said.contains("read as Shift_JIS") && said.contains("+ 山田太郎"),
        "{said}"
    );
    let (_dir2, other) = common::temp_db();
    let said = ok(
        &other,
        &[
            "import",
            "--encoding",
            "windows-1252",
            &fixture("outlook-1252-semicolon.csv"),
        ],
    );
    assert!(
        !said.contains("read as") && said.contains("+ Núria Puig"),
        "{said}"
    );
    let err = fails(
        &other,
        &["import", "--encoding", "klingon", &fixture("google.csv")],
    );
    assert!(err.contains("'klingon' is not an encoding"), "{err}");
}

/// A vCard export with its folded lines joined again.
fn unfolded(card: &str) -> String {
    card.replace("\r\n ", "").replace("\n ", "")
}

/// Imports a Thunderbird file whose headings are in `language`, which holds one contact; what
/// the import said, and the vCard export afterwards with its folded lines joined again.
fn thunderbird_in(db: &Path, file: &str, language: &str) -> (String, String) {
    let said = ok(db, &["import", &fixture(file)]);
    assert!(
        said.contains(&format!("headings in {language}")) && said.contains("created 1"),
        "{said}"
    );
    (said, unfolded(&ok(db, &["export", "--format", "vcard"])))
}

/// The phones of a shown contact, as (number, label) pairs.
fn phones(contact: &Value) -> Vec<(String, String)> {
    contact["phones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["value"].as_str().unwrap().to_string(),
                p["label"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn a_catalan_thunderbirds_headings_are_read() {
    let (_dir, db) = common::temp_db();
    let (said, card) = thunderbird_in(&db, "thunderbird-ca.csv", "Catalan");
    assert!(
        !said.contains("does not keep"),
        "every column is read: {said}"
    );
    let montse = show(&db, "montserrat");
    assert_eq!(montse["name"], "Montserrat Vidal i Puig");
    assert_eq!(montse["company"], "Forn Vidal");
    assert_eq!(montse["title"], "Mestra forner");
    assert_eq!(montse["birthday"], "--09-11");
    assert_eq!(montse["profile"], "Comanda de coca cada divendres.");
    assert_eq!(montse["emails"][1]["value"], "mvidal@example.cat");
    assert_eq!(
        phones(&montse),
        [
            ("+34 622 111 000".into(), "mobile".into()),
            ("+34 977 222 333".into(), "work".into())
        ]
    );
    assert!(
        card.contains("ADR;TYPE=WORK:;;Carrer Major\\, 12;Reus;Baix Camp;43201;Catalunya"),
        "the address comes back in the vCard: {card}"
    );
    assert!(
        card.contains("N:Vidal i Puig;Montserrat;;;"),
        "the family name is the last-name column, all three words of it: {card}"
    );
    let csv = common::binary::ok(&db, &["export", "--format", "csv"]);
    assert!(
        csv.contains("Montserrat Vidal i Puig,Montserrat,Vidal i Puig,"),
        "Google's layout gets the same given and family names: {csv}"
    );
}

#[test]
fn a_hindi_thunderbirds_headings_are_read() {
    let (_dir, db) = common::temp_db();
    let (_, card) = thunderbird_in(&db, "thunderbird-hi.csv", "Hindi");
    let anita = show(&db, "अनीता");
    assert_eq!(anita["name"], "अनीता शर्मा");
    assert_eq!(anita["company"], "शर्मा टेक्सटाइल्स");
    assert_eq!(anita["birthday"], "1979-03-08");
    assert_eq!(anita["emails"][0]["value"], "anita@sharma-textiles.in");
    assert_eq!(
        phones(&anita),
        [
            ("+91 98100 54321".into(), "mobile".into()),
            ("+91 98100 12345".into(), "home".into())
        ]
    );
    assert!(
        card.contains("ADR;TYPE=HOME:;;12\\, गांधी मार्ग;जयपुर;राजस्थान;302001;भारत"),
        "{card}"
    );
}

#[test]
fn a_bengali_thunderbirds_repeated_headings_are_home_then_work() {
    let (_dir, db) = common::temp_db();
    let (_, card) = thunderbird_in(&db, "thunderbird-bn.csv", "Bengali");
    let suman = show(&db, "সুমন");
    assert_eq!(suman["name"], "সুমন দাস");
    assert_eq!(suman["title"], "অংশীদার");
    assert_eq!(suman["profile"], "পুজোর আগে দাম নিয়ে কথা।");
    assert_eq!(phones(&suman), [("+91 33 2222 1111".into(), "work".into())]);
    assert!(card.contains("NICKNAME:সুমু"), "the nickname is kept: {card}");
    assert!(
        card.contains("ADR;TYPE=HOME:;;৫ লেক রোড;কলকাতা;;;ভারত")
            && card.contains("ADR;TYPE=WORK:;;১২ কলেজ স্ট্রিট;হাওড়া;;;ভারত"),
        "{card}"
    );
}

fn csv_fixture(name: &str) -> String {
    common::fixture_arg(&format!("csv/{name}"))
}

#[test]
fn google_and_outlook_csv_become_contacts_and_unknown_columns_are_reported() {
    let (dir, db) = common::temp_db();
    let said = ok(
        &db,
        &[
            "import",
            &csv_fixture("google.csv"),
            &csv_fixture("outlook.csv"),
        ],
    );
    assert!(
        said.contains("google.csv: columns kith does not keep: Website 1 - Value"),
        "{said}"
    );
    assert!(
        said.contains("outlook.csv: columns kith does not keep: Web Page"),
        "{said}"
    );
    let nuria = show(&db, "nuria puig").clone();
    assert_eq!(
        (nuria["company"].as_str(), nuria["title"].as_str()),
        (Some("Forn Puig"), Some("Owner"))
    );
    assert_eq!(nuria["emails"][0]["label"], "work");
    assert_eq!(
        nuria["phones"].as_array().unwrap().len(),
        2,
        "Google's ::: separated values"
    );
    assert_eq!(
        nuria["tags"],
        serde_json::json!(["wholesale", "vip"]),
        "* myContacts is not a tag"
    );
    assert_eq!(nuria["profile"], "Met at the market.\nBuys rye flour.");
    assert!(
        ok(&db, &["export", "--format", "vcard"])
            .contains("ADR;TYPE=WORK:;;Carrer Major 1\\, Girona;;;;"),
        "Google's formatted address is kept for the vCard"
    );
    assert_eq!(show(&db, "शर्मा")["birthday"], "--05-14");
    let jordi = show(&db, "jordi").clone();
    assert_eq!(jordi["birthday"], "1980-05-14", "Outlook's M/D/YYYY");
    assert_eq!(
        jordi["occasions"],
        serde_json::json!([]),
        "0/0/00 means none"
    );
    assert_eq!(jordi["phones"][0]["label"], "mobile");
    assert_eq!(jordi["tags"], serde_json::json!(["Suppliers", "Wine"]));

    // Google's layout goes out, and comes back in without duplicates.
    let csv = ok(&db, &["export", "--format", "csv"]);
    assert!(csv.starts_with("Name,Given Name,Family Name,Birthday,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value"), "{csv}");
    let file = dir.path().join("out.csv");
    std::fs::write(&file, &csv).unwrap();
    let again = ok(&db, &["import", file.to_str().unwrap()]);
    assert!(
        again.contains("created 0, merged 0, left 3 unchanged"),
        "{again}"
    );
    let other = dir.path().join("other.redb");
    ok(&other, &["import", file.to_str().unwrap()]);
    assert_eq!(ok(&other, &["export", "--format", "csv"]), csv);
}

#[test]
fn a_csv_without_a_name_column_is_refused() {
    let (dir, db) = common::temp_db();
    let file = dir.path().join("numbers.csv");
    std::fs::write(&file, "a,b\n1,2\n").unwrap();
    assert!(
        fails(&db, &["import", file.to_str().unwrap()]).contains("no name, email or phone column")
    );
    assert_eq!(ok(&db, &["list", "--json"]).trim(), "[]");
    // An unclosed quote runs to the end of the file, as spreadsheets read it (documented).
    let open_quote = dir.path().join("quote.csv");
    std::fs::write(&open_quote, "Name,Notes\nAna,\"unclosed\nBen,x\n").unwrap();
    let said = ok(&db, &["import", open_quote.to_str().unwrap()]);
    assert!(
        said.contains("created 1") && said.contains("+ Ana"),
        "{said}"
    );
    assert_eq!(show(&db, "ana")["profile"], "unclosed\nBen,x");
}

#[test]
fn thunderbirds_birthday_columns_that_do_not_read_are_kept_and_said() {
    let (dir, db) = common::temp_db();
    let file = dir.path().join("tb.csv");
    let said = common::binary::write_and_import(
        &db,
        &file,
        "First Name,Last Name,Birth Year,Birth Month,Birth Day\r\n\
         Jordi,Ferrer,,6,1\r\n\
         Marta,Pons,1980,13,2\r\n",
    );
    assert!(said.contains("could not read was kept"), "{said}");
    assert_eq!(show(&db, "jordi")["birthday"], "--06-01");
    let marta = show(&db, "marta");
    assert!(marta["birthday"].is_null(), "month 13 is no day: {marta}");
    let card = unfolded(&common::binary::ok(&db, &["export", "--format", "vcard"]));
    assert!(
        card.contains("BDAY;VALUE=text:1980-13-2"),
        "kept as written: {card}"
    );
}
