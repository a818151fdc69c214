//! The charts of the stats screen: interactions per week (a bar per week, a sparkline per
//! channel), customers gained and lost per month (paired bars, and a line of the customers kept),
//! money owed by age (a bar per bucket, per direction and currency) and promises kept. Each
//! returns the selected number in words for the line under it; the tables are in `tables.rs`.

use super::{Panel, Pick, StatsView, owing_code};
use crate::domain::{Aging, Amount, Channel, Direction};
use crate::review::stats::{Bar as StatsBar, PromiseBar};
use crate::say;
use crate::tui::theme;
use crate::words::dates::{DayStyle, day, month_name, month_year};
use crate::words::numbers::count;
use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Axis, Bar, BarChart, BarGroup, Block, Chart, Dataset, GraphType, Paragraph, Sparkline,
};

use super::tables;

/// Draws the chart shown and says its selected number.
pub fn render(frame: &mut Frame, area: Rect, view: &StatsView) -> String {
    let selected = view.selected();
    match view.panel {
        Panel::Weeks => weeks(frame, area, view, selected),
        Panel::Customers => customers(frame, area, view, selected),
        Panel::Owed => owed(frame, area, view, selected),
        Panel::Promises => promises(frame, area, view, selected),
        Panel::Top => tables::top(frame, area, view, selected),
        Panel::Value => tables::value(frame, area, view, selected),
        Panel::AtRisk => tables::at_risk(frame, area, view, selected),
    }
}

/// A bar's style: the selected one reversed, the others in their role's style.
fn bar_style(selected: bool, role: Style) -> Style {
    if selected { theme::selected() } else { role }
}

/// The widest bars that fit `bars` bars (and `gaps` gaps of one column) in `width`, 1 to `most`.
fn bar_width(width: u16, bars: usize, gaps: usize, most: usize) -> u16 {
    let room = usize::from(width).saturating_sub(gaps);
    u16::try_from((room / bars.max(1)).clamp(1, most)).unwrap_or(1)
}

fn nothing(frame: &mut Frame, area: Rect, said: String) -> String {
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(format!("  {said}"), theme::dim()))),
        area,
    );
    String::new()
}

/// Parts of a sentence joined, or `none`, which the messages read as "nothing to add".
fn none_or(parts: Vec<String>) -> String {
    if parts.is_empty() {
        "none".to_string()
    } else {
        parts.join(", ")
    }
}

/// A channel's name, plural, as the charts say it.
pub(super) fn channel_name(channel: Channel) -> String {
    say!("statscreen-channel", channel = channel.as_str())
}

fn weeks(frame: &mut Frame, area: Rect, view: &StatsView, selected: usize) -> String {
    let weeks = &view.stats.weeks;
    if weeks.iter().all(|w| w.total() == 0) {
        return nothing(frame, area, say!("statscreen-no-interactions"));
    }
    let channels: Vec<Channel> = Channel::ALL
        .iter()
        .map(|(c, _)| *c)
        .filter(|c| {
            weeks
                .iter()
                .any(|w| w.by_channel.iter().any(|(x, _)| x == c))
        })
        .collect();
    let lines = if area.height >= 10 + channels.len() as u16 {
        channels.len() as u16
    } else {
        0
    };
    let [bars, lines_area] =
        Layout::vertical([Constraint::Min(5), Constraint::Length(lines)]).areas(area);
    let data: Vec<Bar> = weeks
        .iter()
        .enumerate()
        .map(|(i, w)| {
            Bar::with_label(format!("{:02}", w.monday.iso_week().week()), w.total())
                .text_value(count(w.total()))
                .style(bar_style(i == selected, theme::label()))
        })
        .collect();
    let width = bar_width(bars.width, data.len(), data.len(), 7);
    frame.render_widget(
        BarChart::new(data)
            .bar_width(width)
            .bar_gap(1)
            .value_style(theme::dim()),
        bars,
    );
    // Each channel's line runs under the bars, a week as wide as its bar, its name after it.
    let step = usize::from(width) + 1;
    let line_width = u16::try_from(step * weeks.len()).unwrap_or(u16::MAX);
    for (row, channel) in channels.iter().enumerate() {
        let y = lines_area.y + row as u16;
        let [line, label] =
            Layout::horizontal([Constraint::Length(line_width), Constraint::Min(1)]).areas(Rect {
                y,
                height: 1,
                ..lines_area
            });
        let counts: Vec<u64> = weeks
            .iter()
            .flat_map(|w| {
                let n = w
                    .by_channel
                    .iter()
                    .find(|(c, _)| c == channel)
                    .map_or(0, |x| x.1);
                std::iter::repeat_n(n, step)
            })
            .collect();
        frame.render_widget(
            Sparkline::default().data(&counts).style(theme::label()),
            line,
        );
        let name = crate::domain::text::fit_screen(&channel_name(*channel), label.width.into());
        frame.render_widget(Paragraph::new(Span::styled(name, theme::dim())), label);
    }
    let Some(week) = weeks.get(selected) else {
        return String::new();
    };
    if let Some((channel, n)) = view.part.checked_sub(1).and_then(|p| view.parts().get(p)) {
        return say!(
            "statscreen-week-channel-said",
            week = week.monday.iso_week().week(),
            day = day(week.monday, DayStyle::Short),
            channel = channel_name(*channel),
            count = *n
        );
    }
    let parts: Vec<String> = week
        .by_channel
        .iter()
        .map(|(c, n)| format!("{} {n}", channel_name(*c)))
        .collect();
    say!(
        "statscreen-week-said",
        week = week.monday.iso_week().week(),
        day = day(week.monday, DayStyle::Short),
        count = week.total(),
        channels = none_or(parts)
    )
}

