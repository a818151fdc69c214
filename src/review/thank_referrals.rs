//! The review's "Thank for a referral": referred contacts who made their first purchase in the
//! last `THANKS_DAYS` days, newest first, under the contact who referred them, until the
//! referrer is thanked (the screen's key makes a follow-up to thank them and keeps the thanks).
//! Read from the first-buy index up to the section's limit; left out when there are none, so a
//! notebook without referrals shows the review it always did. Referrers archived since are left
//! out of the rows and of what "… and N more" says.

use super::{ItemWhen, ReviewItem, Section, SectionKind};
use crate::domain::ThanksFor;
use crate::store::{Result, Store};
use chrono::{Duration, NaiveDate};

/// How many days back a first purchase still asks for thanks.
pub const THANKS_DAYS: i64 = 30;

pub(super) fn section(
    store: &Store,
    contacts: &mut super::Contacts,
    today: NaiveDate,
    limit: usize,
) -> Result<Option<Section>> {
    let since = today - Duration::days(THANKS_DAYS);
    let (buys, total) = store.first_buys(since, today, limit)?;
    if total == 0 {
        return Ok(None);
    }
    let ids = buys.iter().flat_map(|b| [b.referrer, b.referred]);
    contacts.load(store, ids)?;
    let archived = (buys.iter())
        .filter(|b| contacts.name(b.referrer).is_none())
        .count();
    let items: Vec<ReviewItem> = (buys.iter())
        .filter_map(|b| {
            let referrer = contacts.name(b.referrer)?;
            let referred = match contacts.name(b.referred) {
                Some(name) => name.to_owned(),
                None => store.contact(b.referred).ok()?.name,
            };
            Some(ReviewItem {
                contact: b.referrer,
                name: referrer.to_owned(),
                what: crate::say!("referral-review-item", referred = referred),
                when: ItemWhen::On {
                    date: b.on,
                    years: None,
                },
                followup: None,
                direction: None,
                invoice: None,
                complaint: None,
                thanks: Some(ThanksFor::Referral {
                    referred: b.referred,
                }),
            })
        })
        .collect();
    let more = total.saturating_sub(archived + items.len());
    Ok((!items.is_empty() || more > 0).then_some(Section {
        kind: SectionKind::ThankReferrals,
        items,
        more,
    }))
}
