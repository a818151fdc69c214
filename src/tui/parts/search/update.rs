//! Search as you type (`/`): the query line, contacts or `#` notes found, moving through them,
//! and Enter or Esc leaving the search where the person wants to be.

use crate::say;
use crate::tui::action::{Effect, SearchOutcome};
use crate::tui::parts::list::update as list;
use crate::tui::parts::timeline::update as timeline;
use crate::tui::state::*;

pub(crate) fn start(state: &mut State) -> Vec<Effect> {
    let previous = (state.list.scroll.selected, state.list.scroll.offset);
    state.layers.open(Layer::Search(SearchLine {
        input: line_input(""),
        previous,
        generation: 0,
        notes: None,
    }));
    list::after_move(state)
}

pub(crate) fn results(
    state: &mut State,
    generation: u64,
    outcome: Result<SearchOutcome, String>,
) -> Vec<Effect> {
    let Some(search) = state
        .layers
        .search_mut()
        .filter(|s| s.generation == generation)
    else {
        return vec![]; // an answer to an older query, or to a search closed since
    };
    match outcome {
        Err(message) => {
            state.error(message);
            vec![]
        }
        Ok(SearchOutcome::Contacts(ids)) => {
            search.notes = None;
            state.list.filtered = Some(ids);
            state.list.scroll = Scroll::default();
            list::after_move(state)
        }
        Ok(SearchOutcome::Notes { hits, more }) => {
            search.notes = Some(NoteResults {
                hits,
                scroll: Scroll::default(),
                more,
            });
            state.list.filtered = None;
            timeline::shown_contact_effects(state)
        }
    }
}

/// Moves through the notes found, two lines a note.
pub(crate) fn move_in_notes(state: &mut State, delta: isize) -> Vec<Effect> {
    let height = (state.list_height() / 2).max(1);
    if let Some(notes) = state.layers.search_mut().and_then(|s| s.notes.as_mut()) {
        notes.scroll.move_by(delta, notes.hits.len());
        notes.scroll.follow(height, 0);
    }
    timeline::shown_contact_effects(state)
}

/// After each key in the query line: the query goes to the search thread.
pub(crate) fn after_typing(state: &mut State) -> Vec<Effect> {
    if state.focus() != Focus::Search {
        return vec![];
    }
    let Some(search) = state.layers.search_mut() else {
        return vec![];
    };
    let text = search.text();
    let (query, problem) = crate::search::query::parse_lenient(&text);
    search.generation += 1;
    let generation = search.generation;
    if query.is_empty() {
        search.notes = query.notes.then(NoteResults::default);
    }
    if let Some(problem) = problem {
        // Say what is wrong; the rest of the query still finds people.
        state.error(problem.0);
    }
    if query.is_empty() {
        state.list.filtered = None;
        state.list.scroll = Scroll::default();
        return list::after_move(state);
    }
    vec![Effect::Search {
        generation,
        query: text,
    }]
}

/// Esc: the list as it was before the search.
pub(crate) fn cancel(state: &mut State) -> Vec<Effect> {
    let Some(search) = state.layers.take_search() else {
        return vec![];
    };
    state.list.filtered = None;
    (state.list.scroll.selected, state.list.scroll.offset) = search.previous;
    list::after_move(state)
}

/// Enter: the chosen contact selected in the whole list, or the chosen note's contact opened at
/// that note. `None` when no search is open.
pub(crate) fn choose(state: &mut State) -> Option<Vec<Effect>> {
    let search = state.layers.take_search()?;
    if let Some(notes) = &search.notes {
        let Some(hit) = notes.hits.get(notes.scroll.selected) else {
            (state.list.scroll.selected, state.list.scroll.offset) = search.previous;
            return Some(list::after_move(state));
        };
        state.list.filtered = None;
        match state.list.position_of(hit.contact) {
            Some(i) => {
                let height = state.list_height();
                state.list.scroll.center_on(i, height);
                state.pane = Pane::Timeline;
            }
            None => state.error(say!("search-archived")),
        }
        state.select_interaction = Some(hit.interaction);
        let mut effects = list::after_move(state);
        effects.push(Effect::LoadDetail(hit.contact));
        return Some(effects);
    }
    let chosen = state.list.selected_id();
    state.list.filtered = None;
    match chosen.and_then(|id| state.list.position_of(id)) {
        Some(i) => {
            let height = state.list_height();
            state.list.scroll.center_on(i, height);
        }
        None => (state.list.scroll.selected, state.list.scroll.offset) = search.previous,
    }
    Some(list::after_move(state))
}
