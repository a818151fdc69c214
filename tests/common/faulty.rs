//! A disk that fails on demand, under a real `Store`: the disk fills up, the file
//! system turns read-only, and space comes back, at the exact boundary where redb meets the file.
#![allow(dead_code)]

use kith::store::{DiskGate, Store};
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

impl DiskGate for Disk {
    fn write(&self) -> std::io::Result<()> {
        self.check()
    }
    fn sync(&self) -> std::io::Result<()> {
        self.check_sync()
    }
}

/// A notebook at `path` whose disk fails when told to; reopening after a failure goes through
/// the same failing disk, as it would on a real one.
pub fn store_on(path: &Path, disk: &Disk) -> Store {
    if !path.exists() {
        Store::open(path).expect("a new notebook");
    }
    Store::open_through_gate(path, Arc::new(disk.clone())).expect("the notebook opens")
}
