//! `kith check`: the whole notebook verified in one read snapshot — redb's own page checks,
//! every record decodes and sits under the key it says it has, every index holds exactly the
//! rows its records call for, and a count per table. `repair.rs` rebuilds the indexes from
//! what this finds.
//!
//! redb's `Database::check_integrity` repairs as it checks and commits the repair, so a plain
//! `check` runs it on a private copy of the file and never writes to the notebook; only
//! `check --repair` runs it on the notebook itself.

use super::contain::contain;
use super::walk::{Map, TableCount, Walk, walk_in};
use super::{Result, Skipped, Store, StoreError};
use std::path::Path;

pub(super) mod greetings;
pub(super) mod kept;
pub(super) mod owed;
pub(super) mod referrals;
pub(super) mod stats;

/// What redb's own integrity check found.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "state", content = "detail")]
pub enum RedbCheck {
    /// Every page of the notebook passed its checksum.
    Clean,
    /// The latest commit's pages fail their checksums; redb can go back to the commit before it
    /// (`--repair`), which loses the latest change.
    Repairable,
    /// `--repair` ran redb's repair and it succeeded.
    Repaired,
    /// redb cannot repair the file.
    Damaged(String),
    /// The check could not run (no room for the copy, say); the record walk still ran.
    NotRun(String),
}

/// An index that disagrees with its records.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct IndexProblem {
    pub index: &'static str,
    /// Rows the records call for that the index lacks.
    pub missing: usize,
    /// Rows present with the wrong value.
    pub wrong: usize,
    /// Rows no record calls for, or that do not decode.
    pub extra: usize,
    /// One of the differences, to show what is wrong.
    pub example: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CheckReport {
    pub redb: RedbCheck,
    pub tables: Vec<TableCount>,
    /// Records that do not decode, or that a page left unreadable.
    pub damaged: Vec<Skipped>,
    pub indexes: Vec<IndexProblem>,
    /// What `--repair` rebuilt (the problems as found before the repair).
    pub repaired: Vec<IndexProblem>,
    /// Indexes `--repair` left alone, and why.
    pub not_repaired: Vec<String>,
}

impl CheckReport {
    /// Nothing left to report: redb is content, every record decodes and every index agrees.
    pub fn is_clean(&self) -> bool {
        matches!(self.redb, RedbCheck::Clean | RedbCheck::Repaired)
            && self.damaged.is_empty()
            && self.indexes.is_empty()
            && self.tables.iter().all(|t| t.complete)
    }
}

impl Store {
    /// Checks the whole notebook and writes nothing.
    pub fn check(&self) -> Result<CheckReport> {
        let redb = redb_check_copy(&self.path);
        let walk = self.walk()?;
        Ok(report(redb, walk, Vec::new(), Vec::new()))
    }

    /// Reads every table in one snapshot.
    pub(super) fn walk(&self) -> Result<Walk> {
        contain(|| walk_in(&self.db.begin_read()?))
    }
}

/// How an index differs from what its records call for. Rows that `kept` says belong to a
/// record that does not decode are neither missing nor extra: nothing can say what they should be.
pub(super) struct Diff<K, V> {
    pub missing: Vec<(K, V)>,
    pub wrong: Vec<(K, V)>,
    pub extra: Vec<K>,
}

pub(super) fn diff<K: Ord + Clone, V: PartialEq + Clone>(
    expected: &Map<K, V>,
    actual: &Map<K, V>,
    kept: impl Fn(&K) -> bool,
) -> Diff<K, V> {
    let mut d = Diff {
        missing: Vec::new(),
        wrong: Vec::new(),
        extra: Vec::new(),
    };
    for (k, v) in expected {
        match actual.get(k) {
            None => d.missing.push((k.clone(), v.clone())),
            Some(found) if found != v => d.wrong.push((k.clone(), v.clone())),
            Some(_) => {}
        }
    }
    d.extra = actual
        .keys()
        .filter(|k| !expected.contains_key(k) && !kept(k))
        .cloned()
        .collect();
    d
}

