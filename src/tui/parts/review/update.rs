//! The review (`r`): who needs attention today, moved through item by item, and the follow-up
//! under the cursor done, snoozed or dropped.

use crate::domain::ContactId;
use crate::say;
use crate::tui::action::{Action, Effect, FollowUpChange};
use crate::tui::keymap::label_of;
use crate::tui::parts::list::update as list;
use crate::tui::state::*;

/// Rows of the review that fit on screen.
fn height(state: &State) -> usize {
    usize::from(state.size.1.saturating_sub(3)).max(1)
}

pub(crate) fn loaded(state: &mut State, review: crate::review::Review) -> Vec<Effect> {
    let previous = state.layers.review().map(|r| (r.scroll.selected, r.limit));
    let mut view = ReviewView::new(review);
    if let Some((previous, limit)) = previous {
        view.limit = limit;
        // Stay where the user was: the nearest item at or above the old position.
        let limit = previous.min(view.rows.len().saturating_sub(1));
        if let Some(row) = (0..=limit).rev().find(|r| view.selectable(*r)) {
            view.scroll.selected = row;
        }
    }
    state.layers.open(Layer::Review(view));
    keep_visible(state);
    vec![]
}

/// Moves between items (and the "… and N more" rows), over titles and blank rows.
pub(crate) fn move_by(state: &mut State, delta: isize) -> Vec<Effect> {
    if let Some(view) = state.layers.review_mut() {
        let items: Vec<usize> = (0..view.rows.len())
            .filter(|r| view.selectable(*r))
            .collect();
        if let Some(at) = items.iter().position(|r| *r == view.scroll.selected) {
            let mut on = crate::tui::scroll::Scroll {
                selected: at,
                offset: 0,
            };
            on.move_by(delta, items.len());
            view.scroll.selected = items[on.selected];
        }
    }
    keep_visible(state);
    vec![]
}

fn keep_visible(state: &mut State) {
    let height = height(state);
    if let Some(view) = state.layers.review_mut() {
        // Keep the section title above the first item in view.
        view.scroll.follow(height, 1);
    }
}

/// The contact of the selected review item, while the review is open.
pub(crate) fn selected_contact(state: &State) -> Option<ContactId> {
    if state.focus() != Focus::Review {
        return None;
    }
    state.layers.review()?.selected_item().map(|i| i.contact)
}

/// Enter: closes the review and selects the item's contact in the list; on "… and N more",
/// reads the section's next rows in place.
pub(crate) fn open_item(state: &mut State) -> Vec<Effect> {
    if let Some(view) = state.layers.review_mut()
        && let Some(ReviewRow::More(_)) = view.rows.get(view.scroll.selected)
    {
        view.limit = view.limit.saturating_add(crate::review::SECTION_LIMIT);
        return vec![Effect::LoadReview];
    }
    let Some(contact) = selected_contact(state) else {
        return vec![];
    };
    state.layers.take_review();
    if state.list.position_of(contact).is_none() {
        state.layers.take_search();
        state.list.filtered = None;
    }
    match state.list.position_of(contact) {
        Some(i) => {
            state.list.scroll.selected = i;
            state.pane = Pane::Timeline;
            list::after_move(state)
        }
        None => {
            state.error(say!("review-not-listed"));
            vec![]
        }
    }
}

/// Done, drop, snooze a day, or snooze to a day asked for, on the selected follow-up.
pub(crate) fn change_followup(state: &mut State, action: Action) -> Vec<Effect> {
    let Some(item) = state.layers.review().and_then(|r| r.selected_item()) else {
        return vec![];
    };
    let Some(followup) = item.followup else {
        state.error(say!(
            "review-not-a-followup",
            key = label_of(Focus::Review, Action::NewNote)
        ));
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
            let question = Question::Snooze {
                followup,
                what: item.what.clone(),
                when: Box::new(line_input("")),
            };
            crate::tui::parts::questions::update::ask(state, question);
            return vec![];
        }
    };
    vec![Effect::ChangeFollowUp { followup, change }]
}
