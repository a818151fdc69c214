//! One sync: find the address book (once; kept in the notebook), pull what the server changed
//! (`pull.rs`), then push what changed here (`push.rs`). A sync with nothing to do is one REPORT.

use super::pull::pull;
use super::push::href_for;
use super::push::push;
use super::remote::Remote;
use super::report::Synced;
use super::{Account, CONTACTS, SyncError};
use crate::domain::ContactId;
use crate::store::{Store, SyncCollection, SyncItem, SyncKind, Writer};
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
                for id in w.start_sync()? {
                    own_uid(w, &book.href, id)?;
                }
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

/// A contact that came with its own UID (an import) is known by it from the first sync: the
/// same person imported into two notebooks is one card, not two (a conflict when they differ).
fn own_uid(w: &mut Writer<'_>, book: &str, id: u64) -> crate::store::Result<()> {
    let contact = w.contact(ContactId(id))?;
    let Some(uid) = crate::interop::vcard::uid_of(&contact) else {
        return Ok(());
    };
    if uid.is_empty() || uid.starts_with("urn:kith:contact:") || w.sync_record_of(&uid)?.is_some() {
        return Ok(());
    }
    let item = SyncItem {
        href: href_for(book, &uid),
        uid,
        etag: String::new(),
        agreed: 0,
    };
    w.put_sync_item(SyncKind::Contact, id, &item)
}
