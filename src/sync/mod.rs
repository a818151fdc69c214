//! Two-way sync with a CardDAV/CalDAV server (`kith sync`). This slice syncs contacts with the
//! account's address book; the store's sync tables are keyed by a record's kind, so follow-ups
//! (VTODO) and occasions (VEVENT) in a calendar and notes (VJOURNAL) come next in the same shape.
//!
//! - `account`: the server, user and password (from a command or `KITH_SYNC_PASSWORD`, never
//!   stored by kith), from the options or the config's `[sync]`.
//! - `remote`: libdav on a small current-thread runtime, the one place kith speaks HTTP;
//!   `discovery`: the address book from a server or principal URL, made when there is none.
//! - `card`: a contact as a vCard with kith's fields as `X-KITH-` properties, and back.
//! - `engine`: a pull (what the server changed since the last sync-token, fetched in batches)
//!   then a push (what changed here, from the queue the writer keeps), each outcome committed as
//!   it comes, so a sync killed at any point resumes without losing or doubling anything.
//! - `conflicts`: a contact changed on both sides keeps both; `kith sync --resolve` chooses.

mod account;
mod card;
mod conflicts;
mod discovery;
mod engine;
mod pull;
mod push;
mod remote;
mod report;

pub use account::{Account, AccountArgs};
pub use conflicts::{Conflict, Keep, conflicts, resolve};
pub use engine::sync;
pub use remote::Remote;
pub use report::Synced;

use crate::say;
use crate::store::StoreError;

/// Why a sync stopped; its text is what the person is told.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("{}", say!("sync-no-account"))]
    NoAccount,
    #[error("{}", say!("sync-no-password", user = user.as_str()))]
    NoPassword { user: String },
    #[error("{}", say!("sync-password-failed", command = command.as_str(), error = error.as_str()))]
    PasswordCommand { command: String, error: String },
    #[error("{}", say!("sync-bad-url", url = url.as_str()))]
    BadUrl { url: String },
    #[error("{}", say!("sync-wrong-credentials", url = url.as_str()))]
    WrongCredentials { url: String },
    #[error("{}", say!("sync-unreachable", url = url.as_str(), error = error.as_str()))]
    Unreachable { url: String, error: String },
    #[error("{}", say!("sync-no-address-book", url = url.as_str()))]
    NoAddressBook { url: String },
    #[error("{}", say!("sync-server", url = url.as_str(), said = said.as_str()))]
    Server { url: String, said: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl SyncError {
    pub(crate) fn unreachable(url: &str, error: String) -> SyncError {
        SyncError::Unreachable {
            url: url.to_string(),
            error,
        }
    }
}

/// The address book's role in the store's collections table.
pub const CONTACTS: &str = "contacts";
