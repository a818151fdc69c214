//! Undo and redo for the rest of kith: each runs in one write transaction like any change
//! (waiting its turn behind another process's write), and the history is read in one read
//! transaction. The history itself is `steps.rs`; how a writer keeps and replays it is
//! `write/journal.rs` and `write/replay.rs`.

use super::steps::{self, DONE_KEY, HistoryStep, Pending, Replayed};
use super::tables::{HISTORY, META};
use super::{Result, Store, contain};
use redb::ReadableTable;
use std::sync::atomic::Ordering;

impl Store {
    /// How many steps the undo history keeps; 0 records none.
    pub fn set_history_steps(&self, steps: u64) {
        self.history_steps.store(steps, Ordering::Relaxed);
    }

    /// Takes the last change back, unless a record it touched changed since.
    pub fn undo(&self) -> Result<Replayed> {
        self.write(|w| w.replay(false, None))
    }

    /// Does the last change undone again, unless a record it touched changed since.
    pub fn redo(&self) -> Result<Replayed> {
        self.write(|w| w.replay(true, None))
    }

    /// Replays the step shown before asking (`forward`: redoes it), unless another process
    /// undid, redid or changed something since, so it is no longer the next one
    /// ([`Replayed::Moved`]).
    pub fn replay_shown(&self, pending: &Pending, forward: bool) -> Result<Replayed> {
        self.write(|w| w.replay(forward, Some(pending.step)))
    }

    /// The step an undo (`forward`: a redo) would replay next, to say what it is before
    /// doing it; `None` when there is nothing to undo (or redo).
    pub fn next_step(&self, forward: bool) -> Result<Option<Pending>> {
        contain::contain(|| {
            let read = self.db.begin_read()?;
            let done = steps_done(&read)?;
            let step = if forward { done + 1 } else { done };
            if step == 0 {
                return Ok(None);
            }
            let table = match read.open_table(HISTORY) {
                Ok(table) => table,
                Err(redb::TableError::TableDoesNotExist(_)) => return Ok(None),
                Err(e) => return Err(e.into()),
            };
            let Some(head) = table.get((step, 0))? else {
                return Ok(None);
            };
            let head = steps::decode_head(head.value()).map_err(|e| corrupt(step, e))?;
            Ok(Some(Pending {
                step,
                what: head.what,
            }))
        })
    }

    /// The newest `limit` steps of the history, newest first: the undone ones (which redo
    /// would do again) above the done ones.
    pub fn history(&self, limit: usize) -> Result<Vec<HistoryStep>> {
        contain::contain(|| {
            let read = self.db.begin_read()?;
            let done = steps_done(&read)?;
            let table = match read.open_table(HISTORY) {
                Ok(table) => table,
                Err(redb::TableError::TableDoesNotExist(_)) => return Ok(Vec::new()),
                Err(e) => return Err(e.into()),
            };
            let mut out = Vec::new();
            for row in table.iter()?.rev() {
                if out.len() >= limit {
                    break;
                }
                let (key, value) = row?;
                let (step, part) = key.value();
                if part != 0 {
                    continue;
                }
                let head = steps::decode_head(value.value()).map_err(|e| corrupt(step, e))?;
                out.push(HistoryStep {
                    what: head.what,
                    undone: step > done,
                });
            }
            Ok(out)
        })
    }
}

fn corrupt(step: u64, e: super::codec::CodecError) -> super::StoreError {
    super::StoreError::Corrupt {
        table: "undo_history_v1",
        key: step.to_string(),
        reason: e.to_string(),
    }
}

/// The number of the last step done, as a reader sees it (none in a notebook never changed).
fn steps_done(read: &redb::ReadTransaction) -> Result<u64> {
    match read.open_table(META) {
        Ok(meta) => Ok(meta.get(DONE_KEY)?.map_or(0, |v| v.value())),
        Err(redb::TableError::TableDoesNotExist(_)) => Ok(0),
        Err(e) => Err(e.into()),
    }
}
