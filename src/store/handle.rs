//! The open redb database behind a lock, so it can be closed and opened again while kith runs.
//!
//! After an I/O error (a full disk, EIO, a file system remounted read-only) redb latches the
//! handle: every later operation fails with "previous I/O error" until the database is closed
//! and opened again. The screen stays open all day, so the store must recover without a restart:
//! the next read or write closes the poisoned handle and opens the file afresh, which also lets
//! redb repair whatever the failed commit left half-written.
//!
//! A handle is writable or read-only. Several kith processes share one file (redb's multi-writer
//! mode): a writer waits its turn for the write lock, up to a set time, instead of failing.

use super::{StoreError, error::from_database_error};
use redb::{
    Database, DatabaseError, ReadOnlyDatabase, ReadTransaction, ReadableDatabase, StorageError,
    TransactionError, WriteTransaction,
};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{PoisonError, RwLock};
use std::time::{Duration, Instant};

/// An open notebook file: for reading and writing, or for reading only.
pub enum Open {
    Writable(Database),
    ReadOnly(ReadOnlyDatabase),
}

impl Open {
    fn begin_read(&self) -> Result<ReadTransaction, TransactionError> {
        match self {
            Open::Writable(db) => db.begin_read(),
            Open::ReadOnly(db) => db.begin_read(),
        }
    }

    fn close(self) {
        // The handle is being replaced after a failure: what closing reports is already known.
        let _ = match self {
            Open::Writable(db) => db.close(),
            Open::ReadOnly(db) => db.close(),
        };
    }
}

/// Opens the file again after a failure: the same file, the same way, never a new file.
pub type Opener = Box<dyn Fn() -> Result<Open, DatabaseError> + Send + Sync>;

pub struct Handle {
    db: RwLock<Option<Open>>,
    opener: Opener,
    /// Set when an operation failed with an I/O error: the next one reopens first.
    poisoned: AtomicBool,
    /// Set once the session closed the file on purpose: it is never opened again.
    shut: AtomicBool,
}

/// How often a writer asks again for the write lock another process holds.
const RETRY_EVERY: Duration = Duration::from_millis(5);

impl Handle {
    pub fn new(db: Open, opener: Opener) -> Handle {
        Handle {
            db: RwLock::new(Some(db)),
            opener,
            poisoned: AtomicBool::new(false),
            shut: AtomicBool::new(false),
        }
    }

    /// Begins a read; a handle left poisoned or closed by an earlier failure is opened again
    /// first, so the screen recovers as soon as the disk does.
    pub fn begin_read(&self) -> Result<ReadTransaction, TransactionError> {
        if self.poisoned.load(Ordering::Acquire) {
            // If the disk is still failing, the read below reports it.
            let _ = self.reopen();
        }
        let attempt = {
            let guard = self.db.read().unwrap_or_else(PoisonError::into_inner);
            match guard.as_ref() {
                Some(db) => db.begin_read(),
                None => Err(TransactionError::Storage(StorageError::DatabaseClosed)),
            }
        };
        if let Err(TransactionError::Storage(StorageError::PreviousIo)) = &attempt {
            self.mark_poisoned();
        }
        attempt
    }

    /// Begins a write once no other process is writing, waiting at most `wait` for its turn;
    /// first reopens the database if an earlier operation left it poisoned.
    pub fn begin_write(&self, wait: Duration) -> Result<WriteTransaction, StoreError> {
        if self.poisoned.load(Ordering::Acquire) {
            self.reopen()?;
        }
        match self.try_write_until(Instant::now() + wait) {
            // A read elsewhere (the search thread, a list refresh) met the I/O error first.
            Err(TransactionError::Storage(
                StorageError::PreviousIo | StorageError::DatabaseClosed,
            )) => {
                self.mark_poisoned();
                self.reopen()?;
                Ok(self.try_write_until(Instant::now() + wait)?)
            }
            Err(TransactionError::WouldBlock) => Err(StoreError::Busy { waited: wait }),
            Err(TransactionError::Storage(StorageError::Unsupported)) if !self.is_writable() => {
                Err(StoreError::OpenedReadOnly)
            }
            other => Ok(other?),
        }
    }

    /// redb's own integrity check, which repairs what it can (it needs the only handle).
    pub fn check_integrity(&mut self) -> Result<bool, DatabaseError> {
        match self
            .db
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .as_mut()
        {
            Some(Open::Writable(db)) => db.check_integrity(),
            Some(Open::ReadOnly(_)) => Err(DatabaseError::Storage(StorageError::Unsupported)),
            None => Err(DatabaseError::Storage(StorageError::DatabaseClosed)),
        }
    }

    /// Closes the database while other threads may still hold the handle: their next read or
    /// write fails as closed, and nothing opens the file again. A writer that ends its session
    /// this way leaves the file marked clean, so read-only opens need no repair after it.
    pub fn shut(&self) -> Result<(), DatabaseError> {
        let mut guard = self.db.write().unwrap_or_else(PoisonError::into_inner);
        self.shut.store(true, Ordering::Release);
        match guard.take() {
            Some(Open::Writable(db)) => db.close(),
            Some(Open::ReadOnly(db)) => db.close(),
            None => Ok(()),
        }
    }

    fn try_write_until(&self, deadline: Instant) -> Result<WriteTransaction, TransactionError> {
        loop {
            let attempt = {
                let guard = self.db.read().unwrap_or_else(PoisonError::into_inner);
                match guard.as_ref() {
                    Some(Open::Writable(db)) => db.try_begin_write(),
                    Some(Open::ReadOnly(_)) => {
                        return Err(TransactionError::Storage(StorageError::Unsupported));
                    }
                    None => Err(TransactionError::Storage(StorageError::DatabaseClosed)),
                }
            };
            match attempt {
                Err(TransactionError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(RETRY_EVERY);
                }
                other => return other,
            }
        }
    }

    /// Whether this handle may write.
    pub fn is_writable(&self) -> bool {
        matches!(
            self.db
                .read()
                .unwrap_or_else(PoisonError::into_inner)
                .as_ref(),
            Some(Open::Writable(_))
        )
    }

    /// Remembers that the handle met an I/O error, so the next operation reopens it.
    pub fn mark_poisoned(&self) {
        self.poisoned.store(true, Ordering::Release);
    }

    /// Closes the database and opens the same file again. If opening fails (the disk is still
    /// full, the file is gone) the handle stays closed and the next operation tries again.
    fn reopen(&self) -> Result<(), StoreError> {
        let mut guard = self.db.write().unwrap_or_else(PoisonError::into_inner);
        if self.shut.load(Ordering::Acquire) {
            return Err(StoreError::Disk(super::DiskProblem::Closed));
        }
        if !self.poisoned.load(Ordering::Acquire) && guard.is_some() {
            return Ok(()); // another thread reopened it while this one waited
        }
        self.poisoned.store(true, Ordering::Release);
        if let Some(old) = guard.take() {
            old.close();
        }
        let db = (self.opener)().map_err(from_database_error)?;
        *guard = Some(db);
        self.poisoned.store(false, Ordering::Release);
        Ok(())
    }
}