impl<K: std::fmt::Debug, V> Diff<K, V> {
    pub(super) fn problem(&self, index: &'static str) -> Option<IndexProblem> {
        let example = if let Some((k, _)) = self.missing.first() {
            crate::say!("check-row-missing", row = format!("{k:?}"))
        } else if let Some((k, _)) = self.wrong.first() {
            crate::say!("check-row-wrong", row = format!("{k:?}"))
        } else if let Some(k) = self.extra.first() {
            crate::say!("check-row-extra", row = format!("{k:?}"))
        } else {
            return None;
        };
        Some(IndexProblem {
            index,
            missing: self.missing.len(),
            wrong: self.wrong.len(),
            extra: self.extra.len(),
            example,
        })
    }
}

/// The record tables each index is built from.
pub(super) const SOURCES: [(&str, &[&str]); 12] = [
    ("names_v2", &["contacts_v1"]),
    ("archived_names_v2", &["contacts_v1"]),
    ("contact_facts_v1", &["contacts_v1", "interactions_v1"]),
    ("occasions_v1", &["contacts_v1"]),
    ("interaction_keys_v1", &["interactions_v1"]),
    ("followups_by_contact_v1", &["followups_v1"]),
    ("open_followups_v1", &["followups_v1"]),
    ("note_postings_v1", &["interactions_v1"]),
    ("contact_search_v1", &["contacts_v1"]),
    ("contact_trigrams_v1", &["contacts_v1"]),
    ("silence_v1", &["contacts_v1", "interactions_v1"]),
    (
        "day_counts_v1",
        &["contacts_v1", "interactions_v1", "followups_v1"],
    ),
];

/// Every index that disagrees with its records. An index whose records cannot all be read is
/// not compared: what it should hold is unknown, and the unreadable table is reported already.
pub(super) fn index_problems(w: &Walk) -> Vec<IndexProblem> {
    let (e, a) = (&w.expected, &w.actual);
    let contact = |id: &u64| w.bad_contacts.contains(id);
    let mut problems = vec![
        diff(&e.names, &a.names, |k| contact(&k.1)).problem("names_v2"),
        diff(&e.archived_names, &a.archived_names, |k| contact(&k.1)).problem("archived_names_v2"),
        diff(&e.facts, &a.facts, contact).problem("contact_facts_v1"),
        diff(&e.occasions, &a.occasions, |k| contact(&k.1)).problem("occasions_v1"),
        diff(&e.interaction_keys, &a.interaction_keys, |_| false).problem("interaction_keys_v1"),
        diff(&e.by_contact, &a.by_contact, |k| {
            w.bad_followups.contains(&k.1)
        })
        .problem("followups_by_contact_v1"),
        diff(&e.open, &a.open, |k| w.bad_followups.contains(&k.2)).problem("open_followups_v1"),
        diff(&e.postings, &a.postings, |k| {
            w.bad_interactions.contains(&k.1)
        })
        .problem("note_postings_v1"),
        diff(&e.search, &a.search, contact).problem("contact_search_v1"),
        diff(&e.trigrams, &a.trigrams, |k| contact(&k.1)).problem("contact_trigrams_v1"),
    ];
    problems.extend(review_problems(w, &super::walk::expected_rows(w)));
    problems.extend(owed::owed_problems(w));
    problems.extend(kept::kept_problems(w));
    problems.extend(referrals::referral_problems(w));
    problems.extend(stats::stats_problems(w));
    problems.extend(greetings::greeting_problems(w));
    problems.retain(|p| {
        p.as_ref().is_none_or(|p| {
            SOURCES
                .iter()
                .find(|(index, _)| *index == p.index)
                .is_none_or(|(_, sources)| sources.iter().all(|s| w.complete(s)))
        })
    });
    if !a.bad_chunks.is_empty() {
        problems.push(Some(bad_chunks_problem("note_postings_v1", &a.bad_chunks)));
    }
    if !a.bad_trigram_chunks.is_empty() {
        problems.push(Some(bad_chunks_problem(
            "contact_trigrams_v1",
            &a.bad_trigram_chunks,
        )));
    }
    if a.next_id < e.next_id {
        problems.push(Some(IndexProblem {
            index: "meta",
            missing: 0,
            wrong: 1,
            extra: 0,
            example: crate::say!(
                "check-next-id-low",
                next = a.next_id.to_string(),
                highest = (e.next_id - 1).to_string()
            ),
        }));
    }
    problems.into_iter().flatten().collect()
}

