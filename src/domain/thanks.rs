//! Thanks given: a referrer thanked for a customer they sent (when that customer first bought),
//! a contact greeted on a birthday, a yearly occasion or the anniversary of their first
//! purchase. Each is kept as a record so the review can leave the item out once it is done (a
//! referral for good, an occasion until its next year) and an undo brings the item back.

use super::{ContactId, FollowUpId, InteractionId, serde_time};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// The occasion slot of a contact's first-purchase anniversary (0 is the birthday, 1–254 the
/// contact's own occasions).
pub const FIRST_PURCHASE_SLOT: u8 = 255;

/// The occasion slot of the first local occasion (`LocalOccasion`): a greeting for one is kept
/// under this slot plus the occasion's code. A contact's own occasions take slots 1 to
/// `limits::LIST_ITEMS` (200), so these never meet them.
pub const LOCAL_OCCASION_SLOT: u8 = 201;

/// What the thanks were for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThanksFor {
    /// The contact referred `referred`, who has bought.
    Referral { referred: ContactId },
    /// The contact's birthday (slot 0), occasion (slot n: occasion n − 1), local occasion
    /// (`LOCAL_OCCASION_SLOT` + its code) or first-purchase anniversary (`FIRST_PURCHASE_SLOT`)
    /// falling on `on`.
    Occasion { slot: u8, on: NaiveDate },
    // Only ever appended.
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thanks {
    /// From the notebook's one id counter (0 until stored).
    pub id: u64,
    /// Whom the thanks went to.
    pub contact: ContactId,
    pub about: ThanksFor,
    #[serde(with = "serde_time::datetime")]
    pub at: NaiveDateTime,
    /// The note that says it was done, when one was logged.
    pub note: Option<InteractionId>,
    /// The follow-up made to do it, when one was made.
    pub followup: Option<FollowUpId>,
}

impl Thanks {
    pub fn new(contact: ContactId, about: ThanksFor, at: NaiveDateTime) -> Thanks {
        Thanks {
            id: 0,
            contact,
            about,
            at,
            note: None,
            followup: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{LocalOccasion, limits};

    #[test]
    fn local_occasion_slots_meet_neither_the_contacts_occasions_nor_the_first_purchase() {
        assert!(limits::LIST_ITEMS < usize::from(LOCAL_OCCASION_SLOT));
        for o in LocalOccasion::ALL {
            assert!(LOCAL_OCCASION_SLOT + o.code() < FIRST_PURCHASE_SLOT);
        }
    }
}
