//! The two forms: add / edit a contact, and a new follow-up (`f`).

pub mod contact;
pub mod followup;
pub mod render;

use crate::domain::{Contact, ContactId, Kind};
use crate::say;
use ratatui_textarea::TextArea;

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

    pub fn label(self) -> String {
        match self {
            FormField::Name => say!("form-name"),
            FormField::Company => say!("form-company"),
            FormField::Title => say!("form-title"),
            FormField::Kind => say!("form-kind"),
            FormField::Email => say!("form-emails"),
            FormField::Phone => say!("form-phones"),
            FormField::Tags => say!("form-tags"),
            FormField::Birthday => say!("form-birthday"),
            FormField::Cadence => say!("form-cadence"),
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
