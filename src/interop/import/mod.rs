//! Taking contacts in from other tools: cards are matched to contacts already in the notebook
//! by UID, then email, then exact name, and merged; the rest are added. One file is one
//! transaction. What happened is returned as data ([`CardsImported`]).

mod matcher;

use super::notes::CardNote;
use super::vcard::{Card, is_uid_line};
use crate::domain::{Contact, ContactId};
use crate::search::fold;
use crate::store::{Result, Store};
use chrono::NaiveDateTime;
use matcher::{Matcher, merge};
use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

/// What importing cards did, or would do.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CardsImported {
    /// The names of the contacts added, in the order of the cards.
    pub created: Vec<String>,
    /// Contacts the cards were merged into, each with why it matched.
    pub merged: Vec<Merged>,
    /// Contacts that cards matched and that they brought nothing new to.
    pub unchanged: Vec<String>,
    /// What was read leniently, and cards of the import that share a UID, in card order.
    pub notes: Vec<ImportNote>,
}

/// A contact a card was merged into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// The contact's name.
    pub name: String,
    pub matched_by: MatchedBy,
}

/// Why a card was taken for a contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MatchedBy {
    /// The contact in the notebook has the card's UID.
    Uid,
    /// The contact in the notebook has this email of the card.
    Email(String),
    /// The contact in the notebook, and no other, has the card's name.
    Name,
    /// An earlier card of the same import, which starts at this line.
    EarlierCard { line: usize },
}

impl fmt::Display for MatchedBy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            MatchedBy::Uid => crate::say!("import-matched-by-uid"),
            MatchedBy::Email(email) => {
                crate::say!("import-matched-by-email", email = email.as_str())
            }
            MatchedBy::Name => crate::say!("import-matched-by-name"),
            MatchedBy::EarlierCard { line } => {
                crate::say!("import-matched-by-earlier-card", line = *line)
            }
        })
    }
}

/// Something an import says about one card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportNote {
    /// What was read leniently of the card of `contact` (its name as imported).
    Card {
        contact: String,
        /// The file the card came from, when the import read several (a folder).
        file: Option<PathBuf>,
        note: CardNote,
    },
    /// The card at `line` has the UID of an earlier card of the import, at `first_line`.
    SharedUid {
        contact: String,
        line: usize,
        first_line: usize,
        /// The earlier card's name when it is another name: the two were kept apart, the later
        /// one without the UID. `None`: the same name, so the cards were merged.
        kept_apart_from: Option<String>,
    },
}

impl fmt::Display for ImportNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            ImportNote::Card {
                contact,
                file,
                note,
            } => match file.as_ref().and_then(|p| p.file_name()) {
                Some(name) => crate::say!(
                    "import-card-note-in-file",
                    contact = contact.as_str(),
                    file = name.to_string_lossy(),
                    note = note.to_string()
                ),
                None => crate::say!(
                    "import-card-note",
                    contact = contact.as_str(),
                    note = note.to_string()
                ),
            },
            ImportNote::SharedUid {
                contact,
                line,
                first_line,
                kept_apart_from: None,
            } => crate::say!(
                "import-shared-uid-merged",
                contact = contact.as_str(),
                line = *line,
                first_line = *first_line
            ),
            ImportNote::SharedUid {
                contact,
                line,
                first_line,
                kept_apart_from: Some(first),
            } => crate::say!(
                "import-shared-uid-kept-apart",
                contact = contact.as_str(),
                line = *line,
                first_line = *first_line,
                first = first.as_str()
            ),
        })
    }
}

/// Adds or merges `cards` in one transaction (none when `dry_run`).
/// `progress` hears how far it has got, for a screen that shows it.
pub fn import_cards(
    store: &Store,
    cards: Vec<Card>,
    now: NaiveDateTime,
    dry_run: bool,
    progress: &dyn Fn(String),
) -> Result<CardsImported> {
    let mut ids = store.sorted_contact_ids(false, 0, usize::MAX)?;
    ids.extend(store.sorted_contact_ids(true, 0, usize::MAX)?);
    let mut importing = Importing::new(store.contacts(&ids)?.items);
    let total = cards.len();
    for (done, card) in cards.into_iter().enumerate() {
        if done % 5000 == 0 && total > 5000 {
            progress(crate::say!(
                "import-matching-cards",
                done = done,
                total = total
            ));
        }
        importing.add(card)?;
    }
    if !dry_run {
        importing.save(store, now, progress)?;
    }
    Ok(importing.report)
}

