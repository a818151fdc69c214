//! The notes editor: channel, date-time and amount fields above the note's text.

use crate::say;
use crate::tui::action::Action;
use crate::tui::keymap::label_of;
use crate::tui::parts::safe;
use crate::tui::state::{EditorField, Focus, NoteEditor};
use crate::tui::theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui_textarea::TextArea;

fn label(text: &str, focused: bool) -> Span<'static> {
    Span::styled(
        format!("{text:<8}"),
        if focused {
            theme::field_focused()
        } else {
            theme::label()
        },
    )
}

fn render_line_input(frame: &mut Frame, area: Rect, input: &TextArea<'static>, focused: bool) {
    if focused {
        frame.render_widget(input, area);
        super::cursor_cell::draw_whole_cluster(frame.buffer_mut(), area, input);
    } else {
        frame.render_widget(Paragraph::new(safe(&input.lines().join(" "))), area);
    }
}

/// `today` reads the note's `>>`/`<<` lines, whose days are said under the note.
pub fn render(frame: &mut Frame, area: Rect, editor: &NoteEditor, today: chrono::NaiveDate) {
    frame.render_widget(Clear, area);
    let title = match editor.editing {
        Some(_) => say!("undo-edit-title", name = safe(&editor.name)),
        None => say!("editor-title", name = safe(&editor.name)),
    };
    let title = format!(" {} ", crate::text::keep_columns(&title));
    let block = Block::bordered()
        .title(Span::styled(title, theme::title()))
        .border_style(theme::border(true));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [channel_row, when_row, amount_row, text_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(inner);

    let field = editor.field;
    let split = |row: Rect| {
        let [l, r] = Layout::horizontal([Constraint::Length(9), Constraint::Fill(1)]).areas(row);
        (l, r)
    };
    let (l, r) = split(channel_row);
    frame.render_widget(
        Paragraph::new(label(
            &say!("editor-channel"),
            field == EditorField::Channel,
        )),
        l,
    );
    let focused = field == EditorField::Channel;
    let channel = Line::from(vec![
        Span::styled(
            format!("‹ {} ›", editor.channel.said()),
            if focused {
                theme::field_focused()
            } else {
                Style::default()
            },
        ),
        Span::styled(
            format!(
                "  {}",
                say!(
                    "editor-channel-hint",
                    key = label_of(Focus::Editor, Action::CycleChoice)
                )
            ),
            theme::dim(),
        ),
    ]);
    frame.render_widget(Paragraph::new(channel), r);

    let (l, r) = split(when_row);
    frame.render_widget(
        Paragraph::new(label(&say!("editor-when"), field == EditorField::When)),
        l,
    );
    render_line_input(frame, r, &editor.when, field == EditorField::When);

    let (l, r) = split(amount_row);
    frame.render_widget(
        Paragraph::new(label(&say!("editor-amount"), field == EditorField::Amount)),
        l,
    );
    if editor.amount.is_empty() && field != EditorField::Amount {
        frame.render_widget(
            Paragraph::new(Span::styled(say!("editor-amount-hint"), theme::dim())),
            r,
        );
    } else {
        render_line_input(frame, r, &editor.amount, field == EditorField::Amount);
    }

    render_text(frame, text_area, editor, today);
}

/// The note's text, in its own box, with the days its `>>`/`<<` lines name under it.
fn render_text(frame: &mut Frame, text_area: Rect, editor: &NoteEditor, today: chrono::NaiveDate) {
    let field = editor.field;
    let mut text_block = Block::bordered()
        .title(label(&say!("editor-note"), field == EditorField::Text))
        .border_style(theme::border(field == EditorField::Text));
    if let Some(days) = super::capture::said_back(&editor.text_value(), today) {
        text_block = text_block.title_bottom(days);
    }
    let text_inner = text_block.inner(text_area);
    frame.render_widget(text_block, text_area);
    if editor.text.is_empty() {
        let hint = Span::styled(
            say!("editor-hint", save = "C-s", leave = "Esc"),
            theme::dim(),
        );
        let first = if field == EditorField::Text {
            Line::from(vec![Span::styled(" ", theme::cursor()), hint])
        } else {
            Line::from(hint)
        };
        let mut lines = vec![first, Line::from("")];
        lines.extend(capture_placeholder());
        frame.render_widget(Paragraph::new(lines), text_inner);
    } else {
        let mut text = editor.text.clone();
        if field != EditorField::Text {
            text.set_cursor_style(Style::default());
        }
        frame.render_widget(&text, text_inner);
        super::cursor_cell::draw_whole_cluster(frame.buffer_mut(), text_inner, &text);
    }
}

/// How a follow-up is written inside a note, shown dim while the note is empty and gone at the
/// first key: the `>>` and `<<` lines are otherwise only in the README.
fn capture_placeholder() -> [Line<'static>; 2] {
    [
        Line::from(Span::styled(say!("editor-capture-promise"), theme::dim())),
        Line::from(Span::styled(say!("editor-capture-request"), theme::dim())),
    ]
}
