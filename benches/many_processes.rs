//! Many kith processes on one notebook, measured on the real binary: `cargo bench --bench
//! many_processes`. Over a demo notebook of `KITH_BENCH_CONTACTS` contacts (default 10k):
//!
//! - wall time of `KITH_BENCH_CALLS` (default 1,000) `kith log` calls one after another, with
//!   the screen closed and with it open, then two shells of as many calls each in parallel
//!   while the screen is open (every interaction counted afterwards: none may be lost);
//! - the delay from another process's commit to the open screen showing it (p50/p95, goal ≤ 2 s);
//! - the CPU time an idle open screen uses over `KITH_BENCH_IDLE_SECS` (default 60).

use kith::store::Store;
use std::path::Path;
use std::time::{Duration, Instant};
#[path = "common/mod.rs"]
mod common;

use common::session::Session;
use common::{Goal, env_or, report};

fn kith(db: &Path, args: &[&str]) {
    let out = common::kith_command()
        .args(args)
        .env("KITH_DB", db)
        .output()
        .expect("kith runs");
    assert!(
        out.status.success(),
        "kith {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs `calls` `kith log` calls on `who` in `shells` parallel shells; the wall time.
fn log_calls(db: &Path, who: &str, shells: usize, calls: usize) -> Duration {
    let started = Instant::now();
    std::thread::scope(|scope| {
        for shell in 0..shells {
            scope.spawn(move || {
                for call in 0..calls {
                    kith(db, &["log", who, &format!("shell {shell} call {call}")]);
                }
            });
        }
    });
    started.elapsed()
}

fn interactions_of(db: &Path, who: &str) -> usize {
    let store = Store::open_read_only(db).expect("open");
    let id = store.resolve(who).expect("the contact");
    store
        .timeline(id, usize::MAX)
        .expect("timeline")
        .items
        .len()
}

/// User and system CPU time a process has used so far, from /proc (Linux).
fn cpu_time(pid: u32) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("/proc/PID/stat");
    // Fields after the command name, which is in parentheses and may hold spaces.
    let after = &stat[stat.rfind(')').expect("a stat line") + 2..];
    let fields: Vec<&str> = after.split(' ').collect();
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    let per_second = 100; // USER_HZ on Linux
    Duration::from_millis(ticks * 1000 / per_second)
}

fn main() {
    let contacts = env_or("KITH_BENCH_CONTACTS", 10_000) as u32;
    let calls = env_or("KITH_BENCH_CALLS", 1_000) as usize;
    let idle = Duration::from_secs(env_or("KITH_BENCH_IDLE_SECS", 60));
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("kith.redb");
    {
        let store = Store::open(&db).expect("open");
        common::demo(&store, contacts, u64::from(contacts) * 5);
        store.close().expect("close");
    }
    kith(&db, &["add", "Núria Puig (bench)"]);
    let who = "Núria Puig (bench)";
    println!("notebook: {contacts} contacts; {calls} kith log calls per run");

    let closed = log_calls(&db, who, 1, calls);
    println!(
        "{calls} kith log, screen closed:              {:>8.2} s  ({:.1} ms a call)",
        closed.as_secs_f64(),
        closed.as_secs_f64() * 1e3 / calls as f64
    );

    let mut screen = Session::start(&db, &[]);
    screen.wait_for("Contacts (");
    let open = log_calls(&db, who, 1, calls);
    println!(
        "{calls} kith log, screen open:                {:>8.2} s  ({:.1} ms a call)",
        open.as_secs_f64(),
        open.as_secs_f64() * 1e3 / calls as f64
    );
    let parallel = log_calls(&db, who, 2, calls);
    let logged = interactions_of(&db, who);
    println!(
        "2 × {calls} kith log in parallel, screen open: {:>8.2} s; interactions {logged} of {} expected",
        parallel.as_secs_f64(),
        4 * calls
    );
    assert_eq!(logged, 4 * calls, "interactions were lost");

    // From the moment another process's commit is durable to the frame that shows it.
    let store = Store::open_read_only(&db).expect("open");
    let mut total = store.contact_count(false).expect("count");
    drop(store);
    let mut delays = Vec::new();
    for probe in 0..env_or("KITH_BENCH_PROBES", 30) {
        kith(&db, &["add", &format!("Probe {probe}")]);
        let committed = Instant::now();
        total += 1;
        let shown = screen.wait_for(&format!("Contacts ({total})"));
        delays.push(shown.saturating_duration_since(committed));
        // Start the next probe at a different point of the screen's look-once-a-second cycle.
        std::thread::sleep(Duration::from_millis(137 * (probe % 7)));
    }
    report(
        "another process's commit → on screen",
        delays,
        Goal::P95(2000.0),
    );

    let pid = screen.child.process_id().expect("pid");
    std::thread::sleep(Duration::from_secs(2)); // let the last reload settle
    let before = cpu_time(pid);
    std::thread::sleep(idle);
    let used = cpu_time(pid).saturating_sub(before);
    println!(
        "idle open screen over {} s: {:.2} s CPU ({:.3}% of one core)",
        idle.as_secs(),
        used.as_secs_f64(),
        used.as_secs_f64() * 100.0 / idle.as_secs_f64()
    );
    screen.send(b"q");
    screen.wait_exit();
}
