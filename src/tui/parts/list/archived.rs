//! The archived contacts on the screen: the list shows them instead of those in use (`Z`, and
//! back), where they are opened as any other, and the selected one is restored (`U`, asked once).

use crate::domain::ContactId;
use crate::say;
use crate::tui::action::{Action, Effect};
use crate::tui::keymap::label_of;
use crate::tui::parts::list::update as list;
use crate::tui::parts::questions::update::ask;
use crate::tui::state::*;

/// `Z`: the archived contacts in the list, or those in use again.
pub(crate) fn toggle(state: &mut State) -> Vec<Effect> {
    state.list.archived = !state.list.archived;
    state.list.filtered = None;
    state.list.scroll.selected = 0;
    state.list.scroll.offset = 0;
    state.pane = Pane::List;
    let key = label_of(Focus::List, Action::ShowArchived);
    state.info(if state.list.archived {
        say!(
            "reach-archived-shown",
            key = key,
            restore = label_of(Focus::List, Action::RestoreContact)
        )
    } else {
        say!("reach-in-use-shown", key = key)
    });
    vec![list::reload(state, None)]
}

/// `U`: asks before taking the selected contact out of the archive.
pub(crate) fn ask_restore(state: &mut State) -> Vec<Effect> {
    match list::selected_contact(state) {
        Some(c) if c.is_archived() => ask(
            state,
            Question::Restore {
                contact: c.id,
                name: c.name,
            },
        ),
        _ => state.error(say!(
            "reach-restore-none",
            key = label_of(Focus::List, Action::ShowArchived)
        )),
    }
    vec![]
}

/// The contact is in use again: it leaves the archived list, and counts and search follow.
pub(crate) fn restored(state: &mut State, contact: ContactId, name: &str) -> Vec<Effect> {
    state.layers.take_question();
    state.info(say!(
        "reach-restored",
        name = crate::domain::text::display_line(name).into_owned()
    ));
    state.list.rows.remove(&contact);
    let mut effects = vec![
        list::reload(state, None),
        Effect::LoadCounts,
        Effect::RefreshSearchIndex,
    ];
    if state.layers.review().is_some() {
        effects.push(Effect::LoadReview);
    }
    effects
}
