//! The timeline of the selected contact, newest first, and the whole-note reader.

use crate::domain::text::{display_safe, fit_screen as fit, keep_columns, padded, terminal_width};
use crate::say;
use crate::tui::action::Action;
use crate::tui::keymap::label_of;
use crate::tui::layout::centered;
use crate::tui::parts::{key, keyed, safe};
use crate::tui::state::{Focus, State};
use crate::tui::theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

pub fn render(frame: &mut Frame, area: Rect, state: &State) {
    let focused = state.focus() == Focus::Timeline;
    let Some(detail) = &state.detail else {
        frame.render_widget(Block::bordered().border_style(theme::border(false)), area);
        return;
    };
    let title = format!(
        " {} ",
        keep_columns(&say!("timeline-title", count = detail.timeline.len()))
    );
    let block = Block::bordered()
        .title(Span::styled(title, theme::title()))
        .border_style(theme::border(focused));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if detail.timeline.is_empty() {
        let hint = Line::from(keyed(
            &say!(
                "timeline-empty",
                key = key(label_of(Focus::List, Action::NewNote))
            ),
            theme::dim(),
        ));
        frame.render_widget(Paragraph::new(hint), inner);
        return;
    }
    let width = usize::from(inner.width);
    let view = state.timeline;
    let mut lines = Vec::new();
    for (index, i) in detail
        .timeline
        .iter()
        .enumerate()
        .skip(view.offset)
        .take(usize::from(inner.height))
    {
        let amount = i
            .amount
            .map(|a| format!(" {}", a.shown()))
            .unwrap_or_default();
        let head = format!(
            "{}  {} ",
            crate::words::dates::moment(i.at),
            padded(&i.channel.said(), 9)
        );
        let text_width = width.saturating_sub(terminal_width(&head) + terminal_width(&amount));
        let mut line = Line::from(vec![
            Span::styled(head, theme::dim()),
            Span::raw(fit(&safe(i.summary()), text_width)),
            Span::styled(amount, theme::amount()),
        ]);
        if index == view.selected {
            line = line.style(if focused {
                theme::selected()
            } else {
                theme::selected_unfocused()
            });
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), inner);

    if let (Some(&scroll), Some(i)) = (state.layers.note(), state.selected_interaction()) {
        let popup = centered(
            area,
            area.width.saturating_sub(2),
            area.height.saturating_sub(1),
        );
        frame.render_widget(Clear, popup);
        let title = format!(
            " {} · {} ",
            crate::words::dates::moment(i.at),
            i.channel.said()
        );
        let mut body: Vec<Line> = display_safe(&i.text)
            .lines()
            .map(|l| Line::from(keep_columns(l).into_owned()))
            .collect();
        if let Some(a) = i.amount {
            body.push(Line::from(Span::styled(
                say!("timeline-amount", amount = a.shown()),
                theme::amount(),
            )));
        }
        let note = Paragraph::new(body)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .block(
                Block::bordered()
                    .title(Span::styled(title, theme::title()))
                    .border_style(theme::border(true)),
            );
        frame.render_widget(note, popup);
    }
}

/// What a new notebook shows: how to get started. The commands are shown as typed: they are
/// not words.
pub fn render_empty(frame: &mut Frame, area: Rect) {
    let k = |s: &'static str| Span::styled(s, theme::key());
    let lines = vec![
        Line::from(Span::styled(say!("timeline-welcome"), theme::title())),
        Line::from(""),
        Line::from(keyed(
            &say!(
                "timeline-welcome-add",
                key = key(label_of(Focus::List, Action::AddContact))
            ),
            Style::default(),
        )),
        Line::from(say!("timeline-welcome-shell")),
        Line::from(vec![
            Span::raw("  "),
            k("kith add \"Núria Puig\" --kind customer"),
        ]),
        Line::from(""),
        Line::from(say!("timeline-welcome-import")),
        Line::from(vec![Span::raw("  "), k("kith import contacts.vcf")]),
        Line::from(""),
        Line::from(say!("timeline-welcome-demo")),
        Line::from(vec![Span::raw("  "), k("kith --db demo.redb demo")]),
        Line::from(vec![Span::raw("  "), k("kith --db demo.redb")]),
        Line::from(""),
        Line::from(keyed(
            &say!("timeline-welcome-keys", help = key("?"), quit = key("q")),
            Style::default(),
        )),
    ];
    let block = Block::bordered().border_style(theme::border(false));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        area,
    );
}
