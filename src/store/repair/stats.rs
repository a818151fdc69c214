//! The repair's part for the stats: when any stats index disagrees with the contacts and notes,
//! every stats table is written afresh from them (`stats_index::write_rows`), in the repair's
//! transaction.

use super::Fixes;
use crate::store::Result;
use crate::store::check::stats::stats_problems;
use crate::store::stats_index::write_rows;
use redb::WriteTransaction;

pub(super) fn stats_indexes(txn: &WriteTransaction, fixes: &mut Fixes<'_>) -> Result<()> {
    let walk = fixes.walk;
    let problems: Vec<_> = stats_problems(walk).into_iter().flatten().collect();
    let Some(expected) = &walk.stats.expected else {
        return Ok(());
    };
    if problems.is_empty() {
        return Ok(());
    }
    write_rows(txn, expected)?;
    fixes.repaired.extend(problems);
    Ok(())
}
