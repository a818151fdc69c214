//! Plain-text output for a terminal: every stored string passes through the display sanitiser,
//! and columns are padded by display width so Devanagari and Bengali names line up.

use crate::domain::text::terminal_width;
use crate::domain::text::{display_line, display_safe};
use crate::domain::{Contact, FollowUp, Interaction};
use crate::interop::json::{ContactDetailJson, DerivedJson};
use crate::store::Store;
use chrono::{NaiveDate, NaiveDateTime};
use std::io::{Result, Write};

/// A stored string made safe for one line of terminal output.
pub fn line(s: &str) -> String {
    display_line(s).into_owned()
}

use crate::domain::text::fit as cell;

fn ago(today: NaiveDate, at: Option<NaiveDateTime>) -> String {
    match at {
        None => "never".into(),
        Some(at) => match (today - at.date()).num_days() {
            0 => "today".into(),
            1 => "1 day ago".into(),
            n if n < 0 => at.date().to_string(),
            n => format!("{n} days ago"),
        },
    }
}

/// What the contact table shows of one contact, made safe for the terminal: a list keeps these
/// few strings per contact, not the contacts themselves.
pub struct TableRow {
    id: u64,
    name: String,
    kind: &'static str,
    company: String,
    last: String,
}

impl TableRow {
    pub fn of(c: &Contact, last: Option<NaiveDateTime>, today: NaiveDate) -> TableRow {
        TableRow {
            id: c.id.0,
            name: line(&c.name),
            kind: c.kind.as_str(),
            company: line(c.company.as_deref().unwrap_or("")),
            last: ago(today, last),
        }
    }
}

pub fn contact_table(out: &mut dyn Write, rows: &[TableRow]) -> Result<()> {
    if rows.is_empty() {
        return writeln!(out, "No contacts.");
    }
    let widest = |width: fn(&TableRow) -> usize, min: usize, max: usize| {
        rows.iter().map(width).max().unwrap_or(min).clamp(min, max)
    };
    let name_w = widest(|r| terminal_width(&r.name), 4, 40);
    let company_w = widest(|r| terminal_width(&r.company), 7, 30);
    let id_w = widest(|r| r.id.to_string().len(), 2, usize::MAX);
    writeln!(
        out,
        "{:>id_w$}  {}  {}  {}  LAST CONTACT",
        "ID",
        cell("NAME", name_w),
        cell("KIND", 8),
        cell("COMPANY", company_w)
    )?;
    for r in rows {
        writeln!(
            out,
            "{:>id_w$}  {}  {}  {}  {}",
            r.id,
            cell(&r.name, name_w),
            cell(r.kind, 8),
            cell(&r.company, company_w),
            r.last
        )?;
    }
    Ok(())
}

fn field(out: &mut dyn Write, label: &str, value: &str) -> Result<()> {
    if value.is_empty() {
        return Ok(());
    }
    writeln!(out, "  {:<16}{}", format!("{label}:"), line(value))
}

/// `kith show`: the contact's fields, the figures derived from its history, its profile, its
/// follow-ups and its timeline.
pub fn contact_detail(
    out: &mut dyn Write,
    store: &Store,
    c: &Contact,
    detail: &ContactDetailJson,
    timeline: &[Interaction],
    followups: &[FollowUp],
) -> Result<()> {
    writeln!(out, "{}  (id {}, {})", line(&c.name), c.id, c.kind)?;
    if let Some(a) = &c.archived {
        writeln!(
            out,
            "  ARCHIVED {}: {}",
            a.at.format("%Y-%m-%d"),
            line(&a.reason)
        )?;
    }
    contact_fields(out, store, c)?;
    derived_fields(out, c, &detail.derived)?;
    if !c.profile.trim().is_empty() {
        writeln!(out, "\nProfile")?;
        for l in display_safe(&c.profile).lines() {
            writeln!(out, "  {l}")?;
        }
    }
    followup_lines(out, followups)?;
    timeline_lines(out, timeline)
}

/// The fields a person gave, one labelled line each; empty ones are left out.
fn contact_fields(out: &mut dyn Write, store: &Store, c: &Contact) -> Result<()> {
    field(out, "Company", c.company.as_deref().unwrap_or(""))?;
    field(out, "Title", c.title.as_deref().unwrap_or(""))?;
    let join = |items: Vec<String>| items.join(", ");
    field(
        out,
        "Email",
        &join(c.emails.iter().map(ToString::to_string).collect()),
    )?;
    field(
        out,
        "Phone",
        &join(c.phones.iter().map(ToString::to_string).collect()),
    )?;
    field(out, "Tags", &c.tags.join(", "))?;
    field(
        out,
        "Birthday",
        &c.birthday.map(|b| b.to_string()).unwrap_or_default(),
    )?;
    field(
        out,
        "Occasions",
        &join(
            c.occasions
                .iter()
                .map(|o| format!("{} {}", o.label, o.date))
                .collect(),
        ),
    )?;
    field(out, "Interests", c.interests.as_deref().unwrap_or(""))?;
    field(out, "How we met", c.how_we_met.as_deref().unwrap_or(""))?;
    if let Some(by) = c.referred_by {
        let name = store
            .contact(by)
            .map(|r| r.name)
            .unwrap_or_else(|_| format!("contact {by}"));
        field(out, "Referred by", &name)?;
    }
    if let Some(g) = c.grade {
        field(out, "Grade", &format!("{g}/10"))?;
    }
    Ok(())
}

