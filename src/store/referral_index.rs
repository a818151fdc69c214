//! The index rows of referrals and thanks, in one place so the writer, `kith check` and its
//! repair build the same rows: a purchase's row, a referral's, the value each referrer's
//! referrals brought, the first buys of referred contacts, a first-purchase anniversary's
//! occasion row, and the rows of the thanks given.

use super::Result;
use super::codec;
use super::tables::*;
use crate::domain::serde_time::{date_to_days, datetime_to_secs, secs_to_datetime};
use crate::domain::{Channel, Contact, FIRST_PURCHASE_SLOT, Interaction, Thanks, ThanksFor};
use redb::{Database, ReadableDatabase, ReadableTable, WriteTransaction};
use std::collections::BTreeMap;

type Map<K, V = ()> = BTreeMap<K, V>;

pub(crate) type PurchaseKey = (u64, i64, u64);
pub(crate) type ThankedKey = (u8, i64, u64);

/// A purchase note's row: (contact, time, id) → (currency, minor units); none for a note that
/// is no purchase or has no amount.
pub(crate) fn purchase_row(i: &Interaction) -> Option<(PurchaseKey, (String, i64))> {
    let amount = i.amount.filter(|_| i.channel == Channel::Purchase)?;
    let key = (i.contact.0, datetime_to_secs(i.at), i.id.0);
    Some((key, (amount.currency.as_str().to_string(), amount.minor)))
}

/// The occasion-index key of a first-purchase anniversary, from the first purchase's time.
pub(crate) fn anniversary_key(contact: u64, secs: i64) -> Option<(u16, u64, u8)> {
    use chrono::Datelike;
    let day = secs_to_datetime(secs)?.date();
    let mmdd = day.month() as u16 * 100 + day.day() as u16;
    Some((mmdd, contact, FIRST_PURCHASE_SLOT))
}

/// The first-buy row's day of a first purchase.
pub(crate) fn first_buy_day(secs: i64) -> Option<i32> {
    Some(date_to_days(secs_to_datetime(secs)?.date()))
}

/// Where thanks are found: a referral by the contact referred, an occasion by its date.
pub(crate) fn thanked_key(t: &Thanks) -> ThankedKey {
    match t.about {
        ThanksFor::Referral { referred } => (0, 0, referred.0),
        ThanksFor::Occasion { slot, on } => (
            1,
            i64::from(date_to_days(on)),
            t.contact.0.saturating_mul(256) | u64::from(slot),
        ),
    }
}

/// Every index of this part as rows, and the anniversary rows of the occasion index.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct ReferralRows {
    pub purchases: Map<PurchaseKey, (String, i64)>,
    pub referrals: Map<(u64, u64)>,
    pub values: Map<(u64, String), (i64, u64)>,
    pub first_buys: Map<(i32, u64), u64>,
    pub thanked: Map<ThankedKey, u64>,
    pub by_contact: Map<(u64, u64)>,
    /// The anniversary rows `occasions_v1` holds, with whether their contact is in use.
    pub anniversaries: Map<(u16, u64, u8), bool>,
}

impl ReferralRows {
    pub(crate) fn add_note(&mut self, i: &Interaction) {
        if let Some((key, value)) = purchase_row(i) {
            self.purchases.insert(key, value);
        }
    }

    pub(crate) fn add_thanks(&mut self, t: &Thanks) {
        self.thanked.insert(thanked_key(t), t.id);
        self.by_contact.insert((t.contact.0, t.id), ());
    }

    /// The rows a contact calls for, once the purchases are in.
    pub(crate) fn add_contact(&mut self, c: &Contact) {
        let id = c.id.0;
        let mine: Vec<_> = self
            .purchases
            .range((id, i64::MIN, 0)..=(id, i64::MAX, u64::MAX))
            .map(|(k, v)| (*k, v.clone()))
            .collect();
        if let Some(((_, secs, _), _)) = mine.first() {
            if let Some(key) = anniversary_key(id, *secs) {
                self.anniversaries.insert(key, !c.is_archived());
            }
            if let (Some(referrer), Some(day)) = (c.referred_by, first_buy_day(*secs)) {
                self.first_buys.insert((day, id), referrer.0);
            }
        }
        let Some(referrer) = c.referred_by else {
            return;
        };
        self.referrals.insert((referrer.0, id), ());
        for (_, (currency, minor)) in mine {
            let row = self.values.entry((referrer.0, currency)).or_default();
            *row = (row.0.saturating_add(minor), row.1 + 1);
        }
    }
}

