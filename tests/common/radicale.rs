//! A real CardDAV server for the sync tests: Radicale (from PyPI, installed with pip where it is
//! missing) on 127.0.0.1 at a free port, its storage and users in a temporary folder, with one
//! user (`anita`, password `secret`). It is killed when dropped; `stop` and `start` again keep
//! its port and storage, as a server that went away and came back.
#![allow(dead_code)]

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::binary::kith_with_env;
use serde_json::Value;
use std::process::Output;

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

/// A port nothing listens on, and that no other server of this test process was given: two
/// servers started at once could otherwise be handed the same one, and the second, unable to
/// listen, would seem to answer through the first.
fn free_port() -> u16 {
    static GIVEN: std::sync::Mutex<Vec<u16>> = std::sync::Mutex::new(Vec::new());
    let mut given = GIVEN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    loop {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free port");
        if !given.contains(&port) {
            given.push(port);
            return port;
        }
    }
}

impl Radicale {
    pub fn start() -> Radicale {
        // The tests of a file start their servers at once: one of them installs, the others wait.
        static INSTALLED: std::sync::Once = std::sync::Once::new();
        INSTALLED.call_once(installed);
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
        // A port taken between its choice and the server's start (by a client's connection of
        // a test beside it) ends the server at once: it starts again on another.
        for _ in 0..5 {
            if server.answers() {
                return server;
            }
            server.port = free_port();
        }
        panic!("Radicale could not start: {}", server.log());
    }

    /// Starts the server on its port and waits until it answers there, or has ended.
    fn answers(&mut self) -> bool {
        let dir = self.dir.path().to_path_buf();
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
        // It answers, and it is this server that answers: one that could not listen has ended.
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() || self.ended() {
            if self.ended() {
                self.stop();
                return false;
            }
            assert!(
                Instant::now() < deadline,
                "Radicale did not answer on port {}: {}",
                self.port,
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        true
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("log")).unwrap_or_default()
    }

    /// Whether the server's process has ended.
    fn ended(&mut self) -> bool {
        self.child
            .as_mut()
            .is_none_or(|c| !matches!(c.try_wait(), Ok(None)))
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
        let port = self.port;
        assert!(
            self.answers(),
            "Radicale did not start again on port {port}: {}",
            self.log()
        );
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

/// A notebook of its own in a temporary folder, run through the real binary with the server's
/// password in `KITH_SYNC_PASSWORD`.
pub struct Notebook {
    pub _dir: tempfile::TempDir,
    pub db: PathBuf,
}

impl Notebook {
    pub fn new() -> Notebook {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("notebook.redb");
        let nb = Notebook { _dir: dir, db };
        nb.ok(&["init"]);
        nb
    }

    pub fn run(&self, args: &[&str]) -> Output {
        kith_with_env(&self.db, args, &[("KITH_SYNC_PASSWORD", PASSWORD)])
    }

    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "kith {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn sync(&self, server: &Radicale) -> String {
        let url = server.url();
        self.ok(&["sync", "--url", &url, "--user", USER])
    }

    pub fn shown(&self, who: &str) -> Value {
        let out = self.ok(&["show", who, "--json"]);
        serde_json::from_str::<Value>(&out).unwrap()["contact"].clone()
    }
}

/// Python's vobject reads every card, each with its name and kith's kind.
pub fn other_client_reads(server: &Radicale, expected: usize) {
    let files: Vec<String> = server
        .cards()
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(files.len(), expected);
    let script = "import sys, vobject\n\
        n = 0\n\
        for path in sys.argv[1:]:\n\
        \x20   card = vobject.readOne(open(path, encoding='utf-8').read())\n\
        \x20   assert card.fn.value, path\n\
        \x20   assert card.contents['x-kith-kind'][0].value, path\n\
        \x20   n += 1\n\
        print(n)\n";
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .args(&files)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        expected.to_string()
    );
}
