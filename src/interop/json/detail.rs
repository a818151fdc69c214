//! What `kith show --json` prints about one contact: its record, what is derived from it,
//! its interactions and follow-ups.

use super::records::{AmountJson, ContactJson, FollowUpJson, InteractionJson, iso};
use crate::domain::{
    Contact, FollowUp, Interaction, cadence_overdue_by, lifetime_value, next_open_followup,
    promises_kept_share,
};
use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct DerivedJson {
    pub last_contacted: Option<String>,
    pub days_since_contact: Option<i64>,
    pub next_followup_id: Option<u64>,
    /// The keep-in-touch cadence that applies: the contact's own, else their kind's default.
    pub cadence_days: Option<u32>,
    pub cadence_overdue_days: Option<i64>,
    pub lifetime_value: Vec<AmountJson>,
    /// Share of promises kept on time, 0.0 to 1.0; null when none has come due.
    pub promises_kept_share: Option<f64>,
}

/// Everything `kith show --json` prints about one contact.
#[derive(Debug, Serialize)]
pub struct ContactDetailJson {
    pub contact: ContactJson,
    pub derived: DerivedJson,
    /// Newest first.
    pub interactions: Vec<InteractionJson>,
    pub followups: Vec<FollowUpJson>,
    /// Every invoice and bill of theirs, oldest id first; left out when they have none, so a
    /// contact without any prints as before.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub invoices: Vec<super::owed::InvoiceJson>,
    /// Whom they referred and what it brought; left out when they referred nobody.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub referrals: Option<serde_json::Value>,
}

impl ContactDetailJson {
    /// `interactions` newest first, as the store's timeline returns them.
    pub fn new(
        contact: &Contact,
        last_contacted: Option<NaiveDateTime>,
        interactions: &[Interaction],
        followups: &[FollowUp],
        cadence: Option<u32>,
        today: NaiveDate,
    ) -> Self {
        ContactDetailJson {
            contact: ContactJson::new(contact, last_contacted),
            derived: DerivedJson {
                last_contacted: last_contacted.map(iso),
                days_since_contact: last_contacted.map(|at| (today - at.date()).num_days()),
                next_followup_id: next_open_followup(followups).map(|f| f.id.0),
                cadence_days: cadence,
                cadence_overdue_days: cadence_overdue_by(contact, cadence, last_contacted, today),
                lifetime_value: lifetime_value(interactions)
                    .iter()
                    .map(AmountJson::from)
                    .collect(),
                promises_kept_share: promises_kept_share(followups, today),
            },
            interactions: interactions.iter().map(InteractionJson::from).collect(),
            followups: followups.iter().map(FollowUpJson::from).collect(),
            invoices: Vec::new(),
            referrals: None,
        }
    }
}
