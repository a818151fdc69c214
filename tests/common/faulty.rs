//! A storage backend that fails on demand, under a real `Store`: the disk fills up, the file
//! system turns read-only, and space comes back, at the exact boundary where redb meets the file.
#![allow(dead_code)]

use kith::store::{Open, Store};
use redb::backends::FileBackend;
use redb::{BackendError, Database, StorageBackend};
use std::ops::Bound;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicI32, Ordering};

/// What the disk answers: 0 for "fine", or the OS error every write and sync returns; and
/// separately the error only a sync returns (a failed fsync, after which redb trusts nothing).
#[derive(Clone, Default)]
pub struct Disk(Arc<AtomicI32>, Arc<AtomicI32>);

pub const ENOSPC: i32 = 28;
pub const EROFS: i32 = 30;
pub const EIO: i32 = 5;

impl Disk {
    pub fn fail_with(&self, errno: i32) {
        self.0.store(errno, Ordering::SeqCst);
    }

    pub fn fail_sync_with(&self, errno: i32) {
        self.1.store(errno, Ordering::SeqCst);
    }

    pub fn heal(&self) {
        self.0.store(0, Ordering::SeqCst);
        self.1.store(0, Ordering::SeqCst);
    }

    fn check(&self) -> std::io::Result<()> {
        Self::answer(&self.0)
    }

    fn check_sync(&self) -> std::io::Result<()> {
        Self::answer(&self.0)?;
        Self::answer(&self.1)
    }

    fn answer(errno: &AtomicI32) -> std::io::Result<()> {
        match errno.load(Ordering::SeqCst) {
            0 => Ok(()),
            errno => Err(std::io::Error::from_raw_os_error(errno)),
        }
    }
}

#[derive(Debug)]
struct Faulty {
    file: FileBackend,
    disk: Disk,
}

impl std::fmt::Debug for Disk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (all, sync) = (self.0.load(Ordering::SeqCst), self.1.load(Ordering::SeqCst));
        write!(f, "Disk({all}, sync {sync})")
    }
}

impl StorageBackend for Faulty {
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
        self.disk.check_sync()?;
        self.file.sync_data()
    }
    fn write(&self, offset: u64, data: &[u8]) -> std::io::Result<()> {
        self.disk.check()?;
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

/// A notebook at `path` whose disk fails when told to; reopening after a failure goes through
/// the same failing disk, as it would on a real one.
pub fn store_on(path: &Path, disk: &Disk) -> Store {
    if !path.exists() {
        Store::open(path).expect("a new notebook");
    }
    let (path_for_opener, disk_for_opener) = (path.to_path_buf(), disk.clone());
    let opener = Box::new(move || -> Result<Open, redb::DatabaseError> {
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(&path_for_opener)?;
        Database::builder()
            .create_with_backend(Faulty {
                file: FileBackend::new(file)?,
                disk: disk_for_opener.clone(),
            })
            .map(Open::Writable)
    });
    Store::open_with_opener(path, opener).expect("the notebook opens")
}
