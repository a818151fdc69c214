//! What the benchmarks share: sizes from the environment and one way to report percentiles.
#![allow(dead_code)]

use std::time::Duration;

pub mod session;

/// The locale variables a run takes from the machine and clears, so kith speaks English
/// (`LANG=C.UTF-8`) whatever the machine's locale; a run's own variables are set after.
pub const LOCALE_CLEARED: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "KITH_CONFIG"];

/// The real `kith` binary, in a neutral locale.
pub fn kith_command() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_kith"));
    command.env("LANG", "C.UTF-8");
    for name in LOCALE_CLEARED {
        command.env_remove(name);
    }
    command
}

/// A number from the environment, or `default`.
pub fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The demo notebook's size: `KITH_BENCH_CONTACTS` contacts (default 100,000) and
/// `KITH_BENCH_INTERACTIONS` interactions (default 1,000,000).
pub fn demo_size() -> (u32, u64) {
    (
        env_or("KITH_BENCH_CONTACTS", 100_000) as u32,
        env_or("KITH_BENCH_INTERACTIONS", 1_000_000),
    )
}

/// Which percentile a goal is set on.
#[derive(Clone, Copy)]
pub enum Goal {
    P95(f64),
    P99(f64),
}

/// Prints p50, p95 and p99 of `samples` and whether the goal is met.
pub fn report(label: &str, mut samples: Vec<Duration>, goal: Goal) {
    samples.sort();
    let pick = |p: f64| {
        samples[((samples.len() as f64 * p) as usize).min(samples.len() - 1)].as_secs_f64() * 1e3
    };
    let (p50, p95, p99) = (pick(0.5), pick(0.95), pick(0.99));
    let (name, at, limit) = match goal {
        Goal::P95(ms) => ("p95", p95, ms),
        Goal::P99(ms) => ("p99", p99, ms),
    };
    let verdict = if at <= limit { "ok" } else { "OVER GOAL" };
    println!(
        "{label:<44} p50 {p50:>8.3} ms  p95 {p95:>8.3} ms  p99 {p99:>8.3} ms  (goal {name} ≤ {limit} ms: {verdict})"
    );
}

/// Fills `store` with the demo notebook at the given size (seed 1, ending now).
pub fn demo(
    store: &kith::store::Store,
    contacts: u32,
    interactions: u64,
) -> kith::demo::DemoSummary {
    let spec = kith::demo::DemoSpec {
        contacts,
        interactions,
        seed: 1,
    };
    kith::demo::fill(store, &spec, kith::clock::now()).expect("demo notebook")
}

/// The real binary on `db` in a 120×40 pseudo-terminal: the child, the terminal's master side,
/// and when it was started.
pub fn spawn_in_pty(
    db: &std::path::Path,
) -> (
    Box<dyn portable_pty::Child + Send + Sync>,
    Box<dyn portable_pty::MasterPty + Send>,
    std::time::Instant,
) {
    spawn_in_pty_with(db, &[])
}

/// As [`spawn_in_pty`], with more environment variables.
pub fn spawn_in_pty_with(
    db: &std::path::Path,
    env: &[(&str, &str)],
) -> (
    Box<dyn portable_pty::Child + Send + Sync>,
    Box<dyn portable_pty::MasterPty + Send>,
    std::time::Instant,
) {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kith"));
    cmd.env("KITH_DB", db);
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "C.UTF-8");
    for name in LOCALE_CLEARED {
        cmd.env_remove(name);
    }
    for (name, value) in env {
        cmd.env(name, value);
    }
    let started = std::time::Instant::now();
    let child = pty.slave.spawn_command(cmd).expect("spawn");
    drop(pty.slave);
    (child, pty.master, started)
}

/// Types `q` and waits for the program to end.
pub fn quit(
    child: &mut Box<dyn portable_pty::Child + Send + Sync>,
    master: &dyn portable_pty::MasterPty,
) {
    if let Ok(mut writer) = master.take_writer() {
        let _ = std::io::Write::write_all(&mut writer, b"q");
    }
    let _ = child.wait();
}
