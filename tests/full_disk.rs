//! A truly full file system under the real binary: a small tmpfs holds the notebook, a filler
//! file takes the last byte, and the screen must keep the note, say "disk full", put a copy in a
//! rescue file, and save it without a restart once space is back.
//!
//! Mounting needs root (or CAP_SYS_ADMIN); where the machine does not allow it, the test says so
//! and passes without trying. The same behaviour is also checked everywhere with a failure
//! injected at the storage boundary (`disk_faults.rs`).

#![cfg(target_os = "linux")]

mod common;

use common::binary::ok;

use common::pty::Tui;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A tmpfs mounted for the test's lifetime.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(size: &str) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().ok()?;
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        mounted.then_some(SmallDisk { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a filler file until the file system refuses another byte.
    fn fill(&self) -> PathBuf {
        let filler = self.path().join("filler");
        let mut file = std::fs::File::create(&filler).unwrap();
        let chunk = vec![0xA5u8; 64 * 1024];
        while file.write_all(&chunk).is_ok() {}
        let small = [0u8; 512];
        while file.write_all(&small).is_ok() {}
        while file.write_all(&[0]).is_ok() {}
        let _ = file.sync_all();
        filler
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

#[test]
fn a_full_disk_keeps_the_note_rescues_it_and_saves_once_space_returns() {
    let Some(disk) = SmallDisk::mount("8m") else {
        eprintln!("skipped: this machine does not allow mounting a tmpfs");
        return;
    };
    let db = disk.path().join("kith.redb");
    ok(&db, &["add", "Núria Puig"]);
    let elsewhere = tempfile::tempdir().unwrap();
    let data_home = elsewhere.path().join("data");
    let mut tui = Tui::start_with(&db, &[("XDG_DATA_HOME", data_home.to_str().unwrap())]);
    tui.wait_for("Núria Puig");
    tui.keys("n");
    tui.wait_for("New note");
    // A note large enough that saving it needs pages the file does not have yet.
    let mut note = String::from("Comanda de Nadal:\n");
    while note.len() < 300_000 {
        note.push_str("20 capses de torrons, 5 de neules; दिवाली के लिए मिठाई\n");
    }
    note.push_str("fins dilluns");
    let filler = disk.fill();
    tui.paste(&note);
    tui.wait_for("fins dilluns");
    tui.keys("\x13"); // Ctrl-S
    tui.wait_for("disk full: the note is still here, not saved");
    tui.wait_for("a copy is in");
    assert!(
        tui.contents().contains("fins dilluns"),
        "the note left the editor"
    );
    let rescued: Vec<PathBuf> = std::fs::read_dir(data_home.join("kith"))
        .expect("the rescue went to the data folder, the notebook's disk being full")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    assert_eq!(rescued.len(), 1);
    let text = std::fs::read_to_string(&rescued[0]).unwrap();
    assert!(
        text.ends_with(&format!("{note}\n")),
        "the rescue file is not the note"
    );

    std::fs::remove_file(filler).unwrap();
    tui.keys("\x13");
    tui.wait_for("Note saved");
    tui.keys("q");
    let status = tui.wait_exit();
    assert!(status.success());
    let shown = ok(&db, &["show", "nuria", "--json"]);
    assert!(
        shown.contains("fins dilluns"),
        "the note is not in the notebook"
    );
}
