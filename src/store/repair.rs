//! `kith check --repair`: redb's own repair on the notebook, then every index that disagrees
//! with its records rebuilt from them in one write transaction, with the same row builders the
//! writer and the migrations use (`index.rs`, `postings.rs`). Records that do not decode stay
//! where they are, and so do their index rows: nothing can say what those rows should be, and
//! keeping them is what lets every command go on naming the damaged record.

use super::check::{
    CheckReport, IndexProblem, RedbCheck, bad_chunks_problem, database_error, diff, report,
};
use super::contain::contain;
use super::search_rows::{TRIGRAMS_TABLE, to_value};
use super::tables::*;
use super::walk::{Map, walk_in};
use super::{Result, Store, StoreError};
use redb::WriteTransaction;

mod greetings;
mod kept;
mod owed;
mod referrals;
mod stats;

/// The index's rows as the records call for them, plus the rows of records that do not decode.
fn rows<K: Ord + Clone, V: PartialEq + Clone>(
    expected: &Map<K, V>,
    actual: &Map<K, V>,
    kept: impl Fn(&K) -> bool,
) -> Vec<(K, V)> {
    let mut all: Map<K, V> = expected.clone();
    for (k, v) in actual {
        if kept(k) && !all.contains_key(k) {
            all.insert(k.clone(), v.clone());
        }
    }
    all.into_iter().collect()
}

/// Empties an index table so it can be written afresh: cheaper and surer than patching it row
/// by row when part of it may not even be readable.
fn emptied<'t, K: redb::Key + 'static, V: redb::Value + 'static>(
    txn: &'t WriteTransaction,
    def: redb::TableDefinition<K, V>,
) -> Result<redb::Table<'t, K, V>> {
    txn.delete_table(def)?;
    Ok(txn.open_table(def)?)
}

/// What a rebuild did so far: the indexes rebuilt, and why others could not be.
struct Fixes<'w> {
    walk: &'w super::walk::Walk,
    repaired: Vec<IndexProblem>,
    not_repaired: Vec<String>,
}

impl Fixes<'_> {
    /// Rebuilds `index` when it has a problem and every table it is made from reads to its end.
    fn fix(
        &mut self,
        index: &'static str,
        sources: &[&str],
        problem: Option<IndexProblem>,
        rebuild: impl FnOnce() -> Result<()>,
    ) -> Result<()> {
        let Some(problem) = problem else {
            return Ok(());
        };
        if let Some(source) = sources.iter().find(|s| !self.walk.complete(s)) {
            self.not_repaired.push(crate::say!(
                "check-source-unreadable",
                index = index,
                source = *source
            ));
            return Ok(());
        }
        rebuild()?;
        self.repaired.push(problem);
        Ok(())
    }
}

impl Store {
    /// Repairs what can be repaired and reports what was found, what was fixed, and what is left.
    pub fn repair(&mut self) -> Result<CheckReport> {
        let redb = match contain(|| {
            self.db
                .check_integrity()
                .map_err(|e| StoreError::Damaged(database_error(e)))
        }) {
            Ok(true) => RedbCheck::Clean,
            Ok(false) => RedbCheck::Repaired,
            Err(StoreError::Damaged(why)) => RedbCheck::Damaged(why),
            Err(e) => RedbCheck::Damaged(e.to_string()),
        };
        if let RedbCheck::Damaged(_) = redb {
            let walk = self.walk()?;
            let why = crate::say!("store-cannot-repair");
            return Ok(report(redb, walk, Vec::new(), vec![why]));
        }
        let (repaired, not_repaired) = contain(|| self.rebuild_indexes())?;
        let walk = self.walk()?;
        Ok(report(redb, walk, repaired, not_repaired))
    }

