//! Opening the notebook: for writing (creating it when missing, refusing a newer kith's file
//! before touching it, bringing an older one up to date) or for reading only (never a byte
//! changed, a read-only file welcome).
//!
//! Every kith process opens the file in redb's multi-writer mode, so the screen, shell
//! commands, scripts and a second window read and write one notebook at the same time: readers
//! never wait, writers take turns (see `patient.rs` for how long they wait).

use super::handle::{Handle, Open, Opener};
use super::patient::{DiskGate, Patience, Patient};
use super::{FileIdentity, Result, Store, StoreError, contain, error, schema};
use redb::{ConcurrencyMode, Database, DatabaseError, ReadableDatabase};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

/// How long a writer waits for another kith process to finish writing, unless told otherwise.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(10);

/// The one mode every kith process opens the file in.
fn builder() -> redb::Builder {
    let mut builder = Database::builder();
    builder.set_concurrency_mode(ConcurrencyMode::MultiWriter);
    builder
}

/// The page cache of a one-shot command that only reads ([`Store::open_for_a_read`]). With
/// redb's default, 1 GiB, a command that walks the notebook once (an export, `list`, `check`)
/// would keep every page it read, so its memory would grow with the notebook. Pages read again
/// come from the system's file cache.
pub const ONE_READ_CACHE: usize = 16 << 20;

/// The page cache of a store opened for writing. A bulk write (a restore, `demo`) touches every
/// page of the notebook, and redb keeps what a commit wrote in its cache: with the default
/// 1 GiB a restore of 100k contacts held 260 MB of pages. Half of it at most holds a
/// transaction's unwritten pages; more spill to the file before the commit. At 100k contacts
/// a restore took as long with 16 MiB as with 1 GiB. The screen opens this way too: it reads
/// the whole search table at start, and would otherwise keep those pages all day.
pub const WRITE_CACHE: usize = 16 << 20;

/// The page cache of the screen's store. The screen reads the whole search table once at
/// start, and its later reads (a contact, a timeline page) and writes (a note) touch a few
/// pages each, which the system's file cache serves as well: at a million contacts a 16 MiB
/// cache was 14 MiB of the screen's resident memory, held all day for nothing.
pub const SCREEN_CACHE: usize = 2 << 20;

/// Opens an existing file for writing; never creates one, so a reopen after the file was
/// deleted fails instead of starting an empty notebook. A `gate` (only the tests give one)
/// is asked before every write and sync.
pub(super) fn open_writable(
    path: &Path,
    patience: &Patience,
    gate: Option<&Arc<dyn DiskGate>>,
    cache: usize,
) -> std::result::Result<Database, DatabaseError> {
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)?;
    let backend = match gate {
        Some(gate) => Patient::gated(file, patience.clone(), gate.clone())?,
        None => Patient::new(file, patience.clone())?,
    };
    let mut builder = builder();
    builder.set_cache_size(cache);
    builder.create_with_backend(backend)
}

