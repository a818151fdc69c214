//! The review's `T`: thanks for the selected item. On a "Thank for a referral" item it makes a
//! promise to thank the referrer, due today; on a birthday, an occasion or a first-purchase
//! anniversary it logs a note that greetings were sent (which `E` on the timeline can reword).
//! Either way the thanks are kept with it, in one write, so the item leaves the review (a
//! greeting until its next year) and `u` takes it all back.

use crate::domain::{FIRST_PURCHASE_SLOT, ThanksFor};
use crate::say;
use crate::tui::action::Effect;
use crate::tui::state::State;

/// `T`: thanks or greetings for the selected item.
pub(crate) fn thank(state: &mut State) -> Vec<Effect> {
    let item = state.layers.review().and_then(|r| r.selected_item());
    let Some((contact, about, what)) =
        item.and_then(|i| Some((i.contact, i.thanks?, i.what.clone())))
    else {
        state.error(say!("review-thank-nothing"));
        return vec![];
    };
    let text = match about {
        // The promise names the referred contact; the effect reads the name.
        ThanksFor::Referral { .. } => String::new(),
        ThanksFor::Occasion { slot: 0, .. } => say!("review-thank-birthday-text"),
        ThanksFor::Occasion {
            slot: FIRST_PURCHASE_SLOT,
            ..
        } => say!("review-thank-anniversary-text", what = what.as_str()),
        ThanksFor::Occasion { .. } => say!("review-thank-occasion-text", what = what.as_str()),
    };
    vec![Effect::Thank {
        contact,
        about,
        text,
        today: state.today,
    }]
}
