//! The contact header: who the selected person is, at a glance.

use crate::domain::Contact;
use crate::domain::{lifetime_value, next_open_followup};
use crate::say;
use crate::tui::model::ContactDetail;
use crate::tui::parts::safe;
use crate::tui::state::State;
use crate::tui::theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

fn pair(label: String, value: String) -> Vec<Span<'static>> {
    vec![
        Span::styled(format!("{label} "), theme::label()),
        Span::raw(value),
        Span::raw("   "),
    ]
}

pub fn render(frame: &mut Frame, area: Rect, state: &State) {
    let block = Block::bordered().border_style(theme::border(false));
    let Some(detail) = &state.detail else {
        frame.render_widget(block, area);
        return;
    };
    let c = &detail.contact;
    let mut lines = vec![
        who(c),
        reach(c),
        facts(c, detail, state.today),
        touch(detail, state.today),
        money(detail, state.today),
    ];
    if let Some(f) = next_open_followup(&detail.followups) {
        let style = if f.due < state.today {
            theme::overdue()
        } else {
            ratatui::style::Style::default()
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", say!("header-next")), theme::label()),
            Span::styled(
                format!(
                    "{} {}: {}",
                    crate::words::dates::iso(f.due),
                    f.direction.said(),
                    safe(&f.text)
                ),
                style,
            ),
        ]));
    }
    if let Some(a) = &c.archived {
        lines.push(Line::from(Span::styled(
            say!(
                "header-archived",
                date = crate::words::dates::iso(a.at),
                reason = safe(&a.reason)
            ),
            theme::dim(),
        )));
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// Name, role, kind and grade.
fn who(c: &Contact) -> Line<'static> {
    let mut first = vec![Span::styled(safe(&c.name), theme::title())];
    let role: Vec<String> = [c.title.as_deref(), c.company.as_deref()]
        .into_iter()
        .flatten()
        .map(safe)
        .collect();
    if !role.is_empty() {
        first.push(Span::raw(format!("  {}", role.join(", "))));
    }
    first.push(Span::styled(format!("  · {}", c.kind.said()), theme::dim()));
    if let Some(g) = c.grade {
        let grade = say!("header-grade", grade = g);
        first.push(Span::styled(format!("  · {grade}"), theme::dim()));
    }
    Line::from(first)
}

/// The first email and phone, with what they are ("mobile, work", a group's own label).
fn reach(c: &Contact) -> Line<'static> {
    let with_kind = |l: &crate::domain::Labeled| match l.kind_in_words() {
        Some(kind) => format!("{} ({})", safe(&l.value), safe(&kind)),
        None => safe(&l.value),
    };
    let mut reach = Vec::new();
    if let Some(e) = c.emails.first() {
        reach.extend(pair("✉".into(), with_kind(e)));
    }
    if let Some(p) = c.phones.first() {
        reach.extend(pair("☎".into(), with_kind(p)));
    }
    Line::from(reach)
}

/// Tags, when the next birthday is, and money owed either way.
fn facts(c: &Contact, detail: &ContactDetail, today: chrono::NaiveDate) -> Line<'static> {
    let mut facts = Vec::new();
    if !c.tags.is_empty() {
        let tags: Vec<String> = c.tags.iter().map(|t| format!("#{t}")).collect();
        facts.extend(pair(say!("header-tags"), safe(&tags.join(" "))));
    }
    if let Some(b) = c.birthday {
        let next = b.next_on_or_after(today);
        let days = (next - today).num_days();
        let when = if days == 0 {
            say!("header-birthday-today")
        } else {
            say!("header-birthday-in", days = days)
        };
        facts.extend(pair(
            say!("header-birthday"),
            format!(
                "{} ({when})",
                crate::words::dates::day(next, crate::words::dates::DayStyle::DayMonth)
            ),
        ));
    }
    owed(&mut facts, detail, today);
    Line::from(facts)
}

/// When they were last in touch, and how that stands against their cadence.
fn touch(detail: &ContactDetail, today: chrono::NaiveDate) -> Line<'static> {
    let mut touch = Vec::new();
    let last = match detail.last_contacted {
        Some(at) => format!(
            "{} ({})",
            crate::words::dates::iso(at),
            crate::tui::parts::days_ago(today, Some(at))
        ),
        None => say!("header-never"),
    };
    touch.extend(pair(say!("header-last"), last));
    if let Some(cadence) = detail.cadence {
        match crate::domain::cadence_overdue_by(
            &detail.contact,
            detail.cadence,
            detail.last_contacted,
            today,
        ) {
            Some(days) => touch.push(Span::styled(
                say!("header-cadence-over", cadence = cadence, days = days),
                theme::overdue(),
            )),
            None => touch.extend(pair(
                say!("header-every"),
                say!("header-cadence", days = cadence),
            )),
        }
    }
    Line::from(touch)
}

