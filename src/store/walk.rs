//! One read of the whole notebook for `kith check`: every record decoded, and every index row
//! twice over — as its records call for it (built with the writer's own row builders in
//! `index.rs`) and as the file holds it — so `check.rs` can compare them and `repair.rs` can
//! rebuild from them. A page that cannot be read ends its table's scan and is reported there.

use super::SearchRow;
use super::codec::{Record, decode_postings};
use super::index::{
    ContactFacts, FactsRow, by_contact_key, name_key, name_value, occasion_keys, open_key,
};
use super::search_rows::{TRIGRAMS_TABLE, from_value};
use super::tables::*;
use super::write::decode_at;
use super::{Result, Skipped};
use crate::domain::serde_time::{datetime_to_secs, secs_to_datetime};
use crate::domain::{Contact, Draft, FollowUp, Interaction};
use crate::text::note_tokens;
use chrono::NaiveDateTime;
use redb::ReadTransaction;
use std::collections::{BTreeMap, HashSet};

pub(super) mod greetings;
pub(super) mod kept;
pub(super) mod owed;
pub(super) mod referrals;
mod review;
mod scan;
pub(super) mod stats;
pub(super) use review::expected_rows;
pub(super) use scan::scan;

pub(super) type Map<K, V = ()> = BTreeMap<K, V>;

/// The rows of one table: how many were read, how many did not decode, and whether the table
/// could be read to its end.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TableCount {
    pub table: &'static str,
    pub rows: u64,
    pub damaged: u64,
    pub complete: bool,
}

/// Every index, as rows: what the records call for, or what the file holds.
#[derive(Debug, Default)]
pub(super) struct Indexes {
    pub names: Map<(String, u64), (String, String)>,
    pub archived_names: Map<(String, u64), (String, String)>,
    pub facts: Map<u64, FactsRow>,
    pub occasions: Map<(u16, u64, u8)>,
    pub interaction_keys: Map<u64, (u64, i64)>,
    pub by_contact: Map<(u64, u64)>,
    pub open: Map<(u8, i32, u64), u64>,
    pub postings: Map<(String, u64)>,
    /// Note-index chunks that do not decode (`word/first id`).
    pub bad_chunks: Vec<String>,
    pub search: Map<u64, SearchRow>,
    pub trigrams: Map<(String, u64)>,
    /// Trigram-index chunks that do not decode (`piece/first id`).
    pub bad_trigram_chunks: Vec<String>,
    /// The review's silence rows and day counts, as the file holds them (what the records call
    /// for is `review::expected_rows`: it depends on the rows of damaged records).
    pub review: super::review_index::ReviewRows,
    pub next_id: u64,
}

/// One read of the whole notebook.
#[derive(Debug, Default)]
pub(super) struct Walk {
    pub expected: Indexes,
    pub actual: Indexes,
    pub bad_contacts: HashSet<u64>,
    pub bad_interactions: HashSet<u64>,
    pub bad_followups: HashSet<u64>,
    pub bad_drafts: HashSet<u64>,
    pub owed: owed::OwedWalk,
    pub kept: kept::KeptWalk,
    pub referral: referrals::ReferralWalk,
    pub stats: stats::StatsWalk,
    pub greetings: greetings::GreetingWalk,
    pub damaged: Vec<Skipped>,
    pub tables: Vec<TableCount>,
}

impl Walk {
    pub(super) fn complete(&self, table: &str) -> bool {
        self.tables.iter().any(|t| t.table == table && t.complete)
    }
}

/// Decodes one record; a failure marks its id bad and is reported.
fn decode_record<R: Record>(
    table: &'static str,
    id: u64,
    bytes: &[u8],
    bad: impl FnOnce(&mut Walk) -> &mut HashSet<u64>,
    walk: &mut Walk,
) -> Option<R> {
    match decode_at(table, id, bytes) {
        Ok(record) => Some(record),
        Err(e) => {
            bad(walk).insert(id);
            walk.damaged.push(e.into());
            None
        }
    }
}

/// A record whose stored key disagrees with what it says about itself is as damaged as one
/// that does not decode: it would be shown under the wrong contact or id.
fn misplaced(walk: &mut Walk, table: &'static str, key: String, what: String) {
    walk.damaged.push(Skipped {
        table,
        key,
        reason: crate::say!("store-record-off-its-key", what = what),
    });
}

