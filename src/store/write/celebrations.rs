//! The writer's part for local occasions: the celebrations of contacts and tags, and the
//! greeting rows and counts the review reads, kept in the same write. A contact's rows follow
//! its record (`index_contact` calls `index_greetings` with the contact before and after every
//! change); a celebration's change takes the rows of the contacts it reaches away with the old
//! record and puts them back with the new one, so the rows always agree with what is stored.

use super::{Writer, decode_at, encode};
use crate::domain::{Celebrant, Celebration, Contact, ContactId, LocalOccasion};
use crate::store::greeting_index::{folded_tags, greeting_keys};
use crate::store::steps::Kind;
use crate::store::tables::{CELEBRATED_TAGS, CELEBRATIONS, GREETING_COUNTS, GREETINGS};
use crate::store::{Result, StoreError};
use redb::{ReadableTable, Table, WriteTransaction};

pub(super) struct CelebrationTables<'t> {
    pub records: Table<'t, u64, &'static [u8]>,
    tags: Table<'t, &'static str, u64>,
    rows: Table<'t, (u8, u16, &'static str, u64), ()>,
    counts: Table<'t, (u8, u16), u64>,
}

impl<'t> CelebrationTables<'t> {
    pub(super) fn open(txn: &'t WriteTransaction) -> Result<Self> {
        Ok(CelebrationTables {
            records: txn.open_table(CELEBRATIONS)?,
            tags: txn.open_table(CELEBRATED_TAGS)?,
            rows: txn.open_table(GREETINGS)?,
            counts: txn.open_table(GREETING_COUNTS)?,
        })
    }
}

