//! Running the real `kith` binary on a notebook, on a pinned clock.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

pub fn kith(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kith"))
        .args(args)
        .env("KITH_DB", db)
        .env("KITH_NOW", "2026-11-22 09:30")
        .output()
        .expect("the kith binary runs")
}

/// Runs a command that must succeed; its standard output.
pub fn ok(db: &Path, args: &[&str]) -> String {
    let out = kith(db, args);
    assert!(
        out.status.success(),
        "kith {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Runs a command that must fail with exit code 1; its standard error.
pub fn fails(db: &Path, args: &[&str]) -> String {
    let out = kith(db, args);
    assert_eq!(
        out.status.code(),
        Some(1),
        "kith {args:?} should fail: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8(out.stderr).expect("UTF-8 output")
}
