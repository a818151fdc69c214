//! The review read from its counted indexes is the review computed the straightforward way, from
//! every record: same sections, items, order and totals, in a notebook with more than a
//! section's worth in each section, before and after the writes that move its rows.

use super::*;
use chrono::{Datelike, Duration, NaiveDate};
use kith::review::{ItemWhen, Review, SECTION_LIMIT, SectionKind};

/// A small deterministic random source.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 2, 20).unwrap()
}

/// 700 contacts, a third with a cadence of their own, many birthdays in the coming fortnight,
/// interactions and follow-ups all around today.
fn fill(store: &Store) -> Vec<ContactId> {
    let mut rng = Rng(7);
    let now = today().and_hms_opt(12, 0, 0).unwrap();
    let mut ids = Vec::new();
    store
        .write(|w| {
            for n in 0..700 {
                let created = now - Duration::days(20 + rng.below(400) as i64);
                let mut c = Contact::new(format!("Person {:03}", rng.below(300)), created);
                c.kind = Kind::ALL[rng.below(6) as usize].0;
                if rng.below(3) == 0 {
                    c.cadence_days = Some([7, 30, 45][rng.below(3) as usize]);
                }
                if rng.below(10) < 7 {
                    let day = (today() + Duration::days(rng.below(20) as i64)).format("--%m-%d");
                    c.birthday = Some(PartialDate::parse(&day.to_string()).unwrap());
                }
                if n % 9 == 0 {
                    c.occasions = vec![Occasion::parse("opening=2019-02-25").unwrap()];
                }
                let id = w.add_contact(&mut c)?;
                ids.push(id);
                for _ in 0..rng.below(3) {
                    let at = now - Duration::days(rng.below(200) as i64);
                    let mut i = Interaction::new(id, at, Channel::Call, "a word");
                    w.add_interaction(&mut i)?;
                }
                for _ in 0..rng.below(3) {
                    let due = today() + Duration::days(rng.below(60) as i64 - 30);
                    let direction = Direction::ALL[rng.below(3) as usize].0;
                    let mut f = FollowUp::new(id, due, direction, format!("task {n}"), now);
                    w.add_followup(&mut f)?;
                }
            }
            Ok(())
        })
        .unwrap();
    ids
}

/// Each section as (kind, items as (contact, name, when, follow-up, and what for follow-ups),
/// more).
type Shape = Vec<(
    SectionKind,
    Vec<(ContactId, String, ItemWhen, Option<FollowUpId>, String)>,
    usize,
)>;

fn shape(review: &Review) -> Shape {
    review
        .sections
        .iter()
        .map(|s| {
            let items = s
                .items
                .iter()
                .map(|i| {
                    let what = if i.followup.is_some() {
                        i.what.clone()
                    } else {
                        String::new()
                    };
                    (i.contact, i.name.clone(), i.when, i.followup, what)
                })
                .collect();
            (s.kind, items, s.more)
        })
        .collect()
}

/// The review computed from every record, as the review has always defined it.
fn straightforward(store: &Store, cadences: &CadenceDefaults, days: u32) -> Shape {
    let today = today();
    let dump = store.dump().unwrap();
    let in_use: InUse<'_> = dump
        .contacts
        .iter()
        .filter(|c| !c.is_archived())
        .map(|c| (c.id, c))
        .collect();
    let open: Vec<&FollowUp> = dump.followups.iter().filter(|f| f.is_open()).collect();
    let mut sections = Vec::new();
    let horizon = today + Duration::days(i64::from(days));
    let ranges = [
        (
            SectionKind::Overdue,
            NaiveDate::MIN,
            today - Duration::days(1),
        ),
        (SectionKind::Today, today, today),
        (SectionKind::Upcoming, today + Duration::days(1), horizon),
    ];
    let followup_section = |kind, mut found: Vec<&FollowUp>| {
        // An archived contact's follow-ups are not counted, wherever they fall.
        let total = found
            .iter()
            .filter(|f| in_use.contains_key(&f.contact))
            .count();
        found.truncate(SECTION_LIMIT);
        let items: Vec<_> = found
            .iter()
            .filter_map(|f| {
                let c = in_use.get(&f.contact)?;
                Some((
                    f.contact,
                    c.name.clone(),
                    ItemWhen::Due(f.due),
                    Some(f.id),
                    f.text.clone(),
                ))
            })
            .collect();
        let more = total - items.len();
        (kind, items, more)
    };
    for (kind, from, to) in ranges {
        let mut found: Vec<&FollowUp> = open
            .iter()
            .filter(|f| f.direction != Direction::Request && f.due >= from && f.due <= to)
            .copied()
            .collect();
        found.sort_by_key(|f| (f.due, f.due_time, f.id));
        sections.push(followup_section(kind, found));
    }
    sections.push(quiet_section(&dump, &in_use, cadences));
    sections.push(occasions_section(&in_use, days));
    let mut requests: Vec<&FollowUp> = open
        .iter()
        .filter(|f| f.direction == Direction::Request)
        .copied()
        .collect();
    requests.sort_by_key(|f| (f.due, f.id));
    sections.push(followup_section(SectionKind::WaitingOnThem, requests));
    sections
}

