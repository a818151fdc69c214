//! The note index is always exactly what the notes say, whatever was created, edited or deleted.

mod common;

use common::at;
use kith::domain::*;
use kith::store::Store;
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Create {
        contact: usize,
        day: u32,
        text: usize,
    },
    Edit {
        note: usize,
        day: u32,
        text: usize,
    },
    Delete {
        note: usize,
    },
}

const TEXTS: [&str; 8] = [
    "Diwali invoice by the 5th",
    "दिवाली के ऑर्डर के बारे में पूछा",
    "নতুন অর্ডারের কথা বললেন",
    "Va passar per la botiga; vol pa de sègol",
    "invoice INVOICE invoiced",
    "Café with José",
    "",
    "multi\nline\nnote with the invoice",
];

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..3usize, 1..28u32, 0..TEXTS.len()).prop_map(|(contact, day, text)| Op::Create {
            contact,
            day,
            text
        }),
        (0..20usize, 1..28u32, 0..TEXTS.len()).prop_map(|(note, day, text)| Op::Edit {
            note,
            day,
            text
        }),
        (0..20usize).prop_map(|note| Op::Delete { note }),
    ]
}

/// The index as it should be, recomputed from the notes themselves.
fn recomputed(store: &Store, contacts: &[ContactId]) -> Vec<(String, u64)> {
    let mut rows = Vec::new();
    for c in contacts {
        for note in store.timeline(*c, usize::MAX).unwrap().items {
            for word in kith::search::note_tokens(&note.text) {
                rows.push((word, note.id.0));
            }
        }
    }
    rows.sort();
    rows
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn the_index_equals_a_recomputation(ops in proptest::collection::vec(op(), 1..30)) {
        let (_dir, store) = common::temp_store();
        let contacts: Vec<ContactId> = ["Ana", "अनीता", "সুমন"].iter().map(|n| common::add(&store, n, Kind::Customer)).collect();
        let mut notes: Vec<InteractionId> = Vec::new();
        for op in ops {
            match op {
                Op::Create { contact, day, text } => {
                    let mut i = Interaction::new(contacts[contact], at(2026, 3, day, 10, 0), Channel::Call, TEXTS[text]);
                    if store.write(|w| w.add_interaction(&mut i)).is_ok() {
                        notes.push(i.id);
                    }
                }
                Op::Edit { note, day, text } if !notes.is_empty() => {
                    let id = notes[note % notes.len()];
                    let mut i = store.interaction(id).unwrap();
                    i.at = at(2026, 4, day, 9, 0);
                    i.text = TEXTS[text].to_string();
                    let _ = store.write(|w| w.update_interaction(&mut i));
                }
                Op::Delete { note } if !notes.is_empty() => {
                    let id = notes.remove(note % notes.len());
                    store.write(|w| w.delete_interaction(id)).unwrap();
                }
                _ => {}
            }
        }
        let mut stored = store.note_index_rows().unwrap();
        stored.sort();
        prop_assert_eq!(stored, recomputed(&store, &contacts));
    }
}

#[test]
fn searches_find_notes_by_words_in_any_script_newest_first() {
    let (_dir, store) = common::temp_store();
    let ana = common::add(&store, "Ana", Kind::Customer);
    for (day, text) in [
        (1, "Diwali invoice sent"),
        (3, "the invoice was late"),
        (2, "दिवाली के ऑर्डर"),
        (4, "Café amb la Núria"),
    ] {
        common::log(&store, ana, at(2026, 3, day, 10, 0), text);
    }
    let texts = |q: &str| -> Vec<String> {
        store
            .search_notes(q, 10)
            .unwrap()
            .notes
            .into_iter()
            .map(|n| n.text)
            .collect()
    };
    assert_eq!(
        texts("invoice"),
        ["the invoice was late", "Diwali invoice sent"],
        "newest first"
    );
    assert_eq!(
        texts("INV"),
        ["the invoice was late", "Diwali invoice sent"],
        "the last word is a prefix"
    );
    assert_eq!(texts("diwali invoice"), ["Diwali invoice sent"]);
    assert_eq!(texts("invoice diwali"), ["Diwali invoice sent"]);
    assert_eq!(texts("दिवाली"), ["दिवाली के ऑर्डर"]);
    assert_eq!(texts("cafe nuria"), ["Café amb la Núria"]);
    assert!(texts("zebra").is_empty());
    assert!(texts("  ").is_empty());
    assert!(store.search_notes("invoice", 1).unwrap().more);
}
