//! The contact list: one line per contact, only the rows on screen are built.

use super::{days_ago, safe};
use crate::domain::text::fit_cells as fit;
use crate::tui::state::{Focus, State};
use crate::tui::theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

fn kind_tag(kind: crate::domain::Kind) -> &'static str {
    use crate::domain::Kind::*;
    match kind {
        Customer => "cust",
        Prospect => "pros",
        Employee => "empl",
        Partner => "part",
        Supplier => "supp",
        Other => "othr",
    }
}

pub fn render(frame: &mut Frame, area: Rect, state: &State) {
    let focused = matches!(state.focus(), Focus::List | Focus::Search);
    let list = &state.list;
    let title = match &list.filtered {
        Some(hits) => format!(" Contacts {}/{} ", hits.len(), list.total),
        None => format!(" Contacts ({}) ", list.total),
    };
    let block = Block::bordered()
        .title(Span::styled(title, theme::title()))
        .border_style(theme::border(focused));
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let height = state.list_height();
    let width = usize::from(inner.width);
    // marker(1) space name space kind(4) space days(5)
    let name_width = width.saturating_sub(1 + 1 + 1 + 4 + 1 + 5);
    let mut lines = Vec::with_capacity(height);
    for index in list.offset..(list.offset + height).min(list.len()) {
        let Some(id) = list.id_at(index) else { break };
        let selected = index == list.selected;
        let style = if selected {
            if focused {
                theme::selected()
            } else {
                theme::selected_unfocused()
            }
        } else {
            ratatui::style::Style::default()
        };
        let line = match list.rows.get(&id) {
            Some(row) => {
                let marker = if row.needs_attention {
                    Span::styled("!", theme::overdue())
                } else {
                    Span::raw(" ")
                };
                Line::from(vec![
                    marker,
                    Span::raw(" "),
                    Span::raw(fit(&safe(&row.name), name_width)),
                    Span::raw(" "),
                    Span::styled(
                        kind_tag(row.kind),
                        if selected { style } else { theme::dim() },
                    ),
                    Span::raw(" "),
                    Span::raw(format!("{:>5}", days_ago(state.today, row.last_contacted))),
                ])
            }
            None => Line::from(Span::styled(fit("  …", width), theme::dim())),
        };
        lines.push(line.style(style));
    }
    let rows_area = Rect {
        height: inner
            .height
            .saturating_sub(u16::from(state.search.is_some())),
        ..inner
    };
    frame.render_widget(Paragraph::new(lines), rows_area);

    if let Some(search) = &state.search {
        let line_area = Rect {
            y: inner.bottom().saturating_sub(1),
            height: 1,
            ..inner
        };
        let query = search.input.lines().join(" ");
        let mut spans = vec![
            Span::styled("/", theme::key()),
            Span::raw(safe(&query)),
            Span::styled(" ", theme::cursor()),
        ];
        if list.is_empty() {
            spans.push(Span::styled("  no match", theme::dim()));
        }
        frame.render_widget(Paragraph::new(Line::from(spans)), line_area);
    }
}