impl Store {
    /// Opens the notebook at `path` for reading and writing, creating it (mode 0600, parent
    /// folders too) if it is missing.
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_with_progress(path, &mut |_, _| {})
    }

    /// As [`Store::open`]; an older notebook is brought up to date first, and `progress` hears
    /// (done, total) while that builds an index. A notebook from a newer kith is refused before
    /// anything touches the file.
    pub fn open_with_progress(path: &Path, progress: &mut dyn FnMut(u64, u64)) -> Result<Store> {
        Self::open_waiting(path, DEFAULT_WAIT, progress)
    }

    /// As [`Store::open_with_progress`], waiting at most `wait` for another kith process that
    /// is writing, to open and later to write.
    pub fn open_waiting(
        path: &Path,
        wait: Duration,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<Store> {
        Self::open_waiting_caching(path, wait, WRITE_CACHE, progress)
    }

    /// [`Store::open_waiting`] for the screen, which keeps the store open all day: redb keeps
    /// at most [`SCREEN_CACHE`] bytes of pages.
    pub fn open_for_the_screen(
        path: &Path,
        wait: Duration,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<Store> {
        Self::open_waiting_caching(path, wait, SCREEN_CACHE, progress)
    }

    fn open_waiting_caching(
        path: &Path,
        wait: Duration,
        cache: usize,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<Store> {
        let io = |source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        };
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        if !path.exists() {
            match create_private_file(path) {
                // Another kith created it a moment ago: open theirs.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                other => other.map_err(io)?,
            }
        } else if path.is_dir() {
            return Err(folder(path));
        } else if std::fs::metadata(path).map_err(io)?.len() > 0 {
            // Opening for writing marks the file; a newer kith's notebook must stay untouched.
            refuse_newer_schema(path)?;
        }
        let patience = Patience::new(wait);
        // redb may panic opening a file damaged outside it; see contain.rs.
        let db = contain::open(path, || open_writable(path, &patience, None, cache))?
            .map_err(|e| open_error(path, e, Some(wait)))?;
        schema::check_or_init(&db, path, progress)?;
        let reopen_path = path.to_path_buf();
        let reopen_patience = patience.clone();
        let opener: Opener = Box::new(move || {
            open_writable(&reopen_path, &reopen_patience, None, cache).map(Open::Writable)
        });
        Ok(Store::assemble(Open::Writable(db), path, opener, patience))
    }

    /// Opens the notebook at `path` for reading only: the file's bytes and times stay as they
    /// are, it may be read-only on disk, and other kith processes may be writing it meanwhile.
    /// A notebook not made yet reads as an empty one, and nothing is created.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        Self::open_read_only_caching(path, None)
    }

    /// [`Store::open_read_only`] for a one-shot command: redb keeps at most
    /// [`ONE_READ_CACHE`] bytes of pages, so the command's memory does not grow with the
    /// notebook it walks.
    pub fn open_for_a_read(path: &Path) -> Result<Store> {
        Self::open_read_only_caching(path, Some(ONE_READ_CACHE))
    }

    fn open_read_only_caching(path: &Path, cache: Option<usize>) -> Result<Store> {
        let builder = move || {
            let mut builder = builder();
            if let Some(bytes) = cache {
                builder.set_cache_size(bytes);
            }
            builder
        };
        if !path.exists() {
            return Self::empty(path);
        }
        if path.is_dir() {
            return Err(folder(path));
        }
        let db = match contain::open(path, || builder().open_read_only(path))? {
            // The last writer stopped without closing (killed, or the machine went down), and
            // redb lets no reader in until a writer repairs the file. Where the file may be
            // written, repair it now, as the next writer would, rather than fail every reader
            // until then.
            Err(DatabaseError::RepairAborted) if repair_after_crash(path) => {
                contain::open(path, || builder().open_read_only(path))?
            }
            opened => opened,
        }
        .map_err(|e| open_error(path, e, None))?;
        match contain::contain(|| schema::read_version(&db.begin_read()?, path))? {
            found if found > schema::CURRENT => {
                return Err(StoreError::NewerSchema {
                    path: path.to_path_buf(),
                    found,
                    supported: schema::CURRENT,
                });
            }
            found if found < schema::CURRENT => {
                return Err(StoreError::OlderSchema {
                    path: path.to_path_buf(),
                    found,
                });
            }
            _ => {}
        }
        let reopen_path = path.to_path_buf();
        let opener: Opener =
            Box::new(move || builder().open_read_only(&reopen_path).map(Open::ReadOnly));
        Ok(Store::assemble(
            Open::ReadOnly(db),
            path,
            opener,
            Patience::new(Duration::ZERO),
        ))
    }

    /// An empty notebook in memory, standing for one at `path` that does not exist yet.
    fn empty(path: &Path) -> Result<Store> {
        // Nothing else can share a notebook in memory, so it needs no shared mode (nor locks,
        // which redb's memory backend does not have).
        let open = || {
            Database::builder()
                .create_with_backend(redb::backends::InMemoryBackend::new())
                .map(Open::Writable)
        };
        Self::open_through(path, Box::new(open), Patience::new(Duration::ZERO))
    }

    /// A writable store on whatever `open` opens, made a notebook of the current schema; `open`
    /// is called again whenever the store reopens after an I/O error.
    pub(super) fn open_through(path: &Path, open: Opener, patience: Patience) -> Result<Store> {
        let db = match open().map_err(error::from_database_error)? {
            Open::Writable(db) => db,
            Open::ReadOnly(_) => return Err(StoreError::OpenedReadOnly),
        };
        schema::check_or_init(&db, path, &mut |_, _| {})?;
        Ok(Store::assemble(Open::Writable(db), path, open, patience))
    }

    fn assemble(db: Open, path: &Path, opener: Opener, patience: Patience) -> Store {
        let store = Store {
            db: Handle::new(db, opener),
            path: path.to_path_buf(),
            identity: FileIdentity::of(path),
            patience,
            commits_seen: AtomicU64::new(0),
            history_steps: AtomicU64::new(super::steps::DEFAULT_STEPS),
        };
        // The count as of opening: only commits after it are news.
        let _ = store.changed_elsewhere();
        store
    }
}

