//! The backup's walks of the local occasions celebrated: counted by the plan, then written in
//! id order (none in a notebook from before them).

use super::plan::plan_walk;
use super::{End, Snapshot};
use crate::domain::Celebration;
use crate::store::tables::CELEBRATIONS;
use crate::store::{Result, Skipped, StoreError};

impl Snapshot {
    /// How many celebrations the backup holds, where their walk ended, and the damaged ones.
    pub(super) fn plan_celebrations(&self) -> Result<(usize, End<u64>, Vec<Skipped>)> {
        if !super::has_table(&self.txn, CELEBRATIONS)? {
            return Ok((0, End::Whole, Vec::new()));
        }
        let mut count = 0;
        let (end, skipped) = plan_walk(
            &self.txn,
            CELEBRATIONS,
            "celebrations_v1",
            |id| id,
            |id| *id,
            |_, _: Celebration| count += 1,
        )?;
        Ok((count, end, skipped))
    }

    /// The backup's celebrations in id order.
    pub fn backup_celebrations<E: From<StoreError>>(
        &self,
        plan: &super::BackupPlan,
        each: impl FnMut(&Celebration) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        if !super::has_table(&self.txn, CELEBRATIONS)? {
            return Ok(());
        }
        self.backup_records(
            CELEBRATIONS,
            "celebrations_v1",
            &plan.celebrations_end,
            each,
        )
    }
}
