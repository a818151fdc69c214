//! What the benchmarks share: sizes from the environment and one way to report percentiles.
#![allow(dead_code)]

use std::time::Duration;

/// A number from the environment, or `default`.
pub fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
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
