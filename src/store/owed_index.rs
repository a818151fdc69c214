//! The index rows an invoice calls for, in one place so the writer, `kith check` and its repair
//! build exactly the same rows: its row per contact, its reference, and — while it is still
//! owed — its open row and its share of the sums per due day and per contact, each kept per
//! direction and currency so no sum mixes currencies.

use crate::domain::serde_time::date_to_days;
use crate::domain::{Invoice, Owing};
use std::collections::BTreeMap;

type Map<K, V = ()> = BTreeMap<K, V>;

pub(crate) type OpenKey = (u8, i32, u64);
pub(crate) type DayKey = (u8, String, i32);
pub(crate) type ContactKey = (u64, u8, String);
/// (minor units outstanding, invoices).
pub(crate) type Sum = (i64, u64);

pub(crate) fn owing_index(owing: Owing) -> u8 {
    match owing {
        Owing::TheyOweMe => 0,
        Owing::IOweThem => 1,
    }
}

pub(crate) fn owing_of(index: u8) -> Owing {
    if index == 1 {
        Owing::IOweThem
    } else {
        Owing::TheyOweMe
    }
}

pub(crate) fn by_contact_key(i: &Invoice) -> (u64, u64) {
    (i.contact.0, i.id.0)
}

/// The reference-index key, for an invoice with a reference.
pub(crate) fn ref_key(i: &Invoice) -> Option<(String, u64)> {
    i.reference
        .as_deref()
        .map(|r| (crate::text::fold(r), i.id.0))
}

/// The open-invoice key, for an invoice still owed.
pub(crate) fn open_key(i: &Invoice) -> Option<OpenKey> {
    i.is_open()
        .then(|| (owing_index(i.owing), date_to_days(i.due), i.id.0))
}

/// Where an invoice still owed is summed: its due day's row and its contact's row, and what it adds.
pub(crate) fn sum_keys(i: &Invoice) -> Option<(DayKey, ContactKey, i64)> {
    let left = i.outstanding();
    let owing = owing_index(i.owing);
    let currency = left.currency.as_str().to_string();
    i.is_open().then(|| {
        (
            (owing, currency.clone(), date_to_days(i.due)),
            (i.contact.0, owing, currency),
            left.minor,
        )
    })
}

/// Every invoice index as rows.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct OwedRows {
    pub by_contact: Map<(u64, u64)>,
    pub open: Map<OpenKey, u64>,
    pub days: Map<DayKey, Sum>,
    pub contacts: Map<ContactKey, Sum>,
    pub refs: Map<(String, u64), u64>,
}

impl OwedRows {
    /// Adds the rows one invoice calls for.
    pub(crate) fn add(&mut self, i: &Invoice) {
        self.by_contact.insert(by_contact_key(i), ());
        if let Some(key) = ref_key(i) {
            self.refs.insert(key, i.contact.0);
        }
        if let Some(key) = open_key(i) {
            self.open.insert(key, i.contact.0);
        }
        if let Some((day, contact, minor)) = sum_keys(i) {
            for sum in [
                self.days.entry(day).or_default(),
                self.contacts.entry(contact).or_default(),
            ] {
                sum.0 = sum.0.saturating_add(minor);
                sum.1 += 1;
            }
        }
    }
}
