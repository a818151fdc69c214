//! `update`: the one place the screen's state changes. It reads an action, changes `State`, and
//! returns the effects (store reads and writes) the event loop must run. No I/O, no clock.

use super::action::{Action, Effect, FollowUpChange, SearchOutcome};
use super::keeping;
use super::state::*;
use crate::domain::{
    Amount, Channel, Contact, Interaction, Invalid, Kind, Labeled, PartialDate, parse_date_time,
};
use ratatui_textarea::TextArea;

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    if action.is_from_user() {
        state.status = None;
    }
    match action {
        Action::Up => move_by(state, -1),
        Action::Down => move_by(state, 1),
        Action::PageUp => {
            let page = page_size(state);
            move_by(state, -(page as isize))
        }
        Action::PageDown => {
            let page = page_size(state);
            move_by(state, page as isize)
        }
        Action::First => move_by(state, isize::MIN / 2),
        Action::Last => move_by(state, isize::MAX / 2),
        Action::NextPane | Action::PrevPane => {
            state.pane = match state.pane {
                Pane::List if state.detail.is_some() => Pane::Timeline,
                _ => Pane::List,
            };
            vec![]
        }
        Action::Open => {
            match state.focus() {
                Focus::List if state.detail.is_some() => state.pane = Pane::Timeline,
                Focus::Timeline if state.selected_interaction().is_some() => state.note = Some(0),
                Focus::Review => return open_from_review(state),
                _ => {}
            }
            vec![]
        }
        Action::Back => back(state),
        Action::NewNote => match review_contact(state).or(state.list.selected_id()) {
            Some(id) => vec![Effect::OpenEditor(id)],
            None => {
                state.error("add a contact first (a)");
                vec![]
            }
        },
        Action::AddContact => {
            state.form = Some(new_form(None));
            vec![]
        }
        Action::EditContact => {
            match selected_contact(state) {
                Some(contact) => state.form = Some(new_form(Some(contact))),
                None => state.error("select a contact to edit"),
            }
            vec![]
        }
        Action::ArchiveContact => {
            match selected_contact(state) {
                Some(c) => {
                    state.question = Some(Question::Archive {
                        contact: c.id,
                        name: c.name,
                        reason: Box::new(line_input("")),
                    })
                }
                None => state.error("select a contact to archive"),
            }
            vec![]
        }
        Action::DeleteInteraction => {
            match (state.selected_interaction(), &state.detail) {
                (Some(i), Some(_)) => {
                    let summary = format!(
                        "{} {} — {}",
                        i.at.format("%Y-%m-%d %H:%M"),
                        i.channel,
                        i.summary()
                    );
                    state.question = Some(Question::DeleteInteraction {
                        contact: i.contact,
                        interaction: i.id,
                        summary,
                    })
                }
                _ => state.error("select an interaction to delete"),
            }
            vec![]
        }
        Action::Search => {
            state.search = Some(SearchLine {
                input: line_input(""),
                previous: (state.list.selected, state.list.offset),
                generation: 0,
            });
            after_move(state)
        }
        Action::SearchResults {
            generation,
            outcome,
        } => {
            if state
                .search
                .as_ref()
                .is_none_or(|s| s.generation != generation)
            {
                return vec![]; // an answer to an older query
            }
            match outcome {
                Err(message) => {
                    state.error(message);
                    vec![]
                }
                Ok(SearchOutcome::Contacts(ids)) => {
                    state.note_hits = None;
                    state.list.filtered = Some(ids);
                    state.list.selected = 0;
                    state.list.offset = 0;
                    after_move(state)
                }
                Ok(SearchOutcome::Notes { hits, more }) => {
                    state.list.filtered = None;
                    state.note_hits = Some(NoteResults {
                        hits,
                        selected: 0,
                        offset: 0,
                        more,
                    });
                    shown_contact_effects(state)
                }
            }
        }
        Action::Help => {
            state.help = Some(0);
            vec![]
        }
        Action::Quit => keeping::quit(state),
        Action::Stop => keeping::quit_keeping_draft(state),
        Action::Save => save(state),
        Action::NextField => {
            step_field(state, 1);
            vec![]
        }
        Action::PrevField => {
            step_field(state, -1);
            vec![]
        }
        Action::SubmitField => {
            let last = match state.focus() {
                Focus::Editor => state
                    .editor
                    .as_ref()
                    .is_some_and(|e| e.field == EditorField::Amount),
                Focus::Form => {
                    state
                        .form
                        .as_ref()
                        .is_some_and(|f| f.field == FormField::Cadence)
                        || state
                            .followup_form
                            .as_ref()
                            .is_some_and(|f| f.field == FollowUpField::Direction)
                }
                _ => false,
            };
            if last {
                save(state)
            } else {
                step_field(state, 1);
                vec![]
            }
        }
        Action::CycleChoice | Action::CycleChoiceBack => {
            let forward = action == Action::CycleChoice;
            if let Some(editor) = state.editor.as_mut().filter(|_| state.form.is_none()) {
                editor.channel = cycle(&Channel::ALL.map(|(c, _)| c), editor.channel, forward);
                editor.dirty = true;
            } else if let Some(form) = state.form.as_mut() {
                form.kind = cycle(&Kind::ALL.map(|(k, _)| k), form.kind, forward);
            } else if let Some(form) = state.followup_form.as_mut() {
                form.direction = cycle(
                    &crate::domain::Direction::ALL.map(|(d, _)| d),
                    form.direction,
                    forward,
                );
            }
            vec![]
        }
        Action::Confirm => confirm(state),
        Action::Input(key) => {
            with_focused_input(state, |input| input.input(key));
            after_typing(state)
        }
        Action::Paste(text) => {
            let single_line = !state.in_multiline_field();
            let text = if single_line {
                text.replace(['\r', '\n'], " ")
            } else {
                text.replace('\r', "")
            };
            with_focused_input(state, |input| input.insert_str(&text));
            after_typing(state)
        }
        Action::Resize(w, h) => {
            state.size = (w, h);
            after_move(state)
        }
        Action::AutosaveDraft => match state.editor.as_mut() {
            Some(editor) if editor.dirty => {
                editor.dirty = false;
                vec![Effect::SaveDraft(editor.keep())]
            }
            _ => vec![],
        },
        Action::Today(day) => {
            let mut effects = vec![Effect::LoadCounts];
            if day != state.today {
                state.today = day;
                state.list.rows.clear();
                effects.extend(after_move(state));
            }
            effects
        }
        Action::ListLoaded {
            entries,
            total,
            select,
            generation,
        } => {
            if generation < state.list.applied {
                return vec![]; // a newer list is already on screen
            }
            state.list.applied = generation;
            state.list.generation = state.list.generation.max(generation);
            state.list.total = total;
            let keep = select.or_else(|| state.list.selected_id());
            let previous_index = state.list.selected;
            state.list.entries = entries;
            state.list.rows.clear();
            state.list_loaded = true;
            // Search results are ids and stay valid; the whole list is re-positioned.
            if state.search.is_none() {
                state.list.filtered = None;
                state.list.selected = keep
                    .and_then(|id| state.list.position_of(id))
                    .unwrap_or(previous_index.min(state.list.len().saturating_sub(1)));
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
        Action::RowsLoaded(rows) => {
            if state.list.rows.len() > 4096 {
                state.list.rows.clear();
            }
            for row in rows {
                state.list.rows.insert(row.id, row);
            }
            vec![]
        }
        Action::DetailLoaded(detail) => {
            if Some(detail.contact.id) != state.shown_contact() {
                return vec![]; // the selection moved on while it loaded
            }
            if detail.damaged > 0 {
                state.error(format!(
                    "{} records of this contact could not be read",
                    detail.damaged
                ));
            }
            let same_contact = state
                .detail
                .as_ref()
                .is_some_and(|d| d.contact.id == detail.contact.id);
            if !same_contact {
                state.timeline = TimelineView::default();
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
            keep_timeline_visible(state);
            vec![]
        }
        Action::EditorReady {
            contact,
            name,
            draft,
            now,
        } => {
            let mut editor = NoteEditor {
                contact,
                name,
                field: EditorField::Text,
                channel: Channel::InPerson,
                text: TextArea::default(),
                when: line_input(&now.format("%Y-%m-%d %H:%M").to_string()),
                amount: line_input(""),
                dirty: false,
                opened_at: now,
            };
            editor
                .text
                .set_cursor_line_style(ratatui::style::Style::default());
            if let Some(draft) = draft {
                editor.channel = draft.channel;
                editor.text = TextArea::new(draft.text.split('\n').map(str::to_string).collect());
                editor
                    .text
                    .set_cursor_line_style(ratatui::style::Style::default());
                editor
                    .text
                    .move_cursor(ratatui_textarea::CursorMove::Bottom);
                editor.text.move_cursor(ratatui_textarea::CursorMove::End);
                if !draft.at.trim().is_empty() {
                    editor.when = line_input(&draft.at);
                }
                editor.amount = line_input(&draft.amount);
                state.info(format!(
                    "Resumed your unsaved draft from {}",
                    draft.saved_at.format("%Y-%m-%d %H:%M")
                ));
            }
            state.editor = Some(editor);
            vec![]
        }
        Action::NoteSaved {
            contact,
            interaction,
            followups,
            problems,
        } => {
            state.editor = None;
            state.unwritable = None;
            match (followups, problems.first()) {
                (_, Some(problem)) => state.error(format!("Note saved, but its {problem}")),
                (0, None) => state.info("Note saved"),
                (1, None) => state.info("Note saved with 1 follow-up"),
                (n, None) => state.info(format!("Note saved with {n} follow-ups")),
            }
            state.select_interaction = Some(interaction);
            state.list.rows.remove(&contact);
            // The search index keeps when each contact was last in touch (for quiet:).
            let mut effects = vec![
                Effect::LoadDetail(contact),
                Effect::LoadCounts,
                Effect::RefreshSearchIndex,
            ];
            if state.review.is_some() {
                effects.push(Effect::LoadReview);
            }
            effects.extend(after_move(state));
            effects
        }
        Action::Review => vec![Effect::LoadReview],
        Action::Import => {
            state.question = Some(Question::Import {
                path: Box::new(line_input("")),
            });
            vec![]
        }
        Action::ImportProgress(step) => {
            state.info(format!("Importing: {step}"));
            vec![]
        }
        Action::Imported(result) => {
            state.question = None;
            match result {
                Ok(message) => state.info(message),
                Err(message) => state.error(message),
            }
            vec![
                reload_list(state, None),
                Effect::RefreshSearchIndex,
                Effect::LoadCounts,
            ]
        }
        Action::ReviewLoaded(review) => {
            let previous = state.review.as_ref().map(|r| r.selected);
            let mut view = ReviewView::new(*review);
            if let Some(previous) = previous {
                // Stay where the user was: the nearest item at or above the old position.
                let limit = previous.min(view.rows.len().saturating_sub(1));
                if let Some(row) = (0..=limit).rev().find(|r| view.item(*r).is_some()) {
                    view.selected = row;
                }
            }
            state.review = Some(view);
            keep_review_visible(state);
            vec![]
        }
        Action::NewFollowUp => {
            match selected_contact(state) {
                Some(c) => {
                    state.followup_form = Some(FollowUpForm {
                        contact: c.id,
                        name: c.name,
                        field: FollowUpField::What,
                        what: line_input(""),
                        when: line_input(""),
                        direction: crate::domain::Direction::Promise,
                    })
                }
                None => state.error("select a contact first"),
            }
            vec![]
        }
        Action::Done | Action::Drop | Action::Snooze | Action::SnoozeTo => {
            let Some(item) = state.review.as_ref().and_then(|r| r.selected_item()) else {
                return vec![];
            };
            let Some(followup) = item.followup else {
                state.error(
                    "only follow-ups can be done, snoozed or dropped; n logs a note instead",
                );
                return vec![];
            };
            let due = match item.when {
                crate::review::ItemWhen::Due(d) => d,
                _ => state.today,
            };
            let change = match action {
                Action::Done => FollowUpChange::Done,
                Action::Drop => FollowUpChange::Drop,
                Action::Snooze => {
                    // `+` panics on the last day chrono knows; there the date simply stays.
                    let from = due.max(state.today);
                    FollowUpChange::SnoozeTo(from.succ_opt().unwrap_or(from))
                }
                _ => {
                    state.question = Some(Question::Snooze {
                        followup,
                        what: item.what.clone(),
                        when: Box::new(line_input("")),
                    });
                    return vec![];
                }
            };
            vec![Effect::ChangeFollowUp { followup, change }]
        }
        Action::FollowUpChanged { contact, message } => {
            state.followup_form = None;
            state.question = None;
            state.info(message);
            state.list.rows.remove(&contact);
            let mut effects = vec![Effect::LoadCounts];
            if state.review.is_some() {
                effects.push(Effect::LoadReview);
            }
            if state
                .detail
                .as_ref()
                .is_some_and(|d| d.contact.id == contact)
            {
                effects.push(Effect::LoadDetail(contact));
            }
            effects.extend(after_move(state));
            effects
        }
        Action::CountsLoaded { overdue, today } => {
            state.due_counts = (overdue, today);
            vec![]
        }
        Action::DraftSaved => keeping::draft_saved(state),
        Action::DraftRescued { problem, path } => keeping::refused(state, problem, Some(path)),
        Action::DraftNotKept { problem } => keeping::refused(state, problem, None),
        Action::NoteNotSaved { problem } => keeping::note_not_saved(state, problem),
        Action::ContactSaved { contact, added } => {
            state.form = None;
            state.info(if added {
                "Contact added"
            } else {
                "Contact saved"
            });
            vec![
                reload_list(state, Some(contact)),
                Effect::RefreshSearchIndex,
            ]
        }
        Action::ContactArchived(_) => {
            state.question = None;
            state.info("Contact archived; `kith list --archived` shows it");
            vec![reload_list(state, None), Effect::RefreshSearchIndex]
        }
        Action::InteractionDeleted(contact) => {
            state.question = None;
            state.info("Interaction deleted");
            state.list.rows.remove(&contact);
            let mut effects = vec![Effect::LoadDetail(contact), Effect::RefreshSearchIndex];
            effects.extend(after_move(state));
            effects
        }
        Action::Failed(message) => {
            state.error(message);
            vec![]
        }
    }
}

/// Asks for the whole list again (after a contact was added, renamed or archived).
fn reload_list(state: &mut State, select: Option<crate::domain::ContactId>) -> Effect {
    state.list.generation += 1;
    Effect::LoadList {
        select,
        generation: state.list.generation,
        limit: None,
    }
}

fn page_size(state: &State) -> usize {
    match state.focus() {
        Focus::Timeline => state.timeline_height(),
        _ => state.list_height(),
    }
}

fn cycle<T: Copy + PartialEq>(all: &[T], current: T, forward: bool) -> T {
    let i = all.iter().position(|x| *x == current).unwrap_or(0);
    let n = all.len();
    all[if forward {
        (i + 1) % n
    } else {
        (i + n - 1) % n
    }]
}

fn clamp_add(value: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (value as isize)
        .saturating_add(delta)
        .clamp(0, len as isize - 1) as usize
}

fn move_by(state: &mut State, delta: isize) -> Vec<Effect> {
    match state.focus() {
        Focus::Search if state.note_hits.is_some() => {
            let height = (state.list_height() / 2).max(1); // two lines a note
            if let Some(notes) = state.note_hits.as_mut() {
                notes.selected = clamp_add(notes.selected, delta, notes.hits.len());
                if notes.selected < notes.offset {
                    notes.offset = notes.selected;
                } else if notes.selected >= notes.offset + height {
                    notes.offset = notes.selected + 1 - height;
                }
            }
            shown_contact_effects(state)
        }
        Focus::List | Focus::Search => {
            state.list.selected = clamp_add(state.list.selected, delta, state.list.len());
            after_move(state)
        }
        Focus::Timeline => {
            let len = state.detail.as_ref().map_or(0, |d| d.timeline.len());
            state.timeline.selected = clamp_add(state.timeline.selected, delta, len);
            keep_timeline_visible(state);
            vec![]
        }
        Focus::Note => {
            state.note = state.note.map(|s| {
                (s as isize + delta.clamp(-1000, 1000)).clamp(0, u16::MAX as isize) as u16
            });
            vec![]
        }
        Focus::Help => {
            state.help = state
                .help
                .map(|s| (s as isize + delta.clamp(-1000, 1000)).clamp(0, 200) as u16);
            vec![]
        }
        Focus::Review => {
            if let Some(view) = state.review.as_mut() {
                let items: Vec<usize> = (0..view.rows.len())
                    .filter(|r| view.item(*r).is_some())
                    .collect();
                if let Some(at) = items.iter().position(|r| *r == view.selected) {
                    view.selected = items[clamp_add(at, delta, items.len())];
                }
            }
            keep_review_visible(state);
            vec![]
        }
        _ => vec![],
    }
}

/// Loads the contact the right side should show, if it is not already there.
fn shown_contact_effects(state: &mut State) -> Vec<Effect> {
    match state.shown_contact() {
        Some(id) if state.detail.as_ref().is_none_or(|d| d.contact.id != id) => {
            vec![Effect::LoadDetail(id)]
        }
        _ => vec![],
    }
}

/// Rows of the review that fit on screen.
pub fn review_height(state: &State) -> usize {
    usize::from(state.size.1.saturating_sub(3)).max(1)
}

fn keep_review_visible(state: &mut State) {
    let height = review_height(state);
    let Some(view) = state.review.as_mut() else {
        return;
    };
    if view.selected < view.offset + 1 {
        // Keep the section title above the first item in view.
        view.offset = view.selected.saturating_sub(1);
    } else if view.selected >= view.offset + height {
        view.offset = view.selected + 1 - height;
    }
}

/// The contact of the selected review item, while the review is open.
fn review_contact(state: &State) -> Option<crate::domain::ContactId> {
    if state.focus() != Focus::Review {
        return None;
    }
    state.review.as_ref()?.selected_item().map(|i| i.contact)
}

/// Closes the review and selects the item's contact in the list.
fn open_from_review(state: &mut State) -> Vec<Effect> {
    let Some(contact) = review_contact(state) else {
        return vec![];
    };
    state.review = None;
    if state.list.position_of(contact).is_none() {
        state.search = None;
        state.list.filtered = None;
    }
    match state.list.position_of(contact) {
        Some(i) => {
            state.list.selected = i;
            state.pane = Pane::Timeline;
            after_move(state)
        }
        None => {
            state.error("that contact is not in the list");
            vec![]
        }
    }
}

fn keep_timeline_visible(state: &mut State) {
    let height = state.timeline_height();
    let view = &mut state.timeline;
    if view.selected < view.offset {
        view.offset = view.selected;
    } else if view.selected >= view.offset + height {
        view.offset = view.selected + 1 - height;
    }
}

/// Keeps the selected row on screen, asks for rows not yet read, and loads the selected contact.
fn after_move(state: &mut State) -> Vec<Effect> {
    let height = state.list_height();
    let list = &mut state.list;
    let len = list.len();
    list.selected = list.selected.min(len.saturating_sub(1));
    if list.selected < list.offset {
        list.offset = list.selected;
    } else if list.selected >= list.offset + height {
        list.offset = list.selected + 1 - height;
    }
    list.offset = list.offset.min(len.saturating_sub(height));
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

fn selected_contact(state: &State) -> Option<Contact> {
    let detail = state.detail.as_ref()?;
    (Some(detail.contact.id) == state.list.selected_id()).then(|| detail.contact.clone())
}

fn back(state: &mut State) -> Vec<Effect> {
    match state.focus() {
        Focus::Help => state.help = None,
        Focus::Confirm => state.question = None,
        Focus::Form => {
            state.form = None;
            state.followup_form = None;
            state.info("Nothing changed");
        }
        Focus::Review => state.review = None,
        Focus::Editor => return keeping::leave_editor(state),
        Focus::Search => {
            if let Some(search) = state.search.take() {
                state.note_hits = None;
                state.list.filtered = None;
                (state.list.selected, state.list.offset) = search.previous;
                return after_move(state);
            }
        }
        Focus::Note => state.note = None,
        Focus::Timeline => state.pane = Pane::List,
        Focus::List => {}
    }
    vec![]
}

fn with_focused_input(state: &mut State, f: impl FnOnce(&mut TextArea<'static>) -> bool) {
    match state.focus() {
        Focus::Editor => {
            if let Some(editor) = state.editor.as_mut()
                && let Some(input) = editor.field_input()
                && f(input)
            {
                editor.dirty = true;
            }
        }
        Focus::Form => {
            if let Some(form) = state.form.as_mut()
                && form.field != FormField::Kind
            {
                f(form.input_mut(form.field));
            } else if let Some(form) = state.followup_form.as_mut() {
                match form.field {
                    FollowUpField::What => f(&mut form.what),
                    FollowUpField::When => f(&mut form.when),
                    FollowUpField::Direction => false,
                };
            }
        }
        Focus::Search => {
            if let Some(search) = state.search.as_mut() {
                f(&mut search.input);
            }
        }
        Focus::Confirm => match state.question.as_mut() {
            Some(Question::Archive { reason, .. }) => {
                f(reason);
            }
            Some(Question::Snooze { when, .. }) => {
                f(when);
            }
            Some(Question::Import { path }) => {
                f(path);
            }
            _ => {}
        },
        _ => {}
    }
}

fn after_typing(state: &mut State) -> Vec<Effect> {
    if state.focus() != Focus::Search {
        return vec![];
    }
    let Some(search) = state.search.as_mut() else {
        return vec![];
    };
    let text = search.text();
    let (query, problem) = crate::search::query::parse_lenient(&text);
    search.generation += 1;
    let generation = search.generation;
    if let Some(problem) = problem {
        // Say what is wrong; the rest of the query still finds people.
        state.error(problem.0);
    }
    if query.is_empty() {
        state.list.filtered = None;
        state.note_hits = query.notes.then(NoteResults::default);
        state.list.selected = 0;
        state.list.offset = 0;
        return after_move(state);
    }
    vec![Effect::Search {
        generation,
        query: text,
    }]
}

fn step_field(state: &mut State, delta: isize) {
    if let Some(form) = state.followup_form.as_mut() {
        let order = FollowUpField::ORDER;
        let i = order.iter().position(|f| *f == form.field).unwrap_or(0);
        form.field = order[clamp_wrap(i, delta, order.len())];
    } else if state.form.is_some() {
        if let Some(form) = state.form.as_mut() {
            let order = FormField::ORDER;
            let i = order.iter().position(|f| *f == form.field).unwrap_or(0);
            form.field = order[clamp_wrap(i, delta, order.len())];
        }
    } else if let Some(editor) = state.editor.as_mut() {
        let order = EditorField::ORDER;
        let i = order.iter().position(|f| *f == editor.field).unwrap_or(0);
        editor.field = order[clamp_wrap(i, delta, order.len())];
    }
}

fn clamp_wrap(i: usize, delta: isize, n: usize) -> usize {
    (i as isize + delta).rem_euclid(n as isize) as usize
}

fn confirm(state: &mut State) -> Vec<Effect> {
    if let Some(notes) = state.note_hits.take().filter(|_| state.search.is_some()) {
        // Open the note's contact at that note.
        let search = state.search.take();
        let Some(hit) = notes.hits.get(notes.selected) else {
            if let Some(search) = search {
                (state.list.selected, state.list.offset) = search.previous;
            }
            return after_move(state);
        };
        state.list.filtered = None;
        match state.list.position_of(hit.contact) {
            Some(i) => {
                state.list.selected = i;
                state.list.offset = i.saturating_sub(state.list_height() / 2);
                state.pane = Pane::Timeline;
            }
            None => state.error("that contact is archived; kith show lists its notes"),
        }
        state.select_interaction = Some(hit.interaction);
        let mut effects = after_move(state);
        effects.push(Effect::LoadDetail(hit.contact));
        return effects;
    }
    if let Some(search) = state.search.take() {
        let chosen = state.list.selected_id();
        state.list.filtered = None;
        match chosen.and_then(|id| state.list.position_of(id)) {
            Some(i) => {
                state.list.selected = i;
                state.list.offset = i.saturating_sub(state.list_height() / 2);
            }
            None => (state.list.selected, state.list.offset) = search.previous,
        }
        return after_move(state);
    }
    match state.question.take() {
        Some(Question::QuitUnsaved { .. }) => keeping::quit_keeping_draft(state),
        Some(Question::Archive {
            contact,
            name,
            reason,
        }) => {
            let reason = reason.lines().join(" ").trim().to_string();
            if reason.is_empty() {
                state.error("say why the contact is archived");
                state.question = Some(Question::Archive {
                    contact,
                    name,
                    reason: Box::new(line_input("")),
                });
                return vec![];
            }
            vec![Effect::Archive { contact, reason }]
        }
        Some(Question::DeleteInteraction {
            contact,
            interaction,
            ..
        }) => {
            vec![Effect::DeleteInteraction {
                contact,
                interaction,
            }]
        }
        Some(Question::Import { path }) => {
            let typed = path.lines().join(" ").trim().to_string();
            if typed.is_empty() {
                state.error(
                    "type the path of a .vcf, .csv or backup file, or a folder of .vcf files",
                );
                state.question = Some(Question::Import { path });
                return vec![];
            }
            let expanded = match (typed.strip_prefix("~/"), std::env::var_os("HOME")) {
                (Some(rest), Some(home)) => std::path::Path::new(&home).join(rest),
                _ => std::path::PathBuf::from(&typed),
            };
            state.info(format!("Importing {typed}…"));
            vec![Effect::Import(expanded)]
        }
        Some(Question::Snooze {
            followup,
            what,
            when,
        }) => match crate::domain::parse_when(&when.lines().join(" "), state.today) {
            Ok(day) => vec![Effect::ChangeFollowUp {
                followup,
                change: FollowUpChange::SnoozeTo(day),
            }],
            Err(e) => {
                state.error(e.0);
                state.question = Some(Question::Snooze {
                    followup,
                    what,
                    when,
                });
                vec![]
            }
        },
        None => vec![],
    }
}

fn save_followup(state: &mut State) -> Vec<Effect> {
    let Some(form) = state.followup_form.as_mut() else {
        return vec![];
    };
    let what = form.what.lines().join(" ");
    if what.trim().is_empty() {
        form.field = FollowUpField::What;
        state.error("say what is due");
        return vec![];
    }
    match crate::domain::parse_when(&form.when.lines().join(" "), state.today) {
        Ok(due) => {
            let followup = crate::domain::FollowUp::new(
                form.contact,
                due,
                form.direction,
                what,
                chrono::NaiveDateTime::default(),
            );
            vec![Effect::AddFollowUp(followup)]
        }
        Err(e) => {
            form.field = FollowUpField::When;
            state.error(e.0);
            vec![]
        }
    }
}

fn save(state: &mut State) -> Vec<Effect> {
    match state.focus() {
        Focus::Editor => save_note(state),
        Focus::Form if state.followup_form.is_some() => save_followup(state),
        Focus::Form => save_contact(state),
        _ => vec![],
    }
}

fn save_note(state: &mut State) -> Vec<Effect> {
    let Some(editor) = state.editor.as_mut() else {
        return vec![];
    };
    let result = (|| -> Result<Interaction, (EditorField, Invalid)> {
        let when = editor.when.lines().join(" ");
        let at = parse_date_time(&when).map_err(|e| (EditorField::When, e))?;
        let amount_text = editor.amount.lines().join(" ");
        let amount = if amount_text.trim().is_empty() {
            None
        } else {
            Some(Amount::parse(&amount_text).map_err(|e| (EditorField::Amount, e))?)
        };
        let mut interaction =
            Interaction::new(editor.contact, at, editor.channel, editor.text_value());
        interaction.amount = amount;
        interaction.normalize_and_validate().map_err(|e| {
            let field = if e.0.contains("purchase") {
                EditorField::Channel
            } else {
                EditorField::Text
            };
            (field, e)
        })?;
        Ok(interaction)
    })();
    match result {
        Ok(interaction) => {
            let (captured, errors) =
                crate::domain::capture_followups(&interaction.text, state.today);
            let problems = errors.iter().map(ToString::to_string).collect();
            vec![Effect::SaveNote {
                interaction,
                captured,
                problems,
            }]
        }
        Err((field, e)) => {
            editor.field = field;
            state.error(e.0);
            vec![]
        }
    }
}

fn split_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn save_contact(state: &mut State) -> Vec<Effect> {
    let Some(form) = state.form.as_mut() else {
        return vec![];
    };
    let result = (|| -> Result<Contact, (FormField, Invalid)> {
        let mut contact = match &form.editing {
            Some(c) => (**c).clone(),
            None => Contact::new("", chrono::NaiveDateTime::default()),
        };
        contact.name = form.value(FormField::Name);
        let optional = |f| Some(form.value(f)).filter(|v: &String| !v.trim().is_empty());
        contact.company = optional(FormField::Company);
        contact.title = optional(FormField::Title);
        contact.kind = form.kind;
        contact.emails = split_list(&form.value(FormField::Email))
            .iter()
            .map(|s| Labeled::parse(s))
            .collect();
        contact.phones = split_list(&form.value(FormField::Phone))
            .iter()
            .map(|s| Labeled::parse(s))
            .collect();
        contact.tags = split_list(&form.value(FormField::Tags));
        contact.birthday = match optional(FormField::Birthday) {
            Some(b) => Some(PartialDate::parse(&b).map_err(|e| (FormField::Birthday, e))?),
            None => None,
        };
        contact.cadence_days = match optional(FormField::Cadence) {
            Some(c) => Some(c.trim().parse().map_err(|_| {
                (
                    FormField::Cadence,
                    Invalid(format!("'{c}' is not a number of days")),
                )
            })?),
            None => None,
        };
        // What the form does not show (TYPEs, groups, the structured name) stays.
        if let Some(before) = &form.editing {
            contact.keep_details_from(before);
        }
        contact.normalize_and_validate().map_err(|e| {
            let field = if e.0.contains("cadence") {
                FormField::Cadence
            } else {
                FormField::Name
            };
            (field, e)
        })?;
        Ok(contact)
    })();
    match result {
        Ok(contact) => {
            let added = form.editing.is_none();
            vec![Effect::SaveContact {
                contact: Box::new(contact),
                added,
            }]
        }
        Err((field, e)) => {
            form.field = field;
            state.error(e.0);
            vec![]
        }
    }
}

fn new_form(contact: Option<Contact>) -> ContactForm {
    let joined = |items: &[Labeled]| {
        items
            .iter()
            .map(|l| match &l.label {
                Some(label) => format!("{label}:{}", l.value),
                None => l.value.clone(),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let value = |field: FormField| -> String {
        let Some(c) = &contact else {
            return String::new();
        };
        match field {
            FormField::Name => c.name.clone(),
            FormField::Company => c.company.clone().unwrap_or_default(),
            FormField::Title => c.title.clone().unwrap_or_default(),
            FormField::Kind => String::new(),
            FormField::Email => joined(&c.emails),
            FormField::Phone => joined(&c.phones),
            FormField::Tags => c.tags.join(", "),
            FormField::Birthday => c.birthday.map(|b| b.to_string()).unwrap_or_default(),
            FormField::Cadence => c.cadence_days.map(|d| d.to_string()).unwrap_or_default(),
        }
    };
    ContactForm {
        kind: contact.as_ref().map_or(Kind::Customer, |c| c.kind),
        field: FormField::Name,
        inputs: FormField::ORDER
            .iter()
            .map(|f| line_input(&value(*f)))
            .collect(),
        editing: contact.map(Box::new),
    }
}
