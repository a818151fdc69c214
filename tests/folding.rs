//! What folding finds, across the schema step that changed it: a notebook written before
//! folding dropped the marks joining a word's letters is found without them once opened.

mod common;

use kith::store::Store;

/// Schema 8 folds away the marks that join a word's letters: a notebook written by the kith of
/// schema 7 (`schema_v7_inword.redb`: "Marta Soler" of "Paral·lel Estudi", with the note "Vol
/// l'última comanda de paral·lel", and "Joan O'Neil" of "L'Obrador") has every index of folded
/// text built again, so the words typed without the marks find them.
#[test]
fn a_schema_7_notebook_with_marks_inside_words_is_found_without_them() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.redb");
    std::fs::copy(common::fixture_path("schema_v7_inword.redb"), &copy).unwrap();
    let store = Store::open(&copy).unwrap();
    assert_eq!(store.schema_version().unwrap(), kith::store::CURRENT_SCHEMA);
    let report = store.check().unwrap();
    assert!(report.is_clean(), "{report:?}");
    let today = kith::clock::now().date();
    for (typed, who) in [
        ("parallel", "Marta Soler"),
        ("oneil", "Joan O'Neil"),
        ("lobrador", "Joan O'Neil"),
    ] {
        let query = kith::search::query::parse(typed).unwrap();
        let hits = kith::search::stored::search(&store, &query, today)
            .unwrap()
            .hits;
        let names: Vec<String> = (hits.iter())
            .map(|h| store.contact(h.id).unwrap().name)
            .collect();
        assert_eq!(names, [who], "{typed}");
    }
    let notes = store.search_notes("lultima paral", 10).unwrap();
    assert_eq!(notes.notes.len(), 1, "the note's words are folded anew");
}
