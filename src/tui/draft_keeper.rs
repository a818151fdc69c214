//! The draft keeper: a thread that writes the notes editor's text to the notebook while the
//! person types, so a keystroke never waits for a disk and a kill loses at most the last moment.
//!
//! The event loop hands over the editor's text at most every [`KEEP_EVERY`] while changes keep
//! coming (a throttle, not a debounce: steady typing is kept too). Only the newest hand-over
//! waits; an older one still waiting is replaced, so a slow disk costs writes, never memory or
//! keystrokes. The keeper also holds the newest text the editor showed, for the panic hook and
//! the signal path, which write it to a rescue file when nothing else can.

use super::action::{KeepDraft, Report};
use crate::say;
use crate::store::Store;
use std::sync::mpsc::Sender;
use std::sync::{Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// How long an unsaved change may wait before it is handed to the keeper. Writing takes a few
/// milliseconds more, so a change reaches the disk well within a second.
pub const KEEP_EVERY: Duration = Duration::from_millis(400);

/// [`KEEP_EVERY`], unless `KITH_DRAFT_EVERY_MS` sets another period: the latency benchmark
/// compares typing with drafts written and with them held off.
pub fn keep_every() -> Duration {
    static EVERY: std::sync::OnceLock<Duration> = std::sync::OnceLock::new();
    *EVERY.get_or_init(|| {
        std::env::var("KITH_DRAFT_EVERY_MS")
            .ok()
            .and_then(|ms| ms.parse::<u64>().ok())
            .map_or(KEEP_EVERY, |ms| Duration::from_millis(ms.max(50)))
    })
}

#[derive(Default)]
pub struct DraftKeeper {
    slot: Mutex<Slot>,
    changed: Condvar,
}

#[derive(Default)]
struct Slot {
    /// The newest text handed over and not yet being written.
    pending: Option<KeepDraft>,
    /// A write is under way.
    busy: bool,
    /// No more hand-overs: write what is pending, then end.
    closing: bool,
    /// The editor's newest text, handed over or not (None when no editor is open).
    latest: Option<KeepDraft>,
}

impl DraftKeeper {
    fn slot(&self) -> std::sync::MutexGuard<'_, Slot> {
        self.slot.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Hands the editor's text over for writing; a hand-over still waiting is replaced.
    pub fn submit(&self, keep: KeepDraft) {
        let mut slot = self.slot();
        slot.pending = Some(keep);
        self.changed.notify_all();
    }

    /// Records what the editor shows now (None once it is closed).
    pub fn show(&self, latest: Option<KeepDraft>) {
        self.slot().latest = latest;
    }

    /// The editor's newest text, unless the keeper's lock is held by a thread that stopped
    /// while holding it (the panic hook must never wait).
    pub fn latest(&self) -> Option<KeepDraft> {
        match self.slot.try_lock() {
            Ok(slot) => slot.latest.clone(),
            Err(std::sync::TryLockError::Poisoned(p)) => p.into_inner().latest.clone(),
            Err(std::sync::TryLockError::WouldBlock) => None,
        }
    }

    /// Writes hand-overs until [`DraftKeeper::finish`] is called, reporting each outcome.
    pub fn serve(&self, store: &Store, results: Sender<Report>) {
        loop {
            let keep = {
                let mut slot = self.slot();
                while slot.pending.is_none() && !slot.closing {
                    slot = self
                        .changed
                        .wait(slot)
                        .unwrap_or_else(PoisonError::into_inner);
                }
                match slot.pending.take() {
                    Some(keep) => {
                        slot.busy = true;
                        keep
                    }
                    None => return,
                }
            };
            crate::guard::test_panic_point("keeper");
            let outcome = keep_draft(store, keep);
            let _ = results.send(outcome);
            self.slot().busy = false;
            self.changed.notify_all();
        }
    }

    /// Stops taking hand-overs and waits, at most `within`, until everything handed over is
    /// written. False when the time ran out.
    pub fn finish(&self, within: Duration) -> bool {
        let deadline = Instant::now() + within;
        let mut slot = self.slot();
        slot.closing = true;
        self.changed.notify_all();
        while slot.pending.is_some() || slot.busy {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            slot = self
                .changed
                .wait_timeout(slot, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        true
    }
}

/// How long a draft waits for another kith process that is writing.
const DRAFT_WAIT: std::time::Duration = std::time::Duration::from_secs(20);

/// Keeps the editor's text: in the notebook as a draft, or, when the notebook refuses it, in a
/// plain-text rescue file. Runs on the draft keeper's thread while the screen is open.
pub fn keep_draft(store: &Store, keep: KeepDraft) -> Report {
    let KeepDraft {
        mut draft,
        name,
        opened_at,
    } = keep;
    draft.saved_at = crate::clock::now();
    // Off the screen's thread, a draft can wait out another process's long write.
    let problem = match store.write_draft(DRAFT_WAIT, |w| w.save_draft(&draft)) {
        Ok(()) => return Report::DraftSaved,
        Err(e) => match e.disk_problem() {
            Some(problem) => problem.to_string(),
            None => say!("editor-draft-failed", error = e.to_string()),
        },
    };
    if draft.is_blank() {
        // Nothing typed to lose: only an older draft may linger.
        return Report::Failed(say!("editor-draft-not-cleared", problem = problem.as_str()));
    }
    let folders = crate::rescue::folders(store.path());
    let file = crate::rescue::file_name(store.path(), draft.contact.0, opened_at);
    match crate::rescue::write(&folders, &file, &crate::rescue::contents(&draft, &name)) {
        Ok(path) => Report::DraftRescued { problem, path },
        Err(_) => Report::DraftNotKept { problem },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Channel, ContactId, Draft};

    fn keep(text: &str) -> KeepDraft {
        KeepDraft {
            draft: Draft {
                contact: ContactId(1),
                channel: Channel::Call,
                at: String::new(),
                amount: String::new(),
                text: text.into(),
                saved_at: chrono::NaiveDateTime::default(),
                editing: None,
            },
            name: "Ana".into(),
            opened_at: chrono::NaiveDateTime::default(),
        }
    }

    #[test]
    fn only_the_newest_waiting_text_is_written() {
        let keeper = DraftKeeper::default();
        keeper.submit(keep("first"));
        keeper.submit(keep("second"));
        let slot = keeper.slot();
        assert_eq!(slot.pending.as_ref().unwrap().draft.text, "second");
    }

    #[test]
    fn finish_without_a_writer_gives_up_in_time() {
        let keeper = DraftKeeper::default();
        keeper.submit(keep("waiting"));
        assert!(!keeper.finish(Duration::from_millis(20)));
        let empty = DraftKeeper::default();
        assert!(empty.finish(Duration::from_millis(20)));
    }

    #[test]
    fn the_latest_text_is_there_for_the_panic_hook() {
        let keeper = DraftKeeper::default();
        assert!(keeper.latest().is_none());
        keeper.show(Some(keep("typed")));
        assert_eq!(keeper.latest().unwrap().draft.text, "typed");
    }
}
