//! `State`: everything the notebook screen shows. Which part has the keyboard is derived from
//! which overlays are open (see [`State::focus`]), never stored separately.

pub use super::layers::{Layer, Layers};
use super::layout;
pub use super::model::NoteHit;
use super::model::{ContactDetail, ContactRow};
pub use super::scroll::Scroll;
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
    Review,
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
    /// The contacts a search found, best first, while it filters the list.
    pub filtered: Option<Vec<ContactId>>,
    pub scroll: Scroll,
    pub rows: HashMap<ContactId, ContactRow>,
    /// The contact selected when another process changed the notebook, and its name if shown:
    /// if the fresh list no longer has it, the screen says so.
    pub watched: Option<(ContactId, Option<String>)>,
}

impl ContactList {
    pub fn len(&self) -> usize {
        self.filtered.as_ref().map_or(self.entries.len(), Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn id_at(&self, index: usize) -> Option<ContactId> {
        match &self.filtered {
            Some(f) => f.get(index).copied(),
            None => self.entries.get(index).map(|(id, _)| *id),
        }
    }

    pub fn selected_id(&self) -> Option<ContactId> {
        self.id_at(self.scroll.selected)
    }

    pub fn position_of(&self, id: ContactId) -> Option<usize> {
        (0..self.len()).find(|&i| self.id_at(i) == Some(id))
    }

    /// Ids of the rows visible in a pane `height` rows tall.
    pub fn visible_ids(&self, height: usize) -> Vec<ContactId> {
        (self.scroll.offset..(self.scroll.offset + height).min(self.len()))
            .filter_map(|i| self.id_at(i))
            .collect()
    }
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
    /// When the editor opened, naming its rescue file if one is ever needed.
    pub opened_at: NaiveDateTime,
}

impl NoteEditor {
    pub fn text_value(&self) -> String {
        self.text.lines().join("\n")
    }

    /// The editor's contents on their way to the draft keeper.
    pub fn keep(&self) -> super::model::KeepDraft {
        super::model::KeepDraft {
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

/// One line of the review screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewRow {
    /// A section title (section index).
    Title(usize),
    /// An item (section index, item index).
    Item(usize, usize),
    /// A section with nothing in it.
    Nothing(usize),
    /// "… and N more" under a section.
    More(usize),
    Blank,
}

pub struct ReviewView {
    pub review: crate::review::Review,
    pub rows: Vec<ReviewRow>,
    /// `selected` is an index into `rows`; always an item row when there is one.
    pub scroll: Scroll,
}

impl ReviewView {
    pub fn new(review: crate::review::Review) -> Self {
        let mut rows = Vec::new();
        for (s, section) in review.sections.iter().enumerate() {
            if s > 0 {
                rows.push(ReviewRow::Blank);
            }
            rows.push(ReviewRow::Title(s));
            if section.items.is_empty() {
                rows.push(ReviewRow::Nothing(s));
            }
            rows.extend((0..section.items.len()).map(|i| ReviewRow::Item(s, i)));
            if section.more > 0 {
                rows.push(ReviewRow::More(s));
            }
        }
        let selected = rows
            .iter()
            .position(|r| matches!(r, ReviewRow::Item(..)))
            .unwrap_or(0);
        ReviewView {
            review,
            rows,
            scroll: Scroll {
                selected,
                offset: 0,
            },
        }
    }

    pub fn item(&self, row: usize) -> Option<&crate::review::ReviewItem> {
        match self.rows.get(row)? {
            ReviewRow::Item(s, i) => self.review.sections.get(*s)?.items.get(*i),
            _ => None,
        }
    }

    pub fn selected_item(&self) -> Option<&crate::review::ReviewItem> {
        self.item(self.scroll.selected)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowUpField {
    What,
    When,
    Direction,
}

impl FollowUpField {
    pub const ORDER: [FollowUpField; 3] = [
        FollowUpField::What,
        FollowUpField::When,
        FollowUpField::Direction,
    ];
}

/// The `f` form: what is due, when (in words), and who owes it.
pub struct FollowUpForm {
    pub contact: ContactId,
    pub name: String,
    pub field: FollowUpField,
    pub what: TextArea<'static>,
    pub when: TextArea<'static>,
    pub direction: crate::domain::Direction,
}

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
    /// The interaction to select once the timeline is reloaded (a note just saved).
    pub select_interaction: Option<InteractionId>,
    /// The notebook refused the last write of the editor's text, and where its copy went.
    pub unwritable: Option<Unwritable>,
    /// A note save waits for another kith process to finish writing.
    pub save_queued: bool,
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
            select_interaction: None,
            unwritable: None,
            save_queued: false,
            quit: false,
        }
    }

    /// What effects need from the state.
    pub fn context(&self) -> super::model::Context {
        super::model::Context {
            today: self.today,
            cadences: self.cadences,
        }
    }

    pub fn focus(&self) -> Focus {
        match self.layers.top() {
            Some(Layer::Help(_)) => Focus::Help,
            Some(Layer::Question(_)) => Focus::Confirm,
            Some(Layer::ContactForm(_) | Layer::FollowUpForm(_)) => Focus::Form,
            Some(Layer::Editor(_)) => Focus::Editor,
            Some(Layer::Review(_)) => Focus::Review,
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
                Some(Question::Archive { .. } | Question::Snooze { .. } | Question::Import { .. })
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
