//! The add / edit contact form, drawn over the screen.

use crate::say;
use crate::tui::layout::centered;
use crate::tui::parts::editor::cursor_cell::draw_whole_cluster;
use crate::tui::parts::safe;
use crate::tui::state::{ContactForm, FormField};
use crate::tui::theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

fn hint(field: FormField) -> String {
    match field {
        FormField::Email | FormField::Phone => say!("form-hint-labeled"),
        FormField::Tags => say!("form-hint-tags"),
        FormField::Birthday => say!("form-hint-birthday"),
        FormField::Cadence => say!("form-hint-cadence"),
        FormField::Kind => say!("form-hint-kind", key = "Space", arrows = "←/→"),
        FormField::Grade => say!("reach-form-hint-grade"),
        FormField::ReferredBy => say!("reach-form-hint-referred-by"),
        FormField::Occasions => say!("reach-form-hint-occasions"),
        FormField::Greetings => say!("occasions-form-hint"),
        FormField::Profile => say!("reach-form-hint-profile"),
        _ => String::new(),
    }
}

pub fn render(frame: &mut Frame, area: Rect, form: &ContactForm) {
    let rows = FormField::FIRST_PAGE as u16;
    let popup = centered(area, 72, rows + 4);
    frame.render_widget(Clear, popup);
    let title = if form.editing.is_some() {
        say!("form-title-edit")
    } else {
        say!("form-title-add")
    };
    let page = form.field.page();
    let title = format!(
        " {title} · {} ",
        say!("reach-form-page", page = page + 1, pages = 2)
    );
    let block = Block::bordered()
        .title(Span::styled(title, theme::title()))
        .border_style(theme::border(true));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let fields = FormField::on_page(page);
    // The profile takes the rows the first page's longer list leaves.
    let mut constraints = vec![Constraint::Length(1); fields.len()];
    if let Some(at) = fields.iter().position(|f| *f == FormField::Profile) {
        constraints[at] = Constraint::Length(1 + (FormField::FIRST_PAGE - fields.len()) as u16);
    }
    constraints.push(Constraint::Length(1));
    constraints.push(Constraint::Fill(1));
    let row_areas = Layout::vertical(constraints).split(inner);
    for (i, field) in fields.iter().enumerate() {
        let [l, r] =
            Layout::horizontal([Constraint::Length(14), Constraint::Fill(1)]).areas(row_areas[i]);
        let focused = *field == form.field;
        let style = if focused {
            theme::field_focused()
        } else {
            theme::label()
        };
        frame.render_widget(Paragraph::new(Span::styled(field.label(), style)), l);
        if *field == FormField::Kind {
            let kind = Span::styled(
                format!("‹ {} ›", form.kind.said()),
                if focused {
                    theme::field_focused()
                } else {
                    ratatui::style::Style::default()
                },
            );
            frame.render_widget(Paragraph::new(kind), r);
        } else if focused {
            let input = form.input(*field);
            frame.render_widget(input, r);
            draw_whole_cluster(frame.buffer_mut(), r, input);
        } else if *field == FormField::Profile {
            let lines: Vec<Line> = form
                .input(*field)
                .lines()
                .iter()
                .map(|l| Line::from(safe(l)))
                .collect();
            frame.render_widget(Paragraph::new(lines), r);
        } else {
            frame.render_widget(Paragraph::new(safe(&form.value(*field))), r);
        }
    }
    let help = Line::from(vec![Span::styled(hint(form.field), theme::dim())]);
    frame.render_widget(Paragraph::new(help), row_areas[fields.len() + 1]);
}

/// The `f` form: what, when (resolved to a date as it is typed) and who owes it.
pub fn render_followup(
    frame: &mut Frame,
    area: Rect,
    form: &crate::tui::state::FollowUpForm,
    today: chrono::NaiveDate,
) {
    use crate::tui::state::FollowUpField;
    let popup = centered(area, 72, 8);
    frame.render_widget(Clear, popup);
    let title = say!("form-followup-title", name = safe(&form.name));
    let title = format!(" {} ", crate::text::keep_columns(&title));
    let block = Block::bordered()
        .title(Span::styled(title, theme::title()))
        .border_style(theme::border(true));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let rows = Layout::vertical([Constraint::Length(1); 5]).split(inner);
    let label = |text: String, field: FollowUpField| {
        Span::styled(
            format!("{text:<8}"),
            if form.field == field {
                theme::field_focused()
            } else {
                theme::label()
            },
        )
    };
    let [l, r] = Layout::horizontal([Constraint::Length(8), Constraint::Fill(1)]).areas(rows[0]);
    frame.render_widget(
        Paragraph::new(label(say!("form-followup-what"), FollowUpField::What)),
        l,
    );
    if form.field == FollowUpField::What {
        frame.render_widget(&form.what, r);
    } else {
        frame.render_widget(Paragraph::new(safe(&form.what.lines().join(" "))), r);
    }
    let [l, r] = Layout::horizontal([Constraint::Length(8), Constraint::Fill(1)]).areas(rows[1]);
    frame.render_widget(
        Paragraph::new(label(say!("form-followup-when"), FollowUpField::When)),
        l,
    );
    if form.field == FollowUpField::When {
        frame.render_widget(&form.when, r);
    } else {
        frame.render_widget(Paragraph::new(safe(&form.when.lines().join(" "))), r);
    }
    let typed = form.when.lines().join(" ");
    let resolved = if typed.trim().is_empty() {
        Span::styled(say!("form-followup-when-hint"), theme::dim())
    } else {
        match crate::domain::parse_when(&typed, today) {
            Ok(day) => Span::styled(
                format!(
                    "→ {}",
                    crate::words::dates::day(day, crate::words::dates::DayStyle::Long)
                ),
                theme::amount(),
            ),
            Err(_) => Span::styled(say!("form-followup-not-a-date"), theme::overdue()),
        }
    };
    let [_, r] = Layout::horizontal([Constraint::Length(8), Constraint::Fill(1)]).areas(rows[2]);
    frame.render_widget(Paragraph::new(resolved), r);
    let [l, r] = Layout::horizontal([Constraint::Length(8), Constraint::Fill(1)]).areas(rows[3]);
    frame.render_widget(
        Paragraph::new(label(say!("form-followup-who"), FollowUpField::Direction)),
        l,
    );
    let who = match form.direction {
        crate::domain::Direction::Promise => say!("form-followup-promise"),
        crate::domain::Direction::Request => say!("form-followup-request"),
        crate::domain::Direction::Reminder => say!("form-followup-reminder"),
    };
    let who = format!("‹ {who} ›");
    let style = if form.field == FollowUpField::Direction {
        theme::field_focused()
    } else {
        ratatui::style::Style::default()
    };
    frame.render_widget(Paragraph::new(Span::styled(who, style)), r);
}