fn customers(frame: &mut Frame, area: Rect, view: &StatsView, selected: usize) -> String {
    let months = &view.stats.months;
    if months
        .iter()
        .all(|m| m.gained == 0 && m.lost == 0 && m.kept == 0)
    {
        return nothing(frame, area, say!("statscreen-no-customers"));
    }
    let line_height = if area.height >= 16 {
        area.height / 3
    } else {
        0
    };
    let [bars, kept] =
        Layout::vertical([Constraint::Min(5), Constraint::Length(line_height)]).areas(area);
    let groups: Vec<BarGroup> = months
        .iter()
        .enumerate()
        .map(|(i, m)| {
            BarGroup::new(vec![
                Bar::with_label("", m.gained)
                    .text_value(count(m.gained))
                    .style(bar_style(3 * i == selected, theme::info())),
                Bar::with_label("", m.lost)
                    .text_value(count(m.lost))
                    .style(bar_style(3 * i + 1 == selected, theme::overdue())),
            ])
            .label(Line::from(month_name(m.month.month())))
        })
        .collect();
    let width = bar_width(bars.width, 2 * months.len(), months.len(), 7);
    frame.render_widget(
        BarChart::grouped(groups)
            .bar_width(width)
            .bar_gap(0)
            .group_gap(1)
            .value_style(theme::dim()),
        bars,
    );
    if line_height > 0 {
        kept_line(frame, kept, view);
    }
    let Some(month) = months.get(selected / 3) else {
        return String::new();
    };
    if let Some((reason, n)) = view.part.checked_sub(1).and_then(|p| view.reasons().get(p)) {
        return say!(
            "statscreen-month-reason-said",
            month = month_year(month.month),
            reason = reason.label(),
            count = *n
        );
    }
    let reasons: Vec<String> = month
        .reasons
        .iter()
        .map(|(r, n)| format!("{} {n}", r.label()))
        .collect();
    say!(
        "statscreen-month-said",
        month = month_year(month.month),
        gained = month.gained,
        lost = month.lost,
        kept = month.kept,
        reasons = none_or(reasons),
        which = ["gained", "lost", "kept"][selected % 3]
    )
}

