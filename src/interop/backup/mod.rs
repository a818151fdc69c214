//! kith's own full backup, as JSON: every contact, interaction, follow-up, draft and invoice
//! with its id, and the id counter. `kith export --format json` writes it; `kith import`
//! restores it into an empty notebook. Export, restore, export again gives the same bytes.
//!
//! `write` streams a backup out of a snapshot; `read` streams one in, a record at a time;
//! `records` turns the JSON shapes back into the notebook's records; `check` is the first pass
//! of a restore, which refuses a backup before anything is written.

mod celebrations;
mod check;
mod ids;
mod kept;
mod read;
mod records;
mod thanks;
mod write;

pub use celebrations::CelebrationJson;
pub use check::Checked;
pub use kept::ResolutionJson;
pub use read::{ReadError, read_backup};
pub use thanks::ThanksJson;
pub use write::write_backup;

use super::json::{ContactJson, FollowUpJson, InteractionJson, InvoiceJson, iso};
use crate::domain::Draft;
use crate::store::Dump;
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "kith-backup";
pub const VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
pub struct DraftJson {
    pub contact_id: u64,
    pub channel: String,
    pub at: String,
    pub amount: String,
    pub text: String,
    pub saved_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct BackupJson {
    /// Always "kith-backup".
    pub format: String,
    pub version: u32,
    /// The next id the notebook hands out.
    pub next_id: u64,
    pub contacts: Vec<ContactJson>,
    pub interactions: Vec<InteractionJson>,
    pub followups: Vec<FollowUpJson>,
    pub drafts: Vec<DraftJson>,
    /// Invoices and bills; left out when there are none, so a notebook without any backs up
    /// as it did before invoices came, and a backup from then restores as it always did.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invoices: Vec<InvoiceJson>,
    /// How complaints were settled; left out when none were, as the invoices are.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resolutions: Vec<ResolutionJson>,
    /// Thanks given for referrals and greetings on occasions; left out when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub thanks: Vec<ThanksJson>,
    /// The local occasions contacts and tags celebrate; left out when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub celebrations: Vec<CelebrationJson>,
}

impl From<&Dump> for BackupJson {
    fn from(d: &Dump) -> Self {
        BackupJson {
            format: FORMAT.into(),
            version: VERSION,
            next_id: d.next_id,
            contacts: d
                .contacts
                .iter()
                .map(|c| ContactJson::new(c, None))
                .collect(),
            interactions: d.interactions.iter().map(InteractionJson::from).collect(),
            followups: d.followups.iter().map(FollowUpJson::from).collect(),
            drafts: d.drafts.iter().map(DraftJson::from).collect(),
            invoices: d.invoices.iter().map(InvoiceJson::from).collect(),
            resolutions: d.resolutions.iter().map(ResolutionJson::from).collect(),
            thanks: d.thanks.iter().map(ThanksJson::from).collect(),
            celebrations: (d.celebrations.iter()).map(CelebrationJson::from).collect(),
        }
    }
}

impl From<&Draft> for DraftJson {
    fn from(x: &Draft) -> Self {
        DraftJson {
            contact_id: x.contact.0,
            channel: x.channel.as_str().into(),
            at: x.at.clone(),
            amount: x.amount.clone(),
            text: x.text.clone(),
            saved_at: iso(x.saved_at),
        }
    }
}
