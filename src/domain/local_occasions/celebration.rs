//! Who celebrates which local occasions: a contact on their own, or every contact bearing a tag.
//! One record a contact (kept under the contact's own id, so it goes and comes with them) and
//! one a tag (under an id of its own from the notebook's counter).

use super::LocalOccasion;
use crate::domain::ContactId;
use serde::{Deserialize, Serialize};

/// Whom a celebration is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Celebrant {
    Contact(ContactId),
    /// Every contact with this tag (matched folded, as `list --tag` matches).
    Tag(String),
    // Only ever appended.
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Celebration {
    /// The contact's id for a contact; the tag's own id from the counter (0 until stored).
    pub id: u64,
    pub who: Celebrant,
    /// The occasions' codes, each once, in the order of `LocalOccasion::ALL`.
    codes: Vec<u8>,
}

impl Celebration {
    pub fn new(who: Celebrant) -> Celebration {
        let id = match &who {
            Celebrant::Contact(c) => c.0,
            Celebrant::Tag(_) => 0,
        };
        Celebration {
            id,
            who,
            codes: Vec::new(),
        }
    }

    /// The occasions, in the order lists show them (codes this kith does not know are kept but
    /// not shown).
    pub fn occasions(&self) -> Vec<LocalOccasion> {
        LocalOccasion::ALL
            .into_iter()
            .filter(|o| self.codes.contains(&o.code()))
            .collect()
    }

    pub fn holds(&self, occasion: LocalOccasion) -> bool {
        self.codes.contains(&occasion.code())
    }

    pub fn add(&mut self, occasion: LocalOccasion) {
        if !self.holds(occasion) {
            self.codes.push(occasion.code());
            self.codes.sort_by_key(|c| {
                LocalOccasion::from_code(*c)
                    .and_then(|o| LocalOccasion::ALL.iter().position(|a| *a == o))
                    .unwrap_or(usize::MAX)
            });
        }
    }

    pub fn remove(&mut self, occasion: LocalOccasion) {
        self.codes.retain(|c| *c != occasion.code());
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// The folded tag of a tag's celebration.
    pub fn folded_tag(&self) -> Option<String> {
        match &self.who {
            Celebrant::Tag(t) => Some(crate::text::fold(t)),
            Celebrant::Contact(_) => None,
        }
    }
}
