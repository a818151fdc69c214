//! Reading one table of the walk through, row by row, counting its rows and stopping at a page
//! that cannot be read.

use super::{TableCount, Walk};
use crate::store::contain::contain;
use crate::store::error::unreadable_after;
use crate::store::{Result, StoreError};
use redb::{ReadTransaction, ReadableTable};

/// Reads every row of a table through `each` (which names the row's key for reports), counting
/// them; a page that cannot be read ends the scan and is reported after the last key read.
pub(in crate::store) fn scan<K: redb::Key + 'static, V: redb::Value + 'static>(
    txn: &ReadTransaction,
    def: redb::TableDefinition<K, V>,
    name: &'static str,
    walk: &mut Walk,
    mut each: impl FnMut(&redb::AccessGuard<'_, K>, &redb::AccessGuard<'_, V>, &mut Walk) -> String,
) -> Result<()> {
    let table = match txn.open_table(def) {
        Ok(table) => table,
        Err(redb::TableError::TableDoesNotExist(_)) => {
            walk.tables.push(TableCount {
                table: name,
                rows: 0,
                damaged: 0,
                complete: true,
            });
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    };
    let damaged_before = walk.damaged.len();
    let (mut rows, mut last, mut complete) = (0, None, true);
    let entries = contain(|| Ok(table.iter()?));
    let stop = |e: StoreError, last: &Option<String>, walk: &mut Walk| {
        walk.damaged.push(unreadable_after(name, last.clone(), e));
    };
    match entries {
        Ok(mut entries) => loop {
            match contain(|| entries.next().transpose().map_err(StoreError::from)) {
                Ok(Some((k, v))) => {
                    rows += 1;
                    last = Some(each(&k, &v, walk));
                }
                Ok(None) => break,
                Err(e) => {
                    stop(e, &last, walk);
                    complete = false;
                    break;
                }
            }
        },
        Err(e) => {
            stop(e, &last, walk);
            complete = false;
        }
    }
    let damaged = (walk.damaged.len() - damaged_before) as u64;
    walk.tables.push(TableCount {
        table: name,
        rows,
        damaged: damaged - u64::from(!complete),
        complete,
    });
    Ok(())
}