    pub(super) fn rebuild_indexes(&self) -> Result<(Vec<IndexProblem>, Vec<String>)> {
        let txn = self.db.begin_write(self.patience.get())?;
        // Read with the write transaction held, so no other writer can commit in between and
        // the snapshot read is the one the rebuild replaces.
        let walk = walk_in(&self.db.begin_read()?)?;
        let mut fixes = Fixes {
            walk: &walk,
            repaired: Vec::new(),
            not_repaired: Vec::new(),
        };
        Self::contact_indexes(&txn, &mut fixes)?;
        Self::note_and_followup_indexes(&txn, &mut fixes)?;
        Self::search_indexes(&txn, &mut fixes)?;
        Self::review_indexes(&txn, &mut fixes)?;
        owed::owed_indexes(&txn, &mut fixes)?;
        kept::kept_indexes(&txn, &mut fixes)?;
        referrals::referral_indexes(&txn, &mut fixes)?;
        stats::stats_indexes(&txn, &mut fixes)?;
        greetings::greeting_indexes(&txn, &mut fixes)?;
        let (e, a) = (&walk.expected, &walk.actual);
        if a.next_id < e.next_id {
            let problem = IndexProblem {
                index: "meta",
                missing: 0,
                wrong: 1,
                extra: 0,
                example: crate::say!(
                    "check-next-id-raised",
                    was = a.next_id.to_string(),
                    now = e.next_id.to_string()
                ),
            };
            txn.open_table(META)?
                .insert(super::schema::NEXT_ID_KEY, e.next_id)?;
            fixes.repaired.push(problem);
        }
        txn.commit()?;
        Ok((fixes.repaired, fixes.not_repaired))
    }

    /// The name, fact and occasion indexes, from the contacts.
    fn contact_indexes(txn: &WriteTransaction, fixes: &mut Fixes<'_>) -> Result<()> {
        let walk = fixes.walk;
        let (e, a) = (&walk.expected, &walk.actual);
        let bad_contact = |id: &u64| walk.bad_contacts.contains(id);

        let problem = diff(&e.names, &a.names, |k| bad_contact(&k.1)).problem("names_v2");
        fixes.fix("names_v2", &["contacts_v1"], problem, || {
            let mut t = emptied(txn, NAMES)?;
            for ((name, id), (written, company)) in rows(&e.names, &a.names, |k| bad_contact(&k.1))
            {
                t.insert((name.as_str(), id), (written.as_str(), company.as_str()))?;
            }
            Ok(())
        })?;
        let problem = diff(&e.archived_names, &a.archived_names, |k| bad_contact(&k.1))
            .problem("archived_names_v2");
        fixes.fix("archived_names_v2", &["contacts_v1"], problem, || {
            let mut t = emptied(txn, ARCHIVED_NAMES)?;
            for ((name, id), (written, company)) in
                rows(&e.archived_names, &a.archived_names, |k| bad_contact(&k.1))
            {
                t.insert((name.as_str(), id), (written.as_str(), company.as_str()))?;
            }
            Ok(())
        })?;
        let problem = diff(&e.facts, &a.facts, bad_contact).problem("contact_facts_v1");
        fixes.fix(
            "contact_facts_v1",
            &["contacts_v1", "interactions_v1"],
            problem,
            || {
                let mut t = emptied(txn, CONTACT_FACTS)?;
                for (id, row) in rows(&e.facts, &a.facts, bad_contact) {
                    t.insert(id, row)?;
                }
                Ok(())
            },
        )?;
        let problem =
            diff(&e.occasions, &a.occasions, |k| bad_contact(&k.1)).problem("occasions_v1");
        fixes.fix("occasions_v1", &["contacts_v1"], problem, || {
            let mut t = emptied(txn, OCCASIONS)?;
            for (key, ()) in rows(&e.occasions, &a.occasions, |k| bad_contact(&k.1)) {
                t.insert(key, ())?;
            }
            Ok(())
        })?;
        Ok(())
    }

