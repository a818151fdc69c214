//! Notebook-screen benchmarks at 100k contacts and 1M interactions: `cargo bench --bench screen`.
//!
//! Measures the first usable frame of the real binary in a pseudo-terminal (process start to the
//! first contact name on screen), the in-process parts of that start, a navigation key to its next
//! frame, the stats screen (`s`) and the people behind one of its bars, the review (`r`) with the
//! demo's follow-ups and with 100k, and one frame rendered at 250×80 with 1k and with 100k
//! contacts.

use kith::store::Store;
use kith::tui::action::Action;
use kith::tui::state::State;
use kith::tui::{dispatch, render};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::io::Read;
use std::path::Path;
#[path = "common/mod.rs"]
mod common;

use common::{Goal, report};
use std::time::{Duration, Instant};

fn open_state(store: &Store, size: (u16, u16)) -> State {
    let mut state = State::new(size, kith::clock::now().date());
    kith::tui::load(&mut state, store, None);
    state
}

/// Process start to the first screen that shows a contact, through a real pseudo-terminal.
fn first_frame_of_the_binary(db: &Path, first_name: &str) -> Duration {
    let (mut child, master, started) = common::spawn_in_pty(db);
    let mut reader = master.try_clone_reader().expect("reader");
    let mut parser = vt100::Parser::new(
        std::num::NonZeroU16::new(40).unwrap(),
        std::num::NonZeroU16::new(120).unwrap(),
        0,
    );
    let mut buf = [0u8; 65536];
    let took = loop {
        let n = reader.read(&mut buf).expect("read");
        parser.process(&buf[..n]);
        if parser.screen().contents().contains(first_name) {
            break started.elapsed();
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "no first frame"
        );
    };
    common::quit(&mut child, master.as_ref());
    took
}

fn main() {
    let (contacts, interactions) = common::demo_size();
    let dir = tempfile::tempdir().expect("temp dir");
    let big = dir.path().join("big.redb");
    let small = dir.path().join("small.redb");
    let now = kith::clock::now();
    {
        // A notebook made before (`KITH_BENCH_DB`) saves building one; it is copied, since the
        // review's measure adds follow-ups.
        match std::env::var_os("KITH_BENCH_DB") {
            Some(given) => {
                std::fs::copy(&given, &big).expect("copy the given notebook");
                println!("big notebook: a copy of {}", Path::new(&given).display());
            }
            None => {
                let store = Store::open(&big).expect("open");
                common::demo(&store, contacts, interactions);
                println!("big notebook: {contacts} contacts / {interactions} interactions");
            }
        }
        let store = Store::open(&small).expect("open");
        common::demo(&store, 1000, 10_000);
    }
    println!("small notebook: 1000 contacts / 10000 interactions");

    first_frames(&big);
    open_and_draw(&big);
    navigation(&big);
    stats(&big);
    review(&big, now);
    frames(&small, &big);
}

/// The binary, from start to a first frame that shows the first name.
fn first_frames(big: &Path) {
    let first_name = {
        let store = Store::open(big).expect("open");
        let id = store.sorted_contact_ids(false, 0, 1).expect("ids")[0];
        let name = store.contact(id).expect("contact").name;
        name.chars().take(4).collect::<String>()
    };
    let starts: Vec<Duration> = (0..15)
        .map(|_| first_frame_of_the_binary(big, &first_name))
        .collect();
    report(
        "first frame of the binary (pty, 120×40)",
        starts,
        Goal::P95(50.0),
    );
}

/// Opening the notebook, and reading every name and drawing, in this process.
fn open_and_draw(big: &Path) {
    let mut opens = Vec::new();
    let mut lists = Vec::new();
    for _ in 0..15 {
        let t = Instant::now();
        let store = Store::open(big).expect("open");
        opens.push(t.elapsed());
        let t = Instant::now();
        let state = open_state(&store, (250, 80));
        let mut terminal = Terminal::new(TestBackend::new(250, 80)).expect("terminal");
        terminal
            .draw(|frame| render::draw(frame, &state))
            .expect("draw");
        lists.push(t.elapsed());
    }
    report("  of which: open the notebook", opens, Goal::P95(50.0));
    report(
        "  in-process: read all 100k names + draw",
        lists,
        Goal::P95(50.0),
    );
}

