//! The repair's part for local occasions: each greeting index that disagrees with the
//! contacts and celebrations is written afresh from them.

use super::Fixes;
use crate::store::Result;
use crate::store::check::greetings::greeting_problems;
use crate::store::tables::{CELEBRATED_TAGS, GREETING_COUNTS, GREETINGS};
use crate::store::walk::greetings::GREETING_INDEXES;
use redb::WriteTransaction;

pub(super) fn greeting_indexes(txn: &WriteTransaction, fixes: &mut Fixes<'_>) -> Result<()> {
    let e = &fixes.walk.greetings.expected;
    let [tags, rows, counts] = greeting_problems(fixes.walk);
    let sources = ["celebrations_v1", "contacts_v1"];
    fixes.fix(GREETING_INDEXES[0], &sources, tags, || {
        let mut t = super::emptied(txn, CELEBRATED_TAGS)?;
        for (tag, id) in &e.tags {
            t.insert(tag.as_str(), id)?;
        }
        Ok(())
    })?;
    fixes.fix(GREETING_INDEXES[1], &sources, rows, || {
        let mut t = super::emptied(txn, GREETINGS)?;
        for (code, day, name, id) in e.rows.keys() {
            t.insert((*code, *day, name.as_str(), *id), ())?;
        }
        Ok(())
    })?;
    fixes.fix(GREETING_INDEXES[2], &sources, counts, || {
        let mut t = super::emptied(txn, GREETING_COUNTS)?;
        for (key, n) in &e.counts {
            t.insert(key, n)?;
        }
        Ok(())
    })
}
