//! The review's keys for promises and complaints: `A` on one of my promises past its day offers
//! an apology (a promise of its own, due today, written through the follow-up form's effect and
//! taken back by `u`), and `R` on an open complaint asks how it was settled.

use crate::domain::{Direction, FollowUp};
use crate::say;
use crate::tui::action::Effect;
use crate::tui::parts::line_input;
use crate::tui::parts::questions::{Question, update::ask};
use crate::tui::state::State;

/// `A`: an apology for the selected promise of mine that is past its day.
pub(crate) fn apologise(state: &mut State) -> Vec<Effect> {
    let today = state.today;
    let item = state.layers.review().and_then(|r| r.selected_item());
    let broken = item.filter(|i| {
        i.followup.is_some()
            && i.direction == Some(Direction::Promise)
            && matches!(i.when, crate::review::ItemWhen::Due(d) if d < today)
    });
    let Some(item) = broken else {
        state.error(say!("review-apology-not-overdue"));
        return vec![];
    };
    let text = say!("review-apology-text", what = item.what.as_str());
    let apology = FollowUp::new(
        item.contact,
        today,
        Direction::Promise,
        text,
        chrono::NaiveDateTime::default(),
    );
    vec![Effect::AddFollowUp(apology)]
}

/// `R`: how the selected complaint was settled, asked in words.
pub(crate) fn resolve(state: &mut State) -> Vec<Effect> {
    let item = state.layers.review().and_then(|r| r.selected_item());
    let Some((note, what)) = item.and_then(|i| Some((i.complaint?, i.what.clone()))) else {
        state.error(say!("review-resolve-not-a-complaint"));
        return vec![];
    };
    let text = Box::new(line_input(""));
    ask(state, Question::Resolve { note, what, text });
    vec![]
}