/// Lifetime value, open promises and the share kept on time.
fn money(detail: &ContactDetail, today: chrono::NaiveDate) -> Line<'static> {
    let mut money = Vec::new();
    let value: Vec<String> = lifetime_value(&detail.timeline)
        .iter()
        .map(crate::domain::Amount::shown)
        .collect();
    if !value.is_empty() {
        money.push(Span::styled(
            format!("{} ", say!("header-value")),
            theme::label(),
        ));
        money.push(Span::styled(value.join(" + "), theme::amount()));
    }
    let open_promises = detail
        .followups
        .iter()
        .filter(|f| f.is_open() && f.direction == crate::domain::Direction::Promise)
        .count();
    let kept = crate::domain::promises_kept_share(&detail.followups, today);
    if open_promises > 0 || kept.is_some() {
        if !money.is_empty() {
            money.push(Span::raw("   "));
        }
        money.push(Span::styled(
            format!("{} ", say!("header-promises")),
            theme::label(),
        ));
        let text = match kept {
            Some(share) => say!(
                "header-promises-open-kept",
                open = open_promises,
                percent = format!("{:.0}", share * 100.0)
            ),
            None => say!("header-promises-open", open = open_promises),
        };
        money.push(Span::raw(text));
    }
    referrals(&mut money, detail);
    Line::from(money)
}

/// Whom they referred (a few by name) and what those referrals bought; nothing when they
/// referred nobody.
fn referrals(line: &mut Vec<Span<'static>>, detail: &ContactDetail) {
    let r = &detail.referred;
    if r.count == 0 {
        return;
    }
    if !line.is_empty() {
        line.push(Span::raw("   "));
    }
    line.push(Span::styled(
        format!("{} ", say!("referral-header")),
        theme::label(),
    ));
    let names: Vec<String> = detail.referred_names.iter().map(|n| safe(n)).collect();
    line.push(Span::raw(say!(
        "referral-header-names",
        count = r.count,
        names = names.join(", "),
        more = r.count.saturating_sub(names.len())
    )));
    if !r.value.is_empty() {
        let value: Vec<String> = r.value.iter().map(ToString::to_string).collect();
        line.push(Span::raw(format!(" {} ", say!("referral-header-brought"))));
        line.push(Span::styled(value.join(" + "), theme::amount()));
    }
}

/// What they owe and what is owed to them, per currency, in the overdue colour when part of
/// it is past due; nothing when nothing is owed either way.
fn owed(line: &mut Vec<Span<'static>>, detail: &ContactDetail, today: chrono::NaiveDate) {
    use crate::domain::{Owing, Totals};
    let mut totals = Totals::default();
    for i in detail.invoices.iter().filter(|i| i.is_open()) {
        totals.add(i.owing, i.aging(today), i.outstanding(), 1);
    }
    for (owing, label) in [
        (Owing::TheyOweMe, say!("header-owes-you")),
        (Owing::IOweThem, say!("header-you-owe")),
    ] {
        let sums: Vec<_> = totals.of(owing).collect();
        if sums.is_empty() {
            continue;
        }
        line.push(Span::styled(format!("{label} "), theme::label()));
        let said: Vec<String> = sums
            .iter()
            .map(|(c, b)| Totals::amount(*c, b.total_minor()).shown())
            .collect();
        let late = sums.iter().any(|(_, b)| b.overdue_minor() > 0);
        let style = if late {
            theme::overdue()
        } else {
            theme::amount()
        };
        line.push(Span::styled(said.join(" + "), style));
        line.push(Span::styled(open_labels(detail, owing), theme::dim()));
        line.push(Span::raw("   "));
    }
}

/// How many open invoices a direction's sums show in the header by name.
const LABELS_SHOWN: usize = 3;

/// The open invoices or bills of one direction, soonest due first, by their labels: " (INV-014,
/// R-2 +3)", so the header names what the sums are made of.
fn open_labels(detail: &ContactDetail, owing: crate::domain::Owing) -> String {
    let mut open: Vec<&crate::domain::Invoice> = (detail.invoices.iter())
        .filter(|i| i.is_open() && i.owing == owing)
        .collect();
    open.sort_by_key(|i| (i.due, i.id));
    let labels: Vec<String> = (open.iter().take(LABELS_SHOWN))
        .map(|i| safe(&i.label()))
        .collect();
    say!(
        "owed2-header-open",
        labels = labels.join(", "),
        more = open.len().saturating_sub(LABELS_SHOWN)
    )
}
