//! What is written is found again after reopening, and the indexes stay in step with every write.

use super::*;

#[test]
fn everything_written_is_found_after_reopening() {
    let (_dir, path) = temp_db();
    let (nuria, anita, interaction, followup);
    {
        let store = Store::open(&path).unwrap();
        nuria = add(&store, "Núria Puig", Kind::Customer);
        anita = add(&store, "अनीता शर्मा", Kind::Supplier);
        interaction = log(&store, nuria, at(2026, 3, 1, 10, 0), "Wants rye bread");
        let mut f = FollowUp::new(
            nuria,
            at(2026, 3, 8, 0, 0).date(),
            Direction::Promise,
            "send the quote",
            at(2026, 3, 1, 10, 0),
        );
        store.write(|w| w.add_followup(&mut f)).unwrap();
        followup = f;
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.contact(nuria).unwrap().name, "Núria Puig");
    assert_eq!(store.contact(anita).unwrap().kind, Kind::Supplier);
    assert_eq!(
        store.timeline(nuria, 10).unwrap().items,
        vec![interaction.clone()]
    );
    assert_eq!(store.interaction(interaction.id).unwrap(), interaction);
    assert_eq!(
        store.followups_for(nuria).unwrap().items,
        vec![followup.clone()]
    );
    assert_eq!(store.last_contacted(nuria).unwrap(), Some(interaction.at));
    assert_eq!(store.last_contacted(anita).unwrap(), None);
    assert_eq!(store.contact_count(false).unwrap(), 2);
    let check = store.check().unwrap();
    let keys = check
        .tables
        .iter()
        .find(|t| t.table == "interaction_keys_v1")
        .expect("the interaction key index is checked");
    assert_eq!(keys.rows, 1, "one key row for the one interaction");
}

#[test]
fn ids_are_never_reused() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    let a = add(&store, "A", Kind::Other);
    let i = log(&store, a, at(2026, 1, 2, 9, 0), "x");
    store.write(|w| w.delete_interaction(i.id)).unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    let j = log(&store, a, at(2026, 1, 2, 9, 0), "y");
    assert!(j.id.0 > i.id.0, "{:?} after {:?}", j.id, i.id);
    let b = add(&store, "B", Kind::Other);
    assert!(b.0 > j.id.0);
}

#[test]
fn names_are_listed_in_folded_order_and_follow_renames_and_archiving() {
    let (_dir, store) = temp_store();
    let zoe = add(&store, "zoe", Kind::Other);
    let alex = add(&store, "Àlex Vila", Kind::Other);
    let bea = add(&store, "Bea", Kind::Other);
    assert_eq!(
        store.sorted_contact_ids(false, 0, 10).unwrap(),
        vec![alex, bea, zoe]
    );
    assert_eq!(store.sorted_contact_ids(false, 1, 1).unwrap(), vec![bea]);

    let mut c = store.contact(zoe).unwrap();
    c.name = "Aaron".into();
    store
        .write(|w| w.update_contact(&mut c, at(2026, 2, 1, 9, 0)))
        .unwrap();
    assert_eq!(
        store.sorted_contact_ids(false, 0, 10).unwrap(),
        vec![zoe, alex, bea]
    );

    let mut c = store.contact(bea).unwrap();
    c.archived = Some(Archived {
        reason: "moved away".into(),
        at: at(2026, 2, 1, 9, 0),
    });
    store
        .write(|w| w.update_contact(&mut c, at(2026, 2, 1, 9, 0)))
        .unwrap();
    assert_eq!(
        store.sorted_contact_ids(false, 0, 10).unwrap(),
        vec![zoe, alex]
    );
    assert_eq!(store.sorted_contact_ids(true, 0, 10).unwrap(), vec![bea]);
    assert_eq!(store.contact_count(true).unwrap(), 1);
    assert_eq!(store.contact(bea).unwrap().updated_at, at(2026, 2, 1, 9, 0));
}

