//! A real CardDAV server for the sync tests: Radicale (from PyPI, installed with pip where it is
//! missing) on 127.0.0.1 at a free port, its storage and users in a temporary folder, with one
//! user (`anita`, password `secret`). It is killed when dropped; `stop` and `start` again keep
//! its port and storage, as a server that went away and came back.
#![allow(dead_code)]

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const USER: &str = "anita";
pub const PASSWORD: &str = "secret";

pub struct Radicale {
    child: Option<Child>,
    dir: tempfile::TempDir,
    port: u16,
}

/// Installs Radicale and vobject with pip unless Python can import them already.
fn installed() {
    let has = |module: &str| {
        Command::new("python3")
            .args(["-c", &format!("import {module}")])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if has("radicale") && has("vobject") {
        return;
    }
    let pip = Command::new("python3")
        .args(["-m", "pip", "install", "--quiet", "radicale", "vobject"])
        .status();
    match pip {
        Ok(s) if s.success() => {}
        Ok(s) => panic!(
            "the sync tests need Radicale: `python3 -m pip install radicale vobject` failed ({s}); \
             is pip installed (python3 -m ensurepip) and PyPI reachable?"
        ),
        Err(e) => panic!("the sync tests need python3 with pip to install Radicale: {e}"),
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Radicale {
    pub fn start() -> Radicale {
        installed();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("users"),
            format!("{USER}:{PASSWORD}\nother:other\n"),
        )
        .unwrap();
        let mut server = Radicale {
            child: None,
            dir,
            port: free_port(),
        };
        server.run();
        server
    }

    fn run(&mut self) {
        let dir = self.dir.path();
        let child = Command::new("python3")
            .args(["-m", "radicale"])
            .arg(format!(
                "--storage-filesystem-folder={}",
                dir.join("store").display()
            ))
            .arg(format!("--server-hosts=127.0.0.1:{}", self.port))
            .arg("--auth-type=htpasswd")
            .arg(format!(
                "--auth-htpasswd-filename={}",
                dir.join("users").display()
            ))
            .arg("--auth-htpasswd-encryption=plain")
            .arg("--auth-delay=0")
            .arg("--logging-level=warning")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.join("log")).unwrap())
            .spawn()
            .expect("python3 runs Radicale");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "Radicale did not answer on port {}: {}",
                self.port,
                std::fs::read_to_string(dir.join("log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    /// The server goes away (connections refused), keeping what it holds.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// The server comes back on the same port with the same storage.
    pub fn restart(&mut self) {
        self.stop();
        self.run();
    }

    /// Every card file the user's address books hold.
    pub fn cards(&self) -> Vec<PathBuf> {
        let mut out = Vec::new();
        let root = self.dir.path().join("store/collection-root").join(USER);
        walk(&root, &mut out);
        out.sort();
        out
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "vcf") {
            out.push(path);
        }
    }
}

impl Drop for Radicale {
    fn drop(&mut self) {
        self.stop();
    }
}
