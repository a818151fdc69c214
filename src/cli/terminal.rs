//! The last guard between kith's output and a terminal. Text from the notebook is made safe
//! where it is formatted (see `output`); this is the boundary: when standard output is a
//! terminal, every byte a command prints there — an export written to the screen included —
//! passes through the one display sanitiser ([`display_safe`]), and every message on standard
//! error does always. Piped or redirected, standard output is passed on byte for byte, so an
//! export stays exact.

use crate::domain::text::display_safe;
use std::fmt::Display;
use std::io::{self, Write};

/// A writer that makes what passes through it inert for a terminal, a line at a time, when
/// `active`; otherwise it passes every byte on untouched.
pub struct Inert<W: Write> {
    inner: W,
    active: bool,
    /// Bytes of a line not yet ended.
    pending: Vec<u8>,
}

impl<W: Write> Inert<W> {
    pub fn new(inner: W, active: bool) -> Inert<W> {
        Inert {
            inner,
            active,
            pending: Vec::new(),
        }
    }

    /// Whether what passes through is sanitised (the output is a terminal).
    pub fn is_active(&self) -> bool {
        self.active
    }

    /// Writes the first `upto` pending bytes, made safe.
    fn emit(&mut self, upto: usize) -> io::Result<()> {
        let chunk: Vec<u8> = self.pending.drain(..upto).collect();
        // Bytes that are not UTF-8 (a raw 0x9B is CSI to some terminals) become U+FFFD.
        let text = String::from_utf8_lossy(&chunk);
        self.inner.write_all(display_safe(&text).as_bytes())
    }

    /// Where the pending bytes can be cut without splitting a character.
    fn complete_prefix(&self) -> usize {
        let mut at = 0;
        loop {
            match std::str::from_utf8(&self.pending[at..]) {
                Ok(_) => return self.pending.len(),
                // Invalid bytes are replaced where they are; only a cut-off tail waits.
                Err(e) => match e.error_len() {
                    None => return at + e.valid_up_to(),
                    Some(n) => at += e.valid_up_to() + n,
                },
            }
        }
    }
}

impl<W: Write> Write for Inert<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if !self.active {
            return self.inner.write(buf);
        }
        self.pending.extend_from_slice(buf);
        if let Some(last) = memchr::memrchr(b'\n', &self.pending) {
            self.emit(last + 1)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.active && !self.pending.is_empty() {
            let upto = self.complete_prefix();
            self.emit(upto)?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for Inert<W> {
    fn drop(&mut self) {
        if self.active && !self.pending.is_empty() {
            let all = self.pending.len();
            let _ = self.emit(all);
        }
        let _ = self.inner.flush();
    }
}

/// Writes a message for the person at the terminal on standard error, made inert: paths, names
/// and file contents quoted in it cannot steer the terminal.
pub fn say(message: impl Display) {
    let text = message.to_string();
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{}", display_safe(&text));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(active: bool, pieces: &[&[u8]]) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut inert = Inert::new(&mut out, active);
            for p in pieces {
                inert.write_all(p).unwrap();
            }
            inert.flush().unwrap();
        }
        out
    }

    #[test]
    fn a_terminal_gets_no_escape_or_c1_control() {
        let hostile = "Evil\x1b]0;PWNED\x07 \u{9b}2J\r\n\u{202e}txt.exe\n".as_bytes();
        // Split anywhere, even inside a character, the result is the same.
        for cut in 0..hostile.len() {
            let out = through(true, &[&hostile[..cut], &hostile[cut..]]);
            let text = String::from_utf8(out).unwrap();
            assert_eq!(text, "Evil␛]0;PWNED␇ \u{FFFD}2J\ntxt.exe\n", "cut at {cut}");
        }
        let raw = through(true, &[b"a\x9b2Jb\n"]);
        assert_eq!(String::from_utf8(raw).unwrap(), "a\u{FFFD}2Jb\n");
    }

    #[test]
    fn a_pipe_gets_every_byte_as_it_was() {
        let bytes = b"BEGIN:VCARD\r\nFN:\x1b[31mred\r\nEND:VCARD\r\n\x9b";
        assert_eq!(through(false, &[bytes]), bytes);
    }

    #[test]
    fn a_line_without_its_end_is_written_on_flush() {
        assert_eq!(
            through(true, &[b"no newline\x1b"]),
            "no newline␛".as_bytes()
        );
    }
}
