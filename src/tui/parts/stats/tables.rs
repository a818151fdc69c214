//! The stats shown as rows: top customers by value, value by kind and by tag, and who is at risk
//! of leaving. A row selected is a contact (Enter opens them) or a group (Enter lists them).

use super::StatsView;
use crate::domain::Amount;
use crate::domain::text::fit_screen as fit;
use crate::say;
use crate::tui::parts::safe;
use crate::tui::theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// A line of a table: a heading (not selectable) or a row (the next selectable one).
enum Row {
    Heading(String),
    Item(String),
}

/// Draws `rows` under `summary`, the `selected`-th item marked and kept in view.
fn draw(frame: &mut Frame, area: Rect, summary: String, rows: Vec<Row>, selected: usize) {
    let width = usize::from(area.width);
    let height = usize::from(area.height).saturating_sub(2).max(1);
    // Each row's place among the items (headings have none).
    let mut items = 0;
    let places: Vec<Option<usize>> = rows
        .iter()
        .map(|row| {
            matches!(row, Row::Item(_)).then(|| {
                items += 1;
                items - 1
            })
        })
        .collect();
    let at_selected = places
        .iter()
        .position(|p| *p == Some(selected))
        .unwrap_or(0);
    let offset = at_selected.saturating_sub(height - 1);
    let mut lines = vec![
        Line::from(Span::styled(fit(&summary, width), theme::dim())),
        Line::from(""),
    ];
    for (row, place) in rows.into_iter().zip(places).skip(offset).take(height) {
        lines.push(match row {
            Row::Heading(text) => Line::from(Span::styled(fit(&text, width), theme::title())),
            Row::Item(text) if place == Some(selected) => {
                Line::from(fit(&text, width)).style(theme::selected())
            }
            Row::Item(text) => Line::from(fit(&text, width)),
        });
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// A name cut to `width` columns and padded to it.
fn name(name: &str, width: usize) -> String {
    fit(&safe(name), width)
}

pub(super) fn top(frame: &mut Frame, area: Rect, view: &StatsView, selected: usize) -> String {
    let s = &view.stats;
    let summary = match s.days_between_purchases {
        Some(days) => say!("statscreen-top-summary", days = days.round() as i64),
        None => say!("statscreen-top-summary-none"),
    };
    let mut rows = Vec::new();
    for top in &s.top {
        rows.push(Row::Heading(say!(
            "statscreen-top-heading",
            currency = top.currency.to_string()
        )));
        for (rank, c) in top.customers.iter().enumerate() {
            let amount = Amount {
                minor: c.minor,
                currency: top.currency,
            };
            rows.push(Row::Item(format!(
                "{:>3}. {}  {:>16}  {}",
                rank + 1,
                name(&c.name, 24),
                amount.shown(),
                say!("statscreen-purchases", count = c.purchases)
            )));
        }
    }
    let said = match s.top.iter().flat_map(|t| &t.customers).nth(selected) {
        Some(c) => say!("statscreen-open-contact", name = safe(&c.name)),
        None => String::new(),
    };
    draw(frame, area, summary, rows, selected);
    said
}

pub(super) fn value(frame: &mut Frame, area: Rect, view: &StatsView, selected: usize) -> String {
    let s = &view.stats;
    let mut rows = vec![Row::Heading(say!("statscreen-value-by-kind"))];
    let line = |g: &crate::review::stats::GroupValue, label: String| {
        let amount = Amount {
            minor: g.minor,
            currency: g.currency,
        };
        format!(
            "  {}  {:>16}  {}",
            name(&label, 20),
            amount.shown(),
            say!("statscreen-contacts", count = g.contacts)
        )
    };
    let kinds: Vec<_> = s
        .value_by_kind
        .iter()
        .filter(|g| g.kind.is_some())
        .collect();
    for g in &kinds {
        rows.push(Row::Item(line(g, g.group.clone())));
    }
    rows.push(Row::Heading(say!("statscreen-value-by-tag")));
    for g in &s.value_by_tag {
        rows.push(Row::Item(line(g, format!("#{}", g.group))));
    }
    let group = kinds.iter().copied().chain(&s.value_by_tag).nth(selected);
    draw(
        frame,
        area,
        say!("statscreen-value-summary"),
        rows,
        selected,
    );
    match group {
        Some(g) => say!("statscreen-list-group", group = g.group.as_str()),
        None => String::new(),
    }
}

pub(super) fn at_risk(frame: &mut Frame, area: Rect, view: &StatsView, selected: usize) -> String {
    let s = &view.stats;
    let summary = say!(
        "statscreen-at-risk-summary",
        count = s.at_risk_total,
        shown = s.at_risk.len()
    );
    let rows = s
        .at_risk
        .iter()
        .map(|r| {
            Row::Item(format!(
                "  {}  {}",
                name(&r.name, 24),
                say!(
                    "statscreen-at-risk-row",
                    last = crate::words::dates::day(r.last, crate::words::dates::DayStyle::Long),
                    rhythm = r.rhythm,
                    learned = if r.learned { "learned" } else { "set" },
                    past = r.days_past
                )
            ))
        })
        .collect();
    draw(frame, area, summary, rows, selected);
    match s.at_risk.get(selected) {
        Some(r) => say!("statscreen-open-contact", name = safe(&r.name)),
        None => String::new(),
    }
}
