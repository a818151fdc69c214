//! The real binary in a pseudo-terminal for the benchmarks, its output timestamped as it
//! arrives, so a measure ends when the frame that shows the answer reached the terminal.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// The binary in a pseudo-terminal, its output arriving as timestamped chunks.
pub struct Session {
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Receiver<(Instant, Vec<u8>)>,
    screen: vt100::Parser,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Session {
    pub fn start(db: &Path, env: &[(&str, &str)]) -> Session {
        let (child, master, _) = super::spawn_in_pty_with(db, env);
        let mut reader = master.try_clone_reader().expect("reader");
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let mut buf = vec![0u8; 1 << 16];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send((Instant::now(), buf[..n].to_vec())).is_err() {
                    break;
                }
            }
        });
        Session {
            child,
            writer: master.take_writer().expect("writer"),
            output,
            screen: vt100::Parser::new(
                std::num::NonZeroU16::new(40).unwrap(),
                std::num::NonZeroU16::new(120).unwrap(),
                0,
            ),
            _master: master,
        }
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write");
        self.writer.flush().expect("flush");
    }

    /// Reads output until the screen shows `text`; when it first did.
    pub fn wait_for(&mut self, text: &str) -> Instant {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if self.screen.screen().contents().contains(text) {
                return Instant::now();
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok((at, chunk)) => {
                    self.screen.process(&chunk);
                    if self.screen.screen().contents().contains(text) {
                        return at;
                    }
                }
                Err(_) => panic!(
                    "'{text}' never appeared:\n{}",
                    self.screen.screen().contents()
                ),
            }
        }
    }

    /// Reads output until a chunk holds `byte`; when it arrived.
    pub fn wait_for_byte(&mut self, byte: u8) -> Instant {
        loop {
            let (at, chunk) = self
                .output
                .recv_timeout(Duration::from_secs(10))
                .expect("a frame");
            self.screen.process(&chunk);
            if chunk.contains(&byte) {
                return at;
            }
        }
    }

    pub fn drain(&mut self) {
        while let Ok((_, chunk)) = self.output.try_recv() {
            self.screen.process(&chunk);
        }
    }

    pub fn signal(&self, signal: &str) {
        let pid = self.child.process_id().expect("pid").to_string();
        std::process::Command::new("kill")
            .args([signal, &pid])
            .status()
            .expect("kill");
    }

    pub fn wait_exit(&mut self) -> Instant {
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if self.child.try_wait().expect("wait").is_some() {
                return Instant::now();
            }
            std::thread::sleep(Duration::from_micros(500));
        }
        panic!("kith did not exit");
    }
}
