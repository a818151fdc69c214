//! Questions asked before kith acts: archive, delete, import, snooze, quit unsaved.

pub mod render;
pub mod update;

use crate::domain::{ContactId, InteractionId};
use ratatui_textarea::TextArea;

pub enum Question {
    /// Quit although the note could not be saved (`rescued`: where its copy is, if anywhere).
    QuitUnsaved {
        problem: String,
        rescued: Option<std::path::PathBuf>,
    },
    Archive {
        contact: ContactId,
        name: String,
        reason: Box<TextArea<'static>>,
    },
    DeleteInteraction {
        contact: ContactId,
        interaction: InteractionId,
        summary: String,
    },
    /// The file or folder to import.
    Import { path: Box<TextArea<'static>> },
    /// Snooze a follow-up to a day typed in words.
    Snooze {
        followup: crate::domain::FollowUpId,
        what: String,
        when: Box<TextArea<'static>>,
    },
}
