//! What the tests that drive the real binary on a terminal share: a fixed "now", the two sizes
//! every point is checked at, a command run beside the screen, and the screen started on a
//! notebook with a config of its own.

use crate::common::pty::Tui;
use std::path::Path;

pub const NOW: &str = "2026-11-24 10:00"; // a Tuesday
pub const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// The notebook's own config, beside it: KITH_CONFIG must name a file that is there, so one
/// not written yet is made empty (the defaults).
pub fn config(db: &Path) -> std::path::PathBuf {
    let config = db.with_extension("toml");
    if !config.exists() {
        std::fs::write(&config, "").unwrap();
    }
    config
}

/// Runs `kith ARGS` on `db` at `NOW`, which must succeed.
pub fn kith(db: &Path, args: &[&str]) -> std::process::Output {
    let out = crate::common::binary::kith_command()
        .args(args)
        .env("KITH_DB", db)
        .env("KITH_NOW", NOW)
        .env("KITH_CONFIG", config(db))
        .output()
        .unwrap();
    assert!(out.status.success(), "kith {args:?}: {out:?}");
    out
}

/// The screen on `db` at `NOW`, on a terminal `cols` wide and `rows` high.
pub fn start(db: &Path, cols: u16, rows: u16) -> Tui {
    let config = config(db);
    let config = config.to_str().unwrap();
    Tui::start_sized(
        db,
        &[("KITH_NOW", NOW), ("KITH_CONFIG", config)],
        cols,
        rows,
    )
}
