//! `W` and `V` on an invoice or a bill of the review: write it off or void it, asked once
//! (`u` takes it back); the question is drawn in `render.rs` with the others.

use super::Question;
use crate::say;
use crate::tui::action::Effect;
use crate::tui::state::State;

/// Asks before writing off (`off`) or voiding the review's selected invoice or bill.
pub(crate) fn ask(state: &mut State, off: bool) -> Vec<Effect> {
    let item = state.layers.review().and_then(|r| r.selected_invoice());
    let Some((invoice, name)) = item else {
        state.error(say!("owed2-screen-close-none"));
        return vec![];
    };
    let said = (invoice.label, name, invoice.left.to_string());
    super::update::ask(
        state,
        Question::CloseInvoice {
            invoice: invoice.id,
            off,
            said,
        },
    );
    vec![]
}
