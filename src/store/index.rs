//! The index rows derived from a record, in one place so the writer and the migrations build
//! exactly the same rows.

use crate::domain::serde_time::{date_to_days, datetime_to_secs, secs_to_datetime};
use crate::domain::{Contact, Direction, FollowUp, Kind};
use chrono::NaiveDateTime;

pub(crate) type FactsRow = (u8, u32, bool, i64, i64);

/// What the review knows of a contact without decoding the whole record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContactFacts {
    pub kind: Kind,
    pub cadence_days: Option<u32>,
    pub archived: bool,
    pub created_at: NaiveDateTime,
    pub last_contacted: Option<NaiveDateTime>,
}

impl ContactFacts {
    pub(crate) fn of(contact: &Contact, last_contacted: Option<NaiveDateTime>) -> Self {
        ContactFacts {
            kind: contact.kind,
            cadence_days: contact.cadence_days,
            archived: contact.is_archived(),
            created_at: contact.created_at,
            last_contacted,
        }
    }

    pub(crate) fn to_row(self) -> FactsRow {
        let kind = Kind::ALL
            .iter()
            .position(|(k, _)| *k == self.kind)
            .unwrap_or(0) as u8;
        (
            kind,
            self.cadence_days.unwrap_or(0),
            self.archived,
            datetime_to_secs(self.created_at),
            self.last_contacted.map_or(i64::MIN, datetime_to_secs),
        )
    }

    pub(crate) fn from_row((kind, cadence, archived, created, last): FactsRow) -> Self {
        ContactFacts {
            kind: Kind::ALL
                .get(usize::from(kind))
                .map_or(Kind::Other, |(k, _)| *k),
            cadence_days: (cadence > 0).then_some(cadence),
            archived,
            created_at: secs_to_datetime(created).unwrap_or_default(),
            last_contacted: if last == i64::MIN {
                None
            } else {
                secs_to_datetime(last)
            },
        }
    }
}

/// A contact's row in the name index: whether it belongs in the archived names, and the key
/// (the folded name's order key in the notebook's collation, id) that keeps the list in name
/// order.
pub(crate) fn name_key(
    contact: &Contact,
    order: crate::text::collation::Collation,
) -> (bool, (String, u64)) {
    let key = order.order_key(&crate::text::fold(&contact.name));
    (contact.is_archived(), (key, contact.id.0))
}

/// What a contact's name-index row holds besides its key: the name and the company (empty when
/// none) as written, which is all `kith list` prints of it.
pub(crate) fn name_value(contact: &Contact) -> (String, String) {
    (
        contact.name.clone(),
        contact.company.clone().unwrap_or_default(),
    )
}

/// A follow-up's row in the per-contact follow-up index.
pub(crate) fn by_contact_key(f: &FollowUp) -> (u64, u64) {
    (f.contact.0, f.id.0)
}

/// The occasion-index keys of a contact: its birthday and each yearly occasion.
pub(crate) fn occasion_keys(contact: &Contact) -> Vec<(u16, u64, u8)> {
    let key = |d: &crate::domain::PartialDate| u16::from(d.month) * 100 + u16::from(d.day);
    let mut keys: Vec<(u16, u64, u8)> = contact
        .birthday
        .iter()
        .map(|b| (key(b), contact.id.0, 0))
        .collect();
    for (i, o) in contact.occasions.iter().enumerate().take(254) {
        keys.push((key(&o.date), contact.id.0, i as u8 + 1));
    }
    keys
}

pub(crate) fn direction_index(direction: Direction) -> u8 {
    Direction::ALL
        .iter()
        .position(|(d, _)| *d == direction)
        .unwrap_or(0) as u8
}

/// The open-follow-up index key, for a follow-up that is open.
pub(crate) fn open_key(f: &FollowUp) -> Option<(u8, i32, u64)> {
    f.is_open()
        .then(|| (direction_index(f.direction), date_to_days(f.due), f.id.0))
}
