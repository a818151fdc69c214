//! The walk's part for local occasions: every celebration decoded, and the tag and greeting
//! indexes as the contacts and celebrations call for them (`greeting_index.rs`, the writer's own
//! row builder) and as the file holds them, so `kith check` can compare them
//! (`check/greetings.rs`) and its repair rebuild them. A notebook from before local occasions
//! has none of these tables; `scan` reads an absent table as empty.

use super::{Map, Walk, decode_record, scan};
use crate::domain::{Celebration, Contact};
use crate::store::Result;
use crate::store::greeting_index::{GreetingKey, folded_tags, greeting_keys};
use crate::store::tables::{CELEBRATED_TAGS, CELEBRATIONS, GREETING_COUNTS, GREETINGS};
use redb::ReadTransaction;
use std::collections::HashSet;

/// The greeting indexes as rows.
#[derive(Debug, Default, PartialEq, Eq)]
pub(in crate::store) struct GreetingRows {
    pub tags: Map<String, u64>,
    pub rows: Map<GreetingKey>,
    pub counts: Map<(u8, u16), u64>,
}

/// The indexes twice over, and the celebrations that do not decode.
#[derive(Debug, Default)]
pub(in crate::store) struct GreetingWalk {
    pub expected: GreetingRows,
    pub actual: GreetingRows,
    pub bad: HashSet<u64>,
}

/// The index tables, in the order `check` reports them.
pub(in crate::store) const GREETING_INDEXES: [&str; 3] =
    ["celebrated_tags_v1", "greetings_v1", "greeting_counts_v1"];

/// Reads the celebrations and their indexes into the walk; `max_id` rises to the highest id.
pub(super) fn scan_greetings(
    txn: &ReadTransaction,
    w: &mut Walk,
    contacts: &[Contact],
    max_id: &mut u64,
) -> Result<()> {
    let mut all: Vec<Celebration> = Vec::new();
    scan(txn, CELEBRATIONS, "celebrations_v1", w, |k, v, w| {
        let id = k.value();
        *max_id = (*max_id).max(id);
        let name = "celebrations_v1";
        let decoded =
            decode_record::<Celebration>(name, id, v.value(), |w| &mut w.greetings.bad, w);
        all.extend(decoded);
        id.to_string()
    })?;
    let e = &mut w.greetings.expected;
    let mut by_tag: Map<String, &Celebration> = Map::new();
    for c in &all {
        if let Some(tag) = c.folded_tag() {
            e.tags.insert(tag.clone(), c.id);
            by_tag.insert(tag, c);
        }
    }
    let own: Map<u64, &Celebration> = all.iter().map(|c| (c.id, c)).collect();
    for contact in contacts {
        let tags = folded_tags(contact);
        let reach = tags.iter().filter_map(|t| by_tag.get(t).copied());
        for key in greeting_keys(contact, own.get(&contact.id.0).copied(), reach) {
            *e.counts.entry((key.0, key.1)).or_default() += 1;
            e.rows.insert(key, ());
        }
    }
    let mut actual = GreetingRows::default();
    scan(txn, CELEBRATED_TAGS, GREETING_INDEXES[0], w, |k, v, _| {
        actual.tags.insert(k.value().to_string(), v.value());
        k.value().to_string()
    })?;
    scan(txn, GREETINGS, GREETING_INDEXES[1], w, |k, _, _| {
        let (code, day, name, id) = k.value();
        actual.rows.insert((code, day, name.to_string(), id), ());
        format!("{:?}", k.value())
    })?;
    scan(txn, GREETING_COUNTS, GREETING_INDEXES[2], w, |k, v, _| {
        actual.counts.insert(k.value(), v.value());
        format!("{:?}", k.value())
    })?;
    w.greetings.actual = actual;
    Ok(())
}
