//! The routing of keys inside forms and the editor: Enter, Tab and the arrows between fields,
//! the choice fields cycled, and typed or pasted text sent to the field that has the focus.

use super::super::action::Effect;
use super::super::parts::search::update as search;
use super::super::state::*;
use super::save;
use crate::domain::{Channel, Direction, Kind, Owing};
use ratatui_textarea::TextArea;

/// Enter in a form field: the next field, or save from the last one.
pub(super) fn submit_field(state: &mut State) -> Vec<Effect> {
    let last = match state.focus() {
        Focus::Editor => state
            .layers
            .editor()
            .is_some_and(|e| e.field == EditorField::Amount),
        Focus::Form => {
            state
                .layers
                .form()
                .is_some_and(|f| f.field == FormField::Cadence)
                || state
                    .layers
                    .followup_form()
                    .is_some_and(|f| f.field == FollowUpField::Direction)
                || state
                    .layers
                    .money_form()
                    .is_some_and(|f| f.fields().last() == Some(&f.field))
        }
        _ => false,
    };
    if last {
        save(state)
    } else {
        step_field(state, 1)
    }
}

pub(super) fn step_field(state: &mut State, delta: isize) -> Vec<Effect> {
    fn step<T: Copy + PartialEq>(order: &[T], current: &mut T, delta: isize) {
        let i = order.iter().position(|f| f == current).unwrap_or(0);
        *current = order[(i as isize + delta).rem_euclid(order.len() as isize) as usize];
    }
    if let Some(form) = state.layers.money_form_mut() {
        step(form.fields(), &mut form.field, delta);
    } else if let Some(form) = state.layers.followup_form_mut() {
        step(&FollowUpField::ORDER, &mut form.field, delta);
    } else if let Some(form) = state.layers.form_mut() {
        step(&FormField::ORDER, &mut form.field, delta);
    } else if let Some(editor) = state.layers.editor_mut() {
        step(&EditorField::ORDER, &mut editor.field, delta);
    }
    vec![]
}

/// Space or ←/→ on a choice: the channel, the kind of contact, whose turn a follow-up is.
pub(super) fn cycle_choice(state: &mut State, forward: bool) -> Vec<Effect> {
    fn cycle<T: Copy + PartialEq>(all: &[T], current: T, forward: bool) -> T {
        let i = all.iter().position(|x| *x == current).unwrap_or(0);
        let n = all.len();
        all[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }]
    }
    if let Some(form) = state.layers.form_mut() {
        form.kind = cycle(&Kind::ALL.map(|(k, _)| k), form.kind, forward);
    } else if let Some(form) = state.layers.followup_form_mut() {
        form.direction = cycle(&Direction::ALL.map(|(d, _)| d), form.direction, forward);
    } else if let Some(form) = state.layers.money_form_mut() {
        form.owing = cycle(&Owing::ALL.map(|(o, _)| o), form.owing, forward);
    } else if let Some(editor) = state.layers.editor_mut() {
        editor.channel = cycle(&Channel::ALL.map(|(c, _)| c), editor.channel, forward);
        editor.dirty = true;
    }
    vec![]
}

pub(super) fn paste(state: &mut State, text: &str) -> Vec<Effect> {
    let single_line = !state.in_multiline_field();
    let text = if single_line {
        text.replace(['\r', '\n'], " ")
    } else {
        text.replace('\r', "")
    };
    with_focused_input(state, |input| input.insert_str(&text));
    search::after_typing(state)
}

/// Runs `f` on the text input that has the focus, if there is one.
pub(super) fn with_focused_input(
    state: &mut State,
    f: impl FnOnce(&mut TextArea<'static>) -> bool,
) {
    match state.focus() {
        Focus::Editor => {
            if let Some(editor) = state.layers.editor_mut()
                && let Some(input) = editor.field_input()
                && f(input)
            {
                editor.dirty = true;
            }
        }
        Focus::Form => {
            if let Some(form) = state.layers.form_mut()
                && form.field != FormField::Kind
            {
                f(form.input_mut(form.field));
            } else if let Some(form) = state.layers.followup_form_mut() {
                match form.field {
                    FollowUpField::What => f(&mut form.what),
                    FollowUpField::When => f(&mut form.when),
                    FollowUpField::Direction => false,
                };
            } else if let Some(input) = state.layers.money_form_mut().and_then(|m| m.input_mut()) {
                f(input);
            }
        }
        Focus::Search => {
            if let Some(search) = state.layers.search_mut() {
                f(&mut search.input);
            }
        }
        Focus::Confirm => match state.layers.question_mut() {
            Some(Question::Archive { reason, .. }) => {
                f(reason);
            }
            Some(Question::Snooze { when, .. }) => {
                f(when);
            }
            Some(Question::Resolve { text, .. }) => {
                f(text);
            }
            Some(Question::Import { path }) => {
                f(path);
            }
            Some(Question::MergeWho { other, .. }) => {
                f(other);
            }
            _ => {}
        },
        _ => {}
    }
}