/// One import under way: the notebook's contacts, and what the cards so far add and change.
struct Importing {
    matcher: Matcher,
    by_id: HashMap<ContactId, Contact>,
    report: CardsImported,
    /// Contacts of the notebook that cards changed.
    changed: Vec<ContactId>,
    /// Contacts to add, with the line of the card each came from first.
    new: Vec<(Contact, usize)>,
    new_by_uid: HashMap<String, usize>,
    new_by_email: HashMap<String, usize>,
}

impl Importing {
    fn new(existing: Vec<Contact>) -> Self {
        Importing {
            matcher: Matcher::new(&existing),
            by_id: existing.into_iter().map(|c| (c.id, c)).collect(),
            report: CardsImported::default(),
            changed: Vec::new(),
            new: Vec::new(),
            new_by_uid: HashMap::new(),
            new_by_email: HashMap::new(),
        }
    }

    fn add(&mut self, card: Card) -> Result<()> {
        let name = card.contact.name.clone();
        self.report
            .notes
            .extend(card.notes.iter().map(|note| ImportNote::Card {
                contact: name.clone(),
                file: card.file.clone(),
                note: note.clone(),
            }));
        let found = self
            .matcher
            .find(&card)
            .and_then(|(id, why)| self.by_id.get_mut(&id).map(|c| (c, why)));
        match found {
            Some((contact, matched_by)) => {
                let before = contact.clone();
                merge(contact, &card.contact);
                if *contact != before {
                    self.report.merged.push(Merged {
                        name: contact.name.clone(),
                        matched_by,
                    });
                    self.changed.push(contact.id);
                } else {
                    self.report.unchanged.push(contact.name.clone());
                }
                Ok(())
            }
            None => self.add_new(card, name),
        }
    }

    /// A card no contact of the notebook is. Cards of one import that match each other merge
    /// too, except two cards that share a UID but not a name: two people, whatever their UID
    /// says. `name` is the card's name as read.
    fn add_new(&mut self, mut card: Card, name: String) -> Result<()> {
        card.contact.normalize_and_validate()?;
        let twin = self.same_uid(&mut card, &name).or_else(|| {
            card.contact
                .emails
                .iter()
                .find_map(|e| self.new_by_email.get(&fold(&e.value)))
                .copied()
        });
        match twin {
            Some(at) => {
                let (into, line) = &mut self.new[at];
                merge(into, &card.contact);
                self.report.merged.push(Merged {
                    name: into.name.clone(),
                    matched_by: MatchedBy::EarlierCard { line: *line },
                });
            }
            None => {
                let at = self.new.len();
                if let Some(u) = &card.uid {
                    self.new_by_uid.insert(u.clone(), at);
                }
                for e in &card.contact.emails {
                    self.new_by_email.entry(fold(&e.value)).or_insert(at);
                }
                self.report.created.push(name);
                self.new.push((card.contact, card.line));
            }
        }
        Ok(())
    }

    /// The earlier new card with the card's UID, if it has the same name; with another name,
    /// the card loses the UID and is kept apart. Either is said.
    fn same_uid(&mut self, card: &mut Card, name: &str) -> Option<usize> {
        let at = *self.new_by_uid.get(card.uid.as_ref()?)?;
        let (first, first_line) = &self.new[at];
        let same_name = fold(&first.name) == fold(&card.contact.name);
        self.report.notes.push(ImportNote::SharedUid {
            contact: name.to_string(),
            line: card.line,
            first_line: *first_line,
            kept_apart_from: (!same_name).then(|| first.name.clone()),
        });
        if same_name {
            return Some(at);
        }
        card.contact.vcard_extra.retain(|l| !is_uid_line(l));
        card.uid = None;
        None
    }

    /// Writes the new and changed contacts in one transaction.
    fn save(&mut self, store: &Store, now: NaiveDateTime, progress: &dyn Fn(String)) -> Result<()> {
        progress(crate::say!(
            "import-saving",
            new = self.new.len(),
            merged = self.changed.len()
        ));
        store.write(|w| {
            w.describe(crate::say!(
                "undo-what-import",
                new = self.new.len(),
                changed = self.changed.len()
            ));
            for id in &self.changed {
                if let Some(contact) = self.by_id.get_mut(id) {
                    w.update_contact(contact, now)?;
                }
            }
            for (contact, _) in &mut self.new {
                w.add_contact(contact)?;
            }
            Ok(())
        })
    }
}
