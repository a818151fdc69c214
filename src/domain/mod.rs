//! The notebook's domain: contacts, interactions and follow-ups, the values derived from them, and
//! the small value types they are built from (dates without a year, money, labelled fields).
//! Pure code: nothing here touches storage or the terminal, so every rule is unit-tested in isolation.

mod cadence;
mod capture;
mod card_date;
mod contact;
mod dates;
mod derived;
mod draft;
mod followup;
mod id_list;
mod ids;
mod interaction;
mod kept;
pub mod local_occasions;
mod merge;
mod money;
mod owed;
pub mod retention;
pub mod serde_time;
mod thanks;
/// The text rules, which live below the domain in `crate::text`.
pub use crate::text;
mod when;

pub use cadence::CadenceDefaults;
pub use capture::{CaptureError, CaptureLine, Captured, capture_followups, capture_lines};
pub use card_date::CardDate;
pub use contact::{Archived, Contact, ContactProblem, Kind, Labeled, NameParts, Occasion, limits};
pub use dates::{PartialDate, YEARS, parse_date_time, within_years};
pub use derived::{
    cadence_overdue_by, days_past_cadence, last_contacted, lifetime_value, next_open_followup,
    promises_kept_share,
};
pub use draft::Draft;
pub use followup::{Direction, FollowUp, FollowUpState};
pub use id_list::ContactIds;
pub use ids::{ContactId, FollowUpId, InteractionId, InvoiceId};
pub use interaction::{Channel, Interaction, Sentiment};
pub use kept::{Kept, Outcome, Resolution, ResolveTimes, is_broken, is_counted, outcome};
pub use local_occasions::{Celebrant, Celebration, LocalOccasion};
pub use money::{Amount, Currency};
pub use owed::{Aging, Buckets, Closed, Invoice, MAX_PAYMENTS, Owing, Payment, Totals};
pub use retention::{ArchiveReason, Standing};
pub use thanks::{FIRST_PURCHASE_SLOT, LOCAL_OCCASION_SLOT, Thanks, ThanksFor};
pub use when::{day_said, parse_when};

/// A rule a value broke, in words a user can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Invalid(pub String);

impl Invalid {
    pub fn new(msg: impl Into<String>) -> Self {
        Invalid(msg.into())
    }
}

/// Parses an enum from its user-facing name, ignoring case, spaces, dashes and underscores,
/// so `in person`, `in-person` and `IN_PERSON` all name the same channel.
fn parse_named<T: Copy>(input: &str, all: &[(T, &str)], what: &str) -> Result<T, Invalid> {
    let wanted: String = input
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect();
    for (value, name) in all {
        let candidate: String = name.chars().filter(|c| *c != '_').collect();
        if candidate == wanted {
            return Ok(*value);
        }
    }
    let names: Vec<&str> = all.iter().map(|(_, n)| *n).collect();
    Err(Invalid(crate::say!(
        "domain-unknown-name",
        what = what,
        input = input,
        names = names.join(", ")
    )))
}

/// The moment the unit tests live in: Sunday 22 November 2026, 09:00.
#[cfg(test)]
pub(crate) fn test_morning() -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .expect("a real date")
}
