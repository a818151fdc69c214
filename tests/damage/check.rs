//! kith check finds damaged records and indexes that disagree; --repair rebuilds them.

use super::*;

#[test]
fn check_finds_indexes_that_disagree_and_repair_rebuilds_them() {
    let (dir, path) = temp_db();
    let (ann, bob, due_id);
    {
        let store = Store::open(&path).unwrap();
        ann = add(&store, "Ann Archer", Kind::Customer);
        bob = add(&store, "Bob Baker", Kind::Customer);
        log(
            &store,
            ann,
            at(2026, 11, 2, 9, 0),
            "talked about the orchard",
        );
        log(&store, bob, at(2026, 11, 3, 9, 0), "bought apples");
        due_id = promise(&store, bob, (2026, 11, 20), "deliver the apples").id;
    }
    let db = path.as_path();
    exits(db, &["check"], 0);
    tamper(&path, |txn| {
        // Bob drops out of the name index, the note index forgets "orchard", a stray open
        // follow-up row appears, and Ann's last contact goes wrong.
        let mut names = txn.open_table(tables::NAMES).unwrap();
        names.remove(("bob baker", bob.0)).unwrap();
        let mut postings = txn.open_table(tables::NOTE_POSTINGS).unwrap();
        let orchard: Vec<(String, u64)> = postings
            .range(("orchard", 0)..=("orchard", u64::MAX))
            .unwrap()
            .map(|e| {
                let (k, _) = e.unwrap();
                (k.value().0.to_string(), k.value().1)
            })
            .collect();
        assert!(!orchard.is_empty());
        for (word, first) in &orchard {
            postings.remove((word.as_str(), *first)).unwrap();
        }
        let mut open = txn.open_table(tables::OPEN_FOLLOWUPS).unwrap();
        open.insert((0, 1, 999_999), ann.0).unwrap();
        let mut facts = txn.open_table(tables::CONTACT_FACTS).unwrap();
        let row = facts.get(ann.0).unwrap().unwrap().value();
        facts
            .insert(ann.0, (row.0, row.1, row.2, row.3, i64::MIN))
            .unwrap();
    });
    // Before the repair the damage is silent to the everyday commands...
    let (out, _) = exits(db, &["list"], 0);
    assert!(!out.contains("Bob"), "{out}");
    // ...and `check` names every index that disagrees.
    let (out, _) = exits(db, &["check"], DAMAGED);
    for index in [
        "names_v2",
        "note_postings_v1",
        "open_followups_v1",
        "contact_facts_v1",
    ] {
        assert!(out.contains(index), "{index} not in {out}");
    }
    assert!(out.contains("kith check --repair"), "{out}");
    let report: serde_json::Value =
        serde_json::from_str(&exits(db, &["check", "--json"], DAMAGED).0).unwrap();
    assert_eq!(report["indexes"].as_array().map(Vec::len), Some(4));

    let (out, _) = exits(db, &["check", "--repair"], 0);
    assert!(out.contains("Rebuilt (4)"), "{out}");
    let (out, _) = exits(db, &["check"], 0);
    assert!(out.contains("The notebook is sound."), "{out}");

    let (out, _) = exits(db, &["list"], 0);
    assert!(out.contains("Bob Baker"), "{out}");
    let (out, _) = exits(db, &["search", "--notes", "orchard"], 0);
    assert!(out.contains("talked about the orchard"), "{out}");
    let (out, _) = exits(db, &["due", "--json"], 0);
    assert!(out.contains("deliver the apples"), "{out}");
    assert!(!out.contains("999999"), "{out}");
    let (out, _) = exits(db, &["show", "Ann", "--json"], 0);
    assert!(out.contains("2026-11-02"), "{out}");
    let _ = (dir, due_id);
}

#[test]
fn repair_keeps_the_index_rows_of_records_that_do_not_decode() {
    let nb = notebook_with_damaged_records();
    let db = nb.path.as_path();
    let (out, _) = exits(db, &["check", "--repair"], DAMAGED);
    assert!(!out.contains("Rebuilt"), "{out}");
    // Bob keeps his row in the name index, so the list still shows him, and reading his
    // record still names it as damaged: nothing is silently dropped.
    let (out, _) = exits(db, &["list"], 0);
    assert!(out.contains("Bob Baker"), "{out}");
    let (_, err) = exits(db, &["list", "--json"], DAMAGED);
    assert!(
        err.contains(&format!("contacts_v1, key {}", nb.bob)),
        "{err}"
    );
}

