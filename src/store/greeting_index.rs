//! The greeting rows of the review's local occasions, in one place so the writer and
//! `kith check` build them alike: a contact in use has one row for each occasion it celebrates,
//! on its own or through one of its tags, keyed by its folded name so a day's greetings read
//! in name order; a name day's row carries the day of the contact's given name (none when the
//! name has no saint in the table).

use crate::domain::local_occasions::name_day;
use crate::domain::{Celebration, Contact, LocalOccasion};
use std::collections::BTreeSet;

pub(crate) type GreetingKey = (u8, u16, String, u64);

/// The greeting rows a contact calls for, given its own celebration and those of its tags.
pub(crate) fn greeting_keys<'a>(
    c: &Contact,
    own: Option<&'a Celebration>,
    tags: impl IntoIterator<Item = &'a Celebration>,
) -> Vec<GreetingKey> {
    if c.is_archived() {
        return Vec::new();
    }
    let occasions: BTreeSet<LocalOccasion> = own
        .into_iter()
        .chain(tags)
        .flat_map(Celebration::occasions)
        .collect();
    let folded = crate::text::fold(&c.name);
    occasions
        .into_iter()
        .filter_map(|o| {
            let day = match o {
                LocalOccasion::NameDay => {
                    let (m, d) = name_day(&c.name)?;
                    u16::from(m) * 100 + u16::from(d)
                }
                _ => 0,
            };
            Some((o.code(), day, folded.clone(), c.id.0))
        })
        .collect()
}

/// The folded tags of a contact, each once.
pub(crate) fn folded_tags(c: &Contact) -> BTreeSet<String> {
    c.tags.iter().map(|t| crate::text::fold(t)).collect()
}
