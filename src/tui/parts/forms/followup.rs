//! The `f` form: a new follow-up (what, when, whose turn) for the selected contact.

use crate::domain::{ContactId, Direction, FollowUp};
use crate::say;
use crate::tui::action::Effect;
use crate::tui::parts::list::update as list;
use crate::tui::parts::questions::update as questions;
use crate::tui::state::*;

pub(crate) fn open(state: &mut State) -> Vec<Effect> {
    match list::selected_contact(state) {
        Some(c) => state.layers.open(Layer::FollowUpForm(FollowUpForm {
            contact: c.id,
            name: c.name,
            field: FollowUpField::What,
            what: line_input(""),
            when: line_input(""),
            direction: Direction::Promise,
        })),
        None => state.error(say!("form-followup-none")),
    }
    vec![]
}

pub(crate) fn save(state: &mut State) -> Vec<Effect> {
    save_checked(state, false)
}

/// Saves the form; a day already past is asked about once first, unless `past_ok`.
pub(crate) fn save_checked(state: &mut State, past_ok: bool) -> Vec<Effect> {
    let Some(form) = state.layers.followup_form_mut() else {
        return vec![];
    };
    let what = form.what.lines().join(" ");
    if what.trim().is_empty() {
        form.field = FollowUpField::What;
        state.error(say!("form-followup-what-missing"));
        return vec![];
    }
    let typed = form.when.lines().join(" ");
    match crate::domain::parse_when(&typed, state.today) {
        Ok(due) if due < state.today && !past_ok => {
            let said = questions::past_said(&typed, due, state.today, None);
            let then = PastThen::FollowUpForm;
            questions::ask(state, Question::PastDate { said, then });
            vec![]
        }
        Ok(due) => {
            let followup = FollowUp::new(
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

/// A follow-up was added, done, snoozed or dropped: every count and list showing it moves.
pub(crate) fn changed(state: &mut State, contact: ContactId, message: String) -> Vec<Effect> {
    state.layers.take_followup_form();
    state.layers.take_question();
    state.info(message);
    state.list.rows.remove(&contact);
    let mut effects = vec![Effect::LoadCounts];
    if state.layers.review().is_some() {
        effects.push(Effect::LoadReview);
    }
    if state
        .detail
        .as_ref()
        .is_some_and(|d| d.contact.id == contact)
    {
        effects.push(Effect::LoadDetail(contact));
    }
    effects.extend(list::after_move(state));
    effects
}
