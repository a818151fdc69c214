//! The backup's walks of the thanks given: counted by the plan, then written in id order
//! (none in a notebook from before them).

use super::plan::plan_walk;
use super::{End, Snapshot};
use crate::domain::Thanks;
use crate::store::tables::THANKS;
use crate::store::{Result, Skipped, StoreError};

impl Snapshot {
    /// How many thanks the backup holds, where their walk ended, and the damaged ones.
    pub(super) fn plan_thanks(&self) -> Result<(usize, End<u64>, Vec<Skipped>)> {
        if !super::has_table(&self.txn, THANKS)? {
            return Ok((0, End::Whole, Vec::new()));
        }
        let mut count = 0;
        let (end, skipped) = plan_walk(
            &self.txn,
            THANKS,
            "thanks_v1",
            |id| id,
            |id| *id,
            |_, _: Thanks| count += 1,
        )?;
        Ok((count, end, skipped))
    }

    /// The backup's thanks in id order.
    pub fn backup_thanks<E: From<StoreError>>(
        &self,
        plan: &super::BackupPlan,
        each: impl FnMut(&Thanks) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        if !super::has_table(&self.txn, THANKS)? {
            return Ok(());
        }
        self.backup_records(THANKS, "thanks_v1", &plan.thanks_end, each)
    }
}
