//! A draft: the notes editor's unsaved contents for one contact, kept so no word is lost to a
//! crash, a kill or an Esc.

use super::{Channel, ContactId, InteractionId, serde_time};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub contact: ContactId,
    pub channel: Channel,
    /// The date-time field as typed (it may not parse yet).
    pub at: String,
    /// The amount field as typed.
    pub amount: String,
    pub text: String,
    #[serde(with = "serde_time::datetime")]
    pub saved_at: NaiveDateTime,
    /// The saved note this draft edits; `None` for a new note.
    #[serde(default)]
    pub editing: Option<InteractionId>,
}

impl Draft {
    /// A draft with nothing typed in it is not worth keeping.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty() && self.amount.trim().is_empty()
    }
}
