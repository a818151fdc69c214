//! What the occasions section needs beyond the occasion rows: the year of each first purchase
//! whose anniversary it shows (from the purchase index, one short read per contact shown), and
//! the birthdays, occasions and anniversaries greeted already, which leave the section until
//! their next year (one range read of the thanks rows of the coming days).

use super::ReviewItem;
use super::contacts::Contacts;
use crate::domain::{ContactId, FIRST_PURCHASE_SLOT, PartialDate, ThanksFor};
use crate::store::{Result, Store};
use chrono::{Datelike, Duration, NaiveDate};
use std::collections::{HashMap, HashSet};

/// The first purchase's day of contacts whose anniversary rows were read.
pub(super) type FirstPurchases = HashMap<ContactId, PartialDate>;

pub(super) fn first_purchases(
    store: &Store,
    rows: &[(u16, ContactId, u8)],
) -> Result<FirstPurchases> {
    let ids: Vec<ContactId> = (rows.iter())
        .filter(|r| r.2 == FIRST_PURCHASE_SLOT)
        .map(|r| r.1)
        .collect();
    let mut found = FirstPurchases::new();
    for (id, at) in store.first_purchases_of(&ids)? {
        let day = at.date();
        let date = PartialDate::new(Some(day.year()), day.month() as u8, day.day() as u8);
        found.extend(date.ok().map(|d| (id, d)));
    }
    Ok(found)
}

/// The items of the coming days greeted already.
pub(super) struct Greeted {
    rows: HashSet<(ContactId, u8, NaiveDate)>,
    /// Those whose occasion row the section read.
    read: HashSet<(ContactId, u8)>,
}

impl Greeted {
    pub(super) fn read(
        store: &Store,
        contacts: &mut Contacts,
        today: NaiveDate,
        days: u32,
    ) -> Result<Greeted> {
        let until = today + Duration::days(i64::from(days));
        let rows: HashSet<_> = store.greeted(today, until)?.into_iter().collect();
        contacts.load_whole(store, rows.iter().map(|(id, _, _)| *id))?;
        Ok(Greeted {
            rows,
            read: HashSet::new(),
        })
    }

    /// Whether an item was greeted already.
    pub(super) fn holds(&self, item: &ReviewItem) -> bool {
        match item.thanks {
            Some(ThanksFor::Occasion { slot, on }) => self.rows.contains(&(item.contact, slot, on)),
            _ => false,
        }
    }

    /// Notes which greeted rows the section read.
    pub(super) fn read_among(&mut self, found: &[(u16, ContactId, u8)]) {
        for (_, id, slot) in found {
            if self.rows.iter().any(|(c, s, _)| (c, s) == (id, slot)) {
                self.read.insert((*id, *slot));
            }
        }
    }

    /// How many greeted rows the section did not read that its total counts: a contact in use
    /// whose birthday, occasion or anniversary still falls on the day greeted.
    pub(super) fn unread_in_use(&self, store: &Store, contacts: &Contacts) -> Result<usize> {
        let mut n = 0;
        for (id, slot, on) in &self.rows {
            if self.read.contains(&(*id, *slot)) {
                continue;
            }
            let Some(c) = contacts.get(*id) else {
                continue;
            };
            let date = match *slot {
                0 => c.birthday,
                FIRST_PURCHASE_SLOT => (store.first_purchase(*id)?).and_then(|(_, at, _)| {
                    PartialDate::new(None, at.month() as u8, at.day() as u8).ok()
                }),
                s => c.occasions.get(usize::from(s) - 1).map(|o| o.date),
            };
            if date.is_some_and(|d| (d.month, d.day) == (on.month() as u8, on.day() as u8)) {
                n += 1;
            }
        }
        Ok(n)
    }
}
