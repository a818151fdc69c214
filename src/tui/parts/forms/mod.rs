//! The forms: add / edit a contact, a new follow-up (`f`), and money owed (`$`: an invoice, a
//! bill or a payment, in `money.rs`).

pub mod contact;
pub mod details;
pub mod followup;
pub mod money;
pub mod render;

use crate::domain::{Contact, ContactId, InvoiceId, Kind, Owing};
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
    // The second page: what is known about the person, the longer things.
    Grade,
    Interests,
    HowMet,
    ReferredBy,
    Occasions,
    Profile,
    /// The local occasions the contact is greeted for on their own (`kith celebrate`).
    Greetings,
}

impl FormField {
    /// Every field, page after page: Tab goes from the first page's last field to the second's.
    pub const ORDER: [FormField; 16] = [
        FormField::Name,
        FormField::Company,
        FormField::Title,
        FormField::Kind,
        FormField::Email,
        FormField::Phone,
        FormField::Tags,
        FormField::Birthday,
        FormField::Cadence,
        FormField::Grade,
        FormField::Interests,
        FormField::HowMet,
        FormField::ReferredBy,
        FormField::Occasions,
        FormField::Profile,
        FormField::Greetings,
    ];

    /// Fields on the first page; the rest are on the second.
    pub const FIRST_PAGE: usize = 9;

    /// The page the field is on: 0 or 1.
    pub fn page(self) -> usize {
        let at = Self::ORDER.iter().position(|f| *f == self).unwrap_or(0);
        usize::from(at >= Self::FIRST_PAGE)
    }

    /// The fields of a page, in order.
    pub fn on_page(page: usize) -> &'static [FormField] {
        let (first, second) = Self::ORDER.split_at(Self::FIRST_PAGE);
        if page == 0 { first } else { second }
    }

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
            FormField::Grade => say!("reach-form-grade"),
            FormField::Interests => say!("reach-form-interests"),
            FormField::HowMet => say!("reach-form-how-met"),
            FormField::ReferredBy => say!("reach-form-referred-by"),
            FormField::Occasions => say!("reach-form-occasions"),
            FormField::Greetings => say!("occasions-form-label"),
            FormField::Profile => say!("reach-form-profile"),
        }
    }
}

/// The add / edit contact form, on two pages. Lists (emails, phones, tags, occasions) are typed
/// comma-separated; the profile keeps its lines.
pub struct ContactForm {
    /// The contact being edited; `None` when adding.
    pub editing: Option<Box<Contact>>,
    /// The local occasions the contact being edited was greeted for on their own; `None` when
    /// they were not read (a new contact, or a detail still on its way): an empty field then
    /// leaves them as they are.
    pub celebrated: Option<Vec<crate::domain::LocalOccasion>>,
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
        let separator = if field == FormField::Profile {
            "\n"
        } else {
            " "
        };
        self.input(field).lines().join(separator)
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoneyField {
    Amount,
    Day,
    Reference,
    Owing,
}

/// What the form records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyPurpose {
    /// A new invoice or bill for the contact.
    New(ContactId),
    /// A payment against an invoice or bill, named by its label.
    Pay(InvoiceId, String),
}

pub struct MoneyForm {
    pub purpose: MoneyPurpose,
    /// The contact's name, for the title.
    pub name: String,
    pub field: MoneyField,
    pub amount: TextArea<'static>,
    /// The due day (a new one) or the day paid, in words.
    pub day: TextArea<'static>,
    pub reference: TextArea<'static>,
    pub owing: Owing,
}

impl MoneyForm {
    /// The fields, in order: a payment has only an amount and a day.
    pub fn fields(&self) -> &'static [MoneyField] {
        match self.purpose {
            MoneyPurpose::New(_) => &[
                MoneyField::Amount,
                MoneyField::Day,
                MoneyField::Reference,
                MoneyField::Owing,
            ],
            MoneyPurpose::Pay(..) => &[MoneyField::Amount, MoneyField::Day],
        }
    }

    /// The text field that has the focus; none on the choice.
    pub fn input_mut(&mut self) -> Option<&mut TextArea<'static>> {
        match self.field {
            MoneyField::Amount => Some(&mut self.amount),
            MoneyField::Day => Some(&mut self.day),
            MoneyField::Reference => Some(&mut self.reference),
            MoneyField::Owing => None,
        }
    }
}
