//! The review's complaints section: complaints not resolved yet, oldest first, read from the
//! open-complaint index up to the section's limit and counted from the per-day counts. Left
//! out when there are none, so a notebook without complaints shows the review it always did.
//! Complaints of archived contacts are left out of the rows and of what "… and N more" says.

use super::{ItemWhen, ReviewItem, Section, SectionKind};
use crate::store::{Result, Store};
use chrono::NaiveDate;

pub(super) fn section(
    store: &Store,
    contacts: &mut super::Contacts,
    today: NaiveDate,
    limit: usize,
    skipped: &mut Vec<crate::store::Skipped>,
) -> Result<Option<Section>> {
    let mut open = store.open_complaints(limit)?;
    skipped.append(&mut open.skipped);
    if open.total == 0 {
        return Ok(None);
    }
    contacts.load(store, open.notes.iter().map(|i| i.contact))?;
    let archived = (open.notes.iter())
        .filter(|i| contacts.is_archived(i.contact))
        .count();
    let items: Vec<ReviewItem> = (open.notes.iter())
        .filter_map(|i| {
            let day = i.at.date();
            let days = (today - day).num_days();
            Some(ReviewItem {
                contact: i.contact,
                name: contacts.name(i.contact)?.to_owned(),
                what: crate::say!("complaints-review-item", what = i.summary(), days = days),
                when: ItemWhen::On {
                    date: day,
                    years: None,
                },
                followup: None,
                direction: None,
                invoice: None,
                complaint: Some(i.id),
                thanks: None,
            })
        })
        .collect();
    let more = open.total.saturating_sub(archived + items.len());
    Ok((!items.is_empty() || more > 0).then_some(Section {
        kind: SectionKind::OpenComplaints,
        items,
        more,
    }))
}
