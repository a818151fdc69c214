//! Editing a saved note: the same interaction (same id, same contact) with new text, channel,
//! time or amount, through the writer's own index upkeep (note search, last contact, facts),
//! recorded in the history as "edit note for Anita Sharma".

use super::{Writer, decode_at};
use crate::domain::{Interaction, InteractionId};
use crate::say;
use crate::store::steps::Kind;
use crate::store::{Result, StoreError};

impl Writer<'_> {
    /// Rewrites the note `edited.id` with `edited`'s text, time, channel and amount; its
    /// contact and what the edit does not show (the sentiment) stay as they were.
    pub fn edit_note(&mut self, edited: &mut Interaction) -> Result<()> {
        let old = self.saved_note(edited.id)?;
        edited.contact = old.contact;
        edited.sentiment = old.sentiment;
        self.describe_with(|w| {
            let name = w.contact(old.contact).map(|c| c.name).unwrap_or_default();
            say!("undo-what-note-edit", name = name)
        });
        self.update_interaction(edited)
    }

    /// A stored note, as the writer sees it.
    pub fn saved_note(&self, id: InteractionId) -> Result<Interaction> {
        match self.stored(Kind::Interaction, id.0)? {
            Some(bytes) => decode_at("interactions_v1", id, &bytes),
            None => Err(StoreError::NotFound {
                what: "interaction",
                id: id.0,
            }),
        }
    }
}
