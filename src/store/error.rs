//! The store's own error type: redb's errors never leave `store/`.

use crate::domain::{ContactId, ContactProblem, Invalid};
use std::path::PathBuf;

#[derive(Debug)]
pub enum StoreError {
    AlreadyOpen {
        path: PathBuf,
    },
    NotANotebook {
        path: PathBuf,
        reason: String,
    },
    NewerSchema {
        path: PathBuf,
        found: u64,
        supported: u64,
    },
    OlderSchema {
        path: PathBuf,
        found: u64,
    },
    Missing {
        path: PathBuf,
    },
    NeedsRecovery {
        path: PathBuf,
    },
    NotWritable {
        path: PathBuf,
    },
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    Corrupt {
        table: &'static str,
        key: String,
        reason: String,
    },
    NotFound {
        what: &'static str,
        id: u64,
    },
    UnknownContact(String),
    Ambiguous {
        query: String,
        candidates: Vec<(ContactId, String)>,
    },
    Invalid(Invalid),
    Disk(DiskProblem),
    Busy {
        waited: std::time::Duration,
    },
    OpenedReadOnly,
    Storage(String),
    /// The file itself is damaged where redb keeps its pages, beyond one record.
    Damaged(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::say;
        let shown = |path: &PathBuf| path.display().to_string();
        f.write_str(&match self {
            StoreError::AlreadyOpen { path } => say!("store-already-open", path = shown(path)),
            StoreError::NotANotebook { path, reason } => {
                say!(
                    "store-not-a-notebook",
                    path = shown(path),
                    reason = reason.as_str()
                )
            }
            StoreError::NewerSchema {
                path,
                found,
                supported,
            } => say!(
                "store-newer-schema",
                path = shown(path),
                found = found.to_string(),
                supported = supported.to_string()
            ),
            StoreError::OlderSchema { path, found } => {
                say!(
                    "store-older-schema",
                    path = shown(path),
                    found = found.to_string()
                )
            }
            StoreError::Missing { path } => say!("store-missing", path = shown(path)),
            StoreError::NeedsRecovery { path } => say!("store-needs-recovery", path = shown(path)),
            StoreError::NotWritable { path } => say!("store-not-writable", path = shown(path)),
            StoreError::Io { path, .. } => say!("store-cannot-open", path = shown(path)),
            StoreError::Corrupt { table, key, reason } => say!(
                "store-damaged-record",
                table = *table,
                key = key.as_str(),
                reason = reason.as_str()
            ),
            StoreError::NotFound { what, id } => {
                say!("store-not-found", what = *what, id = id.to_string())
            }
            StoreError::UnknownContact(query) => {
                say!("store-unknown-contact", query = query.as_str())
            }
            StoreError::Ambiguous { query, candidates } => say!(
                "store-ambiguous",
                query = query.as_str(),
                count = candidates.len(),
                list = list_candidates(candidates)
            ),
            StoreError::Invalid(invalid) => return invalid.fmt(f),
            StoreError::Disk(problem) => return problem.fmt(f),
            StoreError::Busy { waited } => busy(*waited),
            StoreError::OpenedReadOnly => say!("store-opened-read-only"),
            StoreError::Storage(why) => say!("store-storage", why = why.as_str()),
            StoreError::Damaged(why) => say!("store-damaged-file", why = why.as_str()),
        })
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl From<Invalid> for StoreError {
    fn from(invalid: Invalid) -> Self {
        StoreError::Invalid(invalid)
    }
}

/// A record a read left out because it is damaged: where it is and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Skipped {
    pub table: &'static str,
    pub key: String,
    pub reason: String,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::say!(
            "store-damaged-record",
            table = self.table,
            key = self.key.as_str(),
            reason = self.reason.as_str()
        ))
    }
}

impl From<StoreError> for Skipped {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Corrupt { table, key, reason } => Skipped { table, key, reason },
            // An index row names a record that is not there: the index is what is damaged.
            StoreError::NotFound { what, id } => Skipped {
                table: match what {
                    "contact" => "contacts_v1",
                    "interaction" => "interactions_v1",
                    "follow-up" => "followups_v1",
                    other => other,
                },
                key: id.to_string(),
                reason: crate::say!("store-index-names-a-missing-record"),
            },
            other => Skipped {
                table: "?",
                key: String::new(),
                reason: other.to_string(),
            },
        }
    }
}

