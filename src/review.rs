//! The review: who needs attention, in the sections an owner works through each morning —
//! overdue, today, the next days, gone quiet, birthdays and occasions, and what others owe.
//! Built from range reads of the follow-up, facts and occasion indexes, never from timelines.
//! The notebook screen and `kith due` show the same review.

use crate::domain::{
    CadenceDefaults, ContactId, Direction, FollowUp, FollowUpId, days_past_cadence,
};
use crate::store::{Result, Store};
use chrono::{Datelike, Duration, NaiveDate};

/// Rows kept per section; the rest are counted in `more`.
pub const SECTION_LIMIT: usize = 500;

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
            SectionKind::Overdue => "Overdue".into(),
            SectionKind::Today => "Today".into(),
            SectionKind::Upcoming => format!("Next {days} days"),
            SectionKind::GoneQuiet => "Gone quiet".into(),
            SectionKind::Occasions => format!("Birthdays and occasions, next {occasion_days} days"),
            SectionKind::WaitingOnThem => "Waiting on them".into(),
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

/// Builds the review for `today`, looking `days` ahead for follow-ups and at least 14 days ahead
/// for birthdays and occasions.
pub fn build(
    store: &Store,
    cadences: &CadenceDefaults,
    today: NaiveDate,
    days: u32,
) -> Result<Review> {
    let days = days.max(1);
    let occasion_days = days.max(14);
    let yesterday = today - Duration::days(1);
    let horizon = today + Duration::days(i64::from(days));
    let mut names = NameCache::default();

    let mut due_sections = Vec::new();
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
            total += count;
        }
        found.sort_by_key(|f| (f.due, f.due_time, f.id));
        found.truncate(SECTION_LIMIT);
        let items = followup_items(store, &mut names, &found)?;
        due_sections.push(Section {
            kind,
            more: total.saturating_sub(items.len()),
            items,
        });
    }

    let quiet = gone_quiet(store, cadences, &mut names, today)?;
    let occasions = occasions(store, &mut names, today, occasion_days)?;

    let (requests, total) = store.open_followups(Direction::Request, None, None, SECTION_LIMIT)?;
    let items = followup_items(store, &mut names, &requests.items)?;
    let waiting = Section {
        kind: SectionKind::WaitingOnThem,
        more: total.saturating_sub(items.len()),
        items,
    };

    let mut sections = due_sections;
    sections.extend([quiet, occasions, waiting]);
    Ok(Review {
        today,
        days,
        occasion_days,
        sections,
    })
}

#[derive(Default)]
struct NameCache(std::collections::HashMap<ContactId, Option<String>>);

impl NameCache {
    /// The contact's name, or `None` for an archived or unreadable contact (left out of the review).
    fn get(&mut self, store: &Store, id: ContactId) -> Option<String> {
        self.0
            .entry(id)
            .or_insert_with(|| {
                store
                    .contact(id)
                    .ok()
                    .filter(|c| !c.is_archived())
                    .map(|c| c.name)
            })
            .clone()
    }
}

fn followup_items(
    store: &Store,
    names: &mut NameCache,
    followups: &[FollowUp],
) -> Result<Vec<ReviewItem>> {
    Ok(followups
        .iter()
        .filter_map(|f| {
            Some(ReviewItem {
                contact: f.contact,
                name: names.get(store, f.contact)?,
                what: f.text.clone(),
                when: ItemWhen::Due(f.due),
                followup: Some(f.id),
                direction: Some(f.direction),
            })
        })
        .collect())
}

fn gone_quiet(
    store: &Store,
    cadences: &CadenceDefaults,
    names: &mut NameCache,
    today: NaiveDate,
) -> Result<Section> {
    let mut quiet: Vec<(i64, u32, ContactId)> = Vec::new();
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
    // Longest silence first.
    quiet.sort_by(|a, b| b.0.cmp(&a.0).then(a.2.cmp(&b.2)));
    let total = quiet.len();
    let mut items = Vec::new();
    for (days, cadence, id) in quiet.into_iter().take(SECTION_LIMIT) {
        if let Some(name) = names.get(store, id) {
            items.push(ReviewItem {
                contact: id,
                name,
                what: format!("keep in touch every {cadence} days"),
                when: ItemWhen::Silent { days, cadence },
                followup: None,
                direction: None,
            });
        }
    }
    Ok(Section {
        kind: SectionKind::GoneQuiet,
        more: total.saturating_sub(items.len()),
        items,
    })
}

fn occasions(store: &Store, names: &mut NameCache, today: NaiveDate, days: u32) -> Result<Section> {
    // Each coming day, as month×100+day; 28 February also stands for 29 February in other years.
    let mut keys = Vec::new();
    for offset in 0..=i64::from(days) {
        let day = today + Duration::days(offset);
        let key = day.month() as u16 * 100 + day.day() as u16;
        keys.push(key);
        let leap = NaiveDate::from_ymd_opt(day.year(), 2, 29).is_some();
        if key == 228 && !leap {
            keys.push(229);
        }
    }
    let mut items = Vec::new();
    for (_, id, slot) in store.occasions_on(&keys)? {
        let Some(name) = names.get(store, id) else {
            continue;
        };
        let Ok(contact) = store.contact(id) else {
            continue;
        };
        let (label, date) = if slot == 0 {
            match contact.birthday {
                Some(b) => ("birthday".to_string(), b),
                None => continue,
            }
        } else {
            match contact.occasions.get(usize::from(slot) - 1) {
                Some(o) => (o.label.clone(), o.date),
                None => continue,
            }
        };
        let next = date.next_on_or_after(today);
        let years = date.year.map(|y| next.year() - y).filter(|y| *y > 0);
        let what = match years {
            Some(y) if slot == 0 => format!("birthday ({y})"),
            Some(y) => format!("{label} ({y} years)"),
            None => label,
        };
        items.push(ReviewItem {
            contact: id,
            name,
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
    Ok(Section {
        kind: SectionKind::Occasions,
        more: 0,
        items,
    })
}
