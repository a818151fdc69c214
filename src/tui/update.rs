//! `update`: the one place the screen's state changes. It reads an action, changes `State`, and
//! returns the effects (store reads and writes) the event loop must run. No I/O, no clock.
//!
//! This file only routes: each action goes to the screen part it belongs to (`parts/`: the list,
//! the timeline, the editor, the two forms, questions, the review, search), and keys that mean
//! "move", "back", "save" or "type" go to the part that has the focus.

use super::action::{Action, Effect, Msg, Report};
use super::parts::editor::update as editor;
use super::parts::editor::{graphemes, keeping};
use super::parts::forms::contact as contact_form;
use super::parts::forms::followup as followup_form;
use super::parts::forms::money as money_form;
use super::parts::help;
use super::parts::list::archived;
use super::parts::list::update as list;
use super::parts::questions::update as questions;
use super::parts::review::update as review;
use super::parts::search::update as search;
use super::parts::stats::update as stats;
use super::parts::timeline::update as timeline;
use super::state::*;
use crate::say;
use fields::{cycle_choice, paste, step_field, submit_field, with_focused_input};

mod fields;

pub fn update(state: &mut State, msg: impl Into<Msg>) -> Vec<Effect> {
    match msg.into() {
        Msg::Action(action) => {
            // A person's next request clears the last status message.
            state.status = None;
            if state.read_only && action.writes() {
                state.error(say!("status-read-only-refused"));
                return vec![];
            }
            act(state, action)
        }
        Msg::Report(report) => take_in(state, report),
    }
}

/// What a person asked for.
fn act(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Up => move_by(state, -1),
        Action::Down => move_by(state, 1),
        Action::PageUp => move_by(state, -(page_size(state) as isize)),
        Action::PageDown => move_by(state, page_size(state) as isize),
        Action::First => move_by(state, isize::MIN / 2),
        Action::Last => move_by(state, isize::MAX / 2),
        Action::NextPane | Action::PrevPane if state.focus() == Focus::Stats => {
            stats::switch_panel(state, action == Action::NextPane)
        }
        Action::NextPane | Action::PrevPane => timeline::switch_pane(state),
        Action::Open => open(state),
        Action::Back => back(state),
        Action::NewNote => editor::new_note(state),
        Action::AddContact => contact_form::add(state),
        Action::EditContact => contact_form::edit(state),
        Action::ArchiveContact => questions::ask_archive(state),
        Action::ShowArchived => archived::toggle(state),
        Action::RestoreContact => archived::ask_restore(state),
        Action::DeleteInteraction => questions::ask_delete_interaction(state),
        Action::MergeContact => questions::ask_merge(state),
        Action::DeleteContact => questions::ask_delete_contact(state),
        Action::Undo => vec![Effect::ShowStep { forward: false }],
        Action::Redo => vec![Effect::ShowStep { forward: true }],
        Action::EditNote => editor::edit_note(state),
        Action::Search => search::start(state),
        Action::Help | Action::Messages => help::open(state, action),
        Action::Quit => keeping::quit(state),
        Action::Save => save(state),
        Action::NextField => step_field(state, 1),
        Action::PrevField => step_field(state, -1),
        Action::SubmitField => submit_field(state),
        Action::CycleChoice | Action::CycleChoiceBack if state.focus() == Focus::Stats => {
            stats::cycle_part(state, action == Action::CycleChoice)
        }
        Action::CycleChoice => cycle_choice(state, true),
        Action::CycleChoiceBack => cycle_choice(state, false),
        Action::Confirm => confirm(state),
        Action::Input(key) => {
            if let Some(picked) = super::parts::questions::archive::pick(state, &key) {
                return picked;
            }
            with_focused_input(state, |input| graphemes::input(input, key));
            search::after_typing(state)
        }
        Action::Paste(text) => paste(state, &text),
        Action::Review => vec![Effect::LoadReview],
        Action::Stats => vec![Effect::LoadStats],
        Action::Done | Action::Drop | Action::Snooze | Action::SnoozeTo => {
            review::change_followup(state, action)
        }
        Action::NewFollowUp => followup_form::open(state),
        Action::NewInvoice => money_form::open_new(state),
        Action::Pay => money_form::open_pay(state),
        Action::WriteOff => super::parts::questions::close::ask(state, true),
        Action::Void => super::parts::questions::close::ask(state, false),
        Action::Apologise => crate::tui::parts::review::kept::apologise(state),
        Action::Resolve => crate::tui::parts::review::kept::resolve(state),
        Action::Thank => crate::tui::parts::review::thanks::thank(state),
        Action::Import => questions::ask_import(state),
    }
}

