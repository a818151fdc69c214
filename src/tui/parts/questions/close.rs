//! `W` and `V` on an invoice or a bill of the review: write it off or void it, asked once
//! (`u` takes it back).

use super::Question;
use super::render::keys;
use crate::say;
use crate::tui::action::Effect;
use crate::tui::parts::safe;
use crate::tui::state::State;
use ratatui::text::Line;

/// Asks before writing off (`off`) or voiding the review's selected invoice or bill.
pub(crate) fn ask(state: &mut State, off: bool) -> Vec<Effect> {
    let item = state
        .layers
        .review()
        .and_then(|r| r.selected_item())
        .and_then(|i| Some((i.invoice.clone()?, i.name.clone())));
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

/// The question's title and lines.
pub(super) fn render(off: bool, said: &(String, String, String)) -> (String, Vec<Line<'static>>) {
    let (label, name, left) = said;
    let state = if off { "written_off" } else { "void" };
    let asked = say!(
        "owed2-screen-close-ask",
        state = state,
        label = safe(label),
        name = safe(name),
        left = left.as_str()
    );
    (
        say!("owed2-screen-close-title", state = state),
        vec![
            Line::from(asked),
            Line::from(""),
            keys(&[
                ("y", say!("owed2-screen-close-yes", state = state)),
                ("n", say!("owed2-screen-close-no")),
            ]),
        ],
    )
}
