//! Keeping redb's panics inside the store. redb trusts a file it shut down cleanly: on a page
//! damaged outside it (a disk error, a bad copy) some reads hit `unreachable!` or an
//! out-of-bounds slice instead of returning `StorageError::Corrupted`. A notebook command must
//! report a damaged file, not crash on it, so every store entry point that reads or writes
//! through redb runs inside [`contain`], which turns such a panic into [`StoreError::Damaged`].

use super::{Result, StoreError};
use std::cell::{Cell, RefCell};
use std::panic::{AssertUnwindSafe, PanicHookInfo};
use std::sync::Once;

thread_local! {
    /// How deep this thread is in `contain` calls: a panic there is reported as an error, so the
    /// default "thread panicked" message must not be printed too.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// What the contained panic said, kept for the error message.
    static MESSAGE: RefCell<Option<String>> = const { RefCell::new(None) };
}

static HOOK: Once = Once::new();

/// Whether this thread is inside [`contain`]: a panic hook installed after the store's (the
/// screen restores the terminal on a panic) should let such a panic pass untouched, since it
/// becomes an ordinary error.
pub fn is_containing() -> bool {
    DEPTH.with(Cell::get) > 0
}

fn install_hook() {
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info: &PanicHookInfo<'_>| {
            if is_containing() {
                let text = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| crate::say!("store-page-unreadable"));
                let said = match info.location() {
                    Some(l) => crate::say!(
                        "store-redb-stopped-at",
                        why = text,
                        file = short_file(l.file()),
                        line = l.line()
                    ),
                    None => crate::say!("store-redb-stopped", why = text),
                };
                MESSAGE.with(|m| *m.borrow_mut() = Some(said));
            } else {
                previous(info);
            }
        }));
    });
}

/// The crate-relative part of a source path, e.g. `tree_store/btree.rs`.
fn short_file(file: &str) -> &str {
    file.rsplit_once("/src/").map_or(file, |(_, rest)| rest)
}

/// Runs `f`, turning a panic inside it into [`StoreError::Damaged`].
pub(crate) fn contain<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
    install_hook();
    DEPTH.with(|d| d.set(d.get() + 1));
    let result = std::panic::catch_unwind(AssertUnwindSafe(f));
    DEPTH.with(|d| d.set(d.get() - 1));
    result.unwrap_or_else(|_| {
        let message = MESSAGE
            .with(|m| m.borrow_mut().take())
            .unwrap_or_else(|| crate::say!("store-redb-stopped-on-a-page"));
        Err(StoreError::Damaged(message))
    })
}

/// Runs one of redb's opens, which trusts a file shut down cleanly and may panic on one damaged
/// since: such a panic becomes "not a kith notebook or damaged", like any other unreadable file.
pub(crate) fn open<T, E>(
    path: &std::path::Path,
    f: impl FnOnce() -> std::result::Result<T, E>,
) -> Result<std::result::Result<T, E>> {
    contain(|| Ok(f())).map_err(|e| StoreError::NotANotebook {
        path: path.to_path_buf(),
        reason: match e {
            StoreError::Damaged(why) => why,
            other => other.to_string(),
        },
    })
}

impl super::Store {
    /// Closes the notebook. redb's close commits its bookkeeping of freed pages, which reads
    /// pages too: on a damaged file that can panic after a command has done its work, so the
    /// close is contained like every other call and reported as damage.
    pub fn close(self) -> Result<()> {
        self.shut()
    }

    /// As [`Store::close`], for a store other threads still share (the screen's): their next
    /// read or write fails as closed.
    pub fn shut(&self) -> Result<()> {
        contain(|| {
            self.db.shut().map_err(|e| match e {
                redb::DatabaseError::Storage(redb::StorageError::Corrupted(why)) => {
                    StoreError::Damaged(why)
                }
                other => StoreError::Storage(other.to_string()),
            })
        })
    }
}
