//! SIGTERM, SIGHUP and SIGINT while the screen is open: stop cleanly, and keep the draft even
//! when the loop cannot answer.

use super::crash::{self, Shared};
use super::draft_keeper;
use crate::store::Store;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// On SIGTERM, SIGHUP or SIGINT, asks the event loop to stop (it keeps the draft and restores
/// the terminal). A terminal that hung up can leave the input reader blocked so the loop never
/// looks; then this thread keeps the editor's text itself and leaves.
pub(super) fn watch_signals(
    signals: &mut signal_hook::iterator::Signals,
    store: &Store,
    shared: &Shared,
) {
    if signals.forever().next().is_none() {
        return; // closed: the loop ended on its own
    }
    shared.stop.store(true, Ordering::Release);
    let deadline = Instant::now() + Duration::from_secs(1);
    while Instant::now() < deadline {
        if shared.finished.load(Ordering::Acquire) {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    if shared.finished.load(Ordering::Acquire) {
        return;
    }
    if let Some(keep) = shared.keeper.latest() {
        let _ = draft_keeper::keep_draft(store, keep);
    }
    crash::restore_terminal();
    std::process::exit(1);
}
