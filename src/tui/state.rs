//! `State`: everything the notebook screen shows. Which part has the keyboard is derived from
//! which overlays are open (see [`State::focus`]), never stored separately.

use super::action::{ContactDetail, ContactRow};
use super::layout;
use crate::domain::{Channel, Contact, ContactId, InteractionId, Kind};
use chrono::{NaiveDate, NaiveDateTime};
use ratatui_textarea::TextArea;
use std::collections::HashMap;

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
}

/// The two browsing panes Tab moves between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    List,
    Timeline,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusMessage {
    pub text: String,
    pub level: Level,
}

/// The contact list: every contact's id and folded name in sort order (small enough to hold for
/// 100k contacts), an optional filter over it, and a cache of drawn rows for what is on screen.
#[derive(Debug, Default)]
pub struct ContactList {
    pub entries: Vec<(ContactId, String)>,
    /// Contacts in the notebook (`entries` may hold only the first screen while the rest loads).
    pub total: usize,
    /// The newest list read asked for, and the newest one applied.
    pub generation: u64,
    pub applied: u64,
    /// Indices into `entries` while a search filters the list.
    pub filtered: Option<Vec<usize>>,
    pub selected: usize,
    pub offset: usize,
    pub rows: HashMap<ContactId, ContactRow>,
}

impl ContactList {
    pub fn len(&self) -> usize {
        self.filtered.as_ref().map_or(self.entries.len(), Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn id_at(&self, index: usize) -> Option<ContactId> {
        let i = match &self.filtered {
            Some(f) => *f.get(index)?,
            None => index,
        };
        self.entries.get(i).map(|(id, _)| *id)
    }

    pub fn selected_id(&self) -> Option<ContactId> {
        self.id_at(self.selected)
    }

    pub fn position_of(&self, id: ContactId) -> Option<usize> {
        (0..self.len()).find(|&i| self.id_at(i) == Some(id))
    }

    /// Ids of the rows visible in a pane `height` rows tall.
    pub fn visible_ids(&self, height: usize) -> Vec<ContactId> {
        (self.offset..(self.offset + height).min(self.len()))
            .filter_map(|i| self.id_at(i))
            .collect()
    }
}

#[derive(Debug, Default, Clone, Copy)]
pub struct TimelineView {
    pub selected: usize,
    pub offset: usize,
}

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

/// A one-line text input.
pub fn line_input(text: &str) -> TextArea<'static> {
    let mut input = TextArea::new(vec![text.to_string()]);
    input.set_cursor_line_style(ratatui::style::Style::default());
    input.move_cursor(ratatui_textarea::CursorMove::End);
    input
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
    /// When the draft it resumed was kept, if it resumed one.
    pub resumed_from: Option<NaiveDateTime>,
}

impl NoteEditor {
    pub fn text_value(&self) -> String {
        self.text.lines().join("\n")
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormField {
    Name,
    Company,
    Title,
    Kind,
    Email,
    Phone,
    Tags,
    Birthday,
    Cadence,
}

impl FormField {
    pub const ORDER: [FormField; 9] = [
        FormField::Name,
        FormField::Company,
        FormField::Title,
        FormField::Kind,
        FormField::Email,
        FormField::Phone,
        FormField::Tags,
        FormField::Birthday,
        FormField::Cadence,
    ];

    pub fn label(self) -> &'static str {
        match self {
            FormField::Name => "Name",
            FormField::Company => "Company",
            FormField::Title => "Title",
            FormField::Kind => "Kind",
            FormField::Email => "Emails",
            FormField::Phone => "Phones",
            FormField::Tags => "Tags",
            FormField::Birthday => "Birthday",
            FormField::Cadence => "Every (days)",
        }
    }
}

/// The add / edit contact form. Lists (emails, phones, tags) are typed comma-separated.
pub struct ContactForm {
    /// The contact being edited; `None` when adding.
    pub editing: Option<Box<Contact>>,
    pub field: FormField,
    pub kind: Kind,
    /// One input per field in `FormField::ORDER` (the kind's is unused).
    pub inputs: Vec<TextArea<'static>>,
}

impl ContactForm {
    pub fn input(&self, field: FormField) -> &TextArea<'static> {
        &self.inputs[FormField::ORDER
            .iter()
            .position(|f| *f == field)
            .unwrap_or(0)]
    }