pub(super) fn walk_in(txn: &ReadTransaction) -> Result<Walk> {
    let mut w = Walk::default();
    let contacts = scan_contacts(txn, &mut w)?;
    let mut latest: BTreeMap<u64, i64> = BTreeMap::new();
    let mut max_id = 0;
    scan_interactions(txn, &mut w, &mut latest, &mut max_id)?;
    scan_followups(txn, &mut w, &mut max_id)?;
    owed::scan_owed(txn, &mut w, &mut max_id)?;
    kept::scan_kept(txn, &mut w)?;
    referrals::scan_thanks(txn, &mut w, &mut max_id)?;
    stats::scan_stats(txn, &mut w)?;
    scan(txn, DRAFTS, "drafts_v1", &mut w, |k, v, w| {
        let id = k.value();
        // Drafts have no index; a bad one is only reported.
        decode_record::<Draft>("drafts_v1", id, v.value(), |w| &mut w.bad_drafts, w);
        id.to_string()
    })?;
    let order = super::name_order::in_txn(txn)?;
    for c in &contacts {
        max_id = max_id.max(c.id.0);
        let last = latest.get(&c.id.0).and_then(|s| secs_to_datetime(*s));
        expect_contact_rows(&mut w.expected, c, last, order);
        w.referral.expected.add_contact(c);
    }
    greetings::scan_greetings(txn, &mut w, &contacts, &mut max_id)?;
    w.expected.next_id = max_id + 1;
    read_indexes(txn, &mut w)?;
    referrals::read_actual(txn, &mut w)?;
    if w.referral.built {
        for key in w.referral.expected.anniversaries.keys() {
            w.expected.occasions.insert(*key, ());
        }
    }
    Ok(w)
}

/// The contacts that decode and sit under their own id.
fn scan_contacts(txn: &ReadTransaction, w: &mut Walk) -> Result<Vec<Contact>> {
    let mut contacts: Vec<Contact> = Vec::new();
    scan(txn, CONTACTS, "contacts_v1", w, |k, v, w| {
        let id = k.value();
        if let Some(c) =
            decode_record::<Contact>("contacts_v1", id, v.value(), |w| &mut w.bad_contacts, w)
        {
            if c.id.0 == id {
                contacts.push(c);
            } else {
                w.bad_contacts.insert(id);
                let what = crate::say!("store-record-says-id", id = c.id.to_string());
                misplaced(w, "contacts_v1", id.to_string(), what);
            }
        }
        id.to_string()
    })?;
    Ok(contacts)
}

/// The interactions' id index and note index as their records call for them, and each
/// contact's latest interaction time.
fn scan_interactions(
    txn: &ReadTransaction,
    w: &mut Walk,
    latest: &mut BTreeMap<u64, i64>,
    max_id: &mut u64,
) -> Result<()> {
    scan(txn, INTERACTIONS, "interactions_v1", w, |k, v, w| {
        let (contact, secs, id) = k.value();
        *max_id = (*max_id).max(id);
        w.expected.interaction_keys.insert(id, (contact, secs));
        let last = latest.entry(contact).or_insert(secs);
        *last = (*last).max(secs);
        if let Some(i) = decode_record::<Interaction>(
            "interactions_v1",
            id,
            v.value(),
            |w| &mut w.bad_interactions,
            w,
        ) {
            if (i.id.0, i.contact.0, datetime_to_secs(i.at)) == (id, contact, secs) {
                w.kept.keep_complaint(&i);
                w.referral.expected.add_note(&i);
                for word in note_tokens(&i.text) {
                    w.expected.postings.insert((word, id), ());
                }
            } else {
                w.bad_interactions.insert(id);
                let what = crate::say!(
                    "store-note-says",
                    id = i.id.to_string(),
                    contact = i.contact.to_string(),
                    at = i.at.to_string()
                );
                misplaced(w, "interactions_v1", id.to_string(), what);
            }
        }
        id.to_string()
    })
}

/// The follow-ups' indexes as their records call for them.
fn scan_followups(txn: &ReadTransaction, w: &mut Walk, max_id: &mut u64) -> Result<()> {
    scan(txn, FOLLOWUPS, "followups_v1", w, |k, v, w| {
        let id = k.value();
        *max_id = (*max_id).max(id);
        if let Some(f) =
            decode_record::<FollowUp>("followups_v1", id, v.value(), |w| &mut w.bad_followups, w)
        {
            if f.id.0 == id {
                w.expected.by_contact.insert(by_contact_key(&f), ());
                w.kept.expected.add_followup(&f);
                if let Some(key) = open_key(&f) {
                    w.expected.open.insert(key, f.contact.0);
                }
            } else {
                w.bad_followups.insert(id);
                let what = crate::say!("store-record-says-id", id = f.id.to_string());
                misplaced(w, "followups_v1", id.to_string(), what);
            }
        }
        id.to_string()
    })
}