#[test]
fn timeline_is_newest_first_and_last_contact_follows_deletes() {
    let (_dir, store) = temp_store();
    let a = add(&store, "A", Kind::Customer);
    let b = add(&store, "B", Kind::Customer);
    let early = log(&store, a, at(2026, 1, 1, 9, 0), "early");
    let late = log(&store, a, at(2026, 5, 1, 9, 0), "late");
    let mid = log(&store, a, at(2026, 3, 1, 9, 0), "mid");
    log(&store, b, at(2026, 6, 1, 9, 0), "other contact");
    assert_eq!(note_texts(&store, a), ["late", "mid", "early"]);
    assert_eq!(store.timeline(a, 2).unwrap().items.len(), 2);
    assert_eq!(store.last_contacted(a).unwrap(), Some(late.at));

    store.write(|w| w.delete_interaction(late.id)).unwrap();
    assert_eq!(store.last_contacted(a).unwrap(), Some(mid.at));
    let mut moved = store.interaction(early.id).unwrap();
    moved.at = at(2026, 4, 1, 9, 0);
    store.write(|w| w.update_interaction(&mut moved)).unwrap();
    assert_eq!(store.last_contacted(a).unwrap(), Some(moved.at));
    store.write(|w| w.delete_interaction(mid.id)).unwrap();
    store.write(|w| w.delete_interaction(early.id)).unwrap();
    assert_eq!(store.last_contacted(a).unwrap(), None);
    assert!(matches!(
        store.interaction(early.id),
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        store.write(|w| w.delete_interaction(early.id)),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn a_failed_action_writes_nothing() {
    let (_dir, store) = temp_store();
    let a = add(&store, "A", Kind::Customer);
    let result = store.write(|w| {
        let mut good = Interaction::new(a, at(2026, 1, 1, 9, 0), Channel::Call, "kept?");
        w.add_interaction(&mut good)?;
        let mut bad = Interaction::new(
            ContactId(999),
            at(2026, 1, 1, 9, 0),
            Channel::Call,
            "no such contact",
        );
        w.add_interaction(&mut bad)
    });
    assert!(matches!(
        result,
        Err(StoreError::NotFound {
            what: "contact",
            id: 999
        })
    ));
    assert!(store.timeline(a, 10).unwrap().items.is_empty());
    assert_eq!(store.last_contacted(a).unwrap(), None);
}

#[test]
fn open_followups_are_indexed_by_due_date() {
    let (_dir, store) = temp_store();
    let a = add(&store, "A", Kind::Customer);
    let day = |d| at(2026, 3, d, 0, 0).date();
    let mut ids = Vec::new();
    for (d, text) in [(9, "third"), (2, "first"), (5, "second")] {
        let mut f = FollowUp::new(a, day(d), Direction::Promise, text, at(2026, 3, 1, 9, 0));
        ids.push(store.write(|w| w.add_followup(&mut f)).unwrap());
    }
    let texts = |from, to| -> Vec<String> {
        store
            .open_followups(Direction::Promise, Some(day(from)), Some(day(to)), 100)
            .unwrap()
            .0
            .items
            .into_iter()
            .map(|f| f.text)
            .collect()
    };
    assert_eq!(texts(1, 31), ["first", "second", "third"]);
    assert_eq!(texts(3, 9), ["second", "third"]);
    let mut done = store.followup(ids[1]).unwrap();
    done.state = FollowUpState::Done(at(2026, 3, 2, 12, 0));
    store.write(|w| w.update_followup(&mut done)).unwrap();
    assert_eq!(texts(1, 31), ["second", "third"]);
    let mut snoozed = store.followup(ids[0]).unwrap();
    snoozed.due = day(1);
    store.write(|w| w.update_followup(&mut snoozed)).unwrap();
    assert_eq!(texts(1, 31), ["third", "second"]);
    assert_eq!(store.followups_for(a).unwrap().items.len(), 3);
}

#[test]
fn names_resolve_by_id_exact_name_prefix_or_word() {
    let (_dir, store) = temp_store();
    let nuria = add(&store, "Núria Puig", Kind::Customer);
    let anita = add(&store, "अनीता शर्मा", Kind::Customer);
    let das1 = add(&store, "Suman Das", Kind::Customer);
    let das2 = add(&store, "Suman Das", Kind::Customer);
    assert_eq!(store.resolve("NURIA PUIG").unwrap(), nuria);
    assert_eq!(store.resolve("nuria").unwrap(), nuria);
    assert_eq!(store.resolve("puig").unwrap(), nuria);
    assert_eq!(store.resolve("शर्मा").unwrap(), anita);
    assert_eq!(store.resolve(&nuria.to_string()).unwrap(), nuria);
    assert_eq!(store.resolve(&format!("#{}", das2.0)).unwrap(), das2);
    match store.resolve("suman das") {
        Err(StoreError::Ambiguous { candidates, .. }) => {
            let ids: Vec<ContactId> = candidates.iter().map(|(id, _)| *id).collect();
            assert_eq!(ids, vec![das1, das2]);
        }
        other => panic!("expected ambiguity, got {other:?}"),
    }
    assert!(matches!(
        store.resolve("nobody"),
        Err(StoreError::UnknownContact(_))
    ));
    assert!(matches!(
        store.resolve("  "),
        Err(StoreError::UnknownContact(_))
    ));
}

#[test]
fn drafts_are_kept_per_contact_and_blank_ones_are_dropped() {
    let (_dir, path) = temp_db();
    let a;
    {
        let store = Store::open(&path).unwrap();
        a = add(&store, "A", Kind::Customer);
        let draft = Draft {
            contact: a,
            channel: Channel::Call,
            at: "2026-03-01 10:00".into(),
            amount: String::new(),
            text: "half a thought".into(),
            saved_at: at(2026, 3, 1, 10, 1),
            editing: None,
        };
        store.write(|w| w.save_draft(&draft)).unwrap();
    }
    let store = Store::open(&path).unwrap();
    let mut draft = store
        .draft(a)
        .unwrap()
        .expect("the draft survives reopening");
    assert_eq!(draft.text, "half a thought");
    draft.text = "  ".into();
    store.write(|w| w.save_draft(&draft)).unwrap();
    assert_eq!(store.draft(a).unwrap(), None);
}

#[test]
fn review_indexes_follow_every_write() {
    let (_dir, store) = temp_store();
    let mut c = Contact::new("Ana", at(2026, 1, 1, 9, 0));
    c.kind = Kind::Customer;
    c.birthday = Some(PartialDate::parse("02-29").unwrap());
    c.occasions = vec![Occasion::parse("anniversary=2019-06-01").unwrap()];
    let ana = store.write(|w| w.add_contact(&mut c)).unwrap();
    let facts = store.facts(ana).unwrap().unwrap();
    assert_eq!(
        (
            facts.kind,
            facts.cadence_days,
            facts.archived,
            facts.last_contacted
        ),
        (Kind::Customer, None, false, None)
    );
    assert_eq!(
        store.occasions_on(&[229, 601, 1225]).unwrap(),
        vec![(229, ana, 0), (601, ana, 1)]
    );

    log(&store, ana, at(2026, 3, 1, 9, 0), "hello");
    assert_eq!(
        store.facts(ana).unwrap().unwrap().last_contacted,
        Some(at(2026, 3, 1, 9, 0))
    );

    let mut c = store.contact(ana).unwrap();
    c.birthday = Some(PartialDate::parse("12-25").unwrap());
    c.occasions.clear();
    c.cadence_days = Some(10);
    store
        .write(|w| w.update_contact(&mut c, at(2026, 3, 2, 9, 0)))
        .unwrap();
    assert_eq!(
        store.occasions_on(&[229, 601, 1225]).unwrap(),
        vec![(1225, ana, 0)]
    );
    let facts = store.facts(ana).unwrap().unwrap();
    assert_eq!(
        (facts.cadence_days, facts.last_contacted),
        (Some(10), Some(at(2026, 3, 1, 9, 0))),
        "an edit keeps the last contact"
    );

    let today = at(2026, 3, 10, 0, 0).date();
    for (d, dir) in [
        (9, Direction::Promise),
        (10, Direction::Promise),
        (10, Direction::Reminder),
        (12, Direction::Request),
    ] {
        let mut f = FollowUp::new(
            ana,
            at(2026, 3, d, 0, 0).date(),
            dir,
            "x",
            at(2026, 3, 1, 9, 0),
        );
        store.write(|w| w.add_followup(&mut f)).unwrap();
    }
    assert_eq!(
        store.due_counts(today).unwrap(),
        (1, 2),
        "requests are not counted as due from me"
    );
    let (requests, total) = store
        .open_followups(Direction::Request, None, None, 10)
        .unwrap();
    assert_eq!((requests.items.len(), total), (1, 1));
}