/// The `$` form: an invoice or a bill (amount, due day, reference, which way), or a payment
/// (amount, day paid), each typed day said back as the day it means.
pub fn render_money(
    frame: &mut Frame,
    area: Rect,
    form: &super::MoneyForm,
    today: chrono::NaiveDate,
) {
    use super::{MoneyField, MoneyPurpose};
    let paying = matches!(form.purpose, MoneyPurpose::Pay(..));
    let lines: u16 = if paying { 3 } else { 5 };
    let popup = centered(area, 72, lines + 2);
    frame.render_widget(Clear, popup);
    let title = match &form.purpose {
        MoneyPurpose::New(_) => say!("form-money-title", name = safe(&form.name)),
        MoneyPurpose::Pay(_, label) => {
            say!(
                "form-money-pay-title",
                label = safe(label),
                name = safe(&form.name)
            )
        }
    };
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", crate::text::keep_columns(&title)),
            theme::title(),
        ))
        .border_style(theme::border(true));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let rows = Layout::vertical(vec![Constraint::Length(1); usize::from(lines)]).split(inner);
    let style = |field: MoneyField| {
        if form.field == field {
            theme::field_focused()
        } else {
            theme::label()
        }
    };
    let mut row =
        |at: usize, label: String, field: MoneyField, input: &ratatui_textarea::TextArea| {
            let [l, r] =
                Layout::horizontal([Constraint::Length(10), Constraint::Fill(1)]).areas(rows[at]);
            frame.render_widget(
                Paragraph::new(Span::styled(format!("{label:<10}"), style(field))),
                l,
            );
            if form.field == field {
                frame.render_widget(input, r);
            } else {
                frame.render_widget(Paragraph::new(safe(&input.lines().join(" "))), r);
            }
        };
    row(
        0,
        say!("form-money-amount"),
        MoneyField::Amount,
        &form.amount,
    );
    let day_label = if paying {
        say!("form-money-paid-on")
    } else {
        say!("form-money-due")
    };
    row(1, day_label, MoneyField::Day, &form.day);
    if !paying {
        row(
            3,
            say!("form-money-reference"),
            MoneyField::Reference,
            &form.reference,
        );
    }
    let resolved = day_said_back(form, today, paying);
    let [_, r] = Layout::horizontal([Constraint::Length(10), Constraint::Fill(1)]).areas(rows[2]);
    frame.render_widget(Paragraph::new(resolved), r);
    if !paying {
        money_kind(frame, rows[4], form);
    }
}

/// The typed day said back as the day it means, or a hint when nothing is typed yet.
fn day_said_back(form: &super::MoneyForm, today: chrono::NaiveDate, paying: bool) -> Span<'static> {
    let typed = form.day.lines().join(" ");
    if typed.trim().is_empty() {
        let hint = if paying {
            say!("form-money-paid-hint")
        } else {
            say!("form-followup-when-hint")
        };
        return Span::styled(hint, theme::dim());
    }
    match crate::domain::parse_when(&typed, today) {
        Ok(day) => Span::styled(
            format!(
                "→ {}",
                crate::words::dates::day(day, crate::words::dates::DayStyle::Long)
            ),
            theme::amount(),
        ),
        Err(_) => Span::styled(say!("form-followup-not-a-date"), theme::overdue()),
    }
}

/// Which way the money goes: the form's choice field.
fn money_kind(frame: &mut Frame, row: Rect, form: &super::MoneyForm) {
    use super::MoneyField;
    use crate::domain::Owing;
    let focused = form.field == MoneyField::Owing;
    let [l, r] = Layout::horizontal([Constraint::Length(10), Constraint::Fill(1)]).areas(row);
    let label = format!("{:<10}", say!("form-money-kind"));
    let label_style = if focused {
        theme::field_focused()
    } else {
        theme::label()
    };
    frame.render_widget(Paragraph::new(Span::styled(label, label_style)), l);
    let which = match form.owing {
        Owing::TheyOweMe => say!("form-money-invoice"),
        Owing::IOweThem => say!("form-money-bill"),
    };
    let look = if focused {
        theme::field_focused()
    } else {
        ratatui::style::Style::default()
    };
    frame.render_widget(
        Paragraph::new(Span::styled(format!("‹ {which} ›"), look)),
        r,
    );
}
