//! Record layouts kith wrote before, read so older notebooks keep opening: each is converted to
//! the current layout when it is decoded (`codec::decode`) and rewritten by the schema migration.

use crate::domain::{
    Archived, Contact, ContactId, Kind, Labeled, Occasion, PartialDate, serde_time,
};
use chrono::NaiveDateTime;
use serde::Deserialize;

/// An email or phone of record version 1: a value and one label.
#[derive(Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
pub(super) struct LabeledV1 {
    pub(super) value: String,
    pub(super) label: Option<String>,
}

/// A contact of record version 1 (schemas 1 to 4), before names, organisations, TYPE sets and
/// written dates were kept whole.
#[derive(Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
pub(crate) struct ContactV1 {
    pub(super) id: ContactId,
    pub(super) name: String,
    pub(super) company: Option<String>,
    pub(super) title: Option<String>,
    pub(super) kind: Kind,
    pub(super) emails: Vec<LabeledV1>,
    pub(super) phones: Vec<LabeledV1>,
    pub(super) tags: Vec<String>,
    pub(super) interests: Option<String>,
    pub(super) how_we_met: Option<String>,
    pub(super) referred_by: Option<ContactId>,
    pub(super) birthday: Option<PartialDate>,
    pub(super) occasions: Vec<Occasion>,
    pub(super) cadence_days: Option<u32>,
    pub(super) grade: Option<u8>,
    pub(super) profile: String,
    pub(super) archived: Option<Archived>,
    #[serde(with = "serde_time::datetime")]
    pub(super) created_at: NaiveDateTime,
    #[serde(with = "serde_time::datetime")]
    pub(super) updated_at: NaiveDateTime,
    pub(super) vcard_extra: Vec<String>,
}

impl From<ContactV1> for Contact {
    fn from(old: ContactV1) -> Contact {
        let labeled = |items: Vec<LabeledV1>| -> Vec<Labeled> {
            items
                .into_iter()
                .map(|l| Labeled {
                    value: l.value,
                    label: l.label,
                    ..Labeled::default()
                })
                .collect()
        };
        let mut c = Contact::new(old.name, old.created_at);
        c.id = old.id;
        c.company = old.company;
        c.title = old.title;
        c.kind = old.kind;
        c.emails = labeled(old.emails);
        c.phones = labeled(old.phones);
        c.tags = old.tags;
        c.interests = old.interests;
        c.how_we_met = old.how_we_met;
        c.referred_by = old.referred_by;
        c.birthday = old.birthday;
        c.occasions = old.occasions;
        c.cadence_days = old.cadence_days;
        c.grade = old.grade;
        c.profile = old.profile;
        c.archived = old.archived;
        c.updated_at = old.updated_at;
        c.vcard_extra = old.vcard_extra;
        c
    }
}

/// A draft of record version 1 (schemas 1 to 7), before a draft could edit a saved note.
#[derive(Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
pub(crate) struct DraftV1 {
    contact: ContactId,
    channel: crate::domain::Channel,
    at: String,
    amount: String,
    text: String,
    #[serde(with = "serde_time::datetime")]
    saved_at: NaiveDateTime,
}

impl From<DraftV1> for crate::domain::Draft {
    fn from(d: DraftV1) -> Self {
        crate::domain::Draft {
            contact: d.contact,
            channel: d.channel,
            at: d.at,
            amount: d.amount,
            text: d.text,
            saved_at: d.saved_at,
            editing: None,
        }
    }
}
