//! The right side: the shown contact's header and timeline, and one note read in full.

use crate::domain::ContactId;
use crate::say;
use crate::tui::action::{ContactDetail, Effect};
use crate::tui::parts::list::update as list;
use crate::tui::state::*;

/// Tab: between the list and the timeline of the contact shown.
pub(crate) fn switch_pane(state: &mut State) -> Vec<Effect> {
    state.pane = match state.pane {
        Pane::List if state.detail.is_some() => Pane::Timeline,
        _ => Pane::List,
    };
    vec![]
}

pub(crate) fn loaded(state: &mut State, detail: Box<ContactDetail>) -> Vec<Effect> {
    if Some(detail.contact.id) != state.shown_contact() {
        return vec![]; // the selection moved on while it loaded
    }
    if detail.damaged > 0 {
        state.error(say!("timeline-damaged", count = detail.damaged));
    }
    let same_contact = state
        .detail
        .as_ref()
        .is_some_and(|d| d.contact.id == detail.contact.id);
    if !same_contact {
        state.timeline = Scroll::default();
    }
    if let Some(wanted) = state.select_interaction.take()
        && let Some(i) = detail.timeline.iter().position(|i| i.id == wanted)
    {
        state.timeline.selected = i;
    }
    state.timeline.selected = state
        .timeline
        .selected
        .min(detail.timeline.len().saturating_sub(1));
    state.detail = Some(detail);
    keep_visible(state);
    vec![]
}

pub(crate) fn move_by(state: &mut State, delta: isize) -> Vec<Effect> {
    let len = state.detail.as_ref().map_or(0, |d| d.timeline.len());
    state.timeline.move_by(delta, len);
    keep_visible(state);
    vec![]
}

pub(crate) fn keep_visible(state: &mut State) {
    let height = state.timeline_height();
    state.timeline.follow(height, 0);
}

/// Scrolls the note read in full.
pub(crate) fn scroll_note(state: &mut State, delta: isize) -> Vec<Effect> {
    if let Some(scroll) = state.layers.note_mut() {
        *scroll = (*scroll as isize + delta.clamp(-1000, 1000)).clamp(0, u16::MAX as isize) as u16;
    }
    vec![]
}

pub(crate) fn interaction_deleted(state: &mut State, contact: ContactId) -> Vec<Effect> {
    state.layers.take_question();
    state.info(say!("timeline-deleted"));
    state.list.rows.remove(&contact);
    let mut effects = vec![Effect::LoadDetail(contact), Effect::RefreshSearchIndex];
    effects.extend(list::after_move(state));
    effects
}

/// Loads the contact the right side should show, if it is not already there.
pub(crate) fn shown_contact_effects(state: &mut State) -> Vec<Effect> {
    match state.shown_contact() {
        Some(id) if state.detail.as_ref().is_none_or(|d| d.contact.id != id) => {
            vec![Effect::LoadDetail(id)]
        }
        _ => vec![],
    }
}