    /// The timeline keys, the follow-up indexes and the note index.
    fn note_and_followup_indexes(txn: &WriteTransaction, fixes: &mut Fixes<'_>) -> Result<()> {
        let walk = fixes.walk;
        let (e, a) = (&walk.expected, &walk.actual);
        let bad_followup = |id: &u64| walk.bad_followups.contains(id);
        let bad_note = |id: &u64| walk.bad_interactions.contains(id);

        let problem = diff(&e.interaction_keys, &a.interaction_keys, |_| false)
            .problem("interaction_keys_v1");
        fixes.fix("interaction_keys_v1", &["interactions_v1"], problem, || {
            let mut t = emptied(txn, INTERACTION_KEYS)?;
            for (id, place) in &e.interaction_keys {
                t.insert(*id, *place)?;
            }
            Ok(())
        })?;
        let problem = diff(&e.by_contact, &a.by_contact, |k| bad_followup(&k.1))
            .problem("followups_by_contact_v1");
        fixes.fix(
            "followups_by_contact_v1",
            &["followups_v1"],
            problem,
            || {
                let mut t = emptied(txn, FOLLOWUPS_BY_CONTACT)?;
                for (key, ()) in rows(&e.by_contact, &a.by_contact, |k| bad_followup(&k.1)) {
                    t.insert(key, ())?;
                }
                Ok(())
            },
        )?;
        let problem = diff(&e.open, &a.open, |k| bad_followup(&k.2)).problem("open_followups_v1");
        fixes.fix("open_followups_v1", &["followups_v1"], problem, || {
            let mut t = emptied(txn, OPEN_FOLLOWUPS)?;
            for (key, contact) in rows(&e.open, &a.open, |k| bad_followup(&k.2)) {
                t.insert(key, contact)?;
            }
            Ok(())
        })?;
        let mut problem =
            diff(&e.postings, &a.postings, |k| bad_note(&k.1)).problem("note_postings_v1");
        if problem.is_none() && !a.bad_chunks.is_empty() {
            problem = Some(bad_chunks_problem("note_postings_v1", &a.bad_chunks));
        }
        fixes.fix("note_postings_v1", &["interactions_v1"], problem, || {
            let pairs: Vec<(String, u64)> = rows(&e.postings, &a.postings, |k| bad_note(&k.1))
                .into_iter()
                .map(|(pair, ())| pair)
                .collect();
            super::postings::add_sorted(
                "note_postings_v1",
                &mut emptied(txn, NOTE_POSTINGS)?,
                &pairs,
            )
        })?;
        Ok(())
    }

    /// The contact search rows and their trigram index, from the contacts.
    fn search_indexes(txn: &WriteTransaction, fixes: &mut Fixes<'_>) -> Result<()> {
        let walk = fixes.walk;
        let (e, a) = (&walk.expected, &walk.actual);
        let bad_contact = |id: &u64| walk.bad_contacts.contains(id);

        let problem = diff(&e.search, &a.search, bad_contact).problem("contact_search_v1");
        fixes.fix("contact_search_v1", &["contacts_v1"], problem, || {
            let mut t = emptied(txn, CONTACT_SEARCH)?;
            for (id, row) in rows(&e.search, &a.search, bad_contact) {
                t.insert(id, to_value(&row))?;
            }
            Ok(())
        })?;
        let mut problem =
            diff(&e.trigrams, &a.trigrams, |k| bad_contact(&k.1)).problem(TRIGRAMS_TABLE);
        if problem.is_none() && !a.bad_trigram_chunks.is_empty() {
            problem = Some(bad_chunks_problem(TRIGRAMS_TABLE, &a.bad_trigram_chunks));
        }
        fixes.fix(TRIGRAMS_TABLE, &["contacts_v1"], problem, || {
            let pairs: Vec<(String, u64)> = rows(&e.trigrams, &a.trigrams, |k| bad_contact(&k.1))
                .into_iter()
                .map(|(pair, ())| pair)
                .collect();
            super::postings::add_sorted(
                TRIGRAMS_TABLE,
                &mut emptied(txn, CONTACT_TRIGRAMS)?,
                &pairs,
            )
        })?;
        Ok(())
    }

    /// The review's silence rows and day counts, from the indexes rebuilt above.
    fn review_indexes(txn: &WriteTransaction, fixes: &mut Fixes<'_>) -> Result<()> {
        use super::review_index::write_rows;
        let expected = super::walk::expected_rows(fixes.walk);
        let [silence, counts] = super::check::review_problems(fixes.walk, &expected);
        // Either rebuild writes both tables: the counts count the silence rows.
        let sources = ["contacts_v1", "interactions_v1", "followups_v1"];
        fixes.fix("silence_v1", &sources, silence, || {
            write_rows(txn, &expected)
        })?;
        fixes.fix("day_counts_v1", &sources, counts, || {
            write_rows(txn, &expected)
        })
    }
}
