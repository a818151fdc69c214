//! `State`: everything the notebook screen shows. Which part has the keyboard is derived from
//! which overlays are open (see [`State::focus`]), never stored separately.

pub use super::layers::{Layer, Layers};
use super::layout;
use super::model::ContactDetail;
pub use super::model::NoteHit;
pub use super::parts::editor::{EditorField, NoteEditor};
pub use super::parts::forms::{ContactForm, FollowUpField, FollowUpForm, FormField};
pub use super::parts::line_input;
pub use super::parts::list::ContactList;
pub use super::parts::questions::{PastThen, Question};
pub use super::parts::review::{ReviewRow, ReviewView};
pub use super::parts::search::{NoteResults, SearchLine};
pub use super::parts::stats::StatsView;
pub use super::scroll::Scroll;
use crate::domain::{ContactId, InteractionId};
use chrono::NaiveDate;

/// Where keys go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Timeline,
    /// Reading one interaction's whole note.
    Note,
    Editor,
    Form,
    Confirm,
    Search,
    Help,
    Review,
    Stats,
}

/// The two browsing panes Tab moves between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    List,
    Timeline,
}

pub use super::parts::message_log::{Level, StatusMessage};

pub struct State {
    pub size: (u16, u16),
    pub today: NaiveDate,
    /// Default keep-in-touch cadences from the config file.
    pub cadences: crate::domain::CadenceDefaults,
    pub list: ContactList,
    /// False until the contact list has been read once.
    pub list_loaded: bool,
    pub detail: Option<Box<ContactDetail>>,
    pub pane: Pane,
    pub timeline: Scroll,
    /// What is open over the list and the timeline; the top one has the focus.
    pub layers: Layers,
    /// Open promises and reminders overdue, and due today, for the status bar.
    pub due_counts: (usize, usize),
    pub status: Option<StatusMessage>,
    /// The last messages the status bar said, to be read again (`L`).
    pub said: super::parts::message_log::MessageLog,
    /// The interaction to select once the timeline is reloaded (a note just saved).
    pub select_interaction: Option<InteractionId>,
    /// The notebook refused the last write of the editor's text, and where its copy went.
    pub unwritable: Option<Unwritable>,
    /// A note save waits for another kith process to finish writing.
    pub save_queued: bool,
    /// The notebook could only be opened for reading (a read-only file or mount).
    pub read_only: bool,
    pub quit: bool,
}

/// The notebook could not take the editor's text: why, and the rescue file holding it, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unwritable {
    pub problem: String,
    pub rescued: Option<std::path::PathBuf>,
}

impl State {
    pub fn new(size: (u16, u16), today: NaiveDate) -> State {
        State {
            size,
            today,
            cadences: crate::domain::CadenceDefaults::default(),
            list: ContactList::default(),
            list_loaded: false,
            detail: None,
            pane: Pane::List,
            timeline: Scroll::default(),
            layers: Layers::default(),
            due_counts: (0, 0),
            status: None,
            said: Default::default(),
            select_interaction: None,
            unwritable: None,
            save_queued: false,
            read_only: false,
            quit: false,
        }
    }

    /// What effects need from the state.
    pub fn context(&self) -> super::model::Context {
        super::model::Context {
            today: self.today,
            cadences: self.cadences,
            review_limit: self
                .layers
                .review()
                .map_or(crate::review::SECTION_LIMIT, |r| r.limit),
        }
    }

    pub fn focus(&self) -> Focus {
        match self.layers.top() {
            Some(Layer::Help(_)) => Focus::Help,
            Some(Layer::Question(_)) => Focus::Confirm,
            Some(Layer::ContactForm(_) | Layer::FollowUpForm(_) | Layer::MoneyForm(_)) => {
                Focus::Form
            }
            Some(Layer::Editor(_)) => Focus::Editor,
            Some(Layer::Review(_)) => Focus::Review,
            Some(Layer::Stats(_)) => Focus::Stats,
            Some(Layer::Search(_)) => Focus::Search,
            Some(Layer::Note(_)) => Focus::Note,
            None => match self.pane {
                Pane::List => Focus::List,
                Pane::Timeline => Focus::Timeline,
            },
        }
    }

    /// Whether plain keys are typed into a text field.
    pub fn takes_text(&self) -> bool {
        match self.focus() {
            Focus::Editor | Focus::Form => !self.in_choice_field(),
            Focus::Search => true,
            Focus::Confirm => matches!(
                self.layers.question(),
                Some(
                    Question::Archive { .. }
                        | Question::Snooze { .. }
                        | Question::Resolve { .. }
                        | Question::Import { .. }
                        | Question::MergeWho { .. }
                )
            ),
            _ => false,
        }
    }

    pub fn in_multiline_field(&self) -> bool {
        self.focus() == Focus::Editor
            && self
                .layers
                .editor()
                .is_some_and(|e| e.field == EditorField::Text)
    }

    pub fn in_choice_field(&self) -> bool {
        match self.focus() {
            Focus::Editor => self
                .layers
                .editor()
                .is_some_and(|e| e.field == EditorField::Channel),
            Focus::Form => {
                self.layers
                    .form()
                    .is_some_and(|f| f.field == FormField::Kind)
                    || self
                        .layers
                        .followup_form()
                        .is_some_and(|f| f.field == FollowUpField::Direction)
                    || self
                        .layers
                        .money_form()
                        .is_some_and(|f| f.field == crate::tui::parts::forms::MoneyField::Owing)
            }
            _ => false,
        }
    }

    /// Rows of the contact list that fit on screen.
    pub fn list_height(&self) -> usize {
        layout::list_rows(self.size, self.layers.search().is_some())
    }

    pub fn timeline_height(&self) -> usize {
        layout::timeline_rows(self.size)
    }

    /// The contact whose details the right side shows: the selected note hit's while a note
    /// search lists them, else the list's selection.
    pub fn shown_contact(&self) -> Option<ContactId> {
        match self.layers.search().and_then(|s| s.notes.as_ref()) {
            Some(notes) => notes.hits.get(notes.scroll.selected).map(|h| h.contact),
            None => self.list.selected_id(),
        }
    }

    pub fn selected_interaction(&self) -> Option<&crate::domain::Interaction> {
        self.detail.as_ref()?.timeline.get(self.timeline.selected)
    }

    pub fn editor_dirty(&self) -> bool {
        self.layers.editor().is_some_and(|e| e.dirty)
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.say(text.into(), Level::Info);
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.say(text.into(), Level::Error);
    }

    /// Shows the message on the status bar and keeps it in the log.
    fn say(&mut self, text: String, level: Level) {
        let message = StatusMessage { text, level };
        self.said.push(message.clone());
        self.status = Some(message);
    }
}
