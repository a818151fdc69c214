//! The local occasions contacts and tags celebrate, as the backup holds them (a `celebrations`
//! list after the thanks, left out when empty, so an older backup restores as it did), read
//! back by `celebration`: a contact's is kept under the contact's own id, which the backup must
//! hold too.

use crate::domain::{Celebrant, Celebration, ContactId, Invalid, LocalOccasion};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CelebrationJson {
    pub id: u64,
    /// The contact greeted, or none for a tag's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<u64>,
    /// The tag whose contacts are greeted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// The occasions' ids (`diwali`, `sant-jordi`…).
    pub occasions: Vec<String>,
}

impl From<&Celebration> for CelebrationJson {
    fn from(c: &Celebration) -> Self {
        let (contact_id, tag) = match &c.who {
            Celebrant::Contact(id) => (Some(id.0), None),
            Celebrant::Tag(t) => (None, Some(t.clone())),
        };
        CelebrationJson {
            id: c.id,
            contact_id,
            tag,
            occasions: c.occasions().iter().map(|o| o.id().to_string()).collect(),
        }
    }
}

/// A celebration from the backup.
pub(super) fn celebration(j: &CelebrationJson) -> Result<Celebration, Invalid> {
    let what = |field: &str| {
        crate::say!(
            "occasions-backup-field",
            id = j.id.to_string(),
            field = field
        )
    };
    let who = match (j.contact_id, &j.tag) {
        (Some(id), None) => Celebrant::Contact(ContactId(id)),
        (None, Some(tag)) if !tag.trim().is_empty() => Celebrant::Tag(tag.clone()),
        _ => return Err(Invalid(what("contact_id"))),
    };
    let mut c = Celebration::new(who);
    c.id = j.id;
    for id in &j.occasions {
        c.add(LocalOccasion::parse(id).map_err(|e| Invalid(e.to_string()))?);
    }
    Ok(c)
}