/// How the review's silence rows and day counts differ from what the records call for.
pub(super) fn review_problems(
    w: &Walk,
    expected: &super::review_index::ReviewRows,
) -> [Option<IndexProblem>; 2] {
    let a = &w.actual.review;
    [
        diff(&expected.silence, &a.silence, |_| false).problem("silence_v1"),
        diff(&expected.counts, &a.counts, |_| false).problem("day_counts_v1"),
    ]
}

/// A postings index some of whose chunks do not decode (`bad` names them); only called with at
/// least one.
pub(super) fn bad_chunks_problem(index: &'static str, bad: &[String]) -> IndexProblem {
    IndexProblem {
        index,
        missing: 0,
        wrong: 0,
        extra: bad.len(),
        example: crate::say!(
            "check-chunk-unreadable",
            chunk = bad.first().map_or("", String::as_str)
        ),
    }
}

pub(super) fn report(
    redb: RedbCheck,
    walk: Walk,
    repaired: Vec<IndexProblem>,
    not_repaired: Vec<String>,
) -> CheckReport {
    CheckReport {
        redb,
        indexes: index_problems(&walk),
        tables: walk.tables,
        damaged: walk.damaged,
        repaired,
        not_repaired,
    }
}

/// redb's integrity check, run on a private copy of the notebook so the check itself never
/// writes to it. Opening the copy with the check on verifies the checksum of every page the
/// latest commit reaches; redb calls the repair callback at 0.3 only when that fails and it
/// must fall back to the commit before.
fn redb_check_copy(path: &Path) -> RedbCheck {
    let copy = match copy_aside(path) {
        Ok(copy) => copy,
        Err(e) => {
            return RedbCheck::NotRun(crate::say!("check-cannot-copy", error = e.to_string()));
        }
    };
    let fell_back = std::rc::Rc::new(std::cell::Cell::new(false));
    let seen = fell_back.clone();
    let opened = contain(|| {
        redb::Database::builder()
            .set_check_integrity_on_open(true)
            .set_repair_callback(move |session| {
                if session.progress() > 0.2 && session.progress() < 0.5 {
                    seen.set(true);
                }
            })
            .open(copy.path())
            .map_err(|e| StoreError::Damaged(database_error(e)))
    });
    match opened {
        Ok(_) if fell_back.get() => RedbCheck::Repairable,
        Ok(_) => RedbCheck::Clean,
        Err(StoreError::Damaged(why)) => RedbCheck::Damaged(why),
        Err(e) => RedbCheck::Damaged(e.to_string()),
    }
}

fn copy_aside(path: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty());
    // Another kith process may commit while the copy is made, which would leave a copy of no
    // commit at all; a copy during which the file did not change is a true one.
    let stamp = |path: &Path| std::fs::metadata(path).map(|m| (m.modified().ok(), m.len()));
    let mut attempts = 0;
    loop {
        let mut copy = match dir {
            Some(dir) => tempfile::Builder::new()
                .prefix(".kith-check-")
                .tempfile_in(dir)
                .or_else(|_| tempfile::NamedTempFile::new())?,
            None => tempfile::NamedTempFile::new()?,
        };
        let before = stamp(path)?;
        std::io::copy(&mut std::fs::File::open(path)?, copy.as_file_mut())?;
        attempts += 1;
        if stamp(path)? == before || attempts == 5 {
            return Ok(copy);
        }
    }
}

pub(super) fn database_error(e: redb::DatabaseError) -> String {
    match e {
        redb::DatabaseError::Storage(redb::StorageError::Corrupted(why)) => why,
        other => other.to_string(),
    }
}
