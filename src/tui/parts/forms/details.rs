//! The contact form's second page: how strong the relationship is (grade), interests, how you
//! met, who referred them, the yearly occasions and the profile. Each is shown from the contact and read back with
//! the rules `kith edit` keeps (a grade is a number, an occasion `label=date`).

use super::{ContactForm, FormField};
use crate::domain::{Contact, ContactProblem, Invalid, Occasion};
use crate::say;
use ratatui_textarea::{CursorMove, TextArea};

/// The field's text as the form shows it; `None` for a first-page field. Who referred them is
/// shown by `referrer`, their name, else (a record that does not read) by `#id`.
pub fn shown(contact: &Contact, referrer: Option<&str>, field: FormField) -> Option<String> {
    Some(match field {
        FormField::Grade => contact.grade.map(|g| g.to_string()).unwrap_or_default(),
        FormField::Interests => contact.interests.clone().unwrap_or_default(),
        FormField::HowMet => contact.how_we_met.clone().unwrap_or_default(),
        // Found again when saved, as `kith edit --referred-by` finds a name or id (the name
        // shown, left as it is, stays the same contact).
        FormField::ReferredBy => match (contact.referred_by, referrer) {
            (None, _) => String::new(),
            (Some(_), Some(name)) => name.to_string(),
            (Some(id), None) => format!("#{}", id.0),
        },
        FormField::Occasions => contact
            .occasions
            .iter()
            .map(|o| format!("{}={}", o.label, o.date))
            .collect::<Vec<_>>()
            .join(", "),
        FormField::Profile => contact.profile.clone(),
        _ => return None,
    })
}

/// The profile's input: one line of the input a line of the profile.
pub fn profile_input(profile: &str) -> TextArea<'static> {
    let mut input = TextArea::new(profile.split('\n').map(str::to_string).collect());
    input.set_cursor_line_style(ratatui::style::Style::default());
    input.move_cursor(CursorMove::Bottom);
    input.move_cursor(CursorMove::End);
    input
}

/// Reads the second page into `contact`, or says which field is wrong and why.
pub fn read(form: &ContactForm, contact: &mut Contact) -> Result<(), (FormField, Invalid)> {
    let text = |f| Some(form.value(f).trim().to_string()).filter(|v| !v.is_empty());
    contact.grade = match text(FormField::Grade) {
        Some(g) => Some(g.parse().map_err(|_| {
            let problem = say!("reach-form-grade-not-a-number", input = g.as_str());
            (FormField::Grade, Invalid(problem))
        })?),
        None => None,
    };
    contact.interests = text(FormField::Interests);
    contact.how_we_met = text(FormField::HowMet);
    contact.occasions = form
        .value(FormField::Occasions)
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(Occasion::parse)
        .collect::<Result<_, _>>()
        .map_err(|e| (FormField::Occasions, e))?;
    let profile = form.value(FormField::Profile);
    contact.profile = if profile.trim().is_empty() {
        String::new()
    } else {
        profile
    };
    Ok(())
}

/// The second-page field a broken rule points at, if it is one of them.
pub fn field_of(problem: &ContactProblem) -> Option<FormField> {
    match problem {
        ContactProblem::Grade(_) => Some(FormField::Grade),
        ContactProblem::ReferredByThemselves => Some(FormField::ReferredBy),
        ContactProblem::TooLarge("profile") => Some(FormField::Profile),
        ContactProblem::TooLarge("interests") => Some(FormField::Interests),
        ContactProblem::TooLarge("how we met") => Some(FormField::HowMet),
        ContactProblem::TooLong("occasion label") | ContactProblem::TooMany("occasions") => {
            Some(FormField::Occasions)
        }
        _ => None,
    }
}
