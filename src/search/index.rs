//! The contact search index: for every contact, in use or archived, the folded name, company,
//! tags, emails and phone digits, held in memory (about 200 bytes a contact) and matched without
//! touching the store. Filters that change with every note (quiet, due) are read from the
//! store's indexes at query time.

use super::fold;
use super::matcher::{Score, Searchable};
use super::query::{DueFilter, Filter, Query};
use crate::domain::{Contact, ContactId, Direction, Kind};
use crate::store::{Result, Store};
use chrono::NaiveDate;
use std::collections::HashSet;

struct Entry {
    id: ContactId,
    name: Searchable,
    company: Searchable,
    tags: Box<[Box<str>]>,
    /// Emails, space-separated.
    emails: Searchable,
    /// Every phone's digits, space-separated.
    phones: Box<str>,
    kind: Kind,
    archived: bool,
}

/// A contact that matched, with its score (higher first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub id: ContactId,
    pub score: Score,
}

pub struct ContactIndex {
    /// In name order: contacts in use first, then archived ones.
    entries: Vec<Entry>,
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

impl ContactIndex {
    /// Reads every contact once. Damaged records are left out (reading them reports the damage).
    pub fn build(store: &Store) -> Result<ContactIndex> {
        let mut ids = store.sorted_contact_ids(false, 0, usize::MAX)?;
        ids.extend(store.sorted_contact_ids(true, 0, usize::MAX)?);
        let contacts = store.contacts(&ids)?.items;
        Ok(ContactIndex {
            entries: contacts.iter().map(Self::entry).collect(),
        })
    }

    fn entry(c: &Contact) -> Entry {
        let join = |items: &mut dyn Iterator<Item = &str>| items.collect::<Vec<_>>().join(" ");
        Entry {
            id: c.id,
            name: Searchable::new(&fold(&c.name)),
            company: Searchable::new(&fold(c.company.as_deref().unwrap_or(""))),
            tags: c.tags.iter().map(|t| fold(t).into_boxed_str()).collect(),
            emails: Searchable::new(&fold(&join(&mut c.emails.iter().map(|e| e.value.as_str())))),
            phones: join(&mut c.phones.iter().map(|p| p.value.as_str()).map(|p| p.trim()))
                .split(' ')
                .map(digits)
                .collect::<Vec<_>>()
                .join(" ")
                .into(),
            kind: c.kind,
            archived: c.is_archived(),
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Contacts matching `query`, best first (ties in name order). `store` answers the filters
    /// that change with every note.
    pub fn search(&self, query: &Query, store: &Store, today: NaiveDate) -> Result<Vec<Hit>> {
        let archived = query.archived();
        let due = due_contacts(query, store, today)?;
        let quiet = quiet_contacts(query, store, today)?;
        let mut hits: Vec<(Score, usize)> = Vec::new();
        'entries: for (order, e) in self.entries.iter().enumerate() {
            if e.archived != archived {
                continue;
            }
            for f in &query.filters {
                let ok = match f {
                    Filter::Kind(k) => e.kind == *k,
                    Filter::Tag(t) => e.tags.iter().any(|x| **x == **t),
                    Filter::Company(c) => e.company.score(c).is_some(),
                    Filter::Due(_) => due.as_ref().is_some_and(|d| d.contains(&e.id)),
                    Filter::Quiet(_) => quiet.as_ref().is_some_and(|q| q.contains(&e.id)),
                    Filter::Archived => true,
                };
                if !ok {
                    continue 'entries;
                }
            }
            let mut total: Score = 1;
            for word in &query.words {
                let Some(score) = self.word_score(e, word) else {
                    continue 'entries;
                };
                total += score;
            }
            hits.push((total, order));
        }
        hits.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        Ok(hits
            .into_iter()
            .map(|(score, order)| Hit {
                id: self.entries[order].id,
                score,
            })
            .collect())
    }

    /// A word's best match in any field; the name counts most.
    fn word_score(&self, e: &Entry, word: &str) -> Option<Score> {
        let mut best = e.name.score(word).map(|s| s + 300);
        let mut consider = |score: Option<Score>| {
            if let Some(s) = score {
                best = Some(best.map_or(s, |b| b.max(s)));
            }
        };
        consider(e.company.score(word).filter(|s| *s >= 1000));
        consider(e.tags.iter().any(|t| t.starts_with(word)).then_some(900));
        consider(e.emails.score(word).filter(|s| *s >= 1000));
        let wanted = digits(word);
        if wanted.len() >= 3 && wanted.len() * 2 >= word.len() {
            consider(e.phones.contains(&wanted).then_some(900));
        }
        best
    }
}

fn due_contacts(
    query: &Query,
    store: &Store,
    today: NaiveDate,
) -> Result<Option<HashSet<ContactId>>> {
    let Some(which) = query.filters.iter().find_map(|f| match f {
        Filter::Due(d) => Some(d),
        _ => None,
    }) else {
        return Ok(None);
    };
    let (from, to) = match which {
        DueFilter::Overdue => (None, Some(today - chrono::Duration::days(1))),
        DueFilter::Today => (Some(today), Some(today)),
    };
    let mut set = HashSet::new();
    for direction in [Direction::Promise, Direction::Reminder] {
        set.extend(store.open_followup_contacts(direction, from, to)?);
    }
    Ok(Some(set))
}

fn quiet_contacts(
    query: &Query,
    store: &Store,
    today: NaiveDate,
) -> Result<Option<HashSet<ContactId>>> {
    let Some(days) = query.filters.iter().find_map(|f| match f {
        Filter::Quiet(d) => Some(*d),
        _ => None,
    }) else {
        return Ok(None);
    };
    let mut set = HashSet::new();
    for (id, facts) in store.all_facts()? {
        let since = facts.last_contacted.unwrap_or(facts.created_at).date();
        if (today - since).num_days() >= i64::from(days) {
            set.insert(id);
        }
    }
    Ok(Some(set))
}
