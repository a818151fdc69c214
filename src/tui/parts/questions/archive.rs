//! The archive question's common reasons: offered under the reason field, each picked by its
//! digit while the field is still empty (the contact is archived with that reason's code at
//! once), or the owner's own words typed instead.

use super::Question;
use crate::domain::ArchiveReason;
use crate::say;
use crate::tui::action::Effect;
use crate::tui::state::State;
use crate::tui::theme;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::text::{Line, Span};

/// The words a reason is offered by.
fn offered(reason: ArchiveReason) -> String {
    match reason {
        ArchiveReason::Moved => say!("stats-pick-moved"),
        ArchiveReason::Price => say!("stats-pick-price"),
        ArchiveReason::Service => say!("stats-pick-service"),
        ArchiveReason::Competitor => say!("stats-pick-competitor"),
        ArchiveReason::NotNeeded | ArchiveReason::Other => say!("stats-pick-not-needed"),
    }
}

/// "1 moved  2 price  3 service  4 competitor  5 not needed".
pub(super) fn offer() -> Line<'static> {
    let mut spans = Vec::new();
    for (i, reason) in ArchiveReason::COMMON.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled((i + 1).to_string(), theme::key()));
        spans.push(Span::raw(format!(" {}", offered(reason))));
    }
    Line::from(spans)
}

/// A digit typed in the archive question while its reason is empty picks that common reason:
/// the contact is archived with it. `None` when the key is for the field.
pub(crate) fn pick(state: &mut State, key: &KeyEvent) -> Option<Vec<Effect>> {
    let KeyCode::Char(c) = key.code else {
        return None;
    };
    if !key.modifiers.difference(KeyModifiers::SHIFT).is_empty() {
        return None;
    }
    let n = c.to_digit(10).filter(|n| (1..=5).contains(n))? as usize;
    let Some(Question::Archive { reason, .. }) = state.layers.question() else {
        return None;
    };
    if !reason.lines().concat().trim().is_empty() {
        return None;
    }
    let Some(Question::Archive { contact, .. }) = state.layers.take_question() else {
        return None;
    };
    let reason = ArchiveReason::COMMON[n - 1].code().to_string();
    Some(vec![Effect::Archive { contact, reason }])
}
