//! The store's own error type: redb's errors never leave `store/`.

use crate::domain::{ContactId, Invalid};
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("kith is already open on {}", path.display())]
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
    #[error("cannot open {}: {source}", path.display())]
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
    #[error("storage error: {0}")]
    Storage(String),
}

fn list_candidates(candidates: &[(ContactId, String)]) -> String {
    candidates
        .iter()
        .map(|(id, name)| format!("  {:>6}  {}", id.0, crate::domain::text::display_line(name)))
        .collect::<Vec<_>>()
        .join("\n")
}

macro_rules! storage_error_from {
    ($($t:ty),*) => {$(
        impl From<$t> for StoreError {
            fn from(e: $t) -> Self {
                StoreError::Storage(e.to_string())
            }
        }
    )*};
}

storage_error_from!(
    redb::TransactionError,
    redb::TableError,
    redb::StorageError,
    redb::CommitError,
    redb::SetDurabilityError
);

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
