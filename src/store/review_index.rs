//! The review's counted indexes (schema 7): who has gone quiet, by cadence group and the day
//! they were last in touch (`silence_v1`), and how many rows of the review's indexes fall on
//! each day (`day_counts_v1`), so a section's total is a sum over days, not a walk over rows.
//!
//! Both are derived from other indexes' rows — the silence rows from the contact facts, the
//! counts from the silence rows, the open follow-ups and the occasions of contacts in use — so
//! the writer, the migration, `kith check` and its repair all build them with the functions here.
//! An archived contact keeps its open follow-up rows but they are not counted ([`counted`]):
//! archiving takes them out of the counts and restoring puts them back.
//!
//! A contact's cadence may come from the config (its kind's default), which can change between
//! two runs: such contacts are grouped by kind and the config's cadence is applied at read time,
//! so no stored row depends on the config.

use super::Result;
use super::index::{ContactFacts, FactsRow};
use super::tables::{CONTACT_FACTS, DAY_COUNTS, META, OCCASIONS, OPEN_FOLLOWUPS, SILENCE};
use crate::domain::Kind;
use crate::domain::serde_time::date_to_days;
use redb::{Database, ReadableDatabase, ReadableTable, WriteTransaction};
use std::collections::BTreeMap;

type Map<K, V = ()> = BTreeMap<K, V>;

/// The counted index of the open follow-ups of contacts not archived: group is the direction
/// index, day the due day.
pub(crate) const COUNT_OPEN: u8 = 0;
/// Silence rows of contacts whose cadence is their kind's default: group is the kind index.
pub(crate) const SILENT_BY_KIND: u8 = 1;
/// Silence rows of contacts with a cadence of their own: group is that cadence in days.
pub(crate) const SILENT_BY_OWN: u8 = 2;
/// The occasions of contacts in use: group 0, day is month × 100 + day.
pub(crate) const COUNT_OCCASIONS: u8 = 3;

pub(crate) type SilenceKey = (u8, u32, i32, u64);
pub(crate) type CountKey = (u8, u32, i32);

/// The silence row of a contact with these facts: none for an archived contact.
pub(crate) fn silence_key(contact: u64, row: FactsRow) -> Option<SilenceKey> {
    let facts = ContactFacts::from_row(row);
    if facts.archived {
        return None;
    }
    let (tag, group) = match facts.cadence_days {
        Some(days) => (SILENT_BY_OWN, days),
        None => (SILENT_BY_KIND, kind_index(facts.kind)),
    };
    let since = facts.last_contacted.unwrap_or(facts.created_at).date();
    Some((tag, group, date_to_days(since), contact))
}

pub(crate) fn kind_index(kind: Kind) -> u32 {
    Kind::ALL.iter().position(|(k, _)| *k == kind).unwrap_or(0) as u32
}

pub(crate) fn silence_count_key((tag, group, day, _): SilenceKey) -> CountKey {
    (tag, group, day)
}

/// Whether an open follow-up of the contact with these facts is counted: unless the facts say
/// the contact is archived (a contact whose record could not be indexed has none, and counts).
pub(crate) fn counted(facts: Option<FactsRow>) -> bool {
    !facts.is_some_and(|row| row.2)
}

pub(crate) fn open_count_key((direction, due, _): (u8, i32, u64)) -> CountKey {
    (COUNT_OPEN, u32::from(direction), due)
}

pub(crate) fn occasion_count_key((mmdd, _, _): (u16, u64, u8)) -> CountKey {
    (COUNT_OCCASIONS, 0, i32::from(mmdd))
}

/// The review's rows, as the other indexes' rows call for them.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct ReviewRows {
    pub silence: Map<SilenceKey>,
    pub counts: Map<CountKey, u64>,
}

/// The silence rows and day counts that the facts, occasion and open-follow-up rows (each with
/// its contact) call for.
pub(super) fn review_rows<'a>(
    facts: impl IntoIterator<Item = (u64, FactsRow)>,
    occasions: impl IntoIterator<Item = &'a (u16, u64, u8)>,
    open: impl IntoIterator<Item = (&'a (u8, i32, u64), &'a u64)>,
) -> ReviewRows {
    let mut rows = ReviewRows::default();
    let mut in_use = std::collections::HashSet::new();
    let mut archived = std::collections::HashSet::new();
    for (id, row) in facts {
        match row.2 {
            true => archived.insert(id),
            false => in_use.insert(id),
        };
        if let Some(key) = silence_key(id, row) {
            rows.silence.insert(key, ());
            *rows.counts.entry(silence_count_key(key)).or_default() += 1;
        }
    }
    for key in occasions.into_iter().filter(|k| in_use.contains(&k.1)) {
        *rows.counts.entry(occasion_count_key(*key)).or_default() += 1;
    }
    for (key, contact) in open {
        if !archived.contains(contact) {
            *rows.counts.entry(open_count_key(*key)).or_default() += 1;
        }
    }
    rows
}

