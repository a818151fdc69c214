//! The writer's part for referrals and thanks, kept in the same transaction as the notes and
//! contacts they come from (`referral_index.rs` says which rows each calls for): a purchase's
//! row; for a referred contact, the referral's row, what their purchases brought the referrer,
//! and the day they first bought; a first-purchase anniversary's row in the occasion index; and
//! the thanks given. A thanks record is touched before every write, so giving thanks is part
//! of the change's undo step.

use super::{Writer, decode_at, encode};
use crate::domain::{Contact, ContactId, Interaction, Thanks};
use crate::store::Result;
use crate::store::referral_index::{anniversary_key, first_buy_day, purchase_row, thanked_key};
use crate::store::steps::Kind;
use crate::store::tables::*;
use redb::{ReadableTable, Table, WriteTransaction};

/// The tables of this part, open for the transaction.
pub(in crate::store) struct ReferralTables<'t> {
    purchases: Table<'t, (u64, i64, u64), (&'static str, i64)>,
    pub referrals: Table<'t, (u64, u64), ()>,
    values: Table<'t, (u64, &'static str), (i64, u64)>,
    first_buys: Table<'t, (i32, u64), u64>,
    pub thanks: Table<'t, u64, &'static [u8]>,
    thanked: Table<'t, (u8, i64, u64), u64>,
    pub thanks_by_contact: Table<'t, (u64, u64), ()>,
}

impl<'t> ReferralTables<'t> {
    pub(super) fn open(txn: &'t WriteTransaction) -> Result<Self> {
        Ok(ReferralTables {
            purchases: txn.open_table(PURCHASES)?,
            referrals: txn.open_table(REFERRALS)?,
            values: txn.open_table(REFERRAL_VALUES)?,
            first_buys: txn.open_table(FIRST_BUYS)?,
            thanks: txn.open_table(THANKS)?,
            thanked: txn.open_table(THANKED)?,
            thanks_by_contact: txn.open_table(THANKS_BY_CONTACT)?,
        })
    }

    /// Adds `minor` units and `count` purchases to what a referrer's referrals brought.
    fn add_value(&mut self, referrer: u64, currency: &str, minor: i64, count: i64) -> Result<()> {
        let (sum, n) = self
            .values
            .get((referrer, currency))?
            .map_or((0, 0), |v| v.value());
        let n = n.saturating_add_signed(count);
        if n == 0 {
            self.values.remove((referrer, currency))?;
        } else {
            let sum = sum.saturating_add(minor);
            self.values.insert((referrer, currency), (sum, n))?;
        }
        Ok(())
    }

    /// A contact's purchases, oldest first: (time, currency, minor units).
    fn purchases_of(&self, contact: u64) -> Result<Vec<(i64, String, i64)>> {
        let mut found = Vec::new();
        for entry in self
            .purchases
            .range((contact, i64::MIN, 0)..=(contact, i64::MAX, u64::MAX))?
        {
            let (k, v) = entry?;
            let (currency, minor) = v.value();
            found.push((k.value().1, currency.to_string(), minor));
        }
        Ok(found)
    }

    fn first_purchase(&self, contact: u64) -> Result<Option<i64>> {
        let mut range = self
            .purchases
            .range((contact, i64::MIN, 0)..=(contact, i64::MAX, u64::MAX))?;
        Ok(range.next().transpose()?.map(|(k, _)| k.value().1))
    }
}

