//! Restoring a kith JSON backup into an empty notebook, reading the file twice: once to check
//! every record (nothing is written if any is refused), once to write them in batches, the
//! file read on a thread of its own while this one writes; a failure while writing takes back
//! what was written (see `store/restore.rs`).

use super::{BackupReport, ImportError, ImportFailure, ImportReport, Imported, shown};
use crate::interop::backup::{Checked, ReadError, read_backup};
use crate::store::{Restore, Restored, Store};
use std::path::Path;

fn line(s: &str) -> String {
    crate::domain::text::display_line(s).into_owned()
}

/// Why the backup at `path` was refused, naming it.
fn refusal(path: &Path, why: &str) -> String {
    crate::say!("backup-refused", path = shown(path), why = line(why))
}

/// Reads the backup at `path` a record at a time, handing each to `each`; the backup's next
/// id, or why it stopped, naming the file.
fn read(path: &Path, each: &mut dyn FnMut(Restored) -> anyhow::Result<()>) -> Result<u64, String> {
    let file = std::fs::File::open(path).map_err(|e| {
        crate::say!(
            "import-cannot-read",
            path = shown(path),
            error = e.to_string()
        )
    })?;
    read_backup(std::io::BufReader::with_capacity(1 << 16, file), each).map_err(|e| match e {
        ReadError::Json(e) => crate::say!(
            "backup-not-json",
            path = shown(path),
            why = line(&e.to_string())
        ),
        ReadError::Refused(why) => refusal(path, &why.to_string()),
    })
}

pub(super) fn restore_backup(
    store: &Store,
    path: &Path,
    dry_run: bool,
    progress: &dyn Fn(String),
) -> Result<ImportReport, ImportError> {
    let refused = |why: String| ImportError::new(path, ImportFailure::NotRestored { why });
    progress(crate::say!("backup-checking", path = shown(path)));
    let mut checked = Checked::new();
    let next_id = read(path, &mut |mut record| checked.record(&mut record)).map_err(refused)?;
    checked
        .finish()
        .map_err(|e| refused(refusal(path, &e.to_string())))?;
    progress(String::new());
    let mut backup = BackupReport {
        contacts: checked.contacts,
        interactions: checked.interactions,
        followups: checked.followups,
        drafts: checked.drafts,
        invoices: checked.invoices,
        notebook_not_empty: None,
    };
    if !dry_run {
        write(store, path, &checked, next_id, progress)?;
    } else {
        let existing = store
            .contact_count(false)
            .and_then(|active| Ok(active + store.contact_count(true)?));
        match existing {
            Ok(existing) => backup.notebook_not_empty = (existing > 0).then_some(existing),
            Err(e) => {
                // The check is said before the error, as it was found.
                return Err(ImportError {
                    checked: Some(Box::new(backup)),
                    ..ImportError::new(path, ImportFailure::Store(e))
                });
            }
        }
    }
    Ok(ImportReport {
        path: path.to_path_buf(),
        dry_run,
        imported: Imported::Backup(backup),
    })
}

/// The second pass: every record written, contacts first, in batches; taken back on failure.
fn write(
    store: &Store,
    path: &Path,
    checked: &Checked,
    next_id: u64,
    progress: &dyn Fn(String),
) -> Result<(), ImportError> {
    let total = checked.contacts
        + checked.interactions
        + checked.followups
        + checked.drafts
        + checked.invoices
        + checked.resolutions
        + checked.thanks
        + checked.celebrations;
    let floor = next_id.max(checked.highest + 1);
    let mut restore = store.begin_restore(floor).map_err(|e| {
        let why = refusal(path, &e.to_string());
        ImportError::new(path, ImportFailure::NotRestored { why })
    })?;
    // Small batches let the tests cross batch boundaries with small backups.
    if let Some(records) = std::env::var("KITH_RESTORE_BATCH")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        restore.set_batch(records);
    }
    let written = write_records(&mut restore, path, checked.contacts_first, &mut |written| {
        progress(crate::say!(
            "backup-restored-so-far",
            written = written,
            total = total
        ));
    });
    let finished = written.and_then(|()| restore.finish().map_err(|e| e.to_string()));
    progress(String::new());
    let Err(why) = finished else {
        return Ok(());
    };
    let undo = restore.undo().err().map(|e| e.to_string());
    Err(ImportError::new(
        path,
        ImportFailure::RestoreFailed { why, undo },
    ))
}

/// Records handed from the reading thread to the writing one at a time: one hand-over per
/// record kept the two threads waking each other all the time.
const HANDFUL: usize = 256;
/// Handfuls read ahead of the writing: enough that neither side waits on the other for long.
const AHEAD: usize = 16;

/// Every record written, contacts first, the file read on a thread of its own meanwhile, so
/// reading and writing take their time side by side; `committed` hears the records committed
/// so far. Why it stopped, naming the file.
fn write_records(
    restore: &mut Restore<'_>,
    path: &Path,
    contacts_first: bool,
    committed: &mut dyn FnMut(u64),
) -> Result<(), String> {
    let (send, handfuls) = std::sync::mpsc::sync_channel::<Vec<Restored>>(AHEAD);
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            let mut handful = Vec::with_capacity(HANDFUL);
            let mut pass = |contacts: Option<bool>| {
                read(path, &mut |record| {
                    let is_contact = matches!(record, Restored::Contact(_));
                    if contacts.is_some_and(|want| want != is_contact) {
                        return Ok(());
                    }
                    handful.push(record);
                    if handful.len() == HANDFUL {
                        let full = std::mem::replace(&mut handful, Vec::with_capacity(HANDFUL));
                        // Refused only when the writing stopped, whose error is the one said.
                        send.send(full)?;
                    }
                    Ok(())
                })
            };
            // Records belong to contacts, so contacts go in first even when the file lists
            // them later.
            let read = if contacts_first {
                pass(None).map(drop)
            } else {
                pass(Some(true)).and_then(|_| pass(Some(false))).map(drop)
            };
            // What is left after a read that stopped early is not written.
            if read.is_ok() {
                let _ = send.send(handful);
            }
            read
        });
        let wrote = restore.add_all(&mut handfuls.iter().flatten(), committed);
        // A reader still sending learns that the writing stopped.
        drop(handfuls);
        let read = reader
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        match wrote {
            Err(e) => Err(refusal(path, &e.to_string())),
            Ok(()) => read,
        }
    })
}
