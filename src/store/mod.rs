//! `Store`: the only way the rest of kith reads and writes the notebook, one redb file.
//!
//! Reads open a short read transaction each; every user action is one write transaction made
//! through [`Store::write`], so a note, its follow-ups and their index rows commit together or not
//! at all. redb's types stay inside this module.

mod check;
mod codec;
mod contain;
mod dump;
mod error;
mod gate;
mod greeting_index;
mod greetings_read;
mod handle;
mod index;
mod kept_index;
mod kept_read;
mod legacy;
mod listing;
mod name_order;
mod notes;
mod open;
mod owed_index;
mod owed_read;
mod patient;
mod postings;
mod read;
mod referral_index;
mod referral_read;
mod repair;
mod resolve;
mod restore;
mod review_index;
mod review_read;
mod schema;
mod search_row;
mod search_rows;
mod stats_index;
mod stats_read;
mod steps;
mod stream;
mod sync;
mod tables;
mod undo;
mod walk;
mod write;

pub use check::{CheckReport, IndexProblem, RedbCheck};
pub use contain::is_containing;
pub use dump::Dump;
pub use error::{DiskProblem, Result, Skipped, StoreError};
pub use greetings_read::Celebrated;
pub use index::ContactFacts;
pub use kept_read::{Broken, OpenComplaints, Period};
pub use listing::ListRow;
pub use notes::NoteHits;
pub use open::DEFAULT_WAIT;
pub use owed_read::ContactOwed;
pub use patient::DiskGate;
pub use read::Loaded;
pub use referral_read::{FirstBuy, Referred, Referrer};
pub use restore::{Restore, Restored};
pub use review_read::ContactName;
pub use schema::CURRENT as CURRENT_SCHEMA;
pub use search_row::{SearchRow, trigrams};
pub use search_rows::in_name_order;
pub use stats_read::{AtRiskRow, StatsAsk, StatsRead, TopRow};
pub use steps::{DEFAULT_STEPS as DEFAULT_HISTORY_STEPS, HistoryStep, Pending, Replayed};
pub use stream::{BackupPlan, Snapshot};
pub use sync::{SyncCollection, SyncConflict, SyncItem, SyncKind};
pub use walk::TableCount;
pub use write::{Deleted, Merged, Writer};

use handle::Handle;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

pub struct Store {
    db: Handle,
    path: PathBuf,
    /// The file's identity when it was opened: a commit into a file that has since been deleted
    /// or replaced would reach nobody, so it counts as a failure.
    identity: Option<FileIdentity>,
    /// How long a write waits for another process's write to end.
    patience: patient::Patience,
    /// The commit count as of this process's last look or write.
    commits_seen: AtomicU64,
    /// How many steps the undo history keeps (`[undo] steps` in the config).
    history_steps: AtomicU64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileIdentity {
    device: u64,
    inode: u64,
}

impl FileIdentity {
    #[cfg(unix)]
    fn of(path: &Path) -> Option<FileIdentity> {
        use std::os::unix::fs::MetadataExt;
        let meta = std::fs::metadata(path).ok()?;
        Some(FileIdentity {
            device: meta.dev(),
            inode: meta.ino(),
        })
    }

    #[cfg(not(unix))]
    fn of(_path: &Path) -> Option<FileIdentity> {
        None
    }
}

impl Store {
    /// Whether another process committed since this one last looked or wrote. One read of one
    /// key: cheap enough to ask every second.
    pub fn changed_elsewhere(&self) -> Result<bool> {
        let now = contain::contain(|| {
            let read = self.db.begin_read()?;
            Ok(match read.open_table(tables::META) {
                Ok(meta) => meta.get(schema::COMMITS_KEY)?.map_or(0, |v| v.value()),
                Err(redb::TableError::TableDoesNotExist(_)) => 0,
                Err(e) => return Err(e.into()),
            })
        })?;
        Ok(self.commits_seen.swap(now, Ordering::AcqRel) != now)
    }

    /// How long writes wait for another kith process that is writing.
    pub fn set_wait(&self, wait: Duration) {
        self.patience.set(wait);
    }

    /// Whether this store was opened for writing.
    pub fn is_writable(&self) -> bool {
        self.db.is_writable()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` in one durable write transaction: everything it writes commits together, or
    /// nothing does if it returns an error. Waits its turn while another kith process writes, up
    /// to the store's wait (`Busy` after that). Every commit is durable: redb refuses
    /// non-durable commits on a file other processes share.
    pub fn write<T>(&self, f: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        contain::contain(|| self.write_waiting(self.patience.get(), true, f))
    }

    /// A write only this process's screen cares about (the editor's draft): it waits at most
    /// `wait`, and other processes are not told the notebook changed, so a screen in another
    /// window does not read everything again twice a second while someone types here.
    pub fn write_draft<T>(
        &self,
        wait: Duration,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T>,
    ) -> Result<T> {
        contain::contain(|| self.write_waiting(wait, false, f))
    }

    fn write_waiting<T>(
        &self,
        wait: Duration,
        news: bool,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T>,
    ) -> Result<T> {
        let result = (|| -> Result<T> {
            let txn = self.db.begin_write(wait)?;
            let (value, before, after) = {
                let steps = if news {
                    self.history_steps.load(Ordering::Relaxed)
                } else {
                    0
                };
                let mut writer = Writer::open(&txn, steps)?;
                let value = f(&mut writer)?;
                let (before, after) = writer.finish(news)?;
                (value, before, after)
            };
            txn.commit()?;
            // This process's own commit is no news to it; one by another process since this
            // one last looked is left for `changed_elsewhere` to report.
            let _ = self.commits_seen.compare_exchange(
                before,
                after,
                Ordering::AcqRel,
                Ordering::Acquire,
            );
            self.still_the_same_file()?;
            Ok(value)
        })();
        if let Err(e) = &result
            && e.disk_problem().is_some()
        {
            self.db.mark_poisoned();
        }
        result
    }

    /// Fails when the notebook's path no longer names the file kith opened (deleted, or replaced
    /// by another copy): what was just committed went to a file nobody will open again.
    fn still_the_same_file(&self) -> Result<()> {
        match (self.identity, FileIdentity::of(&self.path)) {
            (Some(opened), Some(now)) if opened != now => Err(StoreError::Disk(DiskProblem::Gone)),
            (Some(_), None) => Err(StoreError::Disk(DiskProblem::Gone)),
            _ => Ok(()),
        }
    }
}
