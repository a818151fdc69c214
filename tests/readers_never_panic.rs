//! Whole files with arbitrary text in their fields, taken all the way in: read, matched,
//! merged and written to a notebook. Each file is imported or refused with an error; none
//! may panic. (tests/vcard.rs mutates bytes of real exports; here the structure holds and
//! the field values are what varies.)

mod common;

use common::tricky::{around_valid, short_text, text};
use kith::interop::files::{ImportOptions, import_path};
use kith::search::{index::ContactIndex, query};
use kith::store::Store;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::path::Path;

const CASES: u32 = 128;

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: CASES,
        failure_persistence: None,
        ..Config::default()
    })
}

/// A value that is sometimes right, sometimes nearly right, sometimes anything.
fn field(valid: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(valid).prop_map(String::from),
        around_valid(valid),
        text(),
    ]
}

const DATES: &[&str] = &["1984-05-14", "--0514", "19840514", "--05-14", "5/14/1984"];
const TIMES: &[&str] = &["2026-11-22T09:30:00", "2026-01-01T00:00:00"];

/// Cases that also commit what they read: a commit syncs the disk, so there are fewer of them.
const WRITTEN: u32 = 12;

/// Imports `text` from a file called `name`, as a dry run and, in the first cases, for real;
/// an error is fine, a panic fails the test.
fn import(store: &Store, dir: &Path, name: &str, text: &str, case: u32) {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    let now = common::at(2026, 11, 22, 9, 30);
    let dry_run = ImportOptions {
        dry_run: true,
        ..ImportOptions::default()
    };
    let _ = import_path(store, &path, dry_run, now, &|_| {});
    if case < WRITTEN {
        let _ = import_path(store, &path, ImportOptions::default(), now, &|_| {});
    }
}

/// Counts the cases a runner has run, so the first few can do the slow part too.
#[derive(Default)]
struct Counter(std::cell::Cell<u32>);

impl Counter {
    fn next(&self) -> u32 {
        self.0.replace(self.0.get() + 1)
    }
}

#[test]
fn a_vcard_with_any_text_in_its_fields_imports_or_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("kith.redb")).unwrap();
    let counter = Counter::default();
    let card = (
        text(),
        field(DATES),
        field(DATES),
        proptest::collection::vec(short_text(), 7),
    );
    runner()
        .run(&card, |(name, bday, anniversary, other)| {
            let case = counter.next();
            let [email, label, tel, org, note, categories, extra] = &other[..] else {
                unreachable!("seven values were asked for");
            };
            let card = format!(
                "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:{name}\r\nN:{name};{org};;;\r\nBDAY:{bday}\r\n\
                 ANNIVERSARY:{anniversary}\r\nEMAIL;TYPE={label}:{email}\r\nTEL;TYPE={label}:{tel}\r\n\
                 ORG:{org}\r\nNOTE:{note}\r\nCATEGORIES:{categories}\r\nX-KITH-{label}:{extra}\r\n\
                 UID:{extra}\r\nEND:VCARD\r\n"
            );
            import(&store, dir.path(), "card.vcf", &card, case);
            Ok(())
        })
        .unwrap();
    // The notebook now holds names and companies of every shape: search it with any line.
    let index = ContactIndex::build(&store).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    runner()
        .run(&text(), |line| {
            let (query, _) = query::parse_lenient(&line);
            let _ = index.search(&query, &store, today);
            let _ = store.search_notes(&query.text(), 20);
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_csv_row_with_any_cells_imports_or_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("kith.redb")).unwrap();
    let counter = Counter::default();
    let headers = [
        "Name",
        "Given Name",
        "Birthday",
        "Anniversary",
        "Notes",
        "Group Membership",
        "Categories",
        "E-mail 1 - Type",
        "E-mail 1 - Value",
        "Phone 1 - Label",
        "Phone 1 - Value",
        "Organization 1 - Name",
        "Mobile Phone",
    ];
    let row = (
        proptest::collection::vec(short_text(), headers.len()),
        field(DATES),
        text(),
    );
    runner()
        .run(&row, |(mut cells, birthday, header)| {
            let case = counter.next();
            cells[2] = birthday;
            let mut quoted = csv::Writer::from_writer(Vec::new());
            quoted.write_record(headers).unwrap();
            quoted.write_record(&cells).unwrap();
            let quoted = String::from_utf8(quoted.into_inner().unwrap()).unwrap();
            import(&store, dir.path(), "quoted.csv", &quoted, case);
            // Cells as a careless tool writes them: unquoted, with an arbitrary column too.
            let raw = format!("{},{header}\n{}\n", headers.join(","), cells.join(","));
            import(&store, dir.path(), "raw.csv", &raw, case);
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_backup_with_any_text_in_its_fields_restores_or_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let strings = (text(), proptest::collection::vec(short_text(), 11));
    let dated = (
        field(DATES),
        field(TIMES),
        field(TIMES),
        field(&["2026-12-01"]),
    );
    let numbers = (any::<u64>(), any::<i64>(), any::<u32>(), any::<u8>());
    let named = (
        field(&["customer", "supplier"]),
        field(&["call", "purchase", "in person"]),
        field(&["open", "done", "dropped"]),
        field(&["promise", "request"]),
        field(&["EUR", "INR"]),
        field(&["09:30"]),
    );
    let counter = Counter::default();
    let empty = Store::open(&dir.path().join("empty.redb")).unwrap();
    runner()
        .run(
            &(strings, dated, numbers, named),
            |((first, rest), (birthday, at, closed, due), (id, minor, cadence, grade), n)| {
                let s: Vec<String> = std::iter::once(first).chain(rest).collect();
                let (kind, channel, state, direction, currency, due_time) = n;
                let backup = serde_json::json!({
                    "format": "kith-backup", "version": 1, "next_id": id,
                    "contacts": [{
                        "id": id % 4, "name": s[0], "company": s[1], "title": s[2], "kind": kind,
                        "emails": [{"value": s[3], "label": s[4]}], "phones": [{"value": s[5], "label": null}],
                        "tags": [s[6], s[7]], "interests": s[8], "how_we_met": null,
                        "referred_by": id, "birthday": birthday,
                        "occasions": [{"label": s[9], "date": birthday}],
                        "cadence_days": cadence, "grade": grade, "profile": s[10],
                        "archived": {"reason": s[11], "at": closed},
                        "created_at": at, "updated_at": at, "last_contacted": s[0],
                        "vcard_extra": [s[11]],
                    }],
                    "interactions": [{
                        "id": 1, "contact_id": id % 4, "at": at, "channel": channel, "text": s[10],
                        "amount": {"minor": minor, "currency": currency, "display": s[1]},
                        "sentiment": s[2],
                    }],
                    "followups": [{
                        "id": 2, "contact_id": id % 4, "due": due, "due_time": due_time,
                        "text": s[9], "direction": direction, "state": state,
                        "closed_at": closed, "from_interaction": 1, "created_at": at,
                    }],
                    "drafts": [{
                        "contact_id": id % 4, "channel": channel, "at": s[3], "amount": s[4],
                        "text": s[5], "saved_at": closed,
                    }],
                });
                // A restore goes only into an empty notebook: a new one for each that writes.
                let case = counter.next();
                let text = backup.to_string();
                import(&empty, dir.path(), "backup.json", &text, WRITTEN);
                if case < WRITTEN {
                    let store = Store::open(&dir.path().join(format!("{case}.redb"))).unwrap();
                    import(&store, dir.path(), "backup.json", &text, case);
                }
                Ok(())
            },
        )
        .unwrap();
}