impl Writer<'_> {
    /// A stored celebration by id.
    pub(super) fn celebration(&self, id: u64) -> Result<Option<Celebration>> {
        Ok(match self.celebrations.records.get(id)? {
            Some(bytes) => Some(decode_at("celebrations_v1", id, bytes.value())?),
            None => None,
        })
    }

    /// The celebration of a tag (matched folded), if it has one.
    fn tag_celebration(&self, folded: &str) -> Result<Option<Celebration>> {
        match self.celebrations.tags.get(folded)?.map(|v| v.value()) {
            Some(id) => self.celebration(id),
            None => Ok(None),
        }
    }

    /// Adds or removes a contact's greeting rows, as its celebration and its tags' call for.
    pub(super) fn index_greetings(&mut self, c: &Contact, insert: bool) -> Result<()> {
        if c.is_archived() {
            return Ok(());
        }
        let own = self.celebration(c.id.0)?;
        let mut tags = Vec::new();
        for tag in folded_tags(c) {
            tags.extend(self.tag_celebration(&tag)?);
        }
        for (code, day, name, id) in greeting_keys(c, own.as_ref(), &tags) {
            let key = (code, day, name.as_str(), id);
            let count = self
                .celebrations
                .counts
                .get((code, day))?
                .map_or(0, |v| v.value());
            let count = if insert {
                if self.celebrations.rows.insert(key, ())?.is_some() {
                    continue;
                }
                count + 1
            } else {
                if self.celebrations.rows.remove(key)?.is_none() {
                    continue;
                }
                count.saturating_sub(1)
            };
            match count {
                0 => self.celebrations.counts.remove((code, day))?,
                n => self.celebrations.counts.insert((code, day), n)?,
            };
        }
        Ok(())
    }

    /// The contacts a celebration reaches: its contact, or every contact with its tag.
    fn reached_by(&self, c: &Celebration) -> Result<Vec<Contact>> {
        match &c.who {
            Celebrant::Contact(id) => Ok(self.contact(*id).ok().into_iter().collect()),
            Celebrant::Tag(_) => {
                let wanted = c.folded_tag().unwrap_or_default();
                let mut found = Vec::new();
                for entry in self.contacts.iter()? {
                    let (k, v) = entry?;
                    if let Ok(contact) = decode_at::<Contact>("contacts_v1", k.value(), v.value())
                        && folded_tags(&contact).contains(&wanted)
                    {
                        found.push(contact);
                    }
                }
                Ok(found)
            }
        }
    }

    /// Replaces the celebration stored under `id` with `new` (or removes it), with the greeting
    /// rows of every contact either reaches.
    pub(super) fn set_celebration(&mut self, id: u64, new: Option<&Celebration>) -> Result<()> {
        self.touch(Kind::Celebration, id)?;
        let old = self.celebration(id)?;
        let mut reached = Vec::new();
        for c in old.iter().chain(new) {
            for contact in self.reached_by(c)? {
                if !reached.iter().any(|r: &Contact| r.id == contact.id) {
                    reached.push(contact);
                }
            }
        }
        for contact in &reached {
            self.index_greetings(contact, false)?;
        }
        if let Some(tag) = old.as_ref().and_then(Celebration::folded_tag) {
            self.celebrations.tags.remove(tag.as_str())?;
        }
        match new {
            Some(c) => {
                self.celebrations
                    .records
                    .insert(id, encode(c)?.as_slice())?;
                if let Some(tag) = c.folded_tag() {
                    self.celebrations.tags.insert(tag.as_str(), id)?;
                }
            }
            None => {
                self.celebrations.records.remove(id)?;
            }
        }
        for contact in &reached {
            self.index_greetings(contact, true)?;
        }
        Ok(())
    }

    /// Adds and removes occasions of a contact's or a tag's celebration; returns it as it is
    /// now (with no occasions when none are left, and then no longer stored).
    pub fn celebrate(
        &mut self,
        who: Celebrant,
        add: &[LocalOccasion],
        remove: &[LocalOccasion],
    ) -> Result<Celebration> {
        let found = match &who {
            Celebrant::Contact(id) => {
                let name = self.contact(*id)?.name;
                self.describe(crate::say!("occasions-undo-contact", name = name));
                self.celebration(id.0)?
            }
            Celebrant::Tag(tag) => {
                self.describe(crate::say!("occasions-undo-tag", tag = tag.as_str()));
                self.tag_celebration(&crate::text::fold(tag))?
            }
        };
        let mut c = found.unwrap_or_else(|| Celebration::new(who));
        if c.id == 0 {
            c.id = self.take_id();
        }
        add.iter().for_each(|o| c.add(*o));
        remove.iter().for_each(|o| c.remove(*o));
        let id = c.id;
        self.set_celebration(id, (!c.is_empty()).then_some(&c))?;
        Ok(c)
    }

    /// Makes a contact's own occasions exactly `occasions` (the contact form's field); nothing
    /// is written when they are already.
    pub fn set_own_occasions(&mut self, id: ContactId, occasions: &[LocalOccasion]) -> Result<()> {
        let own = self.celebration(id.0)?;
        let now = own.as_ref().map_or_else(Vec::new, Celebration::occasions);
        let mut wanted = occasions.to_vec();
        wanted.sort_by_key(|o| LocalOccasion::ALL.iter().position(|a| a == o));
        wanted.dedup();
        if now == wanted {
            return Ok(());
        }
        let mut c = Celebration::new(Celebrant::Contact(id));
        wanted.iter().for_each(|o| c.add(*o));
        self.set_celebration(id.0, (!c.is_empty()).then_some(&c))
    }

    /// The celebration a deleted contact had goes with it.
    pub(super) fn drop_celebration(&mut self, contact: ContactId) -> Result<()> {
        if self.celebration(contact.0)?.is_some() {
            self.set_celebration(contact.0, None)?;
        }
        Ok(())
    }

    /// A merge: the kept contact celebrates what either did.
    pub(super) fn merge_celebrations(&mut self, from: ContactId, to: ContactId) -> Result<()> {
        let Some(absorbed) = self.celebration(from.0)? else {
            return Ok(());
        };
        self.set_celebration(from.0, None)?;
        let mut kept =
            (self.celebration(to.0)?).unwrap_or_else(|| Celebration::new(Celebrant::Contact(to)));
        absorbed.occasions().into_iter().for_each(|o| kept.add(o));
        self.set_celebration(to.0, Some(&kept))
    }

    /// Stores a celebration as a backup holds it.
    pub(in crate::store) fn restore_celebration(&mut self, c: &Celebration) -> Result<()> {
        self.without_history();
        let taken = self.celebrations.records.get(c.id)?.is_some();
        self.require_new_id("celebration", c.id, taken)?;
        if let Celebrant::Contact(id) = c.who {
            self.require_contact(id)?;
            if id.0 != c.id {
                return Err(StoreError::Invalid(crate::domain::Invalid(crate::say!(
                    "occasions-backup-id",
                    id = c.id
                ))));
            }
        }
        self.set_celebration(c.id, Some(c))
    }
}
