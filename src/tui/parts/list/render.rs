//! The contact list: one line per contact, only the rows on screen are built.

use crate::domain::text::{fit, fit_screen, fit_screen_right, keep_columns, terminal_width};
use crate::say;
use crate::tui::parts::search;
use crate::tui::parts::{days_ago, safe};
use crate::tui::state::{Focus, State};
use crate::tui::theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

/// From this inner width the list shows the company and the next follow-up's day too.
const WIDE_LIST: usize = 70;

/// The columns of the kind: its widest word in the language (four in English), at most
/// [`KIND_MOST`], so every row is as wide as the list.
fn kind_width() -> usize {
    use crate::domain::Kind::*;
    [Customer, Prospect, Employee, Partner, Supplier, Other]
        .into_iter()
        .map(|kind| terminal_width(kind_tag(kind).trim_end()))
        .max()
        .unwrap_or(4)
        .clamp(4, KIND_MOST)
}

/// The most columns a kind's word takes from the name beside it.
const KIND_MOST: usize = 8;

/// A kind's short word (four columns in English).
fn kind_tag(kind: crate::domain::Kind) -> String {
    use crate::domain::Kind::*;
    match kind {
        Customer => say!("list-kind-customer"),
        Prospect => say!("list-kind-prospect"),
        Employee => say!("list-kind-employee"),
        Partner => say!("list-kind-partner"),
        Supplier => say!("list-kind-supplier"),
        Other => say!("list-kind-other"),
    }
}

pub fn render(frame: &mut Frame, area: Rect, state: &State) {
    let focused = matches!(state.focus(), Focus::List | Focus::Search);
    let list = &state.list;
    let notes = state.layers.search().and_then(|s| s.notes.as_ref());
    let title = match (notes, &list.filtered) {
        (Some(n), _) if n.more => say!("list-title-notes-more", count = n.hits.len()),
        (Some(n), _) => say!("list-title-notes", count = n.hits.len()),
        (None, Some(hits)) => say!(
            "list-title-filtered",
            shown = hits.len(),
            total = list.total
        ),
        (None, None) if list.archived => say!("reach-list-title-archived", total = list.total),
        (None, None) => say!("list-title", total = list.total),
    };
    let title = format!(" {} ", keep_columns(&title));
    let block = Block::bordered()
        .title(Span::styled(title, theme::title()))
        .border_style(theme::border(focused));
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let height = state.list_height();
    let width = usize::from(inner.width);
    let lines = match notes {
        Some(notes) => search::render::note_lines(notes, width, height),
        None => contact_lines(state, focused, width, height),
    };
    let rows_area = Rect {
        height: inner
            .height
            .saturating_sub(u16::from(state.layers.search().is_some())),
        ..inner
    };
    frame.render_widget(Paragraph::new(lines), rows_area);
    if let Some(search) = state.layers.search() {
        let line_area = Rect {
            y: inner.bottom().saturating_sub(1),
            height: 1,
            ..inner
        };
        frame.render_widget(search::render::search_line(search, list, notes), line_area);
    }
}

/// One line a contact in view: attention marker, name (search matches marked), kind, days.
fn contact_lines(state: &State, focused: bool, width: usize, height: usize) -> Vec<Line<'static>> {
    let list = &state.list;
    // marker(1) space name space kind(4 in English) space days(5); a wide list adds the company
    // before the kind and the next follow-up's day (6) after the days. Every cell is cut and
    // padded in terminal columns, so a translated word cannot move the columns after it.
    let kind_width = kind_width();
    let rest = width.saturating_sub(1 + 1 + 1 + kind_width + 1 + 5);
    let wide = width >= WIDE_LIST;
    let (name_width, company_width) = if wide {
        let rest = rest - (1 + 6) - 1;
        (rest * 3 / 5, rest - rest * 3 / 5)
    } else {
        (rest, 0)
    };
    let words = match state.layers.search() {
        Some(search) => crate::search::query::parse(&search.text())
            .map(|q| q.words)
            .unwrap_or_default(),
        None => Vec::new(),
    };
    let mut lines = Vec::with_capacity(height);
    for index in list.scroll.offset..(list.scroll.offset + height).min(list.len()) {
        let Some(id) = list.id_at(index) else { break };
        let selected = index == list.scroll.selected;
        let style = match (selected, focused) {
            (true, true) => theme::selected(),
            (true, false) => theme::selected_unfocused(),
            (false, _) => ratatui::style::Style::default(),
        };
        let line = match list.rows.get(&id) {
            Some(row) => {
                let marker = if row.needs_attention {
                    Span::styled("!", theme::overdue())
                } else {
                    Span::raw(" ")
                };
                let mut spans = vec![marker, Span::raw(" ")];
                spans.extend(highlighted(&fit(&safe(&row.name), name_width), &words));
                if wide {
                    let company = safe(row.company.as_deref().unwrap_or(""));
                    spans.push(Span::raw(" "));
                    spans.push(Span::raw(
                        keep_columns(&fit(&company, company_width)).into_owned(),
                    ));
                }
                spans.extend([
                    Span::raw(" "),
                    Span::styled(
                        fit_screen(&kind_tag(row.kind), kind_width),
                        if selected { style } else { theme::dim() },
                    ),
                    Span::raw(" "),
                    Span::raw(fit_screen_right(
                        &days_ago(state.today, row.last_contacted),
                        5,
                    )),
                ]);
                if wide {
                    let next = (row.next_due)
                        .map(|d| {
                            crate::words::dates::day(d, crate::words::dates::DayStyle::DayMonthBare)
                        })
                        .unwrap_or_default();
                    let late = row.next_due.is_some_and(|d| d < state.today);
                    let next_style = if late && !selected {
                        theme::overdue()
                    } else {
                        style
                    };
                    spans.push(Span::raw(" "));
                    spans.push(Span::styled(fit_screen_right(&next, 6), next_style));
                }
                Line::from(spans)
            }
            None => Line::from(Span::styled(fit("  …", width), theme::dim())),
        };
        lines.push(line.style(style));
    }
    lines
}

/// A name as spans, the graphemes the search words match in the highlight style.
fn highlighted(name: &str, words: &[String]) -> Vec<Span<'static>> {
    let marks = if words.is_empty() {
        Vec::new()
    } else {
        crate::search::matcher::highlight(name, words)
    };
    if marks.is_empty() {
        return vec![Span::raw(keep_columns(name).into_owned())];
    }
    let mut spans = Vec::new();
    let mut run = String::new();
    let mut run_marked = false;
    for (i, g) in unicode_segmentation::UnicodeSegmentation::graphemes(name, true).enumerate() {
        let marked = marks.binary_search(&i).is_ok();
        if marked != run_marked && !run.is_empty() {
            spans.push(styled_run(std::mem::take(&mut run), run_marked));
        }
        run_marked = marked;
        run.push_str(g);
    }
    if !run.is_empty() {
        spans.push(styled_run(run, run_marked));
    }
    spans
}

fn styled_run(text: String, marked: bool) -> Span<'static> {
    let text = keep_columns(&text).into_owned();
    if marked {
        Span::styled(text, theme::matched())
    } else {
        Span::raw(text)
    }
}
