//! Finding one contact from what a person typed: an id, or a name or part of one, ignoring
//! case and accents, read from the name indexes; a name that fits several contacts lists them.

use super::contain::contain;
use super::tables::{ARCHIVED_NAMES, CONTACTS, NAMES};
use super::{Result, Store, StoreError};
use crate::domain::ContactId;
use crate::text::collation::folded_of_key;
use crate::text::fold;
use redb::ReadableTable;

/// How many candidates an ambiguous name lists at most.
const MAX_CANDIDATES: usize = 20;

impl Store {
    /// Finds one contact by id or by name, ignoring case and accents. An exact name wins; then a
    /// name that starts with the query; then a name with a word that starts with it.
    pub fn resolve(&self, query: &str) -> Result<ContactId> {
        contain(|| {
            let trimmed = query.trim().trim_start_matches('#');
            if let Ok(id) = crate::words::numbers::ascii_digits(trimmed).parse::<u64>()
                && self.table(CONTACTS)?.get(id)?.is_some()
            {
                return Ok(ContactId(id));
            }
            let folded = fold(query);
            if folded.is_empty() {
                return Err(StoreError::UnknownContact(query.to_string()));
            }
            let tables = [self.table(NAMES)?, self.table(ARCHIVED_NAMES)?];
            let word_prefix = format!(" {folded}");
            // Names are kept by their order key: the folded name, behind a mark of its script
            // where the notebook's collation puts that script first.
            let start = self.name_order()?.order_key(&folded);
            type Matcher<'a> = Box<dyn Fn(&str) -> bool + 'a>;
            let passes: [(bool, Matcher<'_>); 3] = [
                (true, Box::new(|name: &str| name == folded)),
                (true, Box::new(|name: &str| name.starts_with(&folded))),
                (false, Box::new(|name: &str| name.contains(&word_prefix))),
            ];
            for (prefix_scan, matches) in passes {
                let mut found: Vec<(String, ContactId)> = Vec::new();
                for table in &tables {
                    let entries = if prefix_scan {
                        table.range((start.as_str(), 0)..)?
                    } else {
                        table.iter()?
                    };
                    for entry in entries {
                        let (key, _) = entry?;
                        let (key, id) = key.value();
                        let name = folded_of_key(key);
                        if matches(name) {
                            found.push((name.to_string(), ContactId(id)));
                        } else if prefix_scan && !name.starts_with(&folded) {
                            break;
                        }
                        if found.len() > MAX_CANDIDATES {
                            break;
                        }
                    }
                }
                match found.len() {
                    0 => continue,
                    1 => return Ok(found[0].1),
                    _ => {
                        let ids: Vec<ContactId> = found
                            .iter()
                            .map(|(_, id)| *id)
                            .take(MAX_CANDIDATES)
                            .collect();
                        let candidates = self
                            .contacts(&ids)?
                            .items
                            .into_iter()
                            .map(|c| match c.company {
                                Some(company) => (
                                    c.id,
                                    crate::say!(
                                        "store-candidate-at-company",
                                        name = c.name,
                                        company = company
                                    ),
                                ),
                                None => (c.id, c.name),
                            })
                            .collect();
                        return Err(StoreError::Ambiguous {
                            query: query.to_string(),
                            candidates,
                        });
                    }
                }
            }
            Err(StoreError::UnknownContact(query.to_string()))
        })
    }
}
