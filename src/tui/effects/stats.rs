//! The stats screen's reads: the numbers as of today, and the people behind one of them.

use crate::review::stats::{Bar, people_behind, stats};
use crate::say;
use crate::store::Store;
use crate::tui::action::Report;
use crate::tui::model::Context;
use crate::tui::parts::stats::PEOPLE_LIMIT;

pub(super) fn load(store: &Store, ctx: &Context) -> Result<Report, String> {
    stats(store, ctx.today)
        .map(|numbers| Report::StatsLoaded(Box::new(numbers)))
        .map_err(|e| say!("statscreen-unreadable", error = e.to_string()))
}

/// The first `PEOPLE_LIMIT` people behind `bar`, with their names, and how many in all.
pub(super) fn people(store: &Store, bar: Bar, ctx: &Context) -> Result<Report, String> {
    let failed =
        |e: crate::store::StoreError| say!("statscreen-people-unreadable", error = e.to_string());
    let ids = people_behind(store, ctx.today, &bar).map_err(failed)?;
    let total = ids.len();
    let shown = &ids[..total.min(PEOPLE_LIMIT)];
    let named = store.contacts(shown).map_err(failed)?.items;
    // A record that does not read is left out of the names; the list keeps the number's order.
    let name_of: std::collections::HashMap<_, _> =
        named.into_iter().map(|c| (c.id, c.name)).collect();
    let rows = shown
        .iter()
        .filter_map(|id| Some((*id, name_of.get(id)?.clone())))
        .collect();
    Ok(Report::PeopleLoaded { bar, rows, total })
}
