//! The review's "Greetings": contacts who celebrate a local occasion (on their own or through
//! a tag) falling in the coming days, in date order and then by name. Read from the greeting
//! index one occasion and day at a time until a section's worth is found, with the total from
//! its counts, less the greetings sent already (`T` keeps them until the next year). Left out
//! when nobody is to be greeted, so a notebook without local occasions shows the review it
//! always did. Archived contacts have no greeting rows.

use super::contacts::Contacts;
use super::{ItemWhen, ReviewItem, Section, SectionKind};
use crate::domain::local_occasions::fixed_between;
use crate::domain::{ContactId, LOCAL_OCCASION_SLOT, LocalOccasion, ThanksFor};
use crate::store::{Result, Store};
use chrono::{Datelike, Duration, NaiveDate};
use std::collections::HashSet;

/// One occasion on one date: its code and the day its rows are under.
type Event = (NaiveDate, LocalOccasion, u16);

/// The local occasions from `today` to `today + days`, soonest first, each date's in list order.
pub(crate) fn events(today: NaiveDate, days: u32) -> Vec<Event> {
    let until = today + Duration::days(i64::from(days));
    let mut found: Vec<Event> = Vec::new();
    for o in LocalOccasion::ALL {
        if o == LocalOccasion::NameDay {
            for offset in 0..=i64::from(days.min(366)) {
                let d = today + Duration::days(offset);
                let mmdd = d.month() as u16 * 100 + d.day() as u16;
                // A window longer than a year holds a day twice.
                found.extend(
                    fixed_between(d.month() as u8, d.day() as u8, d, until)
                        .into_iter()
                        .map(|on| (on, o, mmdd)),
                );
            }
        } else {
            found.extend(o.dates_between(today, until).into_iter().map(|d| (d, o, 0)));
        }
    }
    let order = |o: LocalOccasion| LocalOccasion::ALL.iter().position(|a| *a == o);
    found.sort_by_key(|(d, o, _)| (*d, order(*o)));
    found.dedup();
    found
}

fn slot(o: LocalOccasion) -> u8 {
    LOCAL_OCCASION_SLOT + o.code()
}

pub(super) fn section(
    store: &Store,
    contacts: &mut Contacts,
    today: NaiveDate,
    days: u32,
    limit: usize,
) -> Result<Option<Section>> {
    let events = events(today, days);
    let keys: Vec<(u8, u16)> = events.iter().map(|(_, o, d)| (o.code(), *d)).collect();
    let counts = store.greeting_counts(&keys)?;
    let total: usize = counts.iter().sum();
    if total == 0 {
        return Ok(None);
    }
    let until = today + Duration::days(i64::from(days));
    let greeted: HashSet<(ContactId, u8, NaiveDate)> = (store.greeted(today, until)?)
        .into_iter()
        .filter(|(_, s, _)| *s >= LOCAL_OCCASION_SLOT)
        .collect();
    let mut items: Vec<ReviewItem> = Vec::new();
    let mut next = 0;
    while items.len() < limit && next < events.len() {
        // A whole date at a time, each of its occasions read up to what the section still
        // needs, then by name.
        let date = events[next].0;
        let mut found = Vec::new();
        while next < events.len() && events[next].0 == date {
            let ((on, o, day), count) = (events[next], counts[next]);
            next += 1;
            if count == 0 {
                continue;
            }
            let sent = greeted
                .iter()
                .filter(|g| (g.1, g.2) == (slot(o), on))
                .count();
            let (ids, _) = store.greetings(o.code(), day, limit - items.len() + sent)?;
            contacts.load(store, ids.iter().copied())?;
            let fresh = ids
                .into_iter()
                .filter(|id| !greeted.contains(&(*id, slot(o), on)));
            found.extend(fresh.filter_map(|id| item(contacts, id, o, on)));
        }
        found.sort_by_cached_key(|i| crate::text::fold(&i.name));
        found.truncate(limit - items.len());
        items.append(&mut found);
    }
    let done = sent_in_window(store, contacts, &greeted, &events)?;
    Ok(Some(Section {
        kind: SectionKind::Greetings,
        more: total.saturating_sub(done + items.len()),
        items,
    }))
}

/// How many greetings sent already the counts still hold: those whose contact still has the
/// occasion's row on that date.
fn sent_in_window(
    store: &Store,
    contacts: &mut Contacts,
    greeted: &HashSet<(ContactId, u8, NaiveDate)>,
    events: &[Event],
) -> Result<usize> {
    contacts.load_whole(store, greeted.iter().map(|g| g.0))?;
    let mut n = 0;
    for (id, s, on) in greeted {
        let Some(c) = contacts.get(*id) else {
            continue;
        };
        for (_, o, day) in events.iter().filter(|e| e.0 == *on && slot(e.1) == *s) {
            if store.is_greeted_for(c, o.code(), *day)? {
                n += 1;
            }
        }
    }
    Ok(n)
}

fn item(contacts: &Contacts, id: ContactId, o: LocalOccasion, on: NaiveDate) -> Option<ReviewItem> {
    Some(ReviewItem {
        contact: id,
        name: contacts.name(id)?.to_owned(),
        what: o.name(),
        when: ItemWhen::On {
            date: on,
            years: None,
        },
        followup: None,
        direction: None,
        invoice: None,
        complaint: None,
        thanks: Some(ThanksFor::Occasion { slot: slot(o), on }),
    })
}
