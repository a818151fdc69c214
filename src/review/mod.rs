//! The review: who needs attention, in the sections an owner works through each morning —
//! overdue, today, the next days, gone quiet, birthdays and occasions, what others owe, and
//! (when there are any) invoices overdue and bills to pay.
//! Built from range reads of the follow-up, silence and occasion indexes, never from timelines:
//! each section reads the rows it shows, and its total comes from the day counts, so the review
//! costs the same in a notebook of a thousand contacts as in one of a million.
//! The notebook screen and `kith due` show the same review.

mod anniversaries;
mod complaints;
mod contacts;
pub(crate) mod greetings;
mod occasions;
pub mod owed;
pub mod stats;
mod thank_referrals;

use crate::domain::{CadenceDefaults, ContactId, Direction, FollowUp, FollowUpId};
use crate::store::{Result, Skipped, Store};
use chrono::{Duration, NaiveDate};
use contacts::Contacts;
pub use owed::OwedItem;

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
    /// Invoices sent and not paid by their due day (shown only when there are some).
    InvoicesOverdue,
    /// Bills to pay, past due or due within the review's days (shown only when there are some).
    BillsToPay,
    /// Complaints not resolved yet (shown only when there are some).
    OpenComplaints,
    /// Referrers whose referral first bought lately, not thanked yet (shown only when there
    /// are some).
    ThankReferrals,
    /// Contacts to greet for a local occasion (shown only when there are some).
    Greetings,
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
            SectionKind::InvoicesOverdue => crate::say!("owed-review-invoices-overdue"),
            SectionKind::BillsToPay => crate::say!("owed-review-bills-to-pay", days = days),
            SectionKind::OpenComplaints => crate::say!("complaints-review-title"),
            SectionKind::ThankReferrals => crate::say!("referral-review-title"),
            SectionKind::Greetings => crate::say!("occasions-review-title", days = occasion_days),
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
            SectionKind::InvoicesOverdue => "invoices_overdue",
            SectionKind::BillsToPay => "bills_to_pay",
            SectionKind::OpenComplaints => "open_complaints",
            SectionKind::ThankReferrals => "thank_referrals",
            SectionKind::Greetings => "greetings",
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
    /// The invoice or bill of a money section's item.
    pub invoice: Option<OwedItem>,
    /// The note of a complaints section's item.
    pub complaint: Option<crate::domain::InteractionId>,
    /// What the thanks or greetings an item asks for would be for (a referral, a birthday, an
    /// occasion, a first-purchase anniversary), given to the item's contact.
    pub thanks: Option<crate::domain::ThanksFor>,
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
    build_upto(store, cadences, today, days, SECTION_LIMIT)
}

/// As [`build`], keeping up to `limit` items a section (the screen's "… and N more", opened).
pub fn build_upto(
    store: &Store,
    cadences: &CadenceDefaults,
    today: NaiveDate,
    days: u32,
    limit: usize,
) -> Result<Review> {
    let limit = limit.max(1);
    let days = days.clamp(1, MAX_DAYS);
    let occasion_days = days.max(14);
    let mut skipped = Vec::new();
    let due = due_followups(store, today, days, limit, &mut skipped)?;
    let (mut requests, requests_total) =
        store.open_followups(Direction::Request, None, None, limit)?;
    skipped.append(&mut requests.damaged);
    let (quiet, quiet_total) = store.gone_quiet(cadences, today, limit)?;

    // The contacts the sections name, read once; archived and unreadable ones are left out of
    // the review, unreadable ones named.
    let mut contacts = Contacts::default();
    let ids = due
        .iter()
        .flat_map(|(_, f, _)| f.iter().map(|f| f.contact))
        .chain(requests.items.iter().map(|f| f.contact))
        .chain(quiet.iter().map(|(_, _, id)| *id));
    contacts.load(store, ids)?;
    let occasions = occasions::section(store, &mut contacts, today, occasion_days, limit)?;

    let mut sections: Vec<Section> = due
        .into_iter()
        .map(|(kind, found, total)| followup_section(kind, &contacts, &found, total))
        .collect();
    let items: Vec<ReviewItem> = quiet
        .into_iter()
        .filter_map(|(days, cadence, id)| {
            Some(ReviewItem {
                contact: id,
                name: contacts.name(id)?.to_owned(),
                what: crate::say!("review-keep-in-touch", days = cadence),
                when: ItemWhen::Silent { days, cadence },
                followup: None,
                direction: None,
                invoice: None,
                complaint: None,
                thanks: None,
            })
        })
        .collect();
    sections.push(Section {
        kind: SectionKind::GoneQuiet,
        more: quiet_total.saturating_sub(items.len()),
        items,
    });
    sections.push(occasions);
    sections.extend(greetings::section(
        store,
        &mut contacts,
        today,
        occasion_days,
        limit,
    )?);
    sections.extend(thank_referrals::section(
        store,
        &mut contacts,
        today,
        limit,
    )?);
    sections.push(followup_section(
        SectionKind::WaitingOnThem,
        &contacts,
        &requests.items,
        requests_total,
    ));
    sections.extend(owed::review_sections(
        store,
        &mut contacts,
        today,
        days,
        limit,
        &mut skipped,
    )?);
    sections.extend(complaints::section(
        store,
        &mut contacts,
        today,
        limit,
        &mut skipped,
    )?);
    skipped.extend(contacts.into_damaged());
    Ok(Review {
        today,
        days,
        occasion_days,
        sections,
        skipped,
    })
}

/// Overdue, today's and the coming days' promises and reminders: for each section the first
/// `limit` by due day, time and id, and how many there are.
fn due_followups(
    store: &Store,
    today: NaiveDate,
    days: u32,
    limit: usize,
    skipped: &mut Vec<Skipped>,
) -> Result<Vec<(SectionKind, Vec<FollowUp>, usize)>> {
    let yesterday = today - Duration::days(1);
    let horizon = today + Duration::days(i64::from(days));
    let mut due = Vec::new();
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
            let (loaded, count) = store.open_followups(direction, from, to, limit)?;
            found.extend(loaded.items);
            skipped.extend(loaded.damaged);
            total += count;
        }
        found.sort_by_key(|f| (f.due, f.due_time, f.id));
        found.truncate(limit);
        due.push((kind, found, total));
    }
    Ok(due)
}

/// The follow-ups of contacts in use as items. An archived contact's follow-ups are not the
/// owner's business any more: they are left out of the items, and the store's `total` never
/// counted them, wherever they fall, so "… and N more" is what the rows past these show.
fn followup_section(
    kind: SectionKind,
    contacts: &Contacts,
    followups: &[FollowUp],
    total: usize,
) -> Section {
    let items: Vec<ReviewItem> = followups
        .iter()
        .filter_map(|f| {
            Some(ReviewItem {
                contact: f.contact,
                name: contacts.name(f.contact)?.to_owned(),
                what: f.text.clone(),
                when: ItemWhen::Due(f.due),
                followup: Some(f.id),
                direction: Some(f.direction),
                invoice: None,
                complaint: None,
                thanks: None,
            })
        })
        .collect();
    Section {
        kind,
        more: total.saturating_sub(items.len()),
        items,
    }
}