/// What the history says: last contact, keeping in touch, what was spent, promises kept.
fn derived_fields(out: &mut dyn Write, c: &Contact, d: &DerivedJson) -> Result<()> {
    let last = match (&d.last_contacted, d.days_since_contact) {
        (Some(at), Some(days)) => format!("{} ({} days ago)", &at[..10], days),
        _ => "never".into(),
    };
    field(out, "Last contacted", &last)?;
    if let Some(cadence) = c.cadence_days {
        let state = match d.cadence_overdue_days {
            Some(n) => format!("every {cadence} days, overdue by {n}"),
            None => format!("every {cadence} days"),
        };
        field(out, "Keep in touch", &state)?;
    }
    let value: Vec<String> = d.lifetime_value.iter().map(|a| a.display.clone()).collect();
    field(out, "Lifetime value", &value.join(" + "))?;
    if let Some(share) = d.promises_kept_share {
        field(
            out,
            "Promises kept",
            &format!("{:.0}% on time", share * 100.0),
        )?;
    }
    Ok(())
}

/// The contact's follow-ups, each marked open, done or dropped, with its id for `kith done`.
fn followup_lines(out: &mut dyn Write, followups: &[FollowUp]) -> Result<()> {
    if followups.is_empty() {
        return Ok(());
    }
    writeln!(out, "\nFollow-ups")?;
    for f in followups {
        writeln!(
            out,
            "  [{}] {:>6}  due {}  {:<8}  {}",
            match f.state.as_str() {
                "open" => ' ',
                "done" => 'x',
                _ => '-',
            },
            f.id,
            f.due,
            f.direction.as_str(),
            line(&f.text)
        )?;
    }
    Ok(())
}

/// Every interaction, newest first, with its note below it.
fn timeline_lines(out: &mut dyn Write, timeline: &[Interaction]) -> Result<()> {
    writeln!(out, "\nTimeline")?;
    if timeline.is_empty() {
        writeln!(out, "  nothing logged yet")?;
    }
    for i in timeline {
        let amount = i.amount.map(|a| format!("  {a}")).unwrap_or_default();
        writeln!(
            out,
            "  {}  {}{}  (id {})",
            i.at.format("%Y-%m-%d %H:%M"),
            i.channel,
            amount,
            i.id
        )?;
        for l in display_safe(&i.text).lines() {
            writeln!(out, "      {l}")?;
        }
    }
    Ok(())
}

/// The review as text: one block per section, follow-up ids first so `kith done ID` is easy.
pub fn review(out: &mut dyn Write, review: &crate::review::Review) -> Result<()> {
    use crate::review::ItemWhen;
    writeln!(out, "Review for {}", review.today.format("%a %Y-%m-%d"))?;
    let name_w = review
        .items()
        .map(|i| terminal_width(&line(&i.name)))
        .max()
        .unwrap_or(4)
        .clamp(4, 30);
    for section in &review.sections {
        let count = section.items.len() + section.more;
        writeln!(
            out,
            "\n{} ({count})",
            section.kind.title(review.days, review.occasion_days)
        )?;
        if section.items.is_empty() {
            writeln!(out, "  —")?;
        }
        for item in &section.items {
            let id = item.followup.map(|f| format!("#{f}")).unwrap_or_default();
            let when = match item.when {
                ItemWhen::Due(d) | ItemWhen::On { date: d, .. } => {
                    d.format("%a %Y-%m-%d").to_string()
                }
                ItemWhen::Silent { days, .. } => format!("{days} days"),
            };
            let what = match item.direction {
                Some(d) => format!("{}: {}", d.as_str(), line(&item.what)),
                None => line(&item.what),
            };
            writeln!(
                out,
                "  {id:>7}  {when:<14}  {}  {what}",
                cell(&line(&item.name), name_w)
            )?;
        }
        if section.more > 0 {
            writeln!(out, "  … and {} more", section.more)?;
        }
    }
    Ok(())
}

/// Note search results: newest first, with the contact, the date and the matching line.
pub fn note_hits(
    out: &mut dyn Write,
    store: &Store,
    hits: &crate::store::NoteHits,
    words: &[String],
    json: bool,
) -> Result<()> {
    let name_of = |id| {
        store
            .contact(id)
            .map(|c| c.name)
            .unwrap_or_else(|_| format!("contact {id}"))
    };
    if json {
        let shaped: Vec<serde_json::Value> = hits
            .notes
            .iter()
            .map(|n| {
                serde_json::json!({
                    "contact_name": name_of(n.contact),
                    "snippet": crate::search::snippet(&n.text, words, 120),
                    "interaction": crate::interop::json::InteractionJson::from(n),
                })
            })
            .collect();
        return crate::interop::json::write_pretty(out, &shaped);
    }
    if hits.notes.is_empty() {
        return writeln!(out, "No notes match.");
    }
    for n in &hits.notes {
        writeln!(
            out,
            "{}  {}  {:<9}  {}",
            n.at.format("%Y-%m-%d %H:%M"),
            cell(&line(&name_of(n.contact)), 24),
            n.channel.label(),
            line(&crate::search::snippet(&n.text, words, 80))
        )?;
    }
    if hits.more {
        writeln!(out, "… and more (--limit)")?;
    }
    Ok(())
}
