//! Search benchmarks at 100k contacts and 1M notes: `cargo bench --bench search`
//! (`KITH_BENCH_CONTACTS`/`KITH_BENCH_INTERACTIONS` for another size, or `KITH_BENCH_DB=path`
//! for a notebook made beforehand with `kith demo`).
//!
//! Measures building the in-memory contact index, one query as typed keystroke by keystroke
//! (the matcher on the search thread, and the whole way from the key to the next frame), note
//! searches, and the resident memory of a notebook screen with its list and index loaded.

use kith::search::index::ContactIndex;
use kith::search::query::parse;
use kith::store::Store;
#[path = "common/mod.rs"]
mod common;

use common::{Goal, report};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::time::{Duration, Instant};

/// Resident memory of the real notebook screen on `path`, once its list and search index are in:
/// when it has stayed within a MiB for two seconds (a million contacts take seconds to read).
fn resident_mib_of_the_binary(path: &std::path::Path) -> f64 {
    let (mut child, master, _) = common::spawn_in_pty(path);
    let mut reader = master.try_clone_reader().expect("reader");
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while matches!(std::io::Read::read(&mut reader, &mut buf), Ok(n) if n > 0) {}
    });
    let status = format!("/proc/{}/status", child.process_id().expect("pid"));
    let (start, mut rss, mut steady) = (Instant::now(), 0.0, 0);
    while steady < 4 && start.elapsed() < Duration::from_secs(120) {
        std::thread::sleep(Duration::from_millis(500));
        let now = resident_mib(&status);
        steady = if (now - rss).abs() < 1.0 {
            steady + 1
        } else {
            0
        };
        rss = now;
    }
    common::quit(&mut child, master.as_ref());
    rss
}

fn resident_mib(status: &str) -> f64 {
    std::fs::read_to_string(status)
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let now = kith::clock::now();
    // A notebook made beforehand (`kith demo` at a million contacts takes minutes), or one
    // filled now at the demo size.
    let path = match std::env::var_os("KITH_BENCH_DB") {
        Some(made) => std::path::PathBuf::from(made),
        None => {
            let (contacts, interactions) = common::demo_size();
            let path = dir.path().join("search.redb");
            common::demo(&Store::open(&path).expect("open"), contacts, interactions);
            path
        }
    };
    println!(
        "resident memory of the notebook screen (list and search index loaded): {:.0} MiB (goal ≤ 60 MiB)",
        resident_mib_of_the_binary(&path)
    );
    let store = Store::open(&path).expect("open");
    let own = "/proc/self/status";
    let at_open = resident_mib(own);
    let t = Instant::now();
    let names = store.sorted_contact_ids(false, 0, usize::MAX).expect("ids");
    let with_list = resident_mib(own);
    let index = ContactIndex::build(&store).expect("index");
    println!(
        "list and index of {} contacts read in {:.0} ms; resident: {at_open:.0} MiB open, list {:.0} MiB, index {:.0} MiB",
        index.len(),
        t.elapsed().as_secs_f64() * 1e3,
        with_list - at_open,
        resident_mib(own) - with_list,
    );
    std::hint::black_box(&names);

    let today = now.date();
    keystrokes(&index, &store, today);
    if std::env::var_os("KITH_BENCH_VERBOSE").is_some() {
        single_queries(&index, &store, today);
    }
    keys_to_frames(index, &store, today);
    note_search(&store);
}

/// Every keystroke of typing some queries, to the matched list.
fn keystrokes(index: &ContactIndex, store: &Store, today: chrono::NaiveDate) {
    let mut keystrokes = Vec::new();
    for query in TYPED {
        let mut this = Vec::new();
        for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
            let typed = &query[..end];
            let t = Instant::now();
            let q = parse(typed).expect("query");
            let hits = index.search(&q, store, today).expect("search");
            this.push(t.elapsed());
            if std::env::var_os("KITH_BENCH_VERBOSE").is_some() {
                println!(
                    "    {typed:<28} {:>8.2} ms {:>8} hits",
                    this[this.len() - 1].as_secs_f64() * 1e3,
                    hits.len()
                );
            }
            std::hint::black_box(hits);
        }
        keystrokes.extend(this);
    }
    report(
        "keystroke → matched list (the search thread)",
        keystrokes,
        Goal::P95(16.0),
    );
}

