//! Reads of referrals and thanks, each in one read transaction and each from an index: whom a
//! contact referred and what those referrals brought (their referral rows and sums), the
//! referrers ranked (the sums' rows, one per referrer and currency, never the notes), a
//! contact's first purchase, the referred contacts who first bought lately and were not thanked
//! for, and the birthdays and occasions greeted. A notebook nobody wrote to since these tables
//! came has none of them: it reads as having no referrals.

use super::contain::contain;
use super::owed_read::optional;
use super::tables::*;
use super::{Result, Store};
use crate::domain::serde_time::{date_to_days, days_to_date, secs_to_datetime};
use crate::domain::{Amount, ContactId, Currency, InteractionId};
use chrono::{NaiveDate, NaiveDateTime};
use redb::ReadableTable;

/// Whom a contact referred and what their purchases brought.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Referred {
    /// The first of the contacts referred, by id (at most the limit asked for).
    pub contacts: Vec<ContactId>,
    /// How many they referred in all.
    pub count: usize,
    /// What the referred contacts bought, per currency.
    pub value: Vec<Amount>,
    /// How many purchases that was.
    pub purchases: u64,
}

/// One referrer's line of the ranking: what their referrals brought in one currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Referrer {
    pub contact: ContactId,
    pub value: Amount,
    pub purchases: u64,
}

/// A referred contact's first purchase that the referrer was not thanked for yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FirstBuy {
    pub referred: ContactId,
    pub referrer: ContactId,
    pub on: NaiveDate,
}

fn amount(currency: &str, minor: i64) -> Option<Amount> {
    Some(Amount {
        minor,
        currency: Currency::parse(currency).ok()?,
    })
}

impl Store {
    /// Whom `referrer` referred (the first `limit` by id), how many, and what they bought.
    pub fn referred(&self, referrer: ContactId, limit: usize) -> Result<Referred> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let mut found = Referred::default();
            if let Some(t) = optional(&txn, REFERRALS)? {
                for entry in t.range((referrer.0, 0)..=(referrer.0, u64::MAX))? {
                    let id = ContactId(entry?.0.value().1);
                    if found.contacts.len() < limit {
                        found.contacts.push(id);
                    }
                    found.count += 1;
                }
            }
            if let Some(t) = optional(&txn, REFERRAL_VALUES)? {
                for entry in t.range((referrer.0, "")..=(referrer.0, "\u{10FFFF}"))? {
                    let (k, v) = entry?;
                    let (minor, n) = v.value();
                    found.value.extend(amount(k.value().1, minor));
                    found.purchases += n;
                }
            }
            Ok(found)
        })
    }

    /// Every referrer whose referrals bought something, per currency, the most brought first
    /// (then by id): one row per referrer and currency is read, never a note.
    pub fn referrers(&self) -> Result<Vec<Referrer>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let mut found = Vec::new();
            if let Some(t) = optional(&txn, REFERRAL_VALUES)? {
                for entry in t.iter()? {
                    let (k, v) = entry?;
                    let ((referrer, currency), (minor, purchases)) = (k.value(), v.value());
                    if let Some(value) = amount(currency, minor) {
                        found.push(Referrer {
                            contact: ContactId(referrer),
                            value,
                            purchases,
                        });
                    }
                }
            }
            found.sort_by(|a: &Referrer, b: &Referrer| {
                (a.value.currency.as_str().cmp(b.value.currency.as_str()))
                    .then(b.value.minor.cmp(&a.value.minor))
                    .then(a.contact.cmp(&b.contact))
            });
            Ok(found)
        })
    }

    /// A contact's first purchase (its note and time) and how many purchases they made.
    pub fn first_purchase(
        &self,
        contact: ContactId,
    ) -> Result<Option<(InteractionId, NaiveDateTime, usize)>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let Some(t) = optional(&txn, PURCHASES)? else {
                return Ok(None);
            };
            let mut first = None;
            let mut count = 0;
            for entry in t.range((contact.0, i64::MIN, 0)..=(contact.0, i64::MAX, u64::MAX))? {
                let (_, secs, id) = entry?.0.value();
                if first.is_none() {
                    first = secs_to_datetime(secs).map(|at| (InteractionId(id), at));
                }
                count += 1;
            }
            Ok(first.map(|(id, at)| (id, at, count)))
        })
    }

    /// When each of `contacts` first bought, in one read: those who never did are left out.
    pub fn first_purchases_of(
        &self,
        contacts: &[ContactId],
    ) -> Result<std::collections::HashMap<ContactId, NaiveDateTime>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let mut found = std::collections::HashMap::new();
            let Some(t) = optional(&txn, PURCHASES)? else {
                return Ok(found);
            };
            for contact in contacts {
                let range = (contact.0, i64::MIN, 0)..=(contact.0, i64::MAX, u64::MAX);
                if let Some(entry) = t.range(range)?.next() {
                    let (_, secs, _) = entry?.0.value();
                    found.extend(secs_to_datetime(secs).map(|at| (*contact, at)));
                }
            }
            Ok(found)
        })
    }

    /// The referred contacts who first bought from `since` to `today`, newest first, whose
    /// referrer was not thanked for them: the first `limit`, and how many there are.
    pub fn first_buys(
        &self,
        since: NaiveDate,
        today: NaiveDate,
        limit: usize,
    ) -> Result<(Vec<FirstBuy>, usize)> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let (Some(buys), Some(thanked)) =
                (optional(&txn, FIRST_BUYS)?, optional(&txn, THANKED)?)
            else {
                return Ok((Vec::new(), 0));
            };
            let (mut items, mut total) = (Vec::new(), 0);
            let range = (date_to_days(since), 0)..=(date_to_days(today), u64::MAX);
            for entry in buys.range(range)?.rev() {
                let (k, v) = entry?;
                let ((day, referred), referrer) = (k.value(), v.value());
                if thanked.get((0, 0, referred))?.is_some() {
                    continue;
                }
                total += 1;
                if items.len() < limit
                    && let Some(on) = days_to_date(day)
                {
                    items.push(FirstBuy {
                        referred: ContactId(referred),
                        referrer: ContactId(referrer),
                        on,
                    });
                }
            }
            Ok((items, total))
        })
    }

    /// The birthdays and occasions greeted whose date falls from `from` to `to`: (contact,
    /// slot, date).
    pub fn greeted(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<(ContactId, u8, NaiveDate)>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let Some(t) = optional(&txn, THANKED)? else {
                return Ok(Vec::new());
            };
            let mut found = Vec::new();
            let (from, to) = (i64::from(date_to_days(from)), i64::from(date_to_days(to)));
            for entry in t.range((1, from, 0)..=(1, to, u64::MAX))? {
                let (_, day, packed) = entry?.0.value();
                let on = i32::try_from(day).ok().and_then(days_to_date);
                if let Some(on) = on {
                    found.push((ContactId(packed >> 8), (packed & 0xff) as u8, on));
                }
            }
            Ok(found)
        })
    }
}