/// What the loop, the terminal or the store reports.
fn take_in(state: &mut State, report: Report) -> Vec<Effect> {
    match report {
        Report::SearchResults {
            generation,
            outcome,
        } => search::results(state, generation, outcome),
        Report::Stop => keeping::quit_keeping_draft(state),
        Report::Resize(w, h) => {
            state.size = (w, h);
            list::after_move(state)
        }
        Report::AutosaveDraft => editor::autosave(state),
        Report::Today(day) => list::today(state, day),
        Report::ListLoaded {
            entries,
            total,
            select,
            generation,
        } => list::loaded(state, entries, total, select, generation),
        Report::RowsLoaded(rows) => list::rows_loaded(state, rows),
        Report::DetailLoaded(detail) => timeline::loaded(state, detail),
        Report::EditorReady {
            contact,
            name,
            draft,
            now,
        } => editor::ready(state, contact, name, draft, now),
        Report::NoteEditReady {
            interaction,
            name,
            draft,
            now,
        } => editor::ready_edit(state, *interaction, name, draft, now),
        Report::StepShown { forward, pending } => questions::ask_replay(state, forward, pending),
        Report::NoteSaved {
            contact,
            interaction,
            followups,
            problems,
        } => editor::saved(state, contact, interaction, followups, problems),
        Report::NoteBusy => editor::busy(state),
        Report::RetrySave => editor::retry_save(state),
        Report::ReviewLoaded(review) => review::loaded(state, *review),
        Report::StatsLoaded(numbers) => stats::loaded(state, *numbers),
        Report::PeopleLoaded { bar, rows, total } => stats::people_loaded(state, bar, rows, total),
        Report::FollowUpChanged { contact, message } => {
            followup_form::changed(state, contact, message)
        }
        Report::MoneyChanged { contact, message } => money_form::changed(state, contact, message),
        Report::ImportProgress(step) => {
            state.info(say!("question-import-progress", step = step));
            vec![]
        }
        Report::Imported(result) => questions::imported(state, result),
        Report::ContactSaved { contact, added } => contact_form::saved(state, contact, added),
        Report::ContactArchived(contact) => questions::archived(state, contact),
        Report::ContactRestored { contact, name } => archived::restored(state, contact, &name),
        Report::MergeFound {
            keep,
            keep_name,
            absorb,
            absorb_name,
            moving,
        } => {
            let question = Question::Merge {
                keep,
                keep_name,
                absorb,
                absorb_name,
                moving,
            };
            questions::ask(state, question);
            vec![]
        }
        Report::ContactsMerged { keep, message } => questions::merged(state, keep, message),
        Report::InteractionDeleted(contact) => timeline::interaction_deleted(state, contact),
        Report::Rewritten { message, failed } => questions::rewritten(state, message, failed),
        Report::CountsLoaded { overdue, today } => {
            state.due_counts = (overdue, today);
            vec![]
        }
        Report::NotebookChanged => list::notebook_changed(state),
        Report::DraftSaved => keeping::draft_saved(state),
        Report::DraftRescued { problem, path } => keeping::refused(state, problem, Some(path)),
        Report::DraftNotKept { problem } => keeping::refused(state, problem, None),
        Report::NoteNotSaved { problem } => keeping::note_not_saved(state, problem),
        Report::Failed(message) => {
            state.error(message);
            vec![]
        }
    }
}

fn page_size(state: &State) -> usize {
    match state.focus() {
        Focus::Timeline => state.timeline_height(),
        Focus::Help => help::page(state),
        _ => state.list_height(),
    }
}

/// Up, down, page, first, last: in whatever has the focus.
fn move_by(state: &mut State, delta: isize) -> Vec<Effect> {
    match state.focus() {
        Focus::Search if state.layers.search().is_some_and(|s| s.notes.is_some()) => {
            search::move_in_notes(state, delta)
        }
        Focus::List | Focus::Search => {
            let len = state.list.len();
            state.list.scroll.move_by(delta, len);
            list::after_move(state)
        }
        Focus::Timeline => timeline::move_by(state, delta),
        Focus::Note => timeline::scroll_note(state, delta),
        Focus::Help => {
            help::scroll_by(state, delta);
            vec![]
        }
        Focus::Review => review::move_by(state, delta),
        Focus::Stats => stats::move_by(state, delta),
        _ => vec![],
    }
}

/// Enter outside a form: into the timeline, into a note, or to the review item's contact.
fn open(state: &mut State) -> Vec<Effect> {
    match state.focus() {
        Focus::List if state.detail.is_some() => state.pane = Pane::Timeline,
        Focus::Timeline if state.selected_interaction().is_some() => {
            state.layers.open(Layer::Note(0))
        }
        Focus::Review => return review::open_item(state),
        Focus::Stats => return stats::open(state),
        _ => {}
    }
    vec![]
}

/// Esc: closes whatever has the focus.
fn back(state: &mut State) -> Vec<Effect> {
    match state.focus() {
        Focus::Help => drop(state.layers.take_help()),
        Focus::Confirm => drop(state.layers.take_question()),
        Focus::Form => {
            state.layers.take_form();
            state.layers.take_followup_form();
            state.layers.take_money_form();
            state.info(say!("form-nothing-changed"));
        }
        Focus::Review => drop(state.layers.take_review()),
        Focus::Stats => stats::back(state),
        Focus::Editor => return keeping::leave_editor(state),
        Focus::Search => return search::cancel(state),
        Focus::Note => drop(state.layers.take_note()),
        Focus::Timeline => state.pane = Pane::List,
        Focus::List => {}
    }
    vec![]
}

fn save(state: &mut State) -> Vec<Effect> {
    match state.focus() {
        Focus::Editor => editor::save(state),
        Focus::Form if state.layers.followup_form().is_some() => followup_form::save(state),
        Focus::Form if state.layers.money_form().is_some() => money_form::save(state),
        Focus::Form => contact_form::save(state),
        _ => vec![],
    }
}

/// Enter on a question or in search.
fn confirm(state: &mut State) -> Vec<Effect> {
    if let Some(effects) = search::choose(state) {
        return effects;
    }
    // A day already past, confirmed: the form or the note below saves without asking again.
    match state.layers.question() {
        Some(Question::PastDate {
            then: PastThen::FollowUpForm,
            ..
        }) => {
            state.layers.take_question();
            followup_form::save_checked(state, true)
        }
        Some(Question::PastDate {
            then: PastThen::Note,
            ..
        }) => {
            state.layers.take_question();
            editor::save_checked(state, true)
        }
        _ => questions::answer(state),
    }
}
