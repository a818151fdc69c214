//! The contact list: reading it (whole, or the rows in view), keeping the selection in view,
//! and reading everything again when another kith process changed the notebook.

use crate::domain::{Contact, ContactId};
use crate::say;
use crate::tui::action::{ContactRow, Effect};
use crate::tui::state::*;

/// Asks for the whole list again (after a contact was added, renamed or archived).
pub(crate) fn reload(state: &mut State, select: Option<ContactId>) -> Effect {
    state.list.generation += 1;
    if state.list.archived {
        return Effect::LoadArchived {
            select,
            generation: state.list.generation,
        };
    }
    Effect::LoadList {
        select,
        generation: state.list.generation,
        limit: None,
    }
}

pub(crate) fn loaded(
    state: &mut State,
    entries: crate::domain::ContactIds,
    total: usize,
    select: Option<ContactId>,
    generation: u64,
) -> Vec<Effect> {
    if generation < state.list.applied {
        return vec![]; // a newer list is already on screen
    }
    state.list.applied = generation;
    state.list.generation = state.list.generation.max(generation);
    state.list.total = total;
    let keep = select.or_else(|| state.list.selected_id());
    let previous_index = state.list.scroll.selected;
    state.list.entries = entries;
    state.list.rows.clear();
    state.list_loaded = true;
    // Search results are ids and stay valid; the whole list is re-positioned.
    if state.layers.search().is_none() {
        state.list.filtered = None;
        state.list.scroll.selected = keep
            .and_then(|id| state.list.position_of(id))
            .unwrap_or(previous_index.min(state.list.len().saturating_sub(1)));
    }
    if let Some((id, name)) = state.list.watched.take()
        && state.layers.search().is_none()
        && state.list.position_of(id).is_none()
    {
        state.info(match name {
            Some(n) => say!(
                "list-gone",
                name = crate::domain::text::display_line(&n).into_owned()
            ),
            None => say!("list-gone-selected"),
        });
    }
    let mut effects = after_move(state);
    if let Some(id) = state.list.selected_id()
        && !effects.contains(&Effect::LoadDetail(id))
    {
        effects.push(Effect::LoadDetail(id));
    }
    if state.list.is_empty() {
        state.detail = None;
        state.pane = Pane::List;
    }
    effects
}

pub(crate) fn rows_loaded(state: &mut State, rows: Vec<ContactRow>) -> Vec<Effect> {
    if state.list.rows.len() > 4096 {
        state.list.rows.clear();
    }
    for row in rows {
        state.list.rows.insert(row.id, row);
    }
    vec![]
}

/// A new day: rows say "today" and "3d" afresh, and the due counts move.
pub(crate) fn today(state: &mut State, day: chrono::NaiveDate) -> Vec<Effect> {
    let mut effects = vec![Effect::LoadCounts];
    if day != state.today {
        state.today = day;
        state.list.rows.clear();
        effects.extend(after_move(state));
    }
    effects
}

/// Another process wrote: read again everything shown, keeping the selection; the editor's
/// text is never touched.
pub(crate) fn notebook_changed(state: &mut State) -> Vec<Effect> {
    let selected = state.list.selected_id();
    state.list.watched = selected.map(|id| {
        let name = state
            .detail
            .as_ref()
            .filter(|d| d.contact.id == id)
            .map(|d| d.contact.name.clone());
        (id, name)
    });
    let mut effects = vec![reload(state, selected), Effect::LoadCounts];
    if let Some(detail) = &state.detail {
        effects.push(Effect::LoadDetail(detail.contact.id));
    }
    if state.layers.review().is_some() {
        effects.push(Effect::LoadReview);
    }
    effects.push(Effect::RefreshSearchIndex);
    effects
}

/// Keeps the selected row on screen, asks for rows not yet read, and loads the selected contact.
pub(crate) fn after_move(state: &mut State) -> Vec<Effect> {
    let height = state.list_height();
    let list = &mut state.list;
    list.scroll.fit(list.len(), height);
    let mut effects = Vec::new();
    let missing: Vec<_> = list
        .visible_ids(height)
        .into_iter()
        .filter(|id| !list.rows.contains_key(id))
        .collect();
    if !missing.is_empty() {
        effects.push(Effect::LoadRows(missing));
    }
    match list.selected_id() {
        Some(id) if state.detail.as_ref().is_none_or(|d| d.contact.id != id) => {
            effects.push(Effect::LoadDetail(id));
        }
        None => state.detail = None,
        _ => {}
    }
    effects
}

/// The contact selected in the list, once its detail is on screen.
pub(crate) fn selected_contact(state: &State) -> Option<Contact> {
    let detail = state.detail.as_ref()?;
    (Some(detail.contact.id) == state.list.selected_id()).then(|| detail.contact.clone())
}
