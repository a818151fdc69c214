//! The notebook file under redb, as redb's own file backend, with one change: waiting for
//! another process's write is bounded.
//!
//! In multi-writer mode redb takes turns with a byte-range lock on one "writer byte": a write
//! transaction holds it from begin to commit, and opening the file for writing takes it too,
//! waiting (`F_SETLKW`) for as long as another process writes. A long import elsewhere would
//! then hang a `kith add` with no word said. This backend waits for that byte in short polls
//! instead, up to the store's patience, and then fails with `TimedOut`, which the store reports
//! as "busy". Every other lock redb takes is held for a moment only and passes straight through.

use redb::backends::FileBackend;
use redb::{BackendError, StorageBackend};
use std::ops::Bound;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The byte redb's multi-writer mode locks for a write (`WRITER_BYTE` in redb 4's `db.rs`:
/// the first of its lock bytes, at 2^62). Pinned by `tests/many_processes.rs`, which opens the
/// file for writing while another process holds a write transaction and expects "busy".
const WRITER_BYTE: u64 = 1 << 62;

/// How often a waiting writer asks again.
pub(crate) const POLL: Duration = Duration::from_millis(5);

/// How long a writer waits for another process's write; shared by the store and its backend,
/// so changing it applies to the next open and the next write alike.
#[derive(Debug, Clone)]
pub(crate) struct Patience(Arc<AtomicU64>);

impl Patience {
    pub(crate) fn new(wait: Duration) -> Patience {
        let patience = Patience(Arc::new(AtomicU64::new(0)));
        patience.set(wait);
        patience
    }

    pub(crate) fn get(&self) -> Duration {
        Duration::from_micros(self.0.load(Ordering::Relaxed))
    }

    pub(crate) fn set(&self, wait: Duration) {
        let micros = u64::try_from(wait.as_micros()).unwrap_or(u64::MAX);
        self.0.store(micros, Ordering::Relaxed);
    }
}

/// Asked before every write to the notebook file and before every sync of it: an error is what
/// the disk answers instead of doing it.
pub trait DiskGate: Send + Sync + 'static {
    fn write(&self) -> std::io::Result<()>;
    fn sync(&self) -> std::io::Result<()>;
}

pub(crate) struct Patient {
    file: FileBackend,
    patience: Patience,
    /// A disk that fails on demand, asked before every write and sync (only the tests put one
    /// there, through [`Store::open_through_gate`](super::Store::open_through_gate)).
    gate: Option<Arc<dyn DiskGate>>,
}

impl std::fmt::Debug for Patient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Patient")
            .field("file", &self.file)
            .field("gated", &self.gate.is_some())
            .finish()
    }
}

impl Patient {
    pub(crate) fn new(
        file: std::fs::File,
        patience: Patience,
    ) -> Result<Patient, redb::DatabaseError> {
        Ok(Patient {
            file: FileBackend::new(file)?,
            patience,
            gate: None,
        })
    }

    /// As [`Patient::new`], every write and sync asked of `gate` first.
    pub(crate) fn gated(
        file: std::fs::File,
        patience: Patience,
        gate: Arc<dyn DiskGate>,
    ) -> Result<Patient, redb::DatabaseError> {
        Ok(Patient {
            gate: Some(gate),
            ..Patient::new(file, patience)?
        })
    }
}

fn is_writer_byte(start: Bound<u64>, end: Bound<u64>) -> bool {
    start == Bound::Included(WRITER_BYTE) && end == Bound::Included(WRITER_BYTE)
}

/// The error a writer meets when its wait runs out; the store turns it into "busy".
pub(crate) fn timed_out(waited: Duration) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::TimedOut, super::error::busy(waited))
}

impl StorageBackend for Patient {
    fn len(&self) -> Result<u64, std::io::Error> {
        self.file.len()
    }

    fn read(&self, offset: u64, out: &mut [u8]) -> Result<(), std::io::Error> {
        self.file.read(offset, out)
    }

    fn set_len(&self, len: u64) -> Result<(), std::io::Error> {
        self.file.set_len(len)
    }

    fn sync_data(&self) -> Result<(), std::io::Error> {
        if let Some(gate) = &self.gate {
            gate.sync()?;
        }
        self.file.sync_data()
    }

    fn write(&self, offset: u64, data: &[u8]) -> Result<(), std::io::Error> {
        if let Some(gate) = &self.gate {
            gate.write()?;
        }
        self.file.write(offset, data)
    }

    fn close(&self) -> Result<(), std::io::Error> {
        self.file.close()
    }

    fn try_lock_range(&self, start: Bound<u64>, end: Bound<u64>) -> Result<bool, BackendError> {
        self.file.try_lock_range(start, end)
    }

    fn try_lock_shared_range(
        &self,
        start: Bound<u64>,
        end: Bound<u64>,
    ) -> Result<bool, BackendError> {
        self.file.try_lock_shared_range(start, end)
    }

    fn lock_range(&self, start: Bound<u64>, end: Bound<u64>) -> Result<(), BackendError> {
        if !is_writer_byte(start, end) {
            return self.file.lock_range(start, end);
        }
        let wait = self.patience.get();
        let deadline = Instant::now() + wait;
        loop {
            if self.file.try_lock_range(start, end)? {
                return Ok(());
            }
            if Instant::now() >= deadline {
                return Err(BackendError::Io(timed_out(wait)));
            }
            std::thread::sleep(POLL);
        }
    }

    fn lock_shared_range(&self, start: Bound<u64>, end: Bound<u64>) -> Result<(), BackendError> {
        self.file.lock_shared_range(start, end)
    }

    fn unlock_range(&self, start: Bound<u64>, end: Bound<u64>) -> Result<(), BackendError> {
        self.file.unlock_range(start, end)
    }

    fn query_lock_range(&self, start: Bound<u64>, end: Bound<u64>) -> Result<bool, BackendError> {
        self.file.query_lock_range(start, end)
    }
}