/// The queries typed, a key at a time.
const TYPED: [&str; 8] = [
    "marti soler",
    "anita sharma",
    "शर्मा",
    "সুমন দাস",
    "forn puig",
    "600 111",
    "kind:customer quiet:30 nu",
    "tag:wholesale jo",
];

/// Every key of typing the queries on the screen, to the frame that shows its hits: the key's
/// update, the search the search thread runs, the hits applied and their rows read, and the
/// frame drawn (250×80). Only the hop between threads is left out.
fn keys_to_frames(index: ContactIndex, store: &Store, today: chrono::NaiveDate) {
    use kith::tui::action::{Effect, Msg, Report};
    use kith::tui::{effects, keymap, render, update::update};
    let mut index = Some(index);
    let mut state = kith::tui::state::State::new((250, 80), today);
    kith::tui::load(&mut state, store, None);
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(250, 80)).expect("terminal");
    let mut press = |state: &mut kith::tui::state::State, code: KeyCode| {
        let Some(action) = keymap::resolve(state, KeyEvent::new(code, KeyModifiers::NONE)) else {
            return;
        };
        let mut queue: Vec<Msg> = vec![action.into()];
        while let Some(msg) = queue.pop() {
            for effect in update(state, msg) {
                let reports = match effect {
                    Effect::Search { generation, query } => vec![Report::SearchResults {
                        generation,
                        outcome: effects::search(store, &mut index, &query, today),
                    }],
                    other => effects::run(store, other, &state.context()),
                };
                queue.extend(reports.into_iter().map(Msg::from));
            }
        }
    };
    let mut frames = Vec::new();
    for query in TYPED {
        press(&mut state, KeyCode::Char('/'));
        for c in query.chars() {
            let t = Instant::now();
            press(&mut state, KeyCode::Char(c));
            terminal
                .draw(|frame| render::draw(frame, &state))
                .expect("draw");
            frames.push(t.elapsed());
        }
        press(&mut state, KeyCode::Esc);
    }
    report(
        &format!(
            "search key → its frame ({} contacts)",
            store.contact_count(false).unwrap_or(0)
        ),
        frames,
        Goal::P95(16.0),
    );
}

/// One query at a time, as the first key typed (nothing remembered), ten runs each, with the
/// number of hits.
fn single_queries(index: &ContactIndex, store: &Store, today: chrono::NaiveDate) {
    for q in [
        "zzzz",
        "m",
        "ma",
        "mar",
        "marti",
        "600",
        "quiet:30",
        "kind:customer",
    ] {
        let parsed = parse(q).expect("q");
        let t = Instant::now();
        let mut n = 0;
        for _ in 0..10 {
            index.forget();
            n = index.search(&parsed, store, today).expect("s").len();
        }
        println!(
            "  {q:<14} {:.2} ms, {n} hits",
            t.elapsed().as_secs_f64() * 100.0
        );
    }
}

/// Note search over a million notes, the 200 newest hits.
fn note_search(store: &Store) {
    let mut notes = Vec::new();
    for query in [
        "diwali invoice",
        "invoice",
        "inv",
        "ऑर्डर",
        "দাম নিয়ে",
        "pa de sègol",
        "wholesale price",
        "samples",
        "festival order",
        "quote friday",
    ] {
        for _ in 0..5 {
            let t = Instant::now();
            let hits = store.search_notes(query, 200).expect("notes");
            notes.push(t.elapsed());
            std::hint::black_box(hits);
        }
    }
    report("note search, 200 newest hits", notes, Goal::P95(50.0));
}
