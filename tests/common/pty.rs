//! The real binary in a pseudo-terminal, read back through a terminal emulator the way a person
//! would see it: start it, type, signal it, wait for it to end.
#![allow(dead_code)]

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const WAIT: Duration = Duration::from_secs(15);

pub struct Tui {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Tui {
    pub fn start(db: &Path) -> Tui {
        Tui::start_with(db, &[])
    }

    /// As [`Tui::start`], with more environment variables.
    pub fn start_with(db: &Path, env: &[(&str, &str)]) -> Tui {
        Tui::start_sized(db, env, 100, 30)
    }

    /// As [`Tui::start_with`], on a terminal `cols` wide and `rows` high.
    pub fn start_sized(db: &Path, env: &[(&str, &str)], cols: u16, rows: u16) -> Tui {
        Tui::command_sized(db, &[], env, cols, rows)
    }

    /// Runs `kith ARGS` on a terminal that can be typed into (a command that asks, say).
    pub fn command(db: &Path, args: &[&str], env: &[(&str, &str)]) -> Tui {
        Tui::command_sized(db, args, env, 100, 30)
    }

    /// As [`Tui::command`], on a terminal `cols` wide and `rows` high.
    pub fn command_sized(
        db: &Path,
        args: &[&str],
        env: &[(&str, &str)],
        cols: u16,
        rows: u16,
    ) -> Tui {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kith"));
        cmd.args(args);
        cmd.env("KITH_DB", db);
        cmd.env("TERM", "xterm-256color");
        neutral(&mut cmd);
        for (name, value) in env {
            cmd.env(name, value);
        }
        let child = pty.slave.spawn_command(cmd).expect("kith starts");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZeroU16::new(rows).unwrap(),
            std::num::NonZeroU16::new(cols).unwrap(),
            0,
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (s, r) = (Arc::clone(&screen), Arc::clone(&raw));
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                s.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Tui {
            child,
            writer,
            screen,
            raw,
            _master: pty.master,
        }
    }

    /// Starts kith with more environment variables, waits until the screen shows `shown` (the
    /// selected contact's name, say) and opens a new note on the selected contact.
    pub fn start_in_editor(db: &Path, shown: &str, env: &[(&str, &str)]) -> Tui {
        let mut tui = Tui::start_with(db, env);
        tui.wait_for(shown);
        tui.keys("n");
        tui.wait_for("New note");
        tui
    }

    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// The screen once it has stopped changing for a tenth of a second: a frame is written in
    /// pieces, and one read mid-frame shows its end half drawn.
    pub fn settled(&self) -> String {
        let start = Instant::now();
        let mut last = self.contents();
        while start.elapsed() < WAIT {
            std::thread::sleep(Duration::from_millis(100));
            let now = self.contents();
            if now == last {
                return now;
            }
            last = now;
        }
        last
    }

    pub fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "'{text}' never appeared; the screen shows:\n{}",
            self.contents()
        );
    }

    /// Pastes text the way a terminal with bracketed paste on sends it.
    pub fn paste(&mut self, text: &str) {
        self.writer.write_all(b"\x1b[200~").unwrap();
        self.writer.write_all(text.as_bytes()).unwrap();
        self.writer.write_all(b"\x1b[201~").unwrap();
        self.writer.flush().unwrap();
    }

    /// Types `text` and waits until the screen shows it.
    pub fn type_and_see(&mut self, text: &str) {
        self.keys(text);
        self.wait_for(text);
    }

    /// Writes bytes without waiting afterwards.
    pub fn type_now(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn keys(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(60));
    }

    pub fn signal(&self, signal: &str) {
        let pid = self.child.process_id().expect("a pid").to_string();
        let status = std::process::Command::new("kill")
            .args([signal, &pid])
            .status()
            .unwrap();
        assert!(status.success());
    }

    pub fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if let Some(status) = self.child.try_wait().unwrap() {
                std::thread::sleep(Duration::from_millis(100)); // let the reader drain
                return status;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("kith did not exit; the screen shows:\n{}", self.contents());
    }

    pub fn raw_output(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// Whether kith left the alternate screen, giving the terminal back as it found it.
    pub fn left_the_alternate_screen(&self) -> bool {
        self.raw_output().windows(8).any(|w| w == b"\x1b[?1049l")
    }
}

/// As [`super::binary::neutral`] for a command run on a pseudo-terminal: `LANG=C.UTF-8` and no
/// `LC_ALL`, `LC_MESSAGES` or `KITH_CONFIG` from the machine, before the test's own variables.
fn neutral(cmd: &mut CommandBuilder) {
    cmd.env("LANG", "C.UTF-8");
    for name in super::binary::LOCALE_CLEARED {
        cmd.env_remove(name);
    }
}

/// What a command printed on a terminal: every byte that reached the terminal (standard output
/// and standard error both), and its exit code.
pub struct Printed {
    pub raw: Vec<u8>,
    pub code: u32,
}

/// Runs one command with its standard output and error on a pseudo-terminal, on a pinned
/// clock, in `cwd`; what reached the terminal.
pub fn run_on_terminal(db: &Path, cwd: &Path, args: &[&str]) -> Printed {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 50,
            cols: 200,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kith"));
    cmd.args(args);
    cmd.cwd(cwd);
    cmd.env("KITH_DB", db);
    cmd.env("KITH_NOW", "2026-11-22 09:30");
    cmd.env("TERM", "xterm-256color");
    neutral(&mut cmd);
    let mut child = pty.slave.spawn_command(cmd).expect("kith starts");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let raw = Arc::new(Mutex::new(Vec::new()));
    let into = Arc::clone(&raw);
    let reading = std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            into.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed() < WAIT, "kith {args:?} did not end");
        std::thread::sleep(Duration::from_millis(5));
    };
    // The reader ends when the terminal has nothing more to give once the child is gone.
    drop(pty.master);
    let _ = reading.join();
    let raw = raw.lock().unwrap().clone();
    Printed {
        raw,
        code: status.exit_code(),
    }
}
