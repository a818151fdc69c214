//! The stats screen's update: open it, move through a chart's bars or rows, switch charts, list
//! the people behind a number and open one of them.

use super::{Panel, People, Pick, StatsView, describe};
use crate::domain::ContactId;
use crate::review::stats::{Bar, Stats};
use crate::say;
use crate::tui::action::Effect;
use crate::tui::parts::list::update as list;
use crate::tui::scroll::Scroll;
use crate::tui::state::*;

/// Rows of a people list that fit on screen: the frame less the title, the tabs, the list's
/// title and the hints.
fn people_height(state: &State) -> usize {
    usize::from(state.size.1.saturating_sub(7)).max(1)
}

/// The stats read: the screen opens on them, or shows them anew where the user was.
pub(crate) fn loaded(state: &mut State, stats: Stats) -> Vec<Effect> {
    let mut view = StatsView::new(stats);
    if let Some(old) = state.layers.stats_mut() {
        view.panel = old.panel;
        view.selected = old.selected;
        for panel in Panel::ALL {
            let len = view.picks(panel).len();
            let at = &mut view.selected[panel.index()];
            *at = (*at).min(len.saturating_sub(1));
        }
    } else {
        // A new look starts on the latest week, month or bucket: the bars end with today's.
        for panel in [Panel::Weeks, Panel::Customers] {
            view.selected[panel.index()] = view.picks(panel).len().saturating_sub(1);
        }
        let customers = Panel::Customers.index();
        // On the months chart the pick of the latest month is its "gained" bar.
        view.selected[customers] = view.selected[customers].saturating_sub(2);
    }
    state.layers.open(Layer::Stats(Box::new(view)));
    vec![]
}

/// Up and down: through the people listed, or the chart's bars or rows.
pub(crate) fn move_by(state: &mut State, delta: isize) -> Vec<Effect> {
    let height = people_height(state);
    let Some(view) = state.layers.stats_mut() else {
        return vec![];
    };
    if let Some(people) = &mut view.people {
        people.scroll.move_by(delta, people.rows.len());
        people.scroll.follow(height, 0);
        return vec![];
    }
    let len = view.picks(view.panel).len();
    let at = &mut view.selected[view.panel.index()];
    *at = crate::tui::scroll::clamp_add(*at, delta, len);
    view.part = 0;
    vec![]
}

/// ← and →: the whole bar, or one of its parts in turn (a channel of the week, a reason of the
/// month's customers lost), so each number the line under the chart says leads to its people.
pub(crate) fn cycle_part(state: &mut State, forward: bool) -> Vec<Effect> {
    if let Some(view) = state.layers.stats_mut()
        && view.people.is_none()
    {
        let count = view.part_count() + 1;
        view.part = if forward {
            (view.part + 1) % count
        } else {
            (view.part + count - 1) % count
        };
    }
    vec![]
}

/// Tab and Shift-Tab: the next or previous chart (leaving any people listed).
pub(crate) fn switch_panel(state: &mut State, forward: bool) -> Vec<Effect> {
    if let Some(view) = state.layers.stats_mut() {
        let count = Panel::ALL.len();
        let at = view.panel.index();
        let next = if forward {
            (at + 1) % count
        } else {
            (at + count - 1) % count
        };
        view.panel = Panel::ALL[next];
        view.part = 0;
        view.people = None;
        view.asked = None;
    }
    vec![]
}

/// Enter: on a person listed or a contact's row, opens them; on a bar, lists its people.
pub(crate) fn open(state: &mut State) -> Vec<Effect> {
    let Some(view) = state.layers.stats_mut() else {
        return vec![];
    };
    if let Some(people) = &view.people {
        let Some(&(contact, _)) = people.rows.get(people.scroll.selected) else {
            return vec![];
        };
        return open_contact(state, contact);
    }
    match view.selected_pick() {
        Some(Pick::Contact(contact)) => open_contact(state, contact),
        Some(Pick::Bar(bar)) => {
            view.asked = Some(bar.clone());
            vec![Effect::LoadPeople(bar)]
        }
        None => vec![],
    }
}

/// The people behind `bar` read; shown if they are still what was asked for.
pub(crate) fn people_loaded(
    state: &mut State,
    bar: Bar,
    rows: Vec<(ContactId, String)>,
    total: usize,
) -> Vec<Effect> {
    let Some(view) = state.layers.stats_mut() else {
        return vec![];
    };
    if view.asked.as_ref() != Some(&bar) {
        return vec![];
    }
    view.asked = None;
    if total == 0 {
        state.info(say!("statscreen-nobody"));
        return vec![];
    }
    view.people = Some(People {
        title: describe(&bar),
        bar,
        rows,
        total,
        scroll: Scroll::default(),
    });
    vec![]
}

/// Esc: from the people listed back to the chart; from a chart, closes the screen.
pub(crate) fn back(state: &mut State) {
    match state.layers.stats_mut() {
        Some(view) if view.people.is_some() => view.people = None,
        _ => drop(state.layers.take_stats()),
    }
}

/// Closes the stats and selects `contact` in the list, its timeline open; a contact the list
/// does not show (archived, say) is named in the status bar instead.
fn open_contact(state: &mut State, contact: ContactId) -> Vec<Effect> {
    if state.list.position_of(contact).is_none() {
        state.layers.take_search();
        state.list.filtered = None;
    }
    let Some(at) = state.list.position_of(contact) else {
        state.error(say!("statscreen-not-listed"));
        return vec![];
    };
    state.layers.take_stats();
    state.list.scroll.selected = at;
    state.pane = Pane::Timeline;
    list::after_move(state)
}