/// A key that moves the selection, to the next frame.
fn navigation(big: &Path) {
    let store = Store::open(big).expect("open");
    let mut state = open_state(&store, (250, 80));
    let mut terminal = Terminal::new(TestBackend::new(250, 80)).expect("terminal");
    let mut keys = Vec::new();
    for n in 0..2000 {
        let action = match n % 400 {
            0..=299 => Action::Down,
            300..=349 => Action::Up,
            350..=379 => Action::PageDown,
            _ => Action::PageUp,
        };
        let t = Instant::now();
        dispatch(&mut state, &store, action);
        terminal
            .draw(|frame| render::draw(frame, &state))
            .expect("draw");
        keys.push(t.elapsed());
    }
    report(
        "navigation key → next frame (250×80)",
        keys,
        Goal::P95(16.0),
    );
    drop(store);
}

/// `s` to the stats on screen (every chart's numbers read from the indexes and the first chart
/// drawn), the numbers alone, and Enter on the latest week to the people behind it.
fn stats(big: &Path) {
    let store = Store::open(big).expect("open");
    let today = kith::clock::now().date();
    let mut state = open_state(&store, (250, 80));
    let mut terminal = Terminal::new(TestBackend::new(250, 80)).expect("terminal");
    let (mut numbers, mut screens, mut people) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..20 {
        let t = Instant::now();
        std::hint::black_box(kith::review::stats::stats(&store, today).expect("stats"));
        numbers.push(t.elapsed());
        let t = Instant::now();
        dispatch(&mut state, &store, Action::Stats);
        terminal
            .draw(|frame| render::draw(frame, &state))
            .expect("draw");
        screens.push(t.elapsed());
        let t = Instant::now();
        dispatch(&mut state, &store, Action::Open);
        terminal
            .draw(|frame| render::draw(frame, &state))
            .expect("draw");
        people.push(t.elapsed());
        dispatch(&mut state, &store, Action::Back);
        dispatch(&mut state, &store, Action::Back);
    }
    report("stats read (every chart)", numbers, Goal::P95(50.0));
    report("s → stats on screen (250×80)", screens, Goal::P95(50.0));
    report("Enter → people behind this week", people, Goal::P95(50.0));
}

/// The review built, and shown: with the demo's own follow-ups (about one for four contacts),
/// then with at least 100k follow-ups in all.
fn review(big: &Path, now: chrono::NaiveDateTime) {
    let store = Store::open(big).expect("open");
    let today = kith::clock::now().date();
    let have = store.all_followups().expect("follow-ups").items.len();
    measure_review(&store, &format!("{have} follow-ups, the demo's own"));
    let ids = store.sorted_contact_ids(false, 0, usize::MAX).expect("ids");
    store
        .write(|w| {
            for n in have..100_000 {
                let contact = ids[n % ids.len()];
                let due = today + chrono::Duration::days((n % 90) as i64 - 30);
                let direction = kith::domain::Direction::ALL[n % 3].0;
                let mut f =
                    kith::domain::FollowUp::new(contact, due, direction, "send the quote", now);
                w.add_followup(&mut f)?;
            }
            Ok(())
        })
        .expect("follow-ups");
    measure_review(&store, &format!("{} follow-ups", have.max(100_000)));
}

/// `kith::review::build` alone, and `r` to the review on screen.
fn measure_review(store: &Store, followups: &str) {
    let today = kith::clock::now().date();
    let cadences = kith::domain::CadenceDefaults::default();
    let mut builds = Vec::new();
    let mut screens = Vec::new();
    let mut state = open_state(store, (250, 80));
    let mut terminal = Terminal::new(TestBackend::new(250, 80)).expect("terminal");
    for _ in 0..20 {
        let t = Instant::now();
        let review = kith::review::build(store, &cadences, today, 7).expect("review");
        builds.push(t.elapsed());
        std::hint::black_box(review);
        let t = Instant::now();
        dispatch(&mut state, store, Action::Review);
        terminal
            .draw(|frame| render::draw(frame, &state))
            .expect("draw");
        screens.push(t.elapsed());
        dispatch(&mut state, store, Action::Back);
    }
    report(
        &format!("review built ({followups})"),
        builds,
        Goal::P95(10.0),
    );
    report("r → review on screen (250×80)", screens, Goal::P95(10.0));
}

/// Drawing one frame, in a small and a large notebook.
fn frames(small: &Path, big: &Path) {
    for (label, path) in [
        ("frame at 250×80, 1k contacts", small),
        ("frame at 250×80, 100k contacts", big),
    ] {
        let store = Store::open(path).expect("open");
        let mut state = open_state(&store, (250, 80));
        dispatch(&mut state, &store, Action::PageDown);
        let mut terminal = Terminal::new(TestBackend::new(250, 80)).expect("terminal");
        let mut frames = Vec::new();
        for _ in 0..500 {
            let t = Instant::now();
            terminal
                .draw(|frame| render::draw(frame, &state))
                .expect("draw");
            frames.push(t.elapsed());
        }
        report(label, frames, Goal::P95(2.0));
    }
}
