//! Thanks given as the backup holds them (a referrer thanked for a referral, a contact greeted
//! on a birthday, an occasion or a first-purchase anniversary), read back by
//! `records::thanks`: kept against a contact the backup must hold too.

use crate::domain::{Thanks, ThanksFor};
use crate::interop::json::iso;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ThanksJson {
    pub id: u64,
    pub contact_id: u64,
    /// "referral" or "occasion".
    pub about: String,
    /// For a referral: the contact referred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referred_id: Option<u64>,
    /// For an occasion: 0 the birthday, n the contact's occasion n − 1, 255 the first-purchase
    /// anniversary; and the day it fell on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slot: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<String>,
    pub at: String,
    pub note_id: Option<u64>,
    pub followup_id: Option<u64>,
}

impl From<&Thanks> for ThanksJson {
    fn from(t: &Thanks) -> Self {
        let (about, referred_id, slot, on) = match t.about {
            ThanksFor::Referral { referred } => ("referral", Some(referred.0), None, None),
            ThanksFor::Occasion { slot, on } => {
                ("occasion", None, Some(slot), Some(on.to_string()))
            }
        };
        ThanksJson {
            id: t.id,
            contact_id: t.contact.0,
            about: about.into(),
            referred_id,
            slot,
            on,
            at: iso(t.at),
            note_id: t.note.map(|n| n.0),
            followup_id: t.followup.map(|f| f.0),
        }
    }
}