    pub fn input_mut(&mut self, field: FormField) -> &mut TextArea<'static> {
        &mut self.inputs[FormField::ORDER
            .iter()
            .position(|f| *f == field)
            .unwrap_or(0)]
    }

    pub fn value(&self, field: FormField) -> String {
        self.input(field).lines().join(" ")
    }
}

pub enum Question {
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
}

pub struct SearchLine {
    pub input: TextArea<'static>,
    /// Where the list was before searching, restored by Esc.
    pub previous: (usize, usize),
}

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
    pub timeline: TimelineView,
    /// The expanded note and its scroll offset.
    pub note: Option<u16>,
    pub editor: Option<NoteEditor>,
    pub form: Option<ContactForm>,
    pub question: Option<Question>,
    pub search: Option<SearchLine>,
    /// The help overlay and its scroll offset.
    pub help: Option<u16>,
    pub status: Option<StatusMessage>,
    /// The interaction to select once the timeline is reloaded (a note just saved).
    pub select_interaction: Option<InteractionId>,
    pub quit: bool,
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
            timeline: TimelineView::default(),
            note: None,
            editor: None,
            form: None,
            question: None,
            search: None,
            help: None,
            status: None,
            select_interaction: None,
            quit: false,
        }
    }

    /// What effects need from the state.
    pub fn context(&self) -> super::effects::Context {
        super::effects::Context {
            today: self.today,
            cadences: self.cadences,
        }
    }

    pub fn focus(&self) -> Focus {
        if self.help.is_some() {
            Focus::Help
        } else if self.question.is_some() {
            Focus::Confirm
        } else if self.form.is_some() {
            Focus::Form
        } else if self.editor.is_some() {
            Focus::Editor
        } else if self.search.is_some() {
            Focus::Search
        } else if self.note.is_some() {
            Focus::Note
        } else {
            match self.pane {
                Pane::List => Focus::List,
                Pane::Timeline => Focus::Timeline,
            }
        }
    }

    /// Whether plain keys are typed into a text field.
    pub fn takes_text(&self) -> bool {
        match self.focus() {
            Focus::Editor | Focus::Form => !self.in_choice_field(),
            Focus::Search => true,
            Focus::Confirm => matches!(self.question, Some(Question::Archive { .. })),
            _ => false,
        }
    }

    pub fn in_multiline_field(&self) -> bool {
        self.focus() == Focus::Editor
            && self
                .editor
                .as_ref()
                .is_some_and(|e| e.field == EditorField::Text)
    }

    pub fn in_choice_field(&self) -> bool {
        match self.focus() {
            Focus::Editor => self
                .editor
                .as_ref()
                .is_some_and(|e| e.field == EditorField::Channel),
            Focus::Form => self
                .form
                .as_ref()
                .is_some_and(|f| f.field == FormField::Kind),
            _ => false,
        }
    }

    /// Rows of the contact list that fit on screen.
    pub fn list_height(&self) -> usize {
        layout::list_rows(self.size, self.search.is_some())
    }

    pub fn timeline_height(&self) -> usize {
        layout::timeline_rows(self.size)
    }

    pub fn selected_interaction(&self) -> Option<&crate::domain::Interaction> {
        self.detail.as_ref()?.timeline.get(self.timeline.selected)
    }

    pub fn editor_dirty(&self) -> bool {
        self.editor.as_ref().is_some_and(|e| e.dirty)
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.status = Some(StatusMessage {
            text: text.into(),
            level: Level::Info,
        });
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.status = Some(StatusMessage {
            text: text.into(),
            level: Level::Error,
        });
    }
}
