//! Undo and redo for the rest of kith: each runs in one write transaction like any change
//! (waiting its turn behind another process's write), and the history is read in one read
//! transaction. The history itself is `steps.rs`; how a writer keeps and replays it is
//! `write/journal.rs` and `write/replay.rs`.

use super::steps::{self, DONE_KEY, HistoryStep, Replayed};
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
        self.write(|w| w.replay(false))
    }

    /// Does the last change undone again, unless a record it touched changed since.
    pub fn redo(&self) -> Result<Replayed> {
        self.write(|w| w.replay(true))
    }

    /// The newest `limit` steps of the history, newest first: the undone ones (which redo
    /// would do again) above the done ones.
    pub fn history(&self, limit: usize) -> Result<Vec<HistoryStep>> {
        contain::contain(|| {
            let read = self.db.begin_read()?;
            let done = match read.open_table(META) {
                Ok(meta) => meta.get(DONE_KEY)?.map_or(0, |v| v.value()),
                Err(redb::TableError::TableDoesNotExist(_)) => 0,
                Err(e) => return Err(e.into()),
            };
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
                let head =
                    steps::decode_head(value.value()).map_err(|e| super::StoreError::Corrupt {
                        table: "undo_history_v1",
                        key: step.to_string(),
                        reason: e.to_string(),
                    })?;
                out.push(HistoryStep {
                    what: head.what,
                    undone: step > done,
                });
            }
            Ok(out)
        })
    }
}
