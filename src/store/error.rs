//! The store's own error type: redb's errors never leave `store/`.

use crate::domain::{ContactId, ContactProblem, Invalid};
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "{} is open in a program that keeps it to itself (an older kith?); close that first",
        path.display()
    )]
    AlreadyOpen { path: PathBuf },
    #[error("{} is not a kith notebook or is damaged: {reason}", path.display())]
    NotANotebook { path: PathBuf, reason: String },
    #[error(
        "{} was written by a newer kith (notebook schema {found}; this kith reads schema {supported} and older): update kith to open it",
        path.display()
    )]
    NewerSchema {
        path: PathBuf,
        found: u64,
        supported: u64,
    },
    #[error(
        "{} was written by an older kith (notebook schema {found}): open it once with `kith` or any command that writes to bring it up to date",
        path.display()
    )]
    OlderSchema { path: PathBuf, found: u64 },
    #[error(
        "there is no notebook at {} yet: `kith add NAME` or `kith` creates it",
        path.display()
    )]
    Missing { path: PathBuf },
    #[error(
        "{} was not closed cleanly (kith or the machine stopped while writing): the next command that writes, or opening `kith`, repairs it",
        path.display()
    )]
    NeedsRecovery { path: PathBuf },
    #[error(
        "{} can only be read here (no permission to write it, or a read-only disk): commands that only read it work",
        path.display()
    )]
    NotWritable { path: PathBuf },
    #[error("cannot open {}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("damaged record in {table}, key {key}: {reason}")]
    Corrupt {
        table: &'static str,
        key: String,
        reason: String,
    },
    #[error("no {what} has id {id}")]
    NotFound { what: &'static str, id: u64 },
    #[error("no contact matches '{0}'")]
    UnknownContact(String),
    #[error("'{query}' matches {} contacts:\n{}\nname one of them by its id", candidates.len(), list_candidates(candidates))]
    Ambiguous {
        query: String,
        candidates: Vec<(ContactId, String)>,
    },
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error("{0}")]
    Disk(DiskProblem),
    #[error(
        "another kith process kept the notebook busy for {} s",
        waited.as_secs_f64()
    )]
    Busy { waited: std::time::Duration },
    #[error("the notebook is open for reading only")]
    OpenedReadOnly,
    #[error("storage error: {0}")]
    Storage(String),
    /// The file itself is damaged where redb keeps its pages, beyond one record.
    #[error("the notebook file is damaged ({0}): run `kith check`")]
    Damaged(String),
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
        write!(
            f,
            "damaged record in {}, key {}: {}",
            self.table, self.key, self.reason
        )
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
                reason: "an index names it, but the record is missing".into(),
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
        match self {
            DiskProblem::Full => f.write_str("disk full"),
            DiskProblem::ReadOnly => f.write_str("the notebook's disk is read-only"),
            DiskProblem::TooLarge => f.write_str("the notebook file reached the size limit"),
            DiskProblem::Gone => {
                f.write_str("the notebook file was moved or deleted while kith had it open")
            }
            DiskProblem::Closed => f.write_str("the notebook is closed after an I/O error"),
            DiskProblem::Other(e) => write!(f, "I/O error ({e})"),
        }
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