/// Why the notebook file could not be read or written, in the user's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiskProblem {
    Full,
    ReadOnly,
    TooLarge,
    /// The file was deleted or replaced while kith had it open: writes would go nowhere.
    Gone,
    /// An earlier I/O error closed the notebook; the next write opens it again.
    Closed,
    Other(String),
}

impl std::fmt::Display for DiskProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            DiskProblem::Full => crate::say!("store-disk-full"),
            DiskProblem::ReadOnly => crate::say!("store-disk-read-only"),
            DiskProblem::TooLarge => crate::say!("store-disk-size-limit"),
            DiskProblem::Gone => crate::say!("store-disk-file-gone"),
            DiskProblem::Closed => crate::say!("store-disk-closed"),
            DiskProblem::Other(e) => crate::say!("store-disk-other", error = e.as_str()),
        })
    }
}

impl DiskProblem {
    pub fn of(e: &std::io::Error) -> DiskProblem {
        use std::io::ErrorKind::*;
        match e.kind() {
            StorageFull | QuotaExceeded => DiskProblem::Full,
            ReadOnlyFilesystem | PermissionDenied => DiskProblem::ReadOnly,
            FileTooLarge => DiskProblem::TooLarge,
            NotFound => DiskProblem::Gone,
            _ => DiskProblem::Other(e.to_string()),
        }
    }
}

impl StoreError {
    /// The notebook may be read but not written (permissions, a read-only mount).
    pub fn is_not_writable(&self) -> bool {
        matches!(
            self,
            StoreError::NotWritable { .. } | StoreError::Disk(DiskProblem::ReadOnly)
        )
    }

    /// The disk problem behind this error, if it is one: the caller keeps the user's text and
    /// says what happened.
    pub fn disk_problem(&self) -> Option<&DiskProblem> {
        match self {
            StoreError::Disk(p) => Some(p),
            _ => None,
        }
    }
}

/// Where a table stopped being readable: everything before `last` was read.
pub(super) fn unreadable_after(
    table: &'static str,
    last: Option<String>,
    e: impl Into<StoreError>,
) -> Skipped {
    let why = match e.into() {
        StoreError::Damaged(why) => why,
        other => other.to_string(),
    };
    Skipped {
        table,
        key: match last {
            Some(key) => crate::say!("store-key-after", key = key),
            None => crate::say!("store-key-first"),
        },
        reason: crate::say!("store-rest-unreadable", why = why),
    }
}

fn from_redb(e: redb::Error) -> StoreError {
    match e {
        redb::Error::Io(io) => StoreError::Disk(DiskProblem::of(&io)),
        redb::Error::PreviousIo | redb::Error::DatabaseClosed => {
            StoreError::Disk(DiskProblem::Closed)
        }
        redb::Error::Corrupted(what) => StoreError::Damaged(what),
        other => StoreError::Storage(other.to_string()),
    }
}

/// An error from (re)opening a database file whose path the caller already checked.
pub(super) fn from_database_error(e: redb::DatabaseError) -> StoreError {
    match e {
        redb::DatabaseError::Storage(redb::StorageError::Io(io)) => {
            StoreError::Disk(DiskProblem::of(&io))
        }
        other => StoreError::Storage(other.to_string()),
    }
}

fn list_candidates(candidates: &[(ContactId, String)]) -> String {
    candidates
        .iter()
        .map(|(id, name)| format!("  {:>6}  {}", id.0, crate::domain::text::display_line(name)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A contact that breaks a rule is refused with the rule's words, as any invalid value is.
impl From<ContactProblem> for StoreError {
    fn from(problem: ContactProblem) -> Self {
        StoreError::Invalid(problem.into())
    }
}

impl From<redb::StorageError> for StoreError {
    fn from(e: redb::StorageError) -> Self {
        from_redb(e.into())
    }
}

macro_rules! storage_error_from {
    ($($t:ty),*) => {$(
        impl From<$t> for StoreError {
            fn from(e: $t) -> Self {
                from_redb(e.into())
            }
        }
    )*};
}

storage_error_from!(
    redb::TransactionError,
    redb::TableError,
    redb::CommitError,
    redb::SetDurabilityError
);

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// What a writer that waited `waited` for another kith process is told, wherever the wait ran
/// out (the backend's lock or a write transaction): the seconds to a tenth.
pub(crate) fn busy(waited: std::time::Duration) -> String {
    crate::say!(
        "store-busy",
        seconds = format!("{:.1}", waited.as_secs_f64())
    )
}
