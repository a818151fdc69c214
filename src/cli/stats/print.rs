//! The stats as text: one section after another, every stored string made safe, amounts in
//! their own currency and never added across currencies.

use super::{ContactValueJson, amount};
use crate::cli::output::line;
use crate::domain::{Aging, Kept, Owing};
use crate::review::stats::{GroupValue, Stats};
use crate::say;
use chrono::Datelike;
use std::io::Write;

pub(super) fn stats(out: &mut dyn Write, s: &Stats) -> anyhow::Result<()> {
    weeks(out, s)?;
    months(out, s)?;
    owed(out, s)?;
    promises(out, s)?;
    value(out, s, None)?;
    at_risk(out, s)
}

fn weeks(out: &mut dyn Write, s: &Stats) -> anyhow::Result<()> {
    writeln!(out, "{}", say!("stats-weeks-title"))?;
    for w in &s.weeks {
        let iso = w.monday.iso_week();
        let channels: Vec<String> = w
            .by_channel
            .iter()
            .map(|(c, n)| say!("stats-count-of", what = c.label(), count = *n))
            .collect();
        let week = format!("{}-W{:02}", iso.year(), iso.week());
        let head = say!(
            "stats-week-line",
            week = week,
            monday = w.monday.to_string(),
            total = w.total()
        );
        writeln!(out, "  {head}  {}", channels.join(", "))?;
    }
    Ok(())
}

fn months(out: &mut dyn Write, s: &Stats) -> anyhow::Result<()> {
    writeln!(out, "{}", say!("stats-months-title"))?;
    for m in &s.months {
        let head = say!(
            "stats-month-line",
            month = m.month.format("%Y-%m").to_string(),
            gained = m.gained,
            lost = m.lost,
            kept = m.kept
        );
        if m.reasons.is_empty() {
            writeln!(out, "  {head}")?;
            continue;
        }
        let reasons: Vec<String> = m
            .reasons
            .iter()
            .map(|(r, n)| say!("stats-count-of", what = r.label(), count = *n))
            .collect();
        writeln!(out, "  {head}  ({})", reasons.join(", "))?;
    }
    Ok(())
}

fn owed(out: &mut dyn Write, s: &Stats) -> anyhow::Result<()> {
    writeln!(out, "{}", say!("stats-owed-title"))?;
    if s.owed.is_empty() {
        writeln!(out, "  {}", say!("stats-owed-none"))?;
    }
    for owing in [Owing::TheyOweMe, Owing::IOweThem] {
        for (currency, b) in s.owed.of(owing) {
            let buckets: Vec<String> = Aging::ALL
                .iter()
                .map(|a| {
                    format!(
                        "{} {}",
                        a.key(),
                        amount(currency, b.minor[a.index()]).shown()
                    )
                })
                .collect();
            let who = match owing {
                Owing::TheyOweMe => say!("stats-owed-to-me"),
                Owing::IOweThem => say!("stats-owed-by-me"),
            };
            let total = amount(currency, b.total_minor()).shown();
            writeln!(out, "  {who}: {total}  ({})", buckets.join(", "))?;
        }
    }
    Ok(())
}

fn kept_line(k: &Kept) -> String {
    let rate = k
        .on_time_rate()
        .map_or_else(|| "-".to_string(), |r| format!("{:.0}%", r * 100.0));
    say!(
        "stats-kept-line",
        on_time = k.on_time,
        late = k.late,
        overdue = k.overdue,
        rate = rate
    )
}

fn promises(out: &mut dyn Write, s: &Stats) -> anyhow::Result<()> {
    let since = s.months.first().map_or(s.today, |m| m.month).to_string();
    writeln!(out, "{}", say!("stats-promises-title", since = since))?;
    writeln!(out, "  {}: {}", say!("stats-mine"), kept_line(&s.promises))?;
    writeln!(
        out,
        "  {}: {}",
        say!("stats-theirs"),
        kept_line(&s.requests)
    )?;
    Ok(())
}

