//! Reads of local occasions, each in one read transaction: a contact's or a tag's celebration,
//! what reaches a contact (its own and its tags'), and the greeting rows of one occasion and
//! day, in name order up to a limit, with their count. A notebook nobody wrote to since these
//! tables came has none of them: it reads as celebrating nothing.

use super::codec::decode;
use super::contain::contain;
use super::owed_read::optional;
use super::tables::{CELEBRATED_TAGS, CELEBRATIONS, CONTACTS, GREETING_COUNTS, GREETINGS};
use super::{Result, Store, StoreError};
use crate::domain::{Celebration, Contact, ContactId};
use redb::{ReadTransaction, ReadableTable};

fn celebration(txn: &ReadTransaction, id: u64) -> Result<Option<Celebration>> {
    let Some(t) = optional(txn, CELEBRATIONS)? else {
        return Ok(None);
    };
    let Some(bytes) = t.get(id)? else {
        return Ok(None);
    };
    decode(bytes.value())
        .map(Some)
        .map_err(|e| StoreError::Corrupt {
            table: "celebrations_v1",
            key: id.to_string(),
            reason: e.to_string(),
        })
}

fn tag_celebration(txn: &ReadTransaction, folded: &str) -> Result<Option<Celebration>> {
    let Some(t) = optional(txn, CELEBRATED_TAGS)? else {
        return Ok(None);
    };
    match t.get(folded)?.map(|v| v.value()) {
        Some(id) => celebration(txn, id),
        None => Ok(None),
    }
}

/// What a contact celebrates and why: its own choice and each of its tags' that has one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Celebrated {
    pub own: Option<Celebration>,
    pub tags: Vec<Celebration>,
}

impl Store {
    /// A tag's celebration (the tag matched folded), if it has one.
    pub fn tag_celebration(&self, tag: &str) -> Result<Option<Celebration>> {
        contain(|| tag_celebration(&self.db.begin_read()?, &crate::text::fold(tag)))
    }

    /// What reaches a contact: its own celebration and its tags'.
    pub fn celebrated(&self, contact: &Contact) -> Result<Celebrated> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let mut found = Celebrated {
                own: celebration(&txn, contact.id.0)?,
                tags: Vec::new(),
            };
            for tag in super::greeting_index::folded_tags(contact) {
                found.tags.extend(tag_celebration(&txn, &tag)?);
            }
            Ok(found)
        })
    }

    /// Whether some contact in the notebook bears the tag (matched folded).
    pub fn tag_in_use(&self, tag: &str) -> Result<bool> {
        let wanted = crate::text::fold(tag);
        contain(|| {
            let txn = self.db.begin_read()?;
            for entry in txn.open_table(CONTACTS)?.iter()? {
                let (_, v) = entry?;
                if let Ok(c) = decode::<Contact>(v.value())
                    && c.tags.iter().any(|t| crate::text::fold(t) == wanted)
                {
                    return Ok(true);
                }
            }
            Ok(false)
        })
    }

    /// The contacts greeted for an occasion (by code) on a day (a name day's month × 100 + day,
    /// else 0), the first `limit` in name order, and how many there are.
    pub fn greetings(&self, code: u8, day: u16, limit: usize) -> Result<(Vec<ContactId>, usize)> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let (Some(rows), Some(counts)) =
                (optional(&txn, GREETINGS)?, optional(&txn, GREETING_COUNTS)?)
            else {
                return Ok((Vec::new(), 0));
            };
            let total = counts.get((code, day))?.map_or(0, |v| v.value()) as usize;
            let mut found = Vec::new();
            if limit > 0 {
                let range = rows.range((code, day, "", 0)..=(code, day, "\u{10ffff}", u64::MAX))?;
                for entry in range.take(limit) {
                    found.push(ContactId(entry?.0.value().3));
                }
            }
            Ok((found, total))
        })
    }

    /// Whether a contact has the greeting row of an occasion and day.
    pub fn is_greeted_for(&self, contact: &Contact, code: u8, day: u16) -> Result<bool> {
        let name = crate::text::fold(&contact.name);
        contain(|| {
            let txn = self.db.begin_read()?;
            let Some(rows) = optional(&txn, GREETINGS)? else {
                return Ok(false);
            };
            Ok(rows
                .get((code, day, name.as_str(), contact.id.0))?
                .is_some())
        })
    }
}

impl Store {
    /// How many greeting rows each (occasion code, day) has, in one read.
    pub fn greeting_counts(&self, keys: &[(u8, u16)]) -> Result<Vec<usize>> {
        contain(|| {
            let txn = self.db.begin_read()?;
            let Some(counts) = optional(&txn, GREETING_COUNTS)? else {
                return Ok(vec![0; keys.len()]);
            };
            let mut found = Vec::with_capacity(keys.len());
            for key in keys {
                found.push(counts.get(key)?.map_or(0, |v| v.value()) as usize);
            }
            Ok(found)
        })
    }
}
