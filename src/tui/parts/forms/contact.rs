//! The add / edit contact form: filled from the contact, read back into one, saved.

use crate::domain::{
    Contact, ContactId, ContactProblem, Invalid, Kind, Labeled, LocalOccasion, PartialDate,
};
use crate::say;
use crate::tui::action::Effect;
use crate::tui::parts::list::update as list;
use crate::tui::state::*;

pub(crate) fn add(state: &mut State) -> Vec<Effect> {
    state.layers.open(Layer::ContactForm(new_form(None, None)));
    vec![]
}

pub(crate) fn edit(state: &mut State) -> Vec<Effect> {
    let referrer = (state.detail.as_ref()).and_then(|d| d.referrer.clone());
    match list::selected_contact(state) {
        Some(contact) => {
            // The detail shown is the contact's, unless it is still on its way.
            let celebrated = (state.detail.as_ref())
                .filter(|d| d.contact.id == contact.id)
                .map(|d| d.celebrated.clone());
            let mut form = new_form(Some(contact), referrer);
            let ids: Vec<&str> = celebrated.iter().flatten().map(|o| o.id()).collect();
            *form.input_mut(FormField::Greetings) = line_input(&ids.join(", "));
            form.celebrated = celebrated;
            state.layers.open(Layer::ContactForm(form));
        }
        None => state.error(say!("form-edit-none")),
    }
    vec![]
}

pub(crate) fn saved(state: &mut State, contact: ContactId, added: bool) -> Vec<Effect> {
    state.layers.take_form();
    state.info(if added {
        say!("form-contact-added")
    } else {
        say!("form-contact-saved")
    });
    let mut effects = vec![
        list::reload(state, Some(contact)),
        Effect::RefreshSearchIndex,
    ];
    if added && state.list.filtered.is_none() && state.list.position_of(contact).is_none() {
        // The whole list comes back from the search thread a moment later; until then the
        // new contact stands at the selection, so a key pressed at once (n, a note) is for it.
        let at = state.list.scroll.selected.min(state.list.entries.len());
        state.list.entries.insert(at, contact);
        state.list.total += 1;
        state.list.scroll.selected = at;
        effects.extend(list::after_move(state));
    }
    effects
}

fn split_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

pub(crate) fn save(state: &mut State) -> Vec<Effect> {
    let Some(form) = state.layers.form_mut() else {
        return vec![];
    };
    let result = (|| -> Result<Contact, (FormField, Invalid)> {
        let mut contact = match &form.editing {
            Some(c) => (**c).clone(),
            None => Contact::new("", chrono::NaiveDateTime::default()),
        };
        contact.name = form.value(FormField::Name);
        let optional = |f| Some(form.value(f)).filter(|v: &String| !v.trim().is_empty());
        contact.company = optional(FormField::Company);
        contact.title = optional(FormField::Title);
        contact.kind = form.kind;
        contact.emails = split_list(&form.value(FormField::Email))
            .iter()
            .map(|s| Labeled::parse(s))
            .collect();
        contact.phones = split_list(&form.value(FormField::Phone))
            .iter()
            .map(|s| Labeled::parse(s))
            .collect();
        contact.tags = split_list(&form.value(FormField::Tags));
        contact.birthday = match optional(FormField::Birthday) {
            Some(b) => Some(PartialDate::parse(&b).map_err(|e| (FormField::Birthday, e))?),
            None => None,
        };
        contact.cadence_days = match optional(FormField::Cadence) {
            Some(c) => Some(c.trim().parse().map_err(|_| {
                (
                    FormField::Cadence,
                    Invalid(crate::say!(
                        "contact-cadence-not-a-number",
                        input = c.as_str()
                    )),
                )
            })?),
            None => None,
        };
        super::details::read(form, &mut contact)?;
        // What the form does not show (TYPEs, groups, the structured name) stays.
        if let Some(before) = &form.editing {
            contact.keep_details_from(before);
        }
        contact.normalize_and_validate().map_err(|problem| {
            let field = match problem {
                ContactProblem::Cadence(_) => FormField::Cadence,
                _ => super::details::field_of(&problem).unwrap_or(FormField::Name),
            };
            (field, problem.into())
        })?;
        Ok(contact)
    })();
    let typed = split_list(&form.value(FormField::Greetings));
    let celebrated = (typed.iter())
        .map(|id| LocalOccasion::parse(id))
        .collect::<Result<Vec<_>, _>>()
        .map(|found| (form.celebrated.is_some() || !found.is_empty()).then_some(found))
        .map_err(|e| (FormField::Greetings, Invalid(e.to_string())));
    match result.and_then(|c| Ok((c, celebrated?))) {
        Ok((contact, celebrated)) => {
            let added = form.editing.is_none();
            vec![Effect::SaveContact {
                contact: Box::new(contact),
                added,
                referred_by: form.value(FormField::ReferredBy),
                celebrated,
            }]
        }
        Err((field, e)) => {
            form.field = field;
            state.error(e.0);
            vec![]
        }
    }
}

/// The form for `contact` (`None`: a new one), who referred them shown by `referrer`'s name.
fn new_form(contact: Option<Contact>, referrer: Option<String>) -> ContactForm {
    let joined = |items: &[Labeled]| {
        items
            .iter()
            .map(|l| match &l.label {
                Some(label) => format!("{label}:{}", l.value),
                None => l.value.clone(),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let value = |field: FormField| -> String {
        let Some(c) = &contact else {
            return String::new();
        };
        if let Some(shown) = super::details::shown(c, referrer.as_deref(), field) {
            return shown;
        }
        match field {
            FormField::Name => c.name.clone(),
            FormField::Company => c.company.clone().unwrap_or_default(),
            FormField::Title => c.title.clone().unwrap_or_default(),
            FormField::Kind => String::new(),
            FormField::Email => joined(&c.emails),
            FormField::Phone => joined(&c.phones),
            FormField::Tags => c.tags.join(", "),
            FormField::Birthday => c.birthday.map(|b| b.to_string()).unwrap_or_default(),
            FormField::Cadence => c.cadence_days.map(|d| d.to_string()).unwrap_or_default(),
            _ => String::new(),
        }
    };
    ContactForm {
        kind: contact.as_ref().map_or(Kind::DEFAULT, |c| c.kind),
        field: FormField::Name,
        inputs: FormField::ORDER
            .iter()
            .map(|f| match f {
                FormField::Profile => super::details::profile_input(&value(*f)),
                f => line_input(&value(*f)),
            })
            .collect(),
        editing: contact.map(Box::new),
        celebrated: None,
    }
}
