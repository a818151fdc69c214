//! `Store`: the only way the rest of kith reads and writes the notebook, one redb file.
//!
//! Reads open a short read transaction each; every user action is one write transaction made
//! through [`Store::write`], so a note, its follow-ups and their index rows commit together or not
//! at all. redb's types stay inside this module.

mod check;
pub mod codec;
mod contain;
mod dump;
mod error;
mod handle;
pub mod index;
mod legacy;
mod notes;
mod postings;
mod read;
mod repair;
pub mod schema;
pub mod tables;
mod walk;
mod write;

pub use check::{CheckReport, IndexProblem, RedbCheck, TableCount};
pub use contain::is_containing;
pub use dump::Dump;
pub use error::{DiskProblem, Result, Skipped, StoreError};
pub use notes::NoteHits;
pub use read::Loaded;
pub use write::Writer;

use handle::{Handle, Opener};
use redb::{Database, DatabaseError, Durability};
use std::path::{Path, PathBuf};

pub struct Store {
    db: Handle,
    path: PathBuf,
    /// The file's identity when it was opened: a commit into a file that has since been deleted
    /// or replaced would reach nobody, so it counts as a failure.
    identity: Option<FileIdentity>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileIdentity {
    device: u64,
    inode: u64,
}

impl FileIdentity {
    #[cfg(unix)]
    fn of(path: &Path) -> Option<FileIdentity> {
        use std::os::unix::fs::MetadataExt;
        let meta = std::fs::metadata(path).ok()?;
        Some(FileIdentity {
            device: meta.dev(),
            inode: meta.ino(),
        })
    }

    #[cfg(not(unix))]
    fn of(_path: &Path) -> Option<FileIdentity> {
        None
    }
}

impl Store {
    /// Opens the notebook at `path`, creating it (mode 0600, parent folders too) if it is missing.
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_with_progress(path, &mut |_, _| {})
    }

    /// As [`Store::open`]; an older notebook is brought up to date first, and `progress` hears
    /// (done, total) while that builds an index.
    pub fn open_with_progress(path: &Path, progress: &mut dyn FnMut(u64, u64)) -> Result<Store> {
        let io = |source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        };
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        if !path.exists() {
            create_private_file(path).map_err(io)?;
        } else if path.is_dir() {
            return Err(StoreError::NotANotebook {
                path: path.to_path_buf(),
                reason: "it is a folder".into(),
            });
        }
        // redb may panic opening a file damaged outside it; see contain.rs.
        let opened = contain::open(path, || Database::builder().create(path))?;
        let db = opened.map_err(|e| match e {
            DatabaseError::DatabaseAlreadyOpen => StoreError::AlreadyOpen {
                path: path.to_path_buf(),
            },
            DatabaseError::Storage(redb::StorageError::Io(source))
                if !matches!(
                    source.kind(),
                    std::io::ErrorKind::InvalidData | std::io::ErrorKind::UnexpectedEof
                ) =>
            {
                io(source)
            }
            other => StoreError::NotANotebook {
                path: path.to_path_buf(),
                reason: other.to_string(),
            },
        })?;
        schema::check_or_init(&db, path, progress)?;
        let reopen_path = path.to_path_buf();
        let opener: Opener = Box::new(move || Database::builder().open(&reopen_path));
        Ok(Store::assemble(db, path, opener))
    }

    /// Opens a notebook through `open`, which is called again whenever the store reopens after
    /// an I/O error. Tests use it to put a failing storage backend under a real store.
    #[doc(hidden)]
    pub fn open_with_opener(path: &Path, open: Opener) -> Result<Store> {
        let db = open().map_err(error::from_database_error)?;
        schema::check_or_init(&db, path, &mut |_, _| {})?;
        Ok(Store::assemble(db, path, open))
    }

    fn assemble(db: Database, path: &Path, opener: Opener) -> Store {
        Store {
            db: Handle::new(db, opener),
            path: path.to_path_buf(),
            identity: FileIdentity::of(path),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` in one durable write transaction: everything it writes commits together, or
    /// nothing does if it returns an error.
    pub fn write<T>(&self, f: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        contain::contain(|| self.write_with(Durability::Immediate, f))
    }

    /// As [`Store::write`], but the commit is only durable once a later durable commit follows.
    /// For bulk loads, which end with a durable commit.
    pub fn write_fast<T>(&self, f: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        contain::contain(|| self.write_with(Durability::None, f))
    }

    fn write_with<T>(
        &self,
        durability: Durability,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T>,
    ) -> Result<T> {
        let result = (|| -> Result<T> {
            let mut txn = self.db.begin_write()?;
            txn.set_durability(durability)?;
            let value = {
                let mut writer = Writer::open(&txn)?;
                let value = f(&mut writer)?;
                writer.finish()?;
                value
            };
            txn.commit()?;
            self.still_the_same_file()?;
            Ok(value)
        })();
        if let Err(e) = &result
            && e.disk_problem().is_some()
        {
            self.db.mark_poisoned();
        }
        result
    }

    /// Fails when the notebook's path no longer names the file kith opened (deleted, or replaced
    /// by another copy): what was just committed went to a file nobody will open again.
    fn still_the_same_file(&self) -> Result<()> {
        match (self.identity, FileIdentity::of(&self.path)) {
            (Some(opened), Some(now)) if opened != now => Err(StoreError::Disk(DiskProblem::Gone)),
            (Some(_), None) => Err(StoreError::Disk(DiskProblem::Gone)),
            _ => Ok(()),
        }
    }
}

#[cfg(unix)]
fn create_private_file(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map(drop)
}

#[cfg(not(unix))]
fn create_private_file(path: &Path) -> std::io::Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map(drop)
}
