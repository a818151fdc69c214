//! The open redb database behind a lock, so it can be closed and opened again while kith runs.
//!
//! After an I/O error (a full disk, EIO, a file system remounted read-only) redb latches the
//! handle: every later operation fails with "previous I/O error" until the database is closed
//! and opened again. The screen stays open all day, so the store must recover without a restart:
//! the next write closes the poisoned handle and opens the file afresh, which also lets redb
//! repair whatever the failed commit left half-written.

use redb::{
    Database, DatabaseError, ReadTransaction, ReadableDatabase, StorageError, TransactionError,
};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{PoisonError, RwLock};

/// Opens the database again after a failure: the same file, the same settings, never a new file.
pub type Opener = Box<dyn Fn() -> Result<Database, DatabaseError> + Send + Sync>;

pub struct Handle {
    db: RwLock<Option<Database>>,
    opener: Opener,
    /// Set when an operation failed with an I/O error: the next write reopens first.
    poisoned: AtomicBool,
}

impl Handle {
    pub fn new(db: Database, opener: Opener) -> Handle {
        Handle {
            db: RwLock::new(Some(db)),
            opener,
            poisoned: AtomicBool::new(false),
        }
    }

    /// Runs `f` on the open database; a handle closed by a failed reopen reads as closed.
    pub fn with<T>(
        &self,
        f: impl FnOnce(&Database) -> Result<T, StorageError>,
    ) -> Result<T, StorageError> {
        let guard = self.db.read().unwrap_or_else(PoisonError::into_inner);
        match guard.as_ref() {
            Some(db) => f(db),
            None => Err(StorageError::DatabaseClosed),
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

    /// Begins a write, first reopening the database if an earlier operation left it poisoned.
    pub fn begin_write(&self) -> Result<redb::WriteTransaction, super::StoreError> {
        if self.poisoned.load(Ordering::Acquire) {
            self.reopen()?;
        }
        let attempt = {
            let guard = self.db.read().unwrap_or_else(PoisonError::into_inner);
            match guard.as_ref() {
                Some(db) => db.begin_write(),
                None => Err(TransactionError::Storage(StorageError::DatabaseClosed)),
            }
        };
        match attempt {
            // A read elsewhere (the search thread, a list refresh) met the I/O error first.
            Err(TransactionError::Storage(
                StorageError::PreviousIo | StorageError::DatabaseClosed,
            )) => {
                self.reopen()?;
                let guard = self.db.read().unwrap_or_else(PoisonError::into_inner);
                match guard.as_ref() {
                    Some(db) => Ok(db.begin_write()?),
                    None => Err(StorageError::DatabaseClosed.into()),
                }
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
            Some(db) => db.check_integrity(),
            None => Err(DatabaseError::Storage(StorageError::DatabaseClosed)),
        }
    }

    /// Closes the database, reporting what closing it met.
    pub fn close(self) -> Result<(), DatabaseError> {
        match self.db.into_inner().unwrap_or_else(PoisonError::into_inner) {
            Some(db) => db.close(),
            None => Ok(()),
        }
    }

    /// Remembers that the handle met an I/O error, so the next write reopens it.
    pub fn mark_poisoned(&self) {
        self.poisoned.store(true, Ordering::Release);
    }

    /// Closes the database and opens the same file again. If opening fails (the disk is still
    /// full, the file is gone) the handle stays closed and the next write tries again.
    fn reopen(&self) -> Result<(), super::StoreError> {
        let mut guard = self.db.write().unwrap_or_else(PoisonError::into_inner);
        self.poisoned.store(true, Ordering::Release);
        if let Some(old) = guard.take() {
            // The old handle is poisoned: whatever closing it reports is the error already seen.
            let _ = old.close();
        }
        let db = (self.opener)().map_err(super::error::from_database_error)?;
        *guard = Some(db);
        self.poisoned.store(false, Ordering::Release);
        Ok(())
    }
}
