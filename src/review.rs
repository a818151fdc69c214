//! The review: who needs attention, in the sections an owner works through each morning —
//! overdue, today, the next days, gone quiet, birthdays and occasions, and what others owe.
//! Built from range reads of the follow-up, facts and occasion indexes, never from timelines.
//! The notebook screen and `kith due` show the same review.

use crate::domain::Contact;
use crate::domain::{
    CadenceDefaults, ContactId, Direction, FollowUp, FollowUpId, days_past_cadence,
};
use crate::store::{Result, Skipped, Store};
use chrono::{Datelike, Duration, NaiveDate};
use std::collections::HashMap;

/// Rows kept per section; the rest are counted in `more`.
pub const SECTION_LIMIT: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    Overdue,
    Today,
    Upcoming,
    GoneQuiet,
    Occasions,
    WaitingOnThem,
}

impl SectionKind {
    pub fn title(self, days: u32, occasion_days: u32) -> String {
        match self {
            SectionKind::Overdue => crate::say!("review-overdue"),
            SectionKind::Today => crate::say!("review-today"),
            SectionKind::Upcoming => crate::say!("review-upcoming", days = days),
            SectionKind::GoneQuiet => crate::say!("review-gone-quiet"),
            SectionKind::Occasions => crate::say!("review-occasions", days = occasion_days),
            SectionKind::WaitingOnThem => crate::say!("review-waiting-on-them"),
        }
    }

    /// The stable name used in JSON.
    pub fn key(self) -> &'static str {
        match self {
            SectionKind::Overdue => "overdue",
            SectionKind::Today => "today",
            SectionKind::Upcoming => "upcoming",
            SectionKind::GoneQuiet => "gone_quiet",
            SectionKind::Occasions => "occasions",
            SectionKind::WaitingOnThem => "waiting_on_them",
        }
    }
}