/// In `meta`, set once the rows of this part were built for the records already there.
pub(crate) const REFERRAL_ROWS_KEY: &str = "referral_rows_built";

/// Builds, the first time a kith that keeps these rows opens the notebook for writing, the
/// rows the notes and contacts already there call for, in one transaction, and marks them
/// built (no schema step, as for the promise rows).
pub(crate) fn build_once(db: &Database) -> Result<()> {
    if (db.begin_read()?.open_table(META)?.get(REFERRAL_ROWS_KEY)?).is_some() {
        return Ok(());
    }
    let txn = db.begin_write()?;
    {
        let mut meta = txn.open_table(META)?;
        if meta.get(REFERRAL_ROWS_KEY)?.is_some() {
            return Ok(()); // another process built them while this one waited its turn
        }
        meta.insert(REFERRAL_ROWS_KEY, 1)?;
    }
    let rows = rows_of(&txn)?;
    write_rows(&txn, &rows)?;
    add_anniversaries(&txn, &rows)?;
    txn.commit()?;
    Ok(())
}

/// The rows the records call for; a record that does not decode calls for none (`kith check`
/// names it).
fn rows_of(txn: &WriteTransaction) -> Result<ReferralRows> {
    let mut rows = ReferralRows::default();
    for entry in txn.open_table(INTERACTIONS)?.iter()? {
        if let Ok(i) = codec::decode::<Interaction>(entry?.1.value()) {
            rows.add_note(&i);
        }
    }
    for entry in txn.open_table(THANKS)?.iter()? {
        if let Ok(t) = codec::decode::<Thanks>(entry?.1.value()) {
            rows.add_thanks(&t);
        }
    }
    for entry in txn.open_table(CONTACTS)?.iter()? {
        if let Ok(c) = codec::decode::<Contact>(entry?.1.value()) {
            rows.add_contact(&c);
        }
    }
    Ok(rows)
}

/// Writes every table of this part afresh from `rows` (not the anniversaries: they live in the
/// occasion index, which the review's counts follow).
pub(crate) fn write_rows(txn: &WriteTransaction, rows: &ReferralRows) -> Result<()> {
    let mut t = txn.open_table(PURCHASES)?;
    t.retain(|_, _| false)?;
    for (k, (currency, minor)) in &rows.purchases {
        t.insert(k, (currency.as_str(), *minor))?;
    }
    let mut t = txn.open_table(REFERRALS)?;
    t.retain(|_, _| false)?;
    for k in rows.referrals.keys() {
        t.insert(k, ())?;
    }
    let mut t = txn.open_table(REFERRAL_VALUES)?;
    t.retain(|_, _| false)?;
    for ((referrer, currency), v) in &rows.values {
        t.insert((*referrer, currency.as_str()), v)?;
    }
    let mut t = txn.open_table(FIRST_BUYS)?;
    t.retain(|_, _| false)?;
    for (k, v) in &rows.first_buys {
        t.insert(k, v)?;
    }
    let mut t = txn.open_table(THANKED)?;
    t.retain(|_, _| false)?;
    for (k, v) in &rows.thanked {
        t.insert(k, v)?;
    }
    let mut t = txn.open_table(THANKS_BY_CONTACT)?;
    t.retain(|_, _| false)?;
    for k in rows.by_contact.keys() {
        t.insert(k, ())?;
    }
    Ok(())
}

/// Adds the anniversary rows to the occasion index, counting those of contacts in use.
fn add_anniversaries(txn: &WriteTransaction, rows: &ReferralRows) -> Result<()> {
    let mut occasions = txn.open_table(OCCASIONS)?;
    let mut counts = txn.open_table(DAY_COUNTS)?;
    for (key, in_use) in &rows.anniversaries {
        if occasions.insert(key, ())?.is_none() && *in_use {
            let count = super::review_index::occasion_count_key(*key);
            let now = counts.get(count)?.map_or(0, |v| v.value());
            counts.insert(count, now + 1)?;
        }
    }
    Ok(())
}
