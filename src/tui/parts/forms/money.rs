//! The `$` form: an invoice or a bill for the selected contact (amount, due day in words,
//! reference, which way), or, on an invoice in the review, a payment against it (amount, the
//! day paid). Saving is one write, which `u` takes back.

use super::{MoneyField, MoneyForm, MoneyPurpose};
use crate::domain::{Amount, ContactId, Invoice, Owing, Payment, parse_when};
use crate::say;
use crate::tui::action::Effect;
use crate::tui::parts::forms::followup;
use crate::tui::parts::line_input;
use crate::tui::parts::list::update as list;
use crate::tui::state::*;
use ratatui_textarea::TextArea;

/// `$` on a contact: a new invoice (a supplier's: a bill).
pub(crate) fn open_new(state: &mut State) -> Vec<Effect> {
    match list::selected_contact(state) {
        Some(c) => state.layers.open(Layer::MoneyForm(MoneyForm {
            purpose: MoneyPurpose::New(c.id),
            name: c.name,
            field: MoneyField::Amount,
            amount: line_input(""),
            day: line_input(""),
            reference: line_input(""),
            owing: if c.kind == crate::domain::Kind::Supplier {
                Owing::IOweThem
            } else {
                Owing::TheyOweMe
            },
        })),
        None => state.error(say!("form-money-none")),
    }
    vec![]
}

/// `$` on an invoice or bill in the review: a payment against it, what is left filled in.
pub(crate) fn open_pay(state: &mut State) -> Vec<Effect> {
    let item = state.layers.review().and_then(|r| r.selected_invoice());
    let Some((invoice, name)) = item else {
        state.error(say!("form-pay-none"));
        return vec![];
    };
    state.layers.open(Layer::MoneyForm(MoneyForm {
        purpose: MoneyPurpose::Pay(invoice.id, invoice.label),
        name,
        field: MoneyField::Amount,
        amount: line_input(&invoice.left.to_string()),
        day: line_input(""),
        reference: line_input(""),
        owing: Owing::TheyOweMe,
    }));
    vec![]
}

pub(crate) fn save(state: &mut State) -> Vec<Effect> {
    let today = state.today;
    let Some(form) = state.layers.money_form_mut() else {
        return vec![];
    };
    let text = |input: &TextArea<'static>| input.lines().join(" ").trim().to_string();
    let amount = match Amount::parse(&text(&form.amount)) {
        Ok(amount) => amount,
        Err(e) => {
            form.field = MoneyField::Amount;
            state.error(e.0);
            return vec![];
        }
    };
    let typed = text(&form.day);
    let day = if typed.is_empty() && matches!(form.purpose, MoneyPurpose::Pay(..)) {
        Ok(today)
    } else {
        parse_when(&typed, today)
    };
    let day = match day {
        Ok(day) if matches!(form.purpose, MoneyPurpose::Pay(..)) && day > today => {
            let said = crate::domain::day_said(day, today);
            Err(crate::domain::Invalid(say!(
                "owed-day-to-come",
                input = typed,
                day = said
            )))
        }
        other => other,
    };
    let day = match day {
        Ok(day) => day,
        Err(e) => {
            form.field = MoneyField::Day;
            state.error(e.0);
            return vec![];
        }
    };
    match &form.purpose {
        MoneyPurpose::New(contact) => {
            let now = chrono::NaiveDateTime::default();
            let mut invoice = Invoice::new(*contact, form.owing, amount, today, day, now);
            let reference = text(&form.reference);
            invoice.reference = (!reference.is_empty()).then_some(reference);
            vec![Effect::AddInvoice(invoice)]
        }
        MoneyPurpose::Pay(invoice, _) => vec![Effect::PayInvoice {
            invoice: *invoice,
            payment: Payment { on: day, amount },
        }],
    }
}

/// An invoice or a payment was recorded: the form closes and what shows money moves.
pub(crate) fn changed(state: &mut State, contact: ContactId, message: String) -> Vec<Effect> {
    state.layers.take_money_form();
    followup::changed(state, contact, message)
}