type InUse<'a> = std::collections::HashMap<ContactId, &'a Contact>;
type SectionShape = (
    SectionKind,
    Vec<(ContactId, String, ItemWhen, Option<FollowUpId>, String)>,
    usize,
);

/// Contacts in use past their cadence, longest silence first.
fn quiet_section(
    dump: &kith::store::Dump,
    in_use: &InUse<'_>,
    cadences: &CadenceDefaults,
) -> SectionShape {
    let today = today();
    let mut quiet: Vec<(i64, u32, ContactId)> = in_use
        .values()
        .filter_map(|c| {
            let cadence = c.cadence_days.or_else(|| cadences.for_kind(c.kind))?;
            let last = dump
                .interactions
                .iter()
                .filter(|i| i.contact == c.id)
                .map(|i| i.at)
                .max();
            let days = (today - last.unwrap_or(c.created_at).date()).num_days();
            (days > i64::from(cadence)).then_some((days, cadence, c.id))
        })
        .collect();
    quiet.sort_by(|a, b| b.0.cmp(&a.0).then(a.2.cmp(&b.2)));
    let more = quiet.len().saturating_sub(SECTION_LIMIT);
    let items = quiet
        .iter()
        .take(SECTION_LIMIT)
        .map(|(days, cadence, id)| {
            let when = ItemWhen::Silent {
                days: *days,
                cadence: *cadence,
            };
            (*id, in_use[id].name.clone(), when, None, String::new())
        })
        .collect();
    (SectionKind::GoneQuiet, items, more)
}

/// Birthdays and occasions of contacts in use on the coming days, by date and then name.
fn occasions_section(in_use: &InUse<'_>, days: u32) -> SectionShape {
    let today = today();
    let last_day = today + Duration::days(i64::from(days.max(14)));
    let mut occasions = Vec::new();
    for c in in_use.values() {
        let dates = c.birthday.iter().chain(c.occasions.iter().map(|o| &o.date));
        for date in dates {
            let next = date.next_on_or_after(today);
            if next <= last_day {
                let years = date.year.map(|y| next.year() - y).filter(|y| *y > 0);
                let when = ItemWhen::On { date: next, years };
                occasions.push((c.id, c.name.clone(), when, None, String::new()));
            }
        }
    }
    let date_of = |w: &ItemWhen| match w {
        ItemWhen::On { date, .. } => *date,
        _ => NaiveDate::MIN,
    };
    // Equal dates and names stay in contact order, as the occasion index lists them.
    occasions.sort_by(|a, b| (date_of(&a.2), &a.1, a.0).cmp(&(date_of(&b.2), &b.1, b.0)));
    let more = occasions.len().saturating_sub(SECTION_LIMIT);
    occasions.truncate(SECTION_LIMIT);
    (SectionKind::Occasions, occasions, more)
}

fn agrees(store: &Store, cadences: &CadenceDefaults) {
    for days in [7, 30] {
        let review = kith::review::build(store, cadences, today(), days).unwrap();
        assert!(review.skipped.is_empty());
        let (built, expected) = (shape(&review), straightforward(store, cadences, days));
        for (b, e) in built.iter().zip(&expected) {
            assert_eq!(b, e, "section {:?}, {days} days", e.0);
        }
        assert_eq!(built.len(), expected.len());
    }
}