/// Opens the file for writing, which repairs it, and closes it again; whether that worked.
fn repair_after_crash(path: &Path) -> bool {
    let repaired = contain::open(path, || {
        open_writable(path, &Patience::new(DEFAULT_WAIT), None, WRITE_CACHE)
            .and_then(Database::close)
    });
    matches!(repaired, Ok(Ok(())))
}

fn folder(path: &Path) -> StoreError {
    StoreError::NotANotebook {
        path: path.to_path_buf(),
        reason: crate::say!("store-is-a-folder"),
    }
}

/// Refuses a notebook written by a newer kith, reading it without changing a byte. A file that
/// cannot be read this way is left to the writable open, which says what is wrong with it.
fn refuse_newer_schema(path: &Path) -> Result<()> {
    let Ok(Ok(db)) = contain::open(path, || builder().open_read_only(path)) else {
        return Ok(());
    };
    let found = contain::contain(|| schema::read_version(&db.begin_read()?, path)).unwrap_or(0);
    if found > schema::CURRENT {
        return Err(StoreError::NewerSchema {
            path: path.to_path_buf(),
            found,
            supported: schema::CURRENT,
        });
    }
    Ok(())
}

/// What an open that redb refused means for the person.
/// `writing`: how long a writable open waited for its turn; `None` for a read-only open.
fn open_error(path: &Path, e: DatabaseError, writing: Option<Duration>) -> StoreError {
    match e {
        DatabaseError::DatabaseAlreadyOpen => StoreError::AlreadyOpen {
            path: path.to_path_buf(),
        },
        DatabaseError::Storage(redb::StorageError::Io(source))
            if source.kind() == std::io::ErrorKind::TimedOut =>
        {
            StoreError::Busy {
                waited: writing.unwrap_or_default(),
            }
        }
        DatabaseError::Storage(redb::StorageError::Io(source))
            if writing.is_some()
                && matches!(
                    source.kind(),
                    std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
                ) =>
        {
            StoreError::NotWritable {
                path: path.to_path_buf(),
            }
        }
        DatabaseError::Storage(redb::StorageError::Io(source))
            if !matches!(
                source.kind(),
                std::io::ErrorKind::InvalidData | std::io::ErrorKind::UnexpectedEof
            ) =>
        {
            StoreError::Io {
                path: path.to_path_buf(),
                source,
            }
        }
        DatabaseError::RepairAborted => StoreError::NeedsRecovery {
            path: path.to_path_buf(),
        },
        other => StoreError::NotANotebook {
            path: path.to_path_buf(),
            reason: other.to_string(),
        },
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