/// Customers kept at each month's end, as a line.
fn kept_line(frame: &mut Frame, area: Rect, view: &StatsView) {
    let months = &view.stats.months;
    let points: Vec<(f64, f64)> = months
        .iter()
        .enumerate()
        .map(|(i, m)| (i as f64, m.kept as f64))
        .collect();
    let low = months.iter().map(|m| m.kept).min().unwrap_or(0);
    let high = months
        .iter()
        .map(|m| m.kept)
        .max()
        .unwrap_or(0)
        .max(low + 1);
    let first = months.first().map(|m| month_year(m.month));
    let last = months.last().map(|m| month_year(m.month));
    let chart = Chart::new(vec![
        Dataset::default()
            .name(say!("statscreen-kept-line"))
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme::label())
            .data(&points),
    ])
    .block(Block::new().title(Span::styled(say!("statscreen-kept-line"), theme::dim())))
    .x_axis(
        Axis::default()
            .bounds([0.0, (months.len().max(2) - 1) as f64])
            .labels(first.into_iter().chain(last).map(Line::from))
            .style(theme::dim()),
    )
    .y_axis(
        Axis::default()
            .bounds([low as f64, high as f64])
            .labels([count(low), count(high)].map(Line::from))
            .style(theme::dim()),
    )
    .legend_position(None);
    frame.render_widget(chart, area);
}

fn owed(frame: &mut Frame, area: Rect, view: &StatsView, selected: usize) -> String {
    let owed = &view.stats.owed.by;
    if owed.is_empty() {
        return nothing(frame, area, say!("statscreen-no-owed"));
    }
    let each = (area.height / owed.len() as u16).max(5);
    for (n, (&(owing, currency), buckets)) in owed.iter().enumerate() {
        let y = area.y + n as u16 * each;
        if y + 4 > area.bottom() {
            break;
        }
        let chunk = Rect {
            y,
            height: each.min(area.bottom() - y),
            ..area
        };
        let data: Vec<Bar> = Aging::ALL
            .iter()
            .enumerate()
            .map(|(b, aging)| {
                let minor = buckets.minor[aging.index()];
                Bar::with_label(
                    say!("statscreen-aging", aging = aging.key()),
                    minor.max(0) as u64,
                )
                .text_value(Amount { minor, currency }.shown())
                .style(bar_style(n * 5 + b == selected, theme::amount()))
            })
            .collect();
        let title = say!(
            "statscreen-owed-title",
            owing = owing_code(owing),
            currency = currency.to_string()
        );
        frame.render_widget(
            BarChart::new(data)
                .block(Block::new().title(Span::styled(title, theme::title())))
                .bar_width(bar_width(chunk.width, 5, 5, 16))
                .bar_gap(1)
                .value_style(theme::dim()),
            chunk,
        );
    }
    let Some(Pick::Bar(StatsBar::Owed {
        owing,
        currency,
        aging,
    })) = view.selected_pick()
    else {
        return String::new();
    };
    let buckets = &owed[&(owing, currency)];
    say!(
        "statscreen-owed-said",
        owing = owing_code(owing),
        aging = aging.key(),
        amount = Amount {
            minor: buckets.minor[aging.index()],
            currency
        }
        .shown(),
        count = buckets.count[aging.index()]
    )
}

fn promises(frame: &mut Frame, area: Rect, view: &StatsView, selected: usize) -> String {
    let s = &view.stats;
    let rows = [
        (Direction::Promise, &s.promises),
        (Direction::Request, &s.requests),
    ];
    let mut data = Vec::new();
    for (d, (direction, kept)) in rows.iter().enumerate() {
        for (b, (bar, n, role)) in [
            (PromiseBar::OnTime, kept.on_time, theme::info()),
            (PromiseBar::Late, kept.late, theme::label()),
            (PromiseBar::Overdue, kept.overdue, theme::overdue()),
        ]
        .into_iter()
        .enumerate()
        {
            let label = say!(
                "statscreen-promise-bar",
                direction = direction.as_str(),
                bar = super::promise_bar_code(bar)
            );
            data.push(
                Bar::with_label(label, n)
                    .text_value(count(n))
                    .style(bar_style(d * 3 + b == selected, role)),
            );
        }
    }
    frame.render_widget(
        BarChart::horizontal(data)
            .bar_width(1)
            .bar_gap(1)
            .value_style(theme::dim()),
        area,
    );
    let (direction, kept) = rows[(selected / 3).min(1)];
    let done = kept.on_time + kept.late;
    let share = (kept.on_time * 100)
        .checked_div(done + kept.overdue)
        .unwrap_or(0);
    say!(
        "statscreen-promises-said",
        direction = direction.as_str(),
        since = month_year(view.since()),
        on_time = kept.on_time,
        late = kept.late,
        overdue = kept.overdue,
        share = share
    )
}