impl Writer<'_> {
    /// The stored contact a note belongs to, if it decodes.
    fn stored_contact(&self, id: ContactId) -> Result<Option<Contact>> {
        Ok(match self.contacts.get(id.0)? {
            Some(bytes) => decode_at::<Contact>("contacts_v1", id, bytes.value()).ok(),
            None => None,
        })
    }

    /// Adds or removes a note's purchase row, with what it changes: the value its contact's
    /// referrer was brought, and the rows that follow the contact's first purchase.
    pub(super) fn index_purchase(&mut self, i: &Interaction, insert: bool) -> Result<()> {
        let Some((key, (currency, minor))) = purchase_row(i) else {
            return Ok(());
        };
        let contact = self.stored_contact(i.contact)?;
        if let Some(c) = &contact {
            self.first_purchase_rows(c, false)?;
        }
        let changed = if insert {
            (self.referral.purchases)
                .insert(key, (currency.as_str(), minor))?
                .is_none()
        } else {
            self.referral.purchases.remove(key)?.is_some()
        };
        if let Some(c) = &contact {
            if let (true, Some(referrer)) = (changed, c.referred_by) {
                let (minor, count) = if insert { (minor, 1) } else { (-minor, -1) };
                self.referral
                    .add_value(referrer.0, &currency, minor, count)?;
            }
            self.first_purchase_rows(c, true)?;
        }
        Ok(())
    }

    /// Adds or removes the rows a contact's first purchase calls for: its anniversary in the
    /// occasion index and, for a referred contact, its first-buy row.
    fn first_purchase_rows(&mut self, c: &Contact, insert: bool) -> Result<()> {
        let Some(secs) = self.referral.first_purchase(c.id.0)? else {
            return Ok(());
        };
        if let Some(key) = anniversary_key(c.id.0, secs) {
            self.index_occasion(key, !c.is_archived(), insert)?;
        }
        if let (Some(referrer), Some(day)) = (c.referred_by, first_buy_day(secs)) {
            if insert {
                self.referral.first_buys.insert((day, c.id.0), referrer.0)?;
            } else {
                self.referral.first_buys.remove((day, c.id.0))?;
            }
        }
        Ok(())
    }

    /// Adds or removes the rows a contact's record calls for here (called with its other
    /// index rows): the referral, what its purchases brought the referrer, its first purchase's.
    pub(super) fn index_referral(&mut self, c: &Contact, insert: bool) -> Result<()> {
        self.first_purchase_rows(c, insert)?;
        let Some(referrer) = c.referred_by else {
            return Ok(());
        };
        if insert {
            self.referral.referrals.insert((referrer.0, c.id.0), ())?;
        } else {
            self.referral.referrals.remove((referrer.0, c.id.0))?;
        }
        for (_, currency, minor) in self.referral.purchases_of(c.id.0)? {
            let (minor, count) = if insert { (minor, 1) } else { (-minor, -1) };
            self.referral
                .add_value(referrer.0, &currency, minor, count)?;
        }
        Ok(())
    }

    /// The contacts `referrer` referred, from the referral rows.
    pub(super) fn referred_by(&self, referrer: ContactId) -> Result<Vec<ContactId>> {
        let mut found = Vec::new();
        for entry in (self.referral.referrals).range((referrer.0, 0)..=(referrer.0, u64::MAX))? {
            found.push(ContactId(entry?.0.value().1));
        }
        Ok(found)
    }

    /// Writes a thanks record and its rows.
    pub(super) fn put_thanks(&mut self, t: &Thanks) -> Result<()> {
        self.touch(Kind::Thanks, t.id)?;
        self.referral.thanks.insert(t.id, encode(t)?.as_slice())?;
        self.referral.thanked.insert(thanked_key(t), t.id)?;
        (self.referral.thanks_by_contact).insert((t.contact.0, t.id), ())?;
        Ok(())
    }

    pub(super) fn thanks(&self, id: u64) -> Result<Option<Thanks>> {
        Ok(match self.referral.thanks.get(id)? {
            Some(bytes) => Some(decode_at("thanks_v1", id, bytes.value())?),
            None => None,
        })
    }

    /// Deletes a thanks record and its rows.
    pub(super) fn remove_thanks_rows(&mut self, id: u64) -> Result<()> {
        let Some(t) = self.thanks(id)? else {
            return Ok(());
        };
        self.touch(Kind::Thanks, id)?;
        let key = thanked_key(&t);
        if self
            .referral
            .thanked
            .get(key)?
            .is_some_and(|v| v.value() == id)
        {
            self.referral.thanked.remove(key)?;
        }
        (self.referral.thanks_by_contact).remove((t.contact.0, id))?;
        self.referral.thanks.remove(id)?;
        Ok(())
    }

    /// The thanks a contact was given, by id.
    pub(super) fn thanks_of(&self, contact: ContactId) -> Result<Vec<u64>> {
        let mut found = Vec::new();
        for entry in
            (self.referral.thanks_by_contact).range((contact.0, 0)..=(contact.0, u64::MAX))?
        {
            found.push(entry?.0.value().1);
        }
        Ok(found)
    }

    /// Stores new thanks (with the note or follow-up the same change made) and gives them
    /// their id; thanks for the same item given before are replaced.
    pub fn give_thanks(&mut self, thanks: &mut Thanks) -> Result<u64> {
        self.require_contact(thanks.contact)?;
        let old = (self.referral.thanked.get(thanked_key(thanks))?).map(|v| v.value());
        if let Some(old) = old {
            self.remove_thanks_rows(old)?;
        }
        thanks.id = self.take_id();
        self.put_thanks(thanks)?;
        Ok(thanks.id)
    }
}

impl Writer<'_> {
    /// Stores thanks as a backup holds them.
    pub(in crate::store) fn restore_thanks(&mut self, t: &mut Thanks) -> Result<()> {
        self.without_history();
        let taken = self.referral.thanks.get(t.id)?.is_some();
        self.require_new_id("thanks", t.id, taken)?;
        self.require_contact(t.contact)?;
        self.put_thanks(t)
    }
}
