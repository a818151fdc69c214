//! `kith sync` against a real Radicale (tests/common/radicale.rs): two notebooks stay in step
//! through it, through edits, conflicts, a server gone away and a sync killed midway, and
//! another client (Python's vobject) reads every card the server holds.

mod common;

use common::binary::{kith_command, kith_with_env};
use common::radicale::{Notebook, PASSWORD, Radicale, USER, other_client_reads};
use serde_json::Value;
use std::path::Path;

/// The fields a contact carries, without what is the notebook's own (ids, times) and the
/// vCard details a card adds (the structured name, each email's and phone's TYPEs).
fn fields(contact: &Value) -> Value {
    let mut c = contact.clone();
    let map = c.as_object_mut().unwrap();
    for own in [
        "id",
        "updated_at",
        "last_contacted",
        "referred_by",
        "vcard_extra",
        "name_parts",
    ] {
        map.remove(own);
    }
    for list in ["emails", "phones"] {
        for item in map[list].as_array_mut().unwrap() {
            item.as_object_mut().unwrap().remove("types");
        }
    }
    c
}

fn add_full(nb: &Notebook) {
    nb.ok(&["add", "Ravi Rao", "--kind", "partner"]);
    nb.ok(&[
        "add",
        "Anita Sharma",
        "--company",
        "Sharma, Rao & Co",
        "--title",
        "Owner",
        "--kind",
        "prospect",
        "--email",
        "work:anita@example.com",
        "--phone",
        "home:+91 98 7654 3210",
        "--tag",
        "vip",
        "--tag",
        "delhi",
        "--birthday",
        "1984-03-09",
        "--cadence",
        "21",
        "--grade",
        "8",
        "--interests",
        "chess; old maps, tea",
        "--how-met",
        "a fair in Pune",
        "--referred-by",
        "Ravi Rao",
    ]);
}

#[test]
fn a_contact_travels_with_every_field_and_edits_and_deletes_travel_back() {
    let server = Radicale::start();
    let (a, b) = (Notebook::new(), Notebook::new());
    add_full(&a);
    assert!(a.sync(&server).starts_with("Sent 2, received 0"));
    assert!(b.sync(&server).starts_with("Sent 0, received 2"));
    assert_eq!(fields(&b.shown("Anita")), fields(&a.shown("Anita")));
    let shown = b.ok(&["show", "Anita"]);
    assert!(shown.contains("Referred by:    Ravi Rao"), "{shown}");

    b.ok(&["edit", "Anita", "--title", "Director", "--grade", "9"]);
    assert!(b.sync(&server).starts_with("Sent 1, received 0"));
    assert!(a.sync(&server).starts_with("Sent 0, received 1"));
    assert_eq!(a.shown("Anita")["title"], "Director");
    assert_eq!(fields(&b.shown("Anita")), fields(&a.shown("Anita")));

    // Nothing changed: one REPORT, nothing sent.
    assert_eq!(a.sync(&server), "Nothing changed (1 request)\n");
    assert_eq!(b.sync(&server), "Nothing changed (1 request)\n");

    // Deleted on one side: archived on the other, never deleted.
    a.ok(&["delete", "Ravi", "--yes"]);
    assert!(a.sync(&server).contains("deleted 1"));
    assert!(b.sync(&server).contains("archived 1"));
    let ravi = b.shown("Ravi");
    assert_eq!(
        ravi["archived"]["reason"], "deleted on the server",
        "{ravi}"
    );
    assert_eq!(server.cards().len(), 1);

    // Another app reads every card the server holds.
    other_client_reads(&server, 1);
}

