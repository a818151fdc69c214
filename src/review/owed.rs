//! Money owed, both ways, as `kith owed` and the screen show it: the totals per direction and
//! currency in aging buckets (from the store's per-day sums), each contact's share, and the
//! invoices behind them. For the whole notebook the invoices are the open ones, read through the
//! open index; for one contact they are all of theirs, paid and closed ones too.

use crate::domain::{Amount, Buckets, ContactId, Currency, Invoice, InvoiceId, Owing, Totals};
use crate::store::{Result, Skipped, Store};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// The invoice or bill a review item is about: its id, how it is named, and what is left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwedItem {
    pub id: InvoiceId,
    pub label: String,
    pub left: Amount,
}

/// One contact's open invoices in one direction and currency, in aging buckets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwedContact {
    pub contact: ContactId,
    pub name: String,
    pub owing: Owing,
    pub currency: Currency,
    pub buckets: Buckets,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwedReport {
    pub today: NaiveDate,
    pub totals: Totals,
    /// By direction, then the most outstanding first.
    pub contacts: Vec<OwedContact>,
    /// Soonest due first.
    pub invoices: Vec<Invoice>,
    /// The names of the contacts the invoices belong to.
    pub names: BTreeMap<ContactId, String>,
    /// Invoices and contacts left out because their records are damaged.
    pub skipped: Vec<Skipped>,
}

impl OwedReport {
    pub fn is_empty(&self) -> bool {
        self.totals.is_empty() && self.invoices.is_empty()
    }

    /// The name shown for an invoice's contact.
    pub fn name_of(&self, contact: ContactId) -> &str {
        self.names.get(&contact).map_or("", String::as_str)
    }
}

/// What is owed both ways on `today`: in the whole notebook, or with one contact.
pub fn owed(store: &Store, today: NaiveDate, contact: Option<ContactId>) -> Result<OwedReport> {
    let mut skipped = Vec::new();
    let (totals, open, mut invoices) = match contact {
        None => {
            let mut open = Vec::new();
            for owing in [Owing::TheyOweMe, Owing::IOweThem] {
                let (mut loaded, _) = store.open_invoices(owing, None, None, usize::MAX)?;
                open.append(&mut loaded.items);
                skipped.append(&mut loaded.damaged);
            }
            (store.owed_totals(today)?, open.clone(), open)
        }
        Some(contact) => {
            let mut all = store.invoices_of(contact)?;
            skipped.append(&mut all.damaged);
            let open: Vec<Invoice> = all.items.iter().filter(|i| i.is_open()).cloned().collect();
            let mut totals = Totals::default();
            for i in &open {
                totals.add(i.owing, i.aging(today), i.outstanding(), 1);
            }
            (totals, open, all.items)
        }
    };
    invoices.sort_by_key(|i| (i.due, i.id));
    let mut by: BTreeMap<(Owing, ContactId, Currency), Totals> = BTreeMap::new();
    for i in &open {
        let left = i.outstanding();
        by.entry((i.owing, i.contact, left.currency))
            .or_default()
            .add(i.owing, i.aging(today), left, 1);
    }
    let mut names: BTreeMap<ContactId, Option<String>> = BTreeMap::new();
    for id in invoices.iter().map(|i| i.contact) {
        if let std::collections::btree_map::Entry::Vacant(slot) = names.entry(id) {
            slot.insert(match store.contact(id) {
                Ok(c) => Some(c.name),
                Err(e) => {
                    skipped.push(e.into());
                    None
                }
            });
        }
    }
    let mut contacts = Vec::new();
    for ((owing, id, currency), t) in by {
        let name = names.get(&id).cloned().flatten();
        let (Some(name), Some((_, buckets))) = (name, t.of(owing).next()) else {
            continue;
        };
        contacts.push(OwedContact {
            contact: id,
            name,
            owing,
            currency,
            buckets: *buckets,
        });
    }
    contacts.sort_by_key(|c| {
        let total = c.buckets.total_minor();
        (c.owing, std::cmp::Reverse(total), c.currency, c.contact)
    });
    invoices.retain(|i| names.get(&i.contact).is_some_and(Option::is_some));
    Ok(OwedReport {
        today,
        totals,
        contacts,
        invoices,
        names: names
            .into_iter()
            .filter_map(|(id, name)| Some((id, name?)))
            .collect(),
        skipped,
    })
}

/// The review's money sections: invoices past their due day, and bills due within `days` (those
/// past due too), soonest first, each read from the open index up to `limit` and counted from
/// the per-day sums. An empty one is left out, so a notebook that owes nothing shows the review
/// it always did. Invoices of archived contacts are left out of the rows and the count.
pub(super) fn review_sections(
    store: &Store,
    contacts: &mut super::Contacts,
    today: NaiveDate,
    days: u32,
    limit: usize,
    skipped: &mut Vec<Skipped>,
) -> Result<Vec<super::Section>> {
    use super::{ItemWhen, ReviewItem, Section, SectionKind};
    let yesterday = today.pred_opt().unwrap_or(today);
    let horizon = today
        .checked_add_signed(chrono::Duration::days(i64::from(days)))
        .unwrap_or(today);
    let mut sections = Vec::new();
    for (kind, owing, to) in [
        (SectionKind::InvoicesOverdue, Owing::TheyOweMe, yesterday),
        (SectionKind::BillsToPay, Owing::IOweThem, horizon),
    ] {
        let (mut loaded, total) = store.open_invoices(owing, None, Some(to), limit)?;
        skipped.append(&mut loaded.damaged);
        if total == 0 {
            continue;
        }
        contacts.load(store, loaded.items.iter().map(|i| i.contact))?;
        let archived = loaded
            .items
            .iter()
            .filter(|i| contacts.is_archived(i.contact))
            .count();
        let items: Vec<ReviewItem> = loaded
            .items
            .iter()
            .filter_map(|i| {
                let left = i.outstanding().shown();
                Some(ReviewItem {
                    contact: i.contact,
                    name: contacts.name(i.contact)?.to_owned(),
                    what: crate::say!("owed-review-item", label = i.label(), left = left),
                    when: ItemWhen::Due(i.due),
                    followup: None,
                    direction: None,
                    invoice: Some(OwedItem {
                        id: i.id,
                        label: i.label(),
                        left: i.outstanding(),
                    }),
                    complaint: None,
                    thanks: None,
                })
            })
            .collect();
        let more = total.saturating_sub(archived + items.len());
        if !items.is_empty() || more > 0 {
            sections.push(Section { kind, items, more });
        }
    }
    Ok(sections)
}
