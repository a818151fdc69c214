//! Never lose a word, measured on the real binary in a pseudo-terminal: `cargo bench --bench
//! never_lose`. Over a demo notebook of `KITH_BENCH_CONTACTS` contacts (default 100k):
//!
//! - key-to-frame latency while typing into a 100 KB note, with drafts written every 0.4 s and
//!   with draft writes held off (`KITH_DRAFT_EVERY_MS`), to show drafts never delay a key;
//! - how long a 100 KB paste (three scripts, tabs, newlines) takes to be on screen;
//! - SIGTERM and SIGHUP to exit, with a draft in the editor;
//! - quitting while an import of 20k cards runs;
//! - kill -9 while typing without pause (`KITH_KILL_TRIALS`, default 20): the most typing lost.

use kith::store::Store;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
#[path = "common/mod.rs"]
mod common;

use common::session::Session;
use common::{Goal, env_or, report};

fn first_name(db: &Path) -> String {
    let store = Store::open(db).expect("open");
    let id = store.sorted_contact_ids(false, 0, 1).expect("ids")[0];
    let name = store.contact(id).expect("contact").name;
    name.chars().take(4).collect()
}

fn big_text() -> String {
    let line = "Núria\tअनीता शर्मा\tসুমন দাস — pedido de torrons, दिवाली, পুজো\n";
    let mut text = String::new();
    while text.len() < 100_000 {
        text.push_str(line);
    }
    text.push_str("END-OF-PASTE");
    text
}

fn paste(session: &mut Session, text: &str) {
    let mut bytes = b"\x1b[200~".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    bytes.extend_from_slice(b"\x1b[201~");
    session.send(&bytes);
}

/// Opens the editor on the first contact: the first frame, then `n`.
fn open_editor(db: &Path, name: &str, env: &[(&str, &str)]) -> Session {
    let mut s = Session::start(db, env);
    s.wait_for(name);
    s.send(b"n");
    s.wait_for("New note");
    s
}

/// Typing into a 100 KB note: the time from each key to the frame that shows it.
fn typing_latency(db: &Path, name: &str, env: &[(&str, &str)]) -> Vec<Duration> {
    let mut s = open_editor(db, name, env);
    paste(&mut s, &big_text());
    s.wait_for("END-OF-PASTE");
    s.send(b"\n");
    std::thread::sleep(Duration::from_millis(300));
    s.drain();
    let mut samples = Vec::new();
    for i in 0..600u32 {
        let c = b'a' + (i % 26) as u8;
        s.drain();
        let sent = Instant::now();
        s.send(&[c]);
        samples.push(s.wait_for_byte(c) - sent);
        // About 33 keys a second: a quick typist, so draft writes overlap keys.
        std::thread::sleep(Duration::from_millis(30));
    }
    s.signal("-KILL");
    s.wait_exit();
    samples
}

/// Types without pause, kills the process at a random moment, and returns how much typing the
/// kept draft lacks, in time.
fn kill_trial(db: &Path, name: &str, seed: u64) -> Duration {
    let mut s = open_editor(db, name, &[]);
    let words = "entrega dilluns, दिवाली के लिए मिठाई, পুজোর অর্ডার ";
    let run_for = Duration::from_millis(800 + (seed * 7919 % 2400));
    let mut typed = String::new();
    let mut stamps = Vec::new();
    let start = Instant::now();
    for c in words.chars().cycle() {
        if start.elapsed() >= run_for {
            break;
        }
        let mut buf = [0u8; 4];
        s.send(c.encode_utf8(&mut buf).as_bytes());
        typed.push(c);
        stamps.push((Instant::now(), typed.len()));
        s.drain();
        std::thread::sleep(Duration::from_millis(35));
    }
    let killed = Instant::now();
    s.signal("-KILL");
    s.wait_exit();
    let store = Store::open(db).expect("reopen");
    let id = store.resolve(name).expect("contact");
    let kept = store
        .draft(id)
        .expect("draft")
        .map(|d| d.text)
        .unwrap_or_default();
    assert!(typed.starts_with(&kept), "the draft is not what was typed");
    store.write(|w| w.discard_draft(id)).expect("clear");
    let lost_from = stamps
        .iter()
        .find(|(_, len)| *len > kept.len())
        .map_or(killed, |(at, _)| *at);
    killed - lost_from
}