/// Schema 7: builds the silence rows and day counts from the facts, occasion and open
/// follow-up indexes (no record is decoded).
pub(super) fn migrate_to_7(txn: &WriteTransaction) -> Result<()> {
    let facts = collect(&txn.open_table(CONTACT_FACTS)?, |k: u64, v: FactsRow| {
        (k, v)
    })?;
    let occasions = collect(&txn.open_table(OCCASIONS)?, |k: (u16, u64, u8), ()| k)?;
    let open = collect(
        &txn.open_table(OPEN_FOLLOWUPS)?,
        |k: (u8, i32, u64), contact: u64| (k, contact),
    )?;
    let open = open.iter().map(|(k, contact)| (k, contact));
    write_rows(txn, &review_rows(facts, &occasions, open))
}

fn collect<K, V, T>(
    table: &impl ReadableTable<K, V>,
    each: impl Fn(K::SelfType<'_>, V::SelfType<'_>) -> T,
) -> Result<Vec<T>>
where
    K: redb::Key + 'static,
    V: redb::Value + 'static,
{
    let mut all = Vec::new();
    for entry in table.iter()? {
        let (k, v) = entry?;
        all.push(each(k.value(), v.value()));
    }
    Ok(all)
}

/// Replaces both tables' rows with `rows`.
pub(super) fn write_rows(txn: &WriteTransaction, rows: &ReviewRows) -> Result<()> {
    txn.delete_table(SILENCE)?;
    txn.delete_table(DAY_COUNTS)?;
    let mut silence = txn.open_table(SILENCE)?;
    for key in rows.silence.keys() {
        silence.insert(key, ())?;
    }
    let mut counts = txn.open_table(DAY_COUNTS)?;
    for (key, n) in &rows.counts {
        counts.insert(key, n)?;
    }
    Ok(())
}

/// The rows a rebuilt index holds: what the records call for, and the rows of records that do
/// not decode, which stay (as `repair.rs` keeps them).
pub(super) fn kept_rows<K: Ord + Clone, V: Clone>(
    expected: &Map<K, V>,
    actual: &Map<K, V>,
    kept: impl Fn(&K) -> bool,
) -> Map<K, V> {
    let mut all = expected.clone();
    for (k, v) in actual {
        if kept(k) && !all.contains_key(k) {
            all.insert(k.clone(), v.clone());
        }
    }
    all
}

/// In `meta`, set once the open follow-ups' day counts leave archived contacts out: a notebook
/// an older kith kept counted them, and lacks it.
pub(crate) const OPEN_COUNTS_KEY: &str = "open_counts_in_use";

/// Puts right, the first time a kith that keeps the counts this way opens the notebook for
/// writing, the open follow-ups' day counts an older kith kept (with an archived contact's rows
/// in them), and marks them right. No schema step: the schema number is not needed to tell.
pub(crate) fn count_in_use_once(db: &Database) -> Result<()> {
    if (db.begin_read()?.open_table(META)?.get(OPEN_COUNTS_KEY)?).is_some() {
        return Ok(());
    }
    let txn = db.begin_write()?;
    {
        let mut meta = txn.open_table(META)?;
        if meta.get(OPEN_COUNTS_KEY)?.is_some() {
            return Ok(()); // another process put them right while this one waited its turn
        }
        meta.insert(OPEN_COUNTS_KEY, 1)?;
    }
    count_open_in_use(&txn)?;
    txn.commit()?;
    Ok(())
}

/// Counts the open follow-up rows again, those of archived contacts left out.
fn count_open_in_use(txn: &WriteTransaction) -> Result<()> {
    let facts = collect(&txn.open_table(CONTACT_FACTS)?, |k: u64, v: FactsRow| {
        (k, v)
    })?;
    let open = collect(
        &txn.open_table(OPEN_FOLLOWUPS)?,
        |k: (u8, i32, u64), contact: u64| (k, contact),
    )?;
    let rows = review_rows(facts, [], open.iter().map(|(k, contact)| (k, contact)));
    let mut counts = txn.open_table(DAY_COUNTS)?;
    counts.retain(|(tag, _, _), _| tag != COUNT_OPEN)?;
    for (key, n) in rows.counts.iter().filter(|(k, _)| k.0 == COUNT_OPEN) {
        counts.insert(key, n)?;
    }
    Ok(())
}
