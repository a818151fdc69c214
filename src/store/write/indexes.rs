//! The index rows a writer keeps in step with the records: a contact's name, occasion and
//! search rows and its trigrams, its referral rows (`referrals.rs`), and its facts (the latest
//! interaction among them).

use super::Writer;
use crate::domain::{Contact, ContactId};
use crate::store::Result;
use crate::store::SearchRow;
use crate::store::index::{ContactFacts, name_key, name_value, occasion_keys};
use crate::store::postings;
use crate::store::search_rows::{TRIGRAMS_TABLE, to_value};
use redb::ReadableTable;

impl Writer<'_> {
    /// Adds or removes a contact's rows in the name and occasion indexes.
    pub(super) fn index_contact(&mut self, c: &Contact, insert: bool) -> Result<()> {
        self.queue_for_sync(crate::store::SyncKind::Contact, c.id.0)?;
        let (archived, (folded, id)) = name_key(c, self.name_order);
        let table = if archived {
            &mut self.archived_names
        } else {
            &mut self.names
        };
        if insert {
            let (name, company) = name_value(c);
            table.insert((folded.as_str(), id), (name.as_str(), company.as_str()))?;
        } else {
            table.remove((folded.as_str(), id))?;
        }
        for key in occasion_keys(c) {
            self.index_occasion(key, !c.is_archived(), insert)?;
        }
        self.index_referral(c, insert)?;
        self.index_greetings(c, insert)?;
        self.index_search(c, insert)
    }

    /// Adds or removes a contact's search row and its trigram-index entries.
    pub(super) fn index_search(&mut self, c: &Contact, insert: bool) -> Result<()> {
        let row = SearchRow::of(c);
        let id = c.id.0;
        if insert {
            self.search.insert(id, to_value(&row))?;
            self.pending_trigrams.add(row.trigrams(), id);
            return Ok(());
        }
        self.search.remove(id)?;
        self.pending_trigrams.forget(id);
        for piece in row.trigrams() {
            postings::remove(TRIGRAMS_TABLE, &mut self.trigrams, &piece, id)?;
        }
        Ok(())
    }

    pub(super) fn put_facts(&mut self, c: &Contact) -> Result<()> {
        let last = self.last_contacted(c.id)?;
        self.set_facts(c.id.0, Some(ContactFacts::of(c, last).to_row()))
    }

    pub(super) fn set_last_contact(&mut self, contact: u64, secs: Option<i64>) -> Result<()> {
        let Some(row) = self.facts.get(contact)?.map(|v| v.value()) else {
            return Ok(()); // a contact whose record could not be indexed
        };
        let row = (row.0, row.1, row.2, row.3, secs.unwrap_or(i64::MIN));
        self.set_facts(contact, Some(row))
    }

    pub(super) fn refresh_last_contact(&mut self, contact: ContactId) -> Result<()> {
        let latest = self
            .interactions
            .range((contact.0, i64::MIN, 0)..=(contact.0, i64::MAX, u64::MAX))?
            .next_back()
            .transpose()?
            .map(|(k, _)| k.value().1);
        self.set_last_contact(contact.0, latest)
    }
}