/// When an item is, in the terms of its section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemWhen {
    Due(NaiveDate),
    /// Days of silence, and the cadence they exceed.
    Silent {
        days: i64,
        cadence: u32,
    },
    /// The next date of a birthday or occasion, and the age or years it marks if known.
    On {
        date: NaiveDate,
        years: Option<i32>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewItem {
    pub contact: ContactId,
    pub name: String,
    pub what: String,
    pub when: ItemWhen,
    pub followup: Option<FollowUpId>,
    pub direction: Option<Direction>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub kind: SectionKind,
    pub items: Vec<ReviewItem>,
    /// Items beyond `SECTION_LIMIT`.
    pub more: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub today: NaiveDate,
    pub days: u32,
    pub occasion_days: u32,
    pub sections: Vec<Section>,
    /// Follow-ups and contacts left out because their records are damaged.
    pub skipped: Vec<Skipped>,
}

impl Review {
    pub fn section(&self, kind: SectionKind) -> Option<&Section> {
        self.sections.iter().find(|s| s.kind == kind)
    }

    /// Every item, in display order.
    pub fn items(&self) -> impl Iterator<Item = &ReviewItem> {
        self.sections.iter().flat_map(|s| &s.items)
    }
}

/// The furthest a review looks ahead. It keeps the date arithmetic below far from chrono's
/// limits (where `+` panics) and the list of coming days short, whatever a caller asks for.
pub const MAX_DAYS: u32 = 3660;

/// Builds the review for `today`, looking `days` ahead for follow-ups and at least 14 days ahead
/// for birthdays and occasions.
pub fn build(
    store: &Store,
    cadences: &CadenceDefaults,
    today: NaiveDate,
    days: u32,
) -> Result<Review> {
    let days = days.clamp(1, MAX_DAYS);
    let occasion_days = days.max(14);
    let yesterday = today - Duration::days(1);
    let horizon = today + Duration::days(i64::from(days));

    // First every index read, then all the contacts they name in one go.
    let mut skipped = Vec::new();
    let mut due: Vec<(SectionKind, Vec<FollowUp>, usize)> = Vec::new();
    for (kind, from, to) in [
        (SectionKind::Overdue, None, Some(yesterday)),
        (SectionKind::Today, Some(today), Some(today)),
        (
            SectionKind::Upcoming,
            Some(today + Duration::days(1)),
            Some(horizon),
        ),
    ] {
        let mut found: Vec<FollowUp> = Vec::new();
        let mut total = 0;
        for direction in [Direction::Promise, Direction::Reminder] {
            let (loaded, count) = store.open_followups(direction, from, to, SECTION_LIMIT)?;
            found.extend(loaded.items);
            skipped.extend(loaded.damaged);
            total += count;
        }
        found.sort_by_key(|f| (f.due, f.due_time, f.id));
        found.truncate(SECTION_LIMIT);
        due.push((kind, found, total));
    }
    let (mut requests, requests_total) =
        store.open_followups(Direction::Request, None, None, SECTION_LIMIT)?;
    skipped.append(&mut requests.damaged);
    let (quiet, quiet_total) = quiet_contacts(store, cadences, today)?;
    let occasion_keys = store.occasions_on(&occasion_days_from(today, occasion_days))?;

    let mut ids: Vec<ContactId> = due
        .iter()
        .flat_map(|(_, f, _)| f.iter().map(|f| f.contact))
        .collect();
    ids.extend(requests.items.iter().map(|f| f.contact));
    ids.extend(quiet.iter().map(|(_, _, id)| *id));
    ids.extend(occasion_keys.iter().map(|(_, id, _)| *id));
    ids.sort_unstable();
    ids.dedup();
    // Archived and unreadable contacts are left out of the review; unreadable ones are named.
    let loaded = store.contacts(&ids)?;
    skipped.extend(loaded.damaged);
    let contacts: HashMap<ContactId, Contact> = loaded
        .items
        .into_iter()
        .filter(|c| !c.is_archived())
        .map(|c| (c.id, c))
        .collect();

    let mut sections: Vec<Section> = due
        .into_iter()
        .map(|(kind, found, total)| {
            let items = followup_items(&contacts, &found);
            Section {
                kind,
                more: total.saturating_sub(items.len()),
                items,
            }
        })
        .collect();
    let items: Vec<ReviewItem> = quiet
        .into_iter()
        .filter_map(|(days, cadence, id)| {
            Some(ReviewItem {
                contact: id,
                name: contacts.get(&id)?.name.clone(),
                what: crate::say!("review-keep-in-touch", days = cadence),
                when: ItemWhen::Silent { days, cadence },
                followup: None,
                direction: None,
            })
        })
        .collect();
    sections.push(Section {
        kind: SectionKind::GoneQuiet,
        more: quiet_total.saturating_sub(items.len()),
        items,
    });
    sections.push(occasions(&contacts, &occasion_keys, today));
    let items = followup_items(&contacts, &requests.items);
    sections.push(Section {
        kind: SectionKind::WaitingOnThem,
        more: requests_total.saturating_sub(items.len()),
        items,
    });
    Ok(Review {
        today,
        days,
        occasion_days,
        sections,
        skipped,
    })
}

fn followup_items(
    contacts: &HashMap<ContactId, Contact>,
    followups: &[FollowUp],
) -> Vec<ReviewItem> {
    followups
        .iter()
        .filter_map(|f| {
            Some(ReviewItem {
                contact: f.contact,
                name: contacts.get(&f.contact)?.name.clone(),
                what: f.text.clone(),
                when: ItemWhen::Due(f.due),
                followup: Some(f.id),
                direction: Some(f.direction),
            })
        })
        .collect()
}

/// A contact past their cadence: (days silent, cadence, contact).
type Quiet = (i64, u32, ContactId);

/// Contacts past their cadence, longest silence first: the first `SECTION_LIMIT` of them and how
/// many there are.
fn quiet_contacts(
    store: &Store,
    cadences: &CadenceDefaults,
    today: NaiveDate,
) -> Result<(Vec<Quiet>, usize)> {
    let mut quiet: Vec<Quiet> = Vec::new();
    for (id, facts) in store.all_facts()? {
        if facts.archived {
            continue;
        }
        let cadence = facts.cadence_days.or_else(|| cadences.for_kind(facts.kind));
        let since = facts.last_contacted.unwrap_or(facts.created_at).date();
        if let (Some(cadence), Some(_)) = (cadence, days_past_cadence(cadence, since, today)) {
            quiet.push(((today - since).num_days(), cadence, id));
        }
    }
    let total = quiet.len();
    let by_silence =
        |a: &(i64, u32, ContactId), b: &(i64, u32, ContactId)| b.0.cmp(&a.0).then(a.2.cmp(&b.2));
    if quiet.len() > SECTION_LIMIT {
        quiet.select_nth_unstable_by(SECTION_LIMIT, by_silence);
        quiet.truncate(SECTION_LIMIT);
    }
    quiet.sort_by(by_silence);
    Ok((quiet, total))
}

/// The coming days as month×100+day; 28 February also stands for 29 February outside leap years.
fn occasion_days_from(today: NaiveDate, days: u32) -> Vec<u16> {
    let mut keys = Vec::new();
    for offset in 0..=i64::from(days) {
        let day = today + Duration::days(offset);
        let key = day.month() as u16 * 100 + day.day() as u16;
        keys.push(key);
        if key == 228 && NaiveDate::from_ymd_opt(day.year(), 2, 29).is_none() {
            keys.push(229);
        }
    }
    keys
}

fn occasions(
    contacts: &HashMap<ContactId, Contact>,
    keys: &[(u16, ContactId, u8)],
    today: NaiveDate,
) -> Section {
    let mut items = Vec::new();
    for (_, id, slot) in keys {
        let Some(contact) = contacts.get(id) else {
            continue;
        };
        let (label, date) = if *slot == 0 {
            match contact.birthday {
                Some(b) => (crate::say!("review-birthday"), b),
                None => continue,
            }
        } else {
            match contact.occasions.get(usize::from(*slot) - 1) {
                Some(o) => (o.label.clone(), o.date),
                None => continue,
            }
        };
        let next = date.next_on_or_after(today);
        let years = date.year.map(|y| next.year() - y).filter(|y| *y > 0);
        let what = match years {
            Some(y) if *slot == 0 => crate::say!("review-birthday-age", years = y),
            Some(y) => crate::say!("review-occasion-years", label = label, years = y),
            None => label,
        };
        items.push(ReviewItem {
            contact: *id,
            name: contact.name.clone(),
            what,
            when: ItemWhen::On { date: next, years },
            followup: None,
            direction: None,
        });
    }
    items.sort_by(|a, b| match (a.when, b.when) {
        (ItemWhen::On { date: x, .. }, ItemWhen::On { date: y, .. }) => {
            x.cmp(&y).then(a.name.cmp(&b.name))
        }
        _ => std::cmp::Ordering::Equal,
    });
    Section {
        kind: SectionKind::Occasions,
        more: 0,
        items,
    }
}