#[test]
fn a_conflict_keeps_both_until_one_is_chosen() {
    let server = Radicale::start();
    let (a, b) = (Notebook::new(), Notebook::new());
    add_full(&a);
    a.sync(&server);
    b.sync(&server);
    a.ok(&["edit", "Anita", "--grade", "9"]);
    b.ok(&["edit", "Anita", "--grade", "3"]);
    a.sync(&server);
    let said = b.sync(&server);
    assert!(
        said.contains("1 contact was changed here and on the server"),
        "{said}"
    );
    // Both kept: mine here, theirs listed; nothing sent over theirs.
    assert_eq!(b.shown("Anita")["grade"], 3);
    let listed = b.ok(&["sync", "--conflicts"]);
    assert!(listed.contains("mine:   X-KITH-GRADE:3"), "{listed}");
    assert!(listed.contains("theirs: X-KITH-GRADE:9"), "{listed}");
    a.sync(&server);
    assert_eq!(a.shown("Anita")["grade"], 9);

    b.ok(&["sync", "--resolve", "Anita", "--keep", "mine"]);
    assert!(b.sync(&server).starts_with("Sent 1"));
    a.sync(&server);
    assert_eq!(a.shown("Anita")["grade"], 3);
    assert_eq!(b.ok(&["sync", "--conflicts"]), "No conflicts.\n");
}

#[test]
fn an_offline_change_stays_queued_until_the_server_is_back() {
    let mut server = Radicale::start();
    let (a, b) = (Notebook::new(), Notebook::new());
    add_full(&a);
    a.sync(&server);
    b.sync(&server);
    server.stop();
    a.ok(&["edit", "Ravi", "--title", "Buyer"]);
    let url = server.url();
    let out = a.run(&["sync", "--url", &url, "--user", USER]);
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(&format!("cannot reach {url}")) && said.contains("changes stay queued"),
        "{said}"
    );
    server.restart();
    assert!(a.sync(&server).starts_with("Sent 1"));
    assert!(b.sync(&server).starts_with("Sent 0, received 1"));
    assert_eq!(b.shown("Ravi")["title"], "Buyer");
}

#[test]
fn wrong_credentials_and_no_account_are_said_plainly() {
    let server = Radicale::start();
    let a = Notebook::new();
    let url = server.url();
    let out = kith_with_env(
        &a.db,
        &["sync", "--url", &url, "--user", USER],
        &[("KITH_SYNC_PASSWORD", "wrong")],
    );
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(&format!("wrong user or password for {url}")),
        "{said}"
    );
    let out = a.run(&[
        "sync",
        "--url",
        &url,
        "--user",
        USER,
        "--password-cmd",
        "echo secret",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let config = a.db.with_file_name("config.toml");
    std::fs::write(&config, "").unwrap();
    let out = kith_command()
        .args(["sync"])
        .env("KITH_DB", &a.db)
        .env("KITH_CONFIG", &config)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("no server to sync with"), "{said}");
}

fn count(nb: &Notebook) -> usize {
    let listed = nb.ok(&["list", "--json"]);
    serde_json::from_str::<Value>(&listed)
        .unwrap()
        .as_array()
        .map_or(0, Vec::len)
}

#[test]
fn a_sync_killed_midway_resumes_without_losing_or_doubling_anything() {
    let server = Radicale::start();
    let (a, b) = (Notebook::new(), Notebook::new());
    a.ok(&["demo", "--contacts", "300", "--interactions", "300"]);
    let url = server.url();
    let mut child = kith_command()
        .args(["sync", "--url", &url, "--user", USER])
        .env("KITH_DB", &a.db)
        .env("KITH_SYNC_PASSWORD", PASSWORD)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Killed once some cards are on the server, well before all are.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while server.cards().len() < 40 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let sent = server.cards().len();
    let total = count(&a) + archived(&a);
    assert!(sent > 0 && sent < total, "killed after {sent} of {total}");
    a.sync(&server);
    assert_eq!(server.cards().len(), total);
    assert_eq!(a.sync(&server), "Nothing changed (1 request)\n");
    b.sync(&server);
    assert_eq!(count(&b) + archived(&b), total);
    assert_uids_once(&server);
    other_client_reads(&server, total);
}

fn archived(nb: &Notebook) -> usize {
    let listed = nb.ok(&["list", "--archived", "--json"]);
    serde_json::from_str::<Value>(&listed)
        .unwrap()
        .as_array()
        .map_or(0, Vec::len)
}

/// Each card's UID is on the server once.
fn assert_uids_once(server: &Radicale) {
    let mut uids: Vec<String> = server.cards().iter().map(|p| uid_in(p)).collect();
    let all = uids.len();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), all);
}

fn uid_in(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix("UID:"))
        .unwrap_or_default()
        .trim()
        .to_string()
}