fn vcards(path: &Path, n: usize) {
    let mut vcf = String::new();
    for i in 0..n {
        vcf.push_str(&format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported Person {i}\r\nN:{i};Person;;;\r\nEMAIL:p{i}@example.com\r\nEND:VCARD\r\n"
        ));
    }
    std::fs::write(path, vcf).expect("vcf");
}

fn main() {
    let contacts = env_or("KITH_BENCH_CONTACTS", 100_000) as u32;
    let trials = env_or("KITH_KILL_TRIALS", 20);
    let dir = tempfile::tempdir().expect("temp dir");
    let big = dir.path().join("big.redb");
    common::demo(
        &Store::open(&big).expect("open"),
        contacts,
        u64::from(contacts) * 2,
    );
    let name = first_name(&big);
    println!("notebook: {contacts} contacts");

    let with = typing_latency(&big, &name, &[]);
    let without = typing_latency(&big, &name, &[("KITH_DRAFT_EVERY_MS", "3600000")]);
    report(
        "key → frame, 100 KB note, drafts every 0.4 s",
        with,
        Goal::P99(16.0),
    );
    report(
        "key → frame, 100 KB note, no draft writes",
        without,
        Goal::P99(16.0),
    );

    let text = big_text();
    let mut pastes = Vec::new();
    for _ in 0..10 {
        let mut s = open_editor(&big, &name, &[]);
        let sent = Instant::now();
        paste(&mut s, &text);
        pastes.push(s.wait_for("END-OF-PASTE") - sent);
        s.signal("-KILL");
        s.wait_exit();
    }
    report("100 KB paste → on screen", pastes, Goal::P95(200.0));

    for signal in ["-TERM", "-HUP"] {
        let mut exits = Vec::new();
        for _ in 0..10 {
            let mut s = open_editor(&big, &name, &[]);
            s.send("a note in progress".as_bytes());
            s.wait_for("in progress");
            let sent = Instant::now();
            s.signal(signal);
            exits.push(s.wait_exit() - sent);
        }
        report(
            &format!("SIG{} → exit, draft kept", &signal[1..]),
            exits,
            Goal::P95(100.0),
        );
    }

    let cards: PathBuf = dir.path().join("many.vcf");
    vcards(&cards, 20_000);
    let mut quits = Vec::new();
    for _ in 0..5 {
        let copy = dir.path().join("import.redb");
        std::fs::copy(&big, &copy).expect("copy");
        let mut s = Session::start(&copy, &[]);
        s.wait_for(&name);
        s.send(b"i");
        s.wait_for("Import contacts");
        s.send(format!("{}\r", cards.display()).as_bytes());
        s.wait_for("Importing");
        std::thread::sleep(Duration::from_millis(200));
        let sent = Instant::now();
        s.send(b"q");
        quits.push(s.wait_exit() - sent);
    }
    report("q during a 20k-card import → exit", quits, Goal::P95(100.0));

    if trials == 0 {
        return;
    }
    let small = dir.path().join("small.redb");
    {
        let store = Store::open(&small).expect("open");
        common::demo(&store, 50, 100);
    }
    let small_name = first_name(&small);
    let mut losses = Vec::new();
    for seed in 0..trials {
        losses.push(kill_trial(&small, &small_name, seed));
    }
    let worst = losses.iter().max().copied().unwrap_or_default();
    println!(
        "kill -9 while typing: {trials} trials, most typing lost {:.0} ms (goal < 1000 ms: {})",
        worst.as_secs_f64() * 1e3,
        if worst < Duration::from_secs(1) {
            "ok"
        } else {
            "OVER GOAL"
        }
    );
    report("  typing lost per kill", losses, Goal::P99(1000.0));
}
