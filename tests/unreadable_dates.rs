//! A birthday with a letter inside its digits, `123é567`, once cut that letter in two and
//! crashed kith from the command line, from each import format and from the screen's form.
//! Each road now ends in a message or a kept value.

mod common;

use common::binary::{fails, kith, ok, shown_contact};
use common::screen::{ctrl, erase, press, sample_screen, type_text};
use kith::tui::state::FormField;

const BAD: &str = "123é567";

fn no_panic(out: &std::process::Output) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn the_command_line_names_the_field_and_the_forms_it_takes() {
    let (_dir, db) = common::temp_db();
    let said = fails(&db, &["add", "Ana", "--birthday", BAD]);
    assert!(
        said.contains("birthday '123é567' is not a date: use MM-DD or YYYY-MM-DD"),
        "{said}"
    );
    let said = fails(
        &db,
        &["add", "Ana", "--occasion", &format!("anniversary={BAD}")],
    );
    assert!(
        said.contains("anniversary '123é567' is not a date"),
        "{said}"
    );
    assert!(!ok(&db, &["list"]).contains("Ana"), "nothing was added");
    ok(&db, &["add", "Ana"]);
    for when in [
        BAD,
        "1-é2",
        "tomorrow\u{301}",
        "9999 years",
        "+262142-12-31",
    ] {
        let said = fails(&db, &["followup", "Ana", &format!("{when}: call")]);
        assert!(said.contains("is not a date kith can read"), "{said}");
    }
}

#[test]
fn a_vcard_birthday_that_does_not_read_is_kept_as_it_was() {
    let (dir, db) = common::temp_db();
    let file = dir.path().join("ana.vcf");
    // calcard reads a bare BDAY as a date as far as it can; VALUE=text hands kith the text.
    let card = format!(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana\r\nBDAY;VALUE=text:{BAD}\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bo\r\nBDAY:{BAD}\r\nEND:VCARD\r\n"
    );
    std::fs::write(&file, card).unwrap();
    let out = kith(&db, &["import", file.to_str().unwrap()]);
    no_panic(&out);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("+ Ana") && said.contains("+ Bo"), "{said}");
    assert!(
        said.contains("Ana: a birthday in words was kept as written: 123é567")
            && said.contains("Bo: a birthday kith could not read as a date was kept as written"),
        "{said}"
    );
    for who in ["Ana", "Bo"] {
        let shown = shown_contact(&db, who);
        assert_eq!(
            shown["birthday_as_written"],
            serde_json::json!({"Text": "123é567"}),
            "{shown}"
        );
    }
    let out = ok(&db, &["export", "--format", "vcard"]);
    assert!(out.contains("BDAY;VALUE=TEXT:123é567"), "{out}");
}

#[test]
fn a_csv_birthday_that_does_not_read_is_kept_and_reported() {
    let (dir, db) = common::temp_db();
    let file = dir.path().join("contacts.csv");
    std::fs::write(&file, format!("Name,Birthday\nAna,{BAD}\n")).unwrap();
    let out = kith(&db, &["import", file.to_str().unwrap()]);
    no_panic(&out);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("Ana: a birthday kith could not read"),
        "{said}"
    );
    let shown = ok(&db, &["show", "Ana", "--json"]);
    assert!(shown.contains("BDAY:123é567"), "{shown}");
}

#[test]
fn a_backup_with_such_a_birthday_is_refused_whole() {
    let (dir, db) = common::temp_db();
    let file = dir.path().join("backup.json");
    let backup = serde_json::json!({
        "format": "kith-backup", "version": 1, "next_id": 2,
        "contacts": [{
            "id": 1, "name": "Ana", "company": null, "title": null, "kind": "customer",
            "emails": [], "phones": [], "tags": [], "interests": null, "how_we_met": null,
            "referred_by": null, "birthday": BAD, "occasions": [], "cadence_days": null,
            "grade": null, "profile": "", "archived": null,
            "created_at": "2026-01-01T00:00:00", "updated_at": "2026-01-01T00:00:00",
            "last_contacted": null,
        }],
        "interactions": [], "followups": [], "drafts": [],
    });
    std::fs::write(&file, backup.to_string()).unwrap();
    let said = fails(&db, &["import", file.to_str().unwrap()]);
    assert!(
        said.contains("contact 1 birthday '123é567' is not a date"),
        "{said}"
    );
    assert!(!ok(&db, &["list"]).contains("Ana"));
}

#[test]
fn a_review_asked_for_more_days_than_a_calendar_holds_is_refused() {
    let (_dir, db) = common::temp_db();
    let out = kith(&db, &["due", "--days", "4294967295"]);
    no_panic(&out);
    assert_eq!(out.status.code(), Some(2), "a usage error");
    ok(&db, &["due", "--days", "3660"]);
}

#[test]
fn the_screen_form_shows_the_problem_and_keeps_the_text() {
    let (_dir, store, mut state) = sample_screen(100, 30);
    let alex = state.list.selected_id().unwrap();
    let before = store.contact(alex).unwrap().birthday;
    press(
        &mut state,
        &store,
        common::screen::key(crossterm::event::KeyCode::Char('e')),
    );
    state.layers.form_mut().unwrap().field = FormField::Birthday;
    erase(&mut state, &store, "1984-12-01".len());
    type_text(&mut state, &store, BAD);
    press(&mut state, &store, ctrl('s'));
    let form = state.layers.form().expect("the form stays open");
    assert_eq!(form.field, FormField::Birthday);
    assert_eq!(form.value(FormField::Birthday), BAD);
    let status = state.status.as_ref().unwrap().text.clone();
    assert!(status.contains("is not a date"), "{status}");
    assert_eq!(store.contact(alex).unwrap().birthday, before);
}
