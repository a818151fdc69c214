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
pub mod index;
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
pub use error::{Result, Skipped, StoreError};
pub use notes::NoteHits;
pub use read::Loaded;
pub use write::Writer;

use redb::{Database, DatabaseError, Durability};
use std::path::{Path, PathBuf};

pub struct Store {
    db: Database,
    path: PathBuf,
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
        Ok(Store {
            db,
            path: path.to_path_buf(),
        })
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
        let mut txn = self.db.begin_write()?;
        txn.set_durability(durability)?;
        let value = {
            let mut writer = Writer::open(&txn)?;
            let value = f(&mut writer)?;
            writer.finish()?;
            value
        };
        txn.commit()?;
        Ok(value)
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
