//! Search as you type (`/`): the query line, and contacts or `#` notes found.

pub mod render;
pub mod update;

use super::super::model::NoteHit;
use super::super::scroll::Scroll;
use ratatui_textarea::TextArea;

pub struct SearchLine {
    pub input: TextArea<'static>,
    /// Where the list was before searching, restored by Esc.
    pub previous: (usize, usize),
    /// The newest search asked for; older answers are dropped.
    pub generation: u64,
    /// The notes a `#` search found, listed in place of the contacts.
    pub notes: Option<NoteResults>,
}

impl SearchLine {
    pub fn text(&self) -> String {
        self.input.lines().join(" ")
    }
}

/// The results of a `#` note search, shown in place of the contact list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoteResults {
    pub hits: Vec<NoteHit>,
    pub scroll: Scroll,
    /// There are more than were listed.
    pub more: bool,
}
