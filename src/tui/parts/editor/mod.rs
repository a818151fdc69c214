//! The notes editor: a new interaction with one contact (text, channel, when, amount) or a
//! saved one edited, its drafts, and what happens to its text when the notebook does not take it.

mod capture;
pub mod cursor_cell;
pub mod graphemes;
pub mod keeping;
pub mod render;
pub mod update;

use super::super::model::KeepDraft;
use crate::domain::{Channel, ContactId};
use chrono::NaiveDateTime;
use ratatui_textarea::TextArea;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorField {
    Text,
    Channel,
    When,
    Amount,
}

impl EditorField {
    pub const ORDER: [EditorField; 4] = [
        EditorField::Text,
        EditorField::Channel,
        EditorField::When,
        EditorField::Amount,
    ];
}

/// The notes editor: a new interaction with one contact.
pub struct NoteEditor {
    pub contact: ContactId,
    pub name: String,
    pub field: EditorField,
    pub channel: Channel,
    pub text: TextArea<'static>,
    pub when: TextArea<'static>,
    pub amount: TextArea<'static>,
    /// Typed into since the draft was last kept.
    pub dirty: bool,
    /// When the editor opened, naming its rescue file if one is ever needed.
    pub opened_at: NaiveDateTime,
    /// The saved note being edited; `None` for a new note.
    pub editing: Option<crate::domain::InteractionId>,
}

impl NoteEditor {
    pub fn text_value(&self) -> String {
        self.text.lines().join("\n")
    }

    /// The editor's contents on their way to the draft keeper.
    pub fn keep(&self) -> KeepDraft {
        KeepDraft {
            draft: self.draft(),
            name: self.name.clone(),
            opened_at: self.opened_at,
        }
    }

    /// The editor's contents as a draft; whoever keeps it stamps the time.
    pub fn draft(&self) -> crate::domain::Draft {
        crate::domain::Draft {
            contact: self.contact,
            channel: self.channel,
            at: self.when.lines().join(" "),
            amount: self.amount.lines().join(" "),
            text: self.text_value(),
            saved_at: chrono::NaiveDateTime::default(),
            editing: self.editing,
        }
    }

    pub fn field_input(&mut self) -> Option<&mut TextArea<'static>> {
        match self.field {
            EditorField::Text => Some(&mut self.text),
            EditorField::When => Some(&mut self.when),
            EditorField::Amount => Some(&mut self.amount),
            EditorField::Channel => None,
        }
    }
}
