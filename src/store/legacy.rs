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
struct LabeledV1 {
    value: String,
    label: Option<String>,
}

/// A contact of record version 1 (schemas 1 to 4), before names, organisations, TYPE sets and
/// written dates were kept whole.
#[derive(Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
pub(crate) struct ContactV1 {
    id: ContactId,
    name: String,
    company: Option<String>,
    title: Option<String>,
    kind: Kind,
    emails: Vec<LabeledV1>,
    phones: Vec<LabeledV1>,
    tags: Vec<String>,
    interests: Option<String>,
    how_we_met: Option<String>,
    referred_by: Option<ContactId>,
    birthday: Option<PartialDate>,
    occasions: Vec<Occasion>,
    cadence_days: Option<u32>,
    grade: Option<u8>,
    profile: String,
    archived: Option<Archived>,
    #[serde(with = "serde_time::datetime")]
    created_at: NaiveDateTime,
    #[serde(with = "serde_time::datetime")]
    updated_at: NaiveDateTime,
    vcard_extra: Vec<String>,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::codec::{decode, encode_raw_for_tests};

    #[test]
    fn a_version_1_contact_decodes_into_the_current_layout() {
        let at = chrono::NaiveDate::from_ymd_opt(2025, 1, 10)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        let old = ContactV1 {
            id: ContactId(7),
            name: "Núria Puig".into(),
            company: Some("Forn Puig".into()),
            title: None,
            kind: Kind::Customer,
            emails: vec![LabeledV1 {
                value: "nuria@forn.cat".into(),
                label: Some("work".into()),
            }],
            phones: vec![],
            tags: vec!["wholesale".into()],
            interests: None,
            how_we_met: None,
            referred_by: None,
            birthday: Some(PartialDate::parse("--05-14").unwrap()),
            occasions: vec![],
            cadence_days: Some(30),
            grade: None,
            profile: "rye".into(),
            archived: None,
            created_at: at,
            updated_at: at,
            vcard_extra: vec!["X-SHOE-SIZE:38".into()],
        };
        let c: Contact = decode(&encode_raw_for_tests(1, &old)).unwrap();
        assert_eq!(c.id, ContactId(7));
        assert_eq!(c.name, "Núria Puig");
        assert_eq!(c.emails[0].label.as_deref(), Some("work"));
        assert!(c.emails[0].types.is_empty() && c.name_parts.is_none());
        assert_eq!(c.birthday, Some(PartialDate::parse("--05-14").unwrap()));
        assert_eq!(c.vcard_extra, ["X-SHOE-SIZE:38"]);
        assert_eq!(c.profile, "rye");
    }
}
