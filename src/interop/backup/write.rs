//! Writing a backup a record at a time, out of one snapshot of the notebook.

use super::{DraftJson, FORMAT, VERSION};
use crate::interop::json::{ContactJson, FollowUpJson, InteractionJson, InvoiceJson};
use crate::store::{BackupPlan, Snapshot, StoreError};
use serde::Serialize;

/// Writes the backup of `snapshot` a record at a time, byte for byte what
/// `json::write_pretty(out, &BackupJson::from(&store.dump()))` writes, without holding the
/// notebook: `plan` is [`Snapshot::plan_backup`] of the same snapshot.
pub fn write_backup(
    out: &mut dyn std::io::Write,
    snapshot: &Snapshot,
    plan: &BackupPlan,
) -> anyhow::Result<()> {
    let backup = Streamed {
        snapshot,
        plan,
        failed: std::cell::RefCell::new(None),
    };
    let written = crate::interop::json::write_pretty(out, &backup);
    // A read that failed midway stopped serde with a placeholder: the real error is kept.
    if let Some(e) = backup.failed.into_inner() {
        return Err(e.into());
    }
    Ok(written?)
}

/// The backup as serde sees it: `BackupJson`'s fields, the record lists read as they are
/// written.
struct Streamed<'a> {
    snapshot: &'a Snapshot,
    plan: &'a BackupPlan,
    failed: std::cell::RefCell<Option<StoreError>>,
}

#[derive(Clone, Copy)]
enum Records {
    Contacts,
    Interactions,
    FollowUps,
    Drafts,
    Invoices,
    Resolutions,
    Thanks,
    Celebrations,
}

struct Written<'s, 'a> {
    backup: &'s Streamed<'a>,
    records: Records,
}

impl Serialize for Streamed<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        // The fields of `BackupJson`, in its order.
        let mut backup = s.serialize_struct("BackupJson", 8)?;
        backup.serialize_field("format", FORMAT)?;
        backup.serialize_field("version", &VERSION)?;
        backup.serialize_field("next_id", &self.plan.next_id)?;
        // Invoices only when there are some, as `BackupJson` skips an empty list.
        let invoices = (self.plan.invoices > 0).then_some(("invoices", Records::Invoices));
        let resolutions =
            (self.plan.resolutions > 0).then_some(("resolutions", Records::Resolutions));
        let thanks = (self.plan.thanks > 0).then_some(("thanks", Records::Thanks));
        let celebrations =
            (self.plan.celebrations > 0).then_some(("celebrations", Records::Celebrations));
        for (name, records) in [
            ("contacts", Records::Contacts),
            ("interactions", Records::Interactions),
            ("followups", Records::FollowUps),
            ("drafts", Records::Drafts),
        ]
        .into_iter()
        .chain(invoices)
        .chain(resolutions)
        .chain(thanks)
        .chain(celebrations)
        {
            backup.serialize_field(
                name,
                &Written {
                    backup: self,
                    records,
                },
            )?;
        }
        backup.end()
    }
}

/// Why a section's walk stopped: the store failed, or serde did (its error is kept aside).
enum Stop {
    Store(StoreError),
    Serde,
}

impl From<StoreError> for Stop {
    fn from(e: StoreError) -> Self {
        Stop::Store(e)
    }
}

/// One element of a section; serde's error is kept in `failed`.
fn put<Q: serde::ser::SerializeSeq, T: Serialize>(
    seq: &mut Q,
    value: &T,
    failed: &mut Option<Q::Error>,
) -> Result<(), Stop> {
    seq.serialize_element(value).map_err(|e| {
        *failed = Some(e);
        Stop::Serde
    })
}

impl Serialize for Written<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeSeq};
        let mut seq = s.serialize_seq(None)?;
        let mut failed = None;
        let (snapshot, plan) = (self.backup.snapshot, self.backup.plan);
        let walked = match self.records {
            Records::Contacts => snapshot.backup_contacts(plan, |c| {
                put(&mut seq, &ContactJson::new(c, None), &mut failed)
            }),
            Records::Interactions => snapshot.backup_interactions(plan, |i| {
                put(&mut seq, &InteractionJson::from(i), &mut failed)
            }),
            Records::FollowUps => snapshot
                .backup_followups(plan, |f| put(&mut seq, &FollowUpJson::from(f), &mut failed)),
            Records::Drafts => {
                snapshot.backup_drafts(plan, |d| put(&mut seq, &DraftJson::from(d), &mut failed))
            }
            Records::Invoices => snapshot
                .backup_invoices(plan, |i| put(&mut seq, &InvoiceJson::from(i), &mut failed)),
            Records::Resolutions => snapshot.backup_resolutions(plan, |r| {
                put(&mut seq, &super::ResolutionJson::from(r), &mut failed)
            }),
            Records::Thanks => snapshot.backup_thanks(plan, |t| {
                put(&mut seq, &super::ThanksJson::from(t), &mut failed)
            }),
            Records::Celebrations => snapshot.backup_celebrations(plan, |c| {
                put(&mut seq, &super::CelebrationJson::from(c), &mut failed)
            }),
        };
        match walked {
            Ok(()) => seq.end(),
            Err(Stop::Serde) => Err(failed.unwrap_or_else(|| S::Error::custom("stopped"))),
            Err(Stop::Store(e)) => {
                *self.backup.failed.borrow_mut() = Some(e);
                Err(S::Error::custom(crate::say!("backup-notebook-unreadable")))
            }
        }
    }
}
