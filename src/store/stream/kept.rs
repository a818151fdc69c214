//! The backup's walks of the complaints' resolutions: counted by the plan, then written in the
//! order of their notes' ids (none in a notebook from before them).

use super::plan::plan_walk;
use super::{End, Snapshot};
use crate::domain::Resolution;
use crate::store::tables::RESOLUTIONS;
use crate::store::{Result, Skipped, StoreError};

impl Snapshot {
    /// How many resolutions the backup holds, where their walk ended, and the damaged ones.
    pub(super) fn plan_resolutions(&self) -> Result<(usize, End<u64>, Vec<Skipped>)> {
        if !super::has_table(&self.txn, RESOLUTIONS)? {
            return Ok((0, End::Whole, Vec::new()));
        }
        let mut count = 0;
        let (end, skipped) = plan_walk(
            &self.txn,
            RESOLUTIONS,
            "resolutions_v1",
            |id| id,
            |id| *id,
            |_, _: Resolution| count += 1,
        )?;
        Ok((count, end, skipped))
    }

    /// The backup's resolutions in the order of their notes' ids.
    pub fn backup_resolutions<E: From<StoreError>>(
        &self,
        plan: &super::BackupPlan,
        each: impl FnMut(&Resolution) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        if !super::has_table(&self.txn, RESOLUTIONS)? {
            return Ok(());
        }
        self.backup_records(RESOLUTIONS, "resolutions_v1", &plan.resolutions_end, each)
    }
}