#[test]
fn the_review_is_the_straightforward_one_before_and_after_changes() {
    let (_dir, store) = temp_store();
    let ids = fill(&store);
    let cadences = CadenceDefaults::default();
    agrees(&store, &cadences);
    agrees(&store, &CadenceDefaults::none());
    // Every section is fuller than a screen's worth, so the limits and totals are exercised.
    let review = kith::review::build(&store, &cadences, today(), 30).unwrap();
    for kind in [
        SectionKind::Upcoming,
        SectionKind::GoneQuiet,
        SectionKind::Occasions,
    ] {
        assert!(review.section(kind).unwrap().more > 0, "{kind:?}");
    }

    // Writes that move the rows: archiving, a cadence changed, a new note, a note deleted,
    // follow-ups done and snoozed, two contacts merged.
    let now = today().and_hms_opt(9, 0, 0).unwrap();
    store
        .write(|w| {
            for (n, id) in ids.iter().enumerate().step_by(7) {
                let mut c = w.contact(*id)?;
                match n % 3 {
                    0 => {
                        c.archived = Some(Archived {
                            reason: "gone".into(),
                            at: now,
                        });
                    }
                    1 => c.cadence_days = Some(3),
                    _ => c.cadence_days = None,
                }
                w.update_contact(&mut c, now)?;
            }
            for id in ids.iter().step_by(5) {
                let mut i = Interaction::new(*id, now, Channel::InPerson, "seen");
                w.add_interaction(&mut i)?;
            }
            w.merge_contacts(ids[1], ids[2], now)?;
            Ok(())
        })
        .unwrap();
    let followups = store.dump().unwrap().followups;
    store
        .write(|w| {
            for (n, f) in followups.iter().enumerate().filter(|(_, f)| f.is_open()) {
                let mut f = f.clone();
                match n % 4 {
                    0 => f.state = FollowUpState::Done(now),
                    1 => f.due += Duration::days(3),
                    _ => continue,
                }
                w.update_followup(&mut f)?;
            }
            Ok(())
        })
        .unwrap();
    let seen = store.dump().unwrap().interactions;
    store
        .write(|w| {
            for i in seen.iter().filter(|i| i.text == "seen").step_by(2) {
                w.delete_interaction(i.id)?;
            }
            Ok(())
        })
        .unwrap();
    agrees(&store, &cadences);
    let report = store.check().unwrap();
    assert!(report.indexes.is_empty(), "{:?}", report.indexes);
}

/// An archived contact's open follow-ups leave the review's counts and come back with it through
/// every write that moves them (archive, delete, merge, undo and redo), and `check` agrees.
#[test]
fn an_archived_contacts_follow_ups_leave_the_counts_through_every_write() {
    let (_dir, store) = temp_store();
    let [ann, bob, cara] = ["Ann", "Bob", "Cara"].map(|name| add(&store, name, Kind::Customer));
    for c in [ann, bob, cara] {
        promise(&store, c, (2026, 2, 10), "call");
    }
    let now = today().and_hms_opt(9, 0, 0).unwrap();
    let archive = |id: ContactId| {
        store
            .write(|w| {
                let mut c = w.contact(id)?;
                c.archived = Some(Archived {
                    reason: "gone".into(),
                    at: now,
                });
                w.update_contact(&mut c, now)
            })
            .unwrap()
    };
    // The overdue section's total, which `check` must find as the writer kept it.
    let overdue = || {
        let report = store.check().unwrap();
        assert!(report.indexes.is_empty(), "{:?}", report.indexes);
        let review = kith::review::build(&store, &CadenceDefaults::default(), today(), 7);
        let review = review.unwrap();
        let section = review.section(SectionKind::Overdue).unwrap();
        section.items.len() + section.more
    };
    assert_eq!(overdue(), 3);
    archive(bob);
    assert_eq!(overdue(), 2);
    store.write(|w| w.delete_contact(bob, now)).unwrap();
    assert_eq!(overdue(), 2);
    store.undo().unwrap();
    assert_eq!(overdue(), 2, "back, and archived still");
    // Merged into a contact in use, Bob's follow-up is Ann's, and counted.
    store.write(|w| w.merge_contacts(ann, bob, now)).unwrap();
    assert_eq!(overdue(), 3);
    store.undo().unwrap();
    assert_eq!(overdue(), 2);
    archive(cara);
    assert_eq!(overdue(), 1);
    store.undo().unwrap();
    assert_eq!(overdue(), 2);
    store.redo().unwrap();
    assert_eq!(overdue(), 1);
    // Merged into an archived contact, Ann's follow-up goes out of the counts with her.
    store.write(|w| w.merge_contacts(cara, ann, now)).unwrap();
    assert_eq!(overdue(), 0);
}
