//! A disk that fails on demand, under a real `Store`: the tests that fill the disk, turn the
//! file system read-only or fail an fsync put a [`DiskGate`] between redb and the file, at the
//! exact boundary where redb meets it: the one backend every notebook is opened with
//! (`patient.rs`) asks the gate, when there is one. Kith itself never opens a notebook this way.
//!
//! The gate is the store's own small trait, so no redb type leaves `store/` for it.

use super::handle::Open;
use super::open::DEFAULT_WAIT;
use super::open::open_writable;
use super::patient::{DiskGate, Patience};
use super::{Result, Store};
use std::path::Path;
use std::sync::Arc;

impl Store {
    /// Opens an existing notebook for writing with every write and sync asked of `gate` first;
    /// reopening after a failure goes through the same gate, as it would on a real disk.
    #[doc(hidden)]
    pub fn open_through_gate(path: &Path, gate: Arc<dyn DiskGate>) -> Result<Store> {
        let path_for_opener = path.to_path_buf();
        let patience = Patience::new(DEFAULT_WAIT);
        let waits = patience.clone();
        // The same open as every notebook's, with the gate in its backend: the tests meet the
        // failing disk through the same shared mode, bounded wait and locks as a user's kith.
        let opener = Box::new(move || {
            open_writable(
                &path_for_opener,
                &waits,
                Some(&gate),
                super::open::WRITE_CACHE,
            )
            .map(Open::Writable)
        });
        Self::open_through(path, opener, patience)
    }
}
