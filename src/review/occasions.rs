//! The review's birthdays, occasions and first-purchase anniversaries: the coming days' in date
//! order and then by name, read day by day from the occasion index until a section's worth is
//! found; the total comes from the day counts, less those greeted this year already
//! (`anniversaries.rs`).

use super::anniversaries::{FirstPurchases, Greeted, first_purchases};
use super::contacts::Contacts;
use super::{ItemWhen, ReviewItem, Section, SectionKind};
use crate::domain::{ContactId, FIRST_PURCHASE_SLOT, PartialDate, ThanksFor};
use crate::store::{Result, Store};
use chrono::{Datelike, Duration, NaiveDate};

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

/// The days of the year in `keys` grouped by the date they next fall on, soonest first, each
/// group's days in the order `keys` gives them (a day given twice is in its group twice).
fn by_date(keys: &[u16], today: NaiveDate) -> Vec<(NaiveDate, Vec<u16>)> {
    let mut groups: Vec<(NaiveDate, Vec<u16>)> = Vec::new();
    for key in keys {
        let next = PartialDate::new(None, (key / 100) as u8, (key % 100) as u8)
            .map_or(NaiveDate::MAX, |d| d.next_on_or_after(today));
        match groups.iter_mut().find(|(date, _)| *date == next) {
            Some((_, days)) => days.push(*key),
            None => groups.push((next, vec![*key])),
        }
    }
    groups.sort_by_key(|(date, _)| *date);
    groups
}

/// The coming `days` days' birthdays and occasions of contacts in use, in date order and then by
/// name: the first `limit` of them, and how many there are in all.
pub(super) fn section(
    store: &Store,
    contacts: &mut Contacts,
    today: NaiveDate,
    days: u32,
    limit: usize,
) -> Result<Section> {
    let keys = occasion_days_from(today, days);
    let total = store.occasion_count(&keys)?;
    let mut greeted = Greeted::read(store, contacts, today, days)?;
    let groups = by_date(&keys, today);
    let mut items: Vec<ReviewItem> = Vec::new();
    // Rows read that the total counts: every one but those of archived contacts.
    let mut counted = 0;
    let mut next = 0;
    while items.len() < limit && next < groups.len() {
        // Whole dates at a time, until they hold enough rows to fill the section (rows of
        // archived or unreadable contacts fill nothing, so there may be another round).
        let mut found = Vec::new();
        while next < groups.len() && items.len() + found.len() < limit {
            let date = groups[next].0;
            found.extend(
                (store.occasions_on(&groups[next].1)?)
                    .into_iter()
                    .map(|r| (date, r)),
            );
            next += 1;
        }
        // A date of a big notebook holds thousands of rows: their names (and whether each is
        // archived) order them, and only those the section shows are read whole.
        contacts.load(store, found.iter().map(|(_, (_, id, _))| *id))?;
        found.sort_by(|(x, (_, a, _)), (y, (_, b, _))| {
            x.cmp(y)
                .then_with(|| contacts.name(*a).cmp(&contacts.name(*b)))
        });
        let mut rows = found.into_iter().map(|(_, row)| row).peekable();
        while items.len() < limit && rows.peek().is_some() {
            let chunk: Vec<_> = rows.by_ref().take(limit - items.len()).collect();
            contacts.load_whole(store, chunk.iter().map(|(_, id, _)| *id))?;
            counted += (chunk.iter())
                .filter(|(_, id, _)| !contacts.is_archived(*id))
                .count();
            let firsts = first_purchases(store, &chunk)?;
            items.extend(
                (chunk.iter())
                    .filter_map(|(_, id, slot)| item(contacts, *id, *slot, today, &firsts))
                    .filter(|i| !greeted.holds(i)),
            );
            greeted.read_among(&chunk);
        }
    }
    // Those past the limit, and those on the dates not read (rows of unreadable contacts
    // among the ones read are left out, as they are of the items).
    // Those greeted already are no items, read or not.
    let counted = counted + greeted.unread_in_use(store, contacts)?;
    let more = total.saturating_sub(counted);
    Ok(Section {
        kind: SectionKind::Occasions,
        more,
        items,
    })
}

/// One birthday (slot 0) or occasion (slot n: the contact's occasion n − 1) as a review item;
/// none for a contact not in use or a slot the contact does not have.
fn item(
    contacts: &Contacts,
    id: ContactId,
    slot: u8,
    today: NaiveDate,
    firsts: &FirstPurchases,
) -> Option<ReviewItem> {
    let contact = contacts.get(id)?;
    let (label, date) = if slot == 0 {
        (crate::say!("review-birthday"), contact.birthday?)
    } else if slot == FIRST_PURCHASE_SLOT {
        (crate::say!("review-first-purchase"), *firsts.get(&id)?)
    } else {
        let o = contact.occasions.get(usize::from(slot) - 1)?;
        (o.label.clone(), o.date)
    };
    let next = date.next_on_or_after(today);
    let years = date.year.map(|y| next.year() - y).filter(|y| *y > 0);
    if slot == FIRST_PURCHASE_SLOT && years.is_none() {
        return None; // the first purchase itself: its anniversaries are the years after
    }
    let what = match years {
        Some(y) if slot == 0 => crate::say!("review-birthday-age", years = y),
        Some(y) if slot == FIRST_PURCHASE_SLOT => {
            crate::say!("review-first-purchase-years", years = y)
        }
        Some(y) => crate::say!("review-occasion-years", label = label, years = y),
        None => label,
    };
    Some(ReviewItem {
        contact: id,
        name: contact.name.clone(),
        what,
        when: ItemWhen::On { date: next, years },
        followup: None,
        direction: None,
        invoice: None,
        complaint: None,
        thanks: Some(ThanksFor::Occasion { slot, on: next }),
    })
}
