//! A disk that fails on demand, under a real `Store`: the tests that fill the disk, turn the
//! file system read-only or fail an fsync put a [`DiskGate`] between redb and the file, at the
//! exact boundary where redb meets it. Kith itself never opens a notebook this way.
//!
//! The gate is the store's own small trait, so no redb type leaves `store/` for it.

use super::handle::Open;
use super::open::DEFAULT_WAIT;
use super::patient::Patience;
use super::{Result, Store};
use redb::backends::FileBackend;
use redb::{BackendError, Database, StorageBackend};
use std::ops::Bound;
use std::path::Path;
use std::sync::Arc;

/// Asked before every write to the notebook file and before every sync of it: an error is what
/// the disk answers instead of doing it.
pub trait DiskGate: Send + Sync + 'static {
    fn write(&self) -> std::io::Result<()>;
    fn sync(&self) -> std::io::Result<()>;
}

impl Store {
    /// Opens an existing notebook for writing with every write and sync asked of `gate` first;
    /// reopening after a failure goes through the same gate, as it would on a real disk.
    #[doc(hidden)]
    pub fn open_through_gate(path: &Path, gate: Arc<dyn DiskGate>) -> Result<Store> {
        let path_for_opener = path.to_path_buf();
        let opener = Box::new(move || {
            let file = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open(&path_for_opener)?;
            Database::builder()
                .create_with_backend(Gated {
                    file: FileBackend::new(file)?,
                    gate: gate.clone(),
                })
                .map(Open::Writable)
        });
        Self::open_through(path, opener, Patience::new(DEFAULT_WAIT))
    }
}

struct Gated {
    file: FileBackend,
    gate: Arc<dyn DiskGate>,
}

impl std::fmt::Debug for Gated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gated").field("file", &self.file).finish()
    }
}

impl StorageBackend for Gated {
    fn len(&self) -> std::io::Result<u64> {
        self.file.len()
    }
    fn read(&self, offset: u64, out: &mut [u8]) -> std::io::Result<()> {
        self.file.read(offset, out)
    }
    // Growing a file only reserves a hole, which a full disk still allows (as tmpfs and ext4
    // do); the writes into it are what fail.
    fn set_len(&self, len: u64) -> std::io::Result<()> {
        self.file.set_len(len)
    }
    fn sync_data(&self) -> std::io::Result<()> {
        self.gate.sync()?;
        self.file.sync_data()
    }
    fn write(&self, offset: u64, data: &[u8]) -> std::io::Result<()> {
        self.gate.write()?;
        self.file.write(offset, data)
    }
    fn close(&self) -> std::io::Result<()> {
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
        self.file.lock_range(start, end)
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
