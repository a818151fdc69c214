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
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};
#[path = "common/mod.rs"]
mod common;

use common::{Goal, env_or, report};

/// The binary in a pseudo-terminal, its output arriving as timestamped chunks.
struct Session {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Receiver<(Instant, Vec<u8>)>,
    screen: vt100::Parser,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Session {
    fn start(db: &Path, env: &[(&str, &str)]) -> Session {
        let (child, master, _) = common::spawn_in_pty_with(db, env);
        let mut reader = master.try_clone_reader().expect("reader");
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let mut buf = vec![0u8; 1 << 16];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send((Instant::now(), buf[..n].to_vec())).is_err() {
                    break;
                }
            }
        });
        Session {
            child,
            writer: master.take_writer().expect("writer"),
            output,
            screen: vt100::Parser::new(
                std::num::NonZeroU16::new(40).unwrap(),
                std::num::NonZeroU16::new(120).unwrap(),
                0,
            ),
            _master: master,
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write");
        self.writer.flush().expect("flush");
    }

    /// Reads output until the screen shows `text`; when it first did.
    fn wait_for(&mut self, text: &str) -> Instant {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if self.screen.screen().contents().contains(text) {
                return Instant::now();
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok((at, chunk)) => {
                    self.screen.process(&chunk);
                    if self.screen.screen().contents().contains(text) {
                        return at;
                    }
                }
                Err(_) => panic!(
                    "'{text}' never appeared:\n{}",
                    self.screen.screen().contents()
                ),
            }
        }
    }

    /// Reads output until a chunk holds `byte`; when it arrived.
    fn wait_for_byte(&mut self, byte: u8) -> Instant {
        loop {
            let (at, chunk) = self
                .output
                .recv_timeout(Duration::from_secs(10))
                .expect("a frame");
            self.screen.process(&chunk);
            if chunk.contains(&byte) {
                return at;
            }
        }
    }

    fn drain(&mut self) {
        while let Ok((_, chunk)) = self.output.try_recv() {
            self.screen.process(&chunk);
        }
    }

    fn signal(&self, signal: &str) {
        let pid = self.child.process_id().expect("pid").to_string();
        std::process::Command::new("kill")
            .args([signal, &pid])
            .status()
            .expect("kill");
    }

    fn wait_exit(&mut self) -> Instant {
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if self.child.try_wait().expect("wait").is_some() {
                return Instant::now();
            }
            std::thread::sleep(Duration::from_micros(500));
        }
        panic!("kith did not exit");
    }
}

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
