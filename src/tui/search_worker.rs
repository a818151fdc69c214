//! The search thread: keeps the contact index in memory and answers only the newest query, so
//! typing never waits for matching and the list shows the previous results until new ones come.
//! It also reads the whole contact list again when contacts change (here, or in another kith
//! process), which at 100k contacts takes longer than a frame.

use super::action::Report;
use super::effects::search;
use crate::search::index::ContactIndex;
use crate::store::Store;
use chrono::NaiveDate;
use std::sync::mpsc::{Receiver, Sender};

pub enum Request {
    Search {
        generation: u64,
        query: String,
        today: NaiveDate,
    },
    /// Contacts changed: read the index again before the next search.
    Refresh,
    /// Import a file or folder, then read the index again.
    Import(std::path::PathBuf),
    /// Read the sorted list of every contact (answered with `ListLoaded`).
    List {
        select: Option<crate::domain::ContactId>,
        generation: u64,
    },
}

/// Serves requests until the sending side is dropped.
pub fn serve(store: &Store, requests: Receiver<Request>, results: Sender<Report>) {
    let mut index: Option<ContactIndex> = None;
    loop {
        // Read the index while nobody is waiting (at start, and after contacts or notes
        // changed), so a keystroke does not wait for it.
        if index.is_none() {
            index = ContactIndex::build(store).ok();
            give_back_freed_memory();
        }
        let Ok(first) = requests.recv() else { return };
        let mut newest = None;
        for request in std::iter::once(first).chain(requests.try_iter()) {
            match request {
                Request::Refresh => index = None,
                Request::Import(path) => {
                    let report = |step: String| {
                        let _ = results.send(Report::ImportProgress(step));
                    };
                    let result = super::effects::import(store, &path, &report);
                    index = None;
                    if results.send(Report::Imported(result)).is_err() {
                        return;
                    }
                }
                Request::List { select, generation } => {
                    let report = super::effects::load_list(store, select, generation, None)
                        .unwrap_or_else(Report::Failed);
                    give_back_freed_memory();
                    if results.send(report).is_err() {
                        return;
                    }
                }
                search @ Request::Search { .. } => newest = Some(search),
            }
        }
        if let Some(Request::Search {
            generation,
            query,
            today,
        }) = newest
        {
            crate::guard::test_panic_point("search");
            let outcome = search(store, &mut index, &query, today);
            if results
                .send(Report::SearchResults {
                    generation,
                    outcome,
                })
                .is_err()
            {
                return;
            }
        }
    }
}

/// Hands the memory freed while reading the index or the list back to the system: the rows
/// read one at a time leave free pages in this thread's heap that the allocator keeps
/// otherwise (some 10 MB at a million contacts).
fn give_back_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory of the allocator's own heaps.
    unsafe {
        libc::malloc_trim(0);
    }
}