#[test]
fn check_finds_a_broken_search_index_and_repair_rebuilds_it() {
    let (dir, path) = temp_db();
    let (ann, bob);
    {
        let store = Store::open(&path).unwrap();
        ann = add(&store, "Ann Archer", Kind::Customer);
        bob = add(&store, "Bob Baker", Kind::Customer);
    }
    let db = path.as_path();
    exits(db, &["check"], 0);
    let (out, _) = exits(db, &["search", "Baker"], 0);
    assert!(out.contains("Bob Baker"), "{out}");
    tamper(&path, |txn| {
        // Bob's search row goes, Ann's says a name she does not have, and every trigram chunk
        // of "ann" is overwritten with bytes that do not decode.
        let mut rows = txn.open_table(tables::CONTACT_SEARCH).unwrap();
        rows.remove(bob.0).unwrap();
        let row = {
            let guard = rows.get(ann.0).unwrap().unwrap();
            let (a, k, d, _, c, t, e, p) = guard.value();
            (
                a,
                k,
                d,
                c.to_string(),
                t.to_string(),
                e.to_string(),
                p.to_string(),
            )
        };
        let (a, k, d, c, t, e, p) = &row;
        rows.insert(
            ann.0,
            (
                *a,
                *k,
                *d,
                "zed zebra",
                c.as_str(),
                t.as_str(),
                e.as_str(),
                p.as_str(),
            ),
        )
        .unwrap();
        let mut trigrams = txn.open_table(tables::CONTACT_TRIGRAMS).unwrap();
        let firsts: Vec<u64> = trigrams
            .range(("ann", 0)..=("ann", u64::MAX))
            .unwrap()
            .map(|e| e.unwrap().0.value().1)
            .collect();
        assert!(!firsts.is_empty());
        let garbage: &[u8] = &[0xff, 0xfe, 0xfd];
        for first in firsts {
            trigrams.insert(("ann", first), garbage).unwrap();
        }
    });
    let (out, _) = exits(db, &["search", "Baker"], 0);
    assert!(!out.contains("Bob Baker"), "{out}");

    let (out, _) = exits(db, &["check"], DAMAGED);
    for index in ["contact_search_v1", "contact_trigrams_v1"] {
        assert!(out.contains(index), "{index} not in {out}");
    }
    let report: serde_json::Value =
        serde_json::from_str(&exits(db, &["check", "--json"], DAMAGED).0).unwrap();
    let search = report["indexes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["index"] == "contact_search_v1")
        .unwrap();
    assert_eq!(
        (search["missing"].as_u64(), search["wrong"].as_u64()),
        (Some(1), Some(1))
    );
    // The undecodable chunks are named, and the contacts they held are missing from the index.
    let trigrams: Vec<&serde_json::Value> = report["indexes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["index"] == "contact_trigrams_v1")
        .collect();
    assert!(
        trigrams.iter().any(|p| p["missing"].as_u64() >= Some(1)),
        "{report}"
    );
    assert!(
        trigrams
            .iter()
            .any(|p| p["example"].as_str().unwrap().contains("does not decode")),
        "{report}"
    );

    let (out, _) = exits(db, &["check", "--repair"], 0);
    assert!(out.contains("Rebuilt (2)"), "{out}");
    let (out, _) = exits(db, &["check"], 0);
    assert!(out.contains("The notebook is sound."), "{out}");
    let (out, _) = exits(db, &["search", "Baker"], 0);
    assert!(out.contains("Bob Baker"), "{out}");
    let (out, _) = exits(db, &["search", "Ann"], 0);
    assert!(out.contains("Ann Archer"), "{out}");
    let _ = dir;
}

/// An older kith counted an archived contact's open follow-ups in the review's day counts and
/// left no mark that it did not: `kith check` (which reads only) finds those counts, and the
/// first open for writing puts them right, once.
#[test]
fn counts_an_older_kith_kept_with_an_archived_contacts_follow_ups_are_put_right() {
    let (_dir, path) = temp_db();
    let db = path.as_path();
    for args in [
        &["add", "Ann Archer"][..],
        &["add", "Bob Baker"],
        &["followup", "Ann Archer", "2026-11-20: call Ann"],
        &["followup", "Bob Baker", "2026-11-20: call Bob"],
        &["archive", "Bob Baker", "--reason", "moved away"],
    ] {
        exits(db, args, 0);
    }
    exits(db, &["check"], 0);
    let kept = open_counts(&path);
    assert_eq!(kept.len(), 1, "one day, Ann's follow-up alone: {kept:?}");
    assert_eq!(kept[0].1, 1);
    tamper(&path, |txn| {
        let mut counts = txn.open_table(tables::DAY_COUNTS).unwrap();
        counts.insert(kept[0].0, 2).unwrap();
        let mut meta = txn.open_table(tables::META).unwrap();
        assert!(meta.remove("open_counts_in_use").unwrap().is_some());
    });
    let (out, _) = exits(db, &["check"], DAMAGED);
    assert!(out.contains("day_counts_v1"), "{out}");
    // The next command that writes opens it for writing, which counts again and marks it.
    exits(db, &["add", "Cara Cole"], 0);
    assert_eq!(open_counts(&path), kept);
    exits(db, &["check"], 0);
}

/// The open follow-ups' day counts the file at `path` holds.
fn open_counts(path: &Path) -> Vec<((u8, u32, i32), u64)> {
    let db = redb::Database::open(path).unwrap();
    let txn = redb::ReadableDatabase::begin_read(&db).unwrap();
    let table = txn.open_table(tables::DAY_COUNTS).unwrap();
    let rows = table.range((0, 0, i32::MIN)..(1, 0, i32::MIN)).unwrap();
    rows.map(|e| e.map(|(k, v)| (k.value(), v.value())).unwrap())
        .collect()
}