fn groups(out: &mut dyn Write, title: String, groups: &[GroupValue]) -> anyhow::Result<()> {
    writeln!(out, "{title}")?;
    if groups.is_empty() {
        writeln!(out, "  {}", say!("stats-none"))?;
    }
    for g in groups {
        let value = amount(g.currency, g.minor).shown();
        let (group, contacts) = (line(&g.group), g.contacts);
        let said = say!(
            "stats-group-line",
            group = group,
            value = value,
            contacts = contacts
        );
        writeln!(out, "  {said}")?;
    }
    Ok(())
}

/// Top customers and the value by kind and tag (`by_tag`: only one of them).
pub(super) fn value(out: &mut dyn Write, s: &Stats, by_tag: Option<bool>) -> anyhow::Result<()> {
    writeln!(out, "{}", say!("stats-top-title"))?;
    if s.top.is_empty() {
        writeln!(out, "  {}", say!("stats-none"))?;
    }
    for t in &s.top {
        for (rank, c) in t.customers.iter().enumerate() {
            let said = say!(
                "stats-top-line",
                rank = rank + 1,
                name = line(&c.name),
                value = amount(t.currency, c.minor).shown(),
                purchases = c.purchases
            );
            writeln!(out, "  {said}")?;
        }
    }
    if by_tag != Some(true) {
        groups(out, say!("stats-by-kind-title"), &s.value_by_kind)?;
    }
    if by_tag != Some(false) {
        groups(out, say!("stats-by-tag-title"), &s.value_by_tag)?;
    }
    if let Some(days) = s.days_between_purchases {
        let days = format!("{days:.1}");
        writeln!(out, "{}", say!("stats-between-purchases", days = days))?;
    }
    Ok(())
}

pub(super) fn at_risk(out: &mut dyn Write, s: &Stats) -> anyhow::Result<()> {
    writeln!(
        out,
        "{}",
        say!("stats-at-risk-title", count = s.at_risk_total)
    )?;
    if s.at_risk.is_empty() {
        writeln!(out, "  {}", say!("stats-at-risk-none"))?;
    }
    for r in &s.at_risk {
        let id = format!("{}", r.contact.0);
        let (name, last) = (line(&r.name), r.last.to_string());
        let (kind, rhythm, past) = (r.kind.as_str(), r.rhythm, r.days_past);
        let said = if r.learned {
            say!(
                "stats-at-risk-line",
                id = id,
                name = name,
                kind = kind,
                last = last,
                rhythm = rhythm,
                past = past
            )
        } else {
            say!(
                "stats-at-risk-line-cadence",
                id = id,
                name = name,
                kind = kind,
                last = last,
                rhythm = rhythm,
                past = past
            )
        };
        writeln!(out, "  {said}")?;
    }
    let more = s.at_risk_total.saturating_sub(s.at_risk.len() as u64);
    if more > 0 {
        writeln!(out, "  {}", say!("stats-more", count = more))?;
    }
    Ok(())
}

pub(super) fn contact_value(out: &mut dyn Write, v: &ContactValueJson) -> anyhow::Result<()> {
    let name = line(&v.name);
    if v.value.is_empty() && v.purchases == 0 {
        writeln!(out, "{}", say!("value-nothing-bought", name = name))?;
    } else {
        let values: Vec<&str> = v.value.iter().map(|a| a.display.as_str()).collect();
        let value = values.join(", ");
        writeln!(out, "{}", say!("value-contact", name = name, value = value))?;
        let (first, last) = (
            v.first_purchase.clone().unwrap_or_default(),
            v.last_purchase.clone().unwrap_or_default(),
        );
        let said = say!(
            "value-purchases",
            purchases = v.purchases,
            refunds = v.refunds,
            first = first,
            last = last
        );
        writeln!(out, "  {said}")?;
        if let Some(days) = v.days_between_purchases {
            let days = format!("{days:.1}");
            writeln!(out, "  {}", say!("stats-between-purchases", days = days))?;
        }
    }
    if let Some(rhythm) = v.rhythm_days {
        let said = if v.rhythm_learned {
            say!("value-rhythm-learned", days = rhythm)
        } else {
            say!("value-rhythm-cadence", days = rhythm)
        };
        writeln!(out, "  {said}")?;
    }
    Ok(())
}
