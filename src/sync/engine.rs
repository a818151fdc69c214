//! One sync: find the address book (once; kept in the notebook), pull what the server changed
//! (`pull.rs`), then push what changed here (`push.rs`). A sync with nothing to do is one REPORT.

use super::pull::pull;
use super::push::push;
use super::remote::Remote;
use super::report::Synced;
use super::{Account, CONTACTS, SyncError};
use crate::store::{Store, SyncCollection};
use chrono::NaiveDateTime;

/// Syncs the notebook's contacts with the account's address book.
pub fn sync(store: &Store, account: &Account, now: NaiveDateTime) -> Result<Synced, SyncError> {
    let remote = Remote::connect(account)?;
    let mut synced = Synced::default();
    let book = match store.sync_collection(CONTACTS)? {
        Some(book) => book,
        None => {
            let book = SyncCollection {
                href: remote.address_book()?,
                token: String::new(),
            };
            store.write(|w| {
                w.without_history();
                w.start_sync()?;
                w.set_sync_collection(CONTACTS, &book)
            })?;
            book
        }
    };
    let result = pull(store, &remote, &book, now, &mut synced)
        .and_then(|()| push(store, &remote, &book.href, now, &mut synced));
    synced.requests = remote.requests();
    result.map(|()| synced)
}
