//! The JSON shapes of contacts, interactions and follow-ups, and the ISO dates they use.

use crate::domain::{Amount, CardDate, Contact, FollowUp, Interaction, Labeled, NameParts};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

pub(crate) fn iso(at: NaiveDateTime) -> String {
    use chrono::{Datelike, Timelike};
    // What `%Y-%m-%dT%H:%M:%S` writes, without parsing the pattern for every date of a
    // backup; chrono writes years outside 0–9999 with a sign, and a leap second as :60.
    if (0..=9999).contains(&at.year()) && at.nanosecond() < 1_000_000_000 {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            at.year(),
            at.month(),
            at.day(),
            at.hour(),
            at.minute(),
            at.second()
        )
    } else {
        at.format("%Y-%m-%dT%H:%M:%S").to_string()
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct LabeledJson {
    pub value: String,
    pub label: Option<String>,
    /// Every vCard TYPE, lower case.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub types: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pref: Option<u8>,
    /// The vCard property group (`item1`) and its label (`X-ABLabel`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_label: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct OccasionJson {
    pub label: String,
    pub date: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct ArchivedJson {
    pub reason: String,
    pub at: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct AmountJson {
    /// Integer minor units (cents, paise).
    pub minor: i64,
    pub currency: String,
    /// The amount as a person reads it, e.g. "120.50 EUR".
    pub display: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct ContactJson {
    pub id: u64,
    pub name: String,
    pub company: Option<String>,
    pub title: Option<String>,
    pub kind: String,
    pub emails: Vec<LabeledJson>,
    pub phones: Vec<LabeledJson>,
    pub tags: Vec<String>,
    pub interests: Option<String>,
    pub how_we_met: Option<String>,
    pub referred_by: Option<u64>,
    pub birthday: Option<String>,
    pub occasions: Vec<OccasionJson>,
    pub cadence_days: Option<u32>,
    pub grade: Option<u8>,
    pub profile: String,
    pub archived: Option<ArchivedJson>,
    pub created_at: String,
    pub updated_at: String,
    /// Derived: ignored when a backup is restored.
    pub last_contacted: Option<String>,
    /// vCard properties kith does not model, kept verbatim.
    #[serde(default)]
    pub vcard_extra: Vec<String>,
    /// The structured name (vCard N), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_parts: Option<NameParts>,
    /// Organisation units after the company.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub org_units: Vec<String>,
    /// The birthday as written when it is more or other than a day (a time, a month, words).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birthday_as_written: Option<CardDate>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct InteractionJson {
    pub id: u64,
    pub contact_id: u64,
    pub at: String,
    pub channel: String,
    pub text: String,
    pub amount: Option<AmountJson>,
    pub sentiment: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct FollowUpJson {
    pub id: u64,
    pub contact_id: u64,
    pub due: String,
    pub due_time: Option<String>,
    pub text: String,
    pub direction: String,
    pub state: String,
    pub closed_at: Option<String>,
    pub from_interaction: Option<u64>,
    pub created_at: String,
}

/// A phone or email as the JSON writes it, and back: the same fields, kept apart because the
/// JSON leaves empty ones out and the stored record may not.
impl From<&Labeled> for LabeledJson {
    fn from(l: &Labeled) -> LabeledJson {
        let Labeled {
            value,
            label,
            types,
            pref,
            group,
            group_label,
        } = l.clone();
        LabeledJson {
            value,
            label,
            types,
            pref,
            group,
            group_label,
        }
    }
}

impl From<&LabeledJson> for Labeled {
    fn from(l: &LabeledJson) -> Labeled {
        let LabeledJson {
            value,
            label,
            types,
            pref,
            group,
            group_label,
        } = l;
        Labeled {
            value: value.clone(),
            label: label.clone(),
            types: types.clone(),
            pref: *pref,
            group: group.clone(),
            group_label: group_label.clone(),
        }
    }
}

impl From<&Amount> for AmountJson {
    fn from(a: &Amount) -> Self {
        AmountJson {
            minor: a.minor,
            currency: a.currency.to_string(),
            display: a.to_string(),
        }
    }
}

impl ContactJson {
    pub fn new(c: &Contact, last_contacted: Option<NaiveDateTime>) -> Self {
        ContactJson {
            id: c.id.0,
            name: c.name.clone(),
            company: c.company.clone(),
            title: c.title.clone(),
            kind: c.kind.as_str().to_string(),
            emails: c.emails.iter().map(LabeledJson::from).collect(),
            phones: c.phones.iter().map(LabeledJson::from).collect(),
            tags: c.tags.clone(),
            interests: c.interests.clone(),
            how_we_met: c.how_we_met.clone(),
            referred_by: c.referred_by.map(|id| id.0),
            birthday: c.birthday.map(|b| b.to_string()),
            occasions: c
                .occasions
                .iter()
                .map(|o| OccasionJson {
                    label: o.label.clone(),
                    date: o.date.to_string(),
                })
                .collect(),
            cadence_days: c.cadence_days,
            grade: c.grade,
            profile: c.profile.clone(),
            archived: c.archived.as_ref().map(|a| ArchivedJson {
                reason: a.reason.clone(),
                at: iso(a.at),
            }),
            created_at: iso(c.created_at),
            updated_at: iso(c.updated_at),
            last_contacted: last_contacted.map(iso),
            vcard_extra: c.vcard_extra.clone(),
            name_parts: c.name_parts.clone(),
            org_units: c.org_units.clone(),
            birthday_as_written: c.birthday_as_written.clone(),
        }
    }
}

impl From<&Interaction> for InteractionJson {
    fn from(i: &Interaction) -> Self {
        InteractionJson {
            id: i.id.0,
            contact_id: i.contact.0,
            at: iso(i.at),
            channel: i.channel.as_str().to_string(),
            text: i.text.clone(),
            amount: i.amount.as_ref().map(AmountJson::from),
            sentiment: i.sentiment.map(|s| s.as_str().to_string()),
        }
    }
}

impl From<&FollowUp> for FollowUpJson {
    fn from(f: &FollowUp) -> Self {
        FollowUpJson {
            id: f.id.0,
            contact_id: f.contact.0,
            due: f.due.to_string(),
            due_time: f.due_time.map(|t| t.format("%H:%M").to_string()),
            text: f.text.clone(),
            direction: f.direction.as_str().to_string(),
            state: f.state.as_str().to_string(),
            closed_at: f.state.closed_at().map(iso),
            from_interaction: f.from_interaction.map(|id| id.0),
            created_at: iso(f.created_at),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::iso;
    use chrono::Datelike;

    #[test]
    fn iso_writes_what_the_chrono_pattern_writes() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let mut dates = vec![
            day(-1, 12, 31).and_hms_opt(23, 59, 59).unwrap(),
            day(0, 1, 1).and_hms_opt(0, 0, 0).unwrap(),
            day(9, 2, 3).and_hms_opt(4, 5, 6).unwrap(),
            day(9999, 12, 31).and_hms_opt(23, 59, 59).unwrap(),
            day(10000, 1, 1).and_hms_opt(0, 0, 0).unwrap(),
            day(2016, 12, 31)
                .and_hms_milli_opt(23, 59, 59, 1500)
                .unwrap(),
        ];
        let mut at = day(1969, 1, 1).and_hms_opt(0, 0, 0).unwrap();
        while at.year() < 2031 {
            dates.push(at);
            at += chrono::Duration::seconds(86_400 * 3 + 3_671);
        }
        for at in dates {
            assert_eq!(iso(at), at.format("%Y-%m-%dT%H:%M:%S").to_string());
        }
    }
}