/// The rows one contact calls for in the name, facts, occasion and search indexes.
fn expect_contact_rows(
    expected: &mut Indexes,
    c: &Contact,
    last: Option<NaiveDateTime>,
    order: crate::text::collation::Collation,
) {
    let (archived, key) = name_key(c, order);
    let names = if archived {
        &mut expected.archived_names
    } else {
        &mut expected.names
    };
    names.insert(key, name_value(c));
    expected
        .facts
        .insert(c.id.0, ContactFacts::of(c, last).to_row());
    for key in occasion_keys(c) {
        expected.occasions.insert(key, ());
    }
    let row = SearchRow::of(c);
    for piece in row.trigrams() {
        expected.trigrams.insert((piece, c.id.0), ());
    }
    expected.search.insert(c.id.0, row);
}

fn read_indexes(txn: &ReadTransaction, w: &mut Walk) -> Result<()> {
    let mut names = Map::new();
    scan(txn, NAMES, "names_v2", w, |k, v, _| {
        let (name, id) = k.value();
        let (written, company) = v.value();
        names.insert((name.to_string(), id), (written.into(), company.into()));
        id.to_string()
    })?;
    w.actual.names = names;
    let mut names = Map::new();
    scan(txn, ARCHIVED_NAMES, "archived_names_v2", w, |k, v, _| {
        let (name, id) = k.value();
        let (written, company) = v.value();
        names.insert((name.to_string(), id), (written.into(), company.into()));
        id.to_string()
    })?;
    w.actual.archived_names = names;
    let mut rows = Map::new();
    scan(txn, CONTACT_FACTS, "contact_facts_v1", w, |k, v, _| {
        rows.insert(k.value(), v.value());
        k.value().to_string()
    })?;
    w.actual.facts = rows;
    let mut rows = Map::new();
    scan(txn, OCCASIONS, "occasions_v1", w, |k, _, _| {
        rows.insert(k.value(), ());
        format!("{:?}", k.value())
    })?;
    w.actual.occasions = rows;
    let mut rows = Map::new();
    scan(
        txn,
        INTERACTION_KEYS,
        "interaction_keys_v1",
        w,
        |k, v, _| {
            rows.insert(k.value(), v.value());
            k.value().to_string()
        },
    )?;
    w.actual.interaction_keys = rows;
    let mut rows = Map::new();
    scan(
        txn,
        FOLLOWUPS_BY_CONTACT,
        "followups_by_contact_v1",
        w,
        |k, _, _| {
            rows.insert(k.value(), ());
            format!("{:?}", k.value())
        },
    )?;
    w.actual.by_contact = rows;
    let mut rows = Map::new();
    scan(txn, OPEN_FOLLOWUPS, "open_followups_v1", w, |k, v, _| {
        rows.insert(k.value(), v.value());
        format!("{:?}", k.value())
    })?;
    w.actual.open = rows;
    let (mut rows, mut bad) = (Map::new(), Vec::new());
    scan(txn, NOTE_POSTINGS, "note_postings_v1", w, |k, v, _| {
        let (word, first) = k.value();
        match decode_postings(v.value()) {
            Ok(ids) => {
                for id in ids {
                    rows.insert((word.to_string(), id), ());
                }
            }
            Err(e) => bad.push(format!("{word}/{first}: {e}")),
        }
        format!("{word}/{first}")
    })?;
    w.actual.postings = rows;
    w.actual.bad_chunks = bad;
    let mut rows = Map::new();
    scan(txn, CONTACT_SEARCH, "contact_search_v1", w, |k, v, _| {
        rows.insert(k.value(), from_value(v.value()));
        k.value().to_string()
    })?;
    w.actual.search = rows;
    let (mut rows, mut bad) = (Map::new(), Vec::new());
    scan(txn, CONTACT_TRIGRAMS, TRIGRAMS_TABLE, w, |k, v, _| {
        let (piece, first) = k.value();
        match decode_postings(v.value()) {
            Ok(ids) => {
                for id in ids {
                    rows.insert((piece.to_string(), id), ());
                }
            }
            Err(e) => bad.push(format!("{piece}/{first}: {e}")),
        }
        format!("{piece}/{first}")
    })?;
    w.actual.trigrams = rows;
    w.actual.bad_trigram_chunks = bad;
    review::read_actual(txn, w)?;
    w.actual.next_id = txn
        .open_table(META)?
        .get(super::schema::NEXT_ID_KEY)?
        .map_or(1, |v| v.value());
    Ok(())
}
