//! Plain-text output for a terminal: every stored string passes through the display sanitiser,
//! and columns are padded by display width so Devanagari and Bengali names line up.

use crate::domain::text::terminal_width;
use crate::domain::text::{display_line, display_safe};
use crate::domain::{Contact, ContactId, FollowUp, Interaction};
use crate::interop::json::{ContactDetailJson, DerivedJson};
use crate::say;
use crate::store::Store;
use std::io::{Result, Write};

/// A stored string made safe for one line of terminal output.
pub fn line(s: &str) -> String {
    display_line(s).into_owned()
}

use crate::domain::text::fit as cell;

fn field(out: &mut dyn Write, label: &str, value: &str) -> Result<()> {
    if value.is_empty() {
        return Ok(());
    }
    writeln!(out, "  {:<16}{}", label, line(value))
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
    let heading = say!(
        "show-heading",
        name = line(&c.name),
        id = c.id.to_string(),
        kind = c.kind.said()
    );
    writeln!(out, "{heading}")?;
    if let Some(a) = &c.archived {
        let date = crate::words::dates::iso(a.at);
        let archived = say!("show-archived", date = date, reason = line(&a.reason));
        writeln!(out, "  {archived}")?;
    }
    contact_fields(out, store, c)?;
    derived_fields(out, c, &detail.derived)?;
    if !c.profile.trim().is_empty() {
        writeln!(out, "\n{}", say!("show-profile"))?;
        for l in display_safe(&c.profile).lines() {
            writeln!(out, "  {l}")?;
        }
    }
    followup_lines(out, followups)?;
    timeline_lines(out, timeline)
}

/// The fields a person gave, one labelled line each; empty ones are left out.
fn contact_fields(out: &mut dyn Write, store: &Store, c: &Contact) -> Result<()> {
    field(
        out,
        &say!("show-company"),
        c.company.as_deref().unwrap_or(""),
    )?;
    field(out, &say!("show-title"), c.title.as_deref().unwrap_or(""))?;
    let join = |items: Vec<String>| items.join(", ");
    field(
        out,
        &say!("show-email"),
        &join(c.emails.iter().map(ToString::to_string).collect()),
    )?;
    field(
        out,
        &say!("show-phone"),
        &join(c.phones.iter().map(ToString::to_string).collect()),
    )?;
    field(out, &say!("show-tags"), &c.tags.join(", "))?;
    field(
        out,
        &say!("show-birthday"),
        &c.birthday.map(|b| b.to_string()).unwrap_or_default(),
    )?;
    let occasion = |o: &crate::domain::Occasion| {
        say!(
            "show-occasion",
            label = o.label.as_str(),
            date = o.date.to_string()
        )
    };
    field(
        out,
        &say!("show-occasions"),
        &join(c.occasions.iter().map(occasion).collect()),
    )?;
    field(
        out,
        &say!("show-interests"),
        c.interests.as_deref().unwrap_or(""),
    )?;
    field(
        out,
        &say!("show-how-we-met"),
        c.how_we_met.as_deref().unwrap_or(""),
    )?;
    if let Some(by) = c.referred_by {
        let name = store
            .contact(by)
            .map(|r| r.name)
            .unwrap_or_else(|_| say!("cli-contact-by-id", id = by.to_string()));
        field(out, &say!("show-referred-by"), &name)?;
    }
    if let Some(g) = c.grade {
        let grade = say!("show-grade-value", grade = g.to_string());
        field(out, &say!("show-grade"), &grade)?;
    }
    Ok(())
}

/// What the history says: last contact, keeping in touch, what was spent, promises kept.
fn derived_fields(out: &mut dyn Write, c: &Contact, d: &DerivedJson) -> Result<()> {
    let last = match (&d.last_contacted, d.days_since_contact) {
        (Some(at), Some(days)) => {
            let ago = say!("cli-ago", days = days);
            say!("show-last-contacted-ago", date = &at[..10], ago = ago)
        }
        _ => say!("cli-never"),
    };
    field(out, &say!("show-last-contacted"), &last)?;
    if let Some(cadence) = c.cadence_days {
        let cadence = cadence.to_string();
        let state = match d.cadence_overdue_days {
            Some(n) => say!(
                "show-every-overdue",
                cadence = cadence,
                days = n.to_string()
            ),
            None => say!("show-every", cadence = cadence),
        };
        field(out, &say!("show-keep-in-touch"), &state)?;
    }
    let value: Vec<String> = d.lifetime_value.iter().map(|a| a.display.clone()).collect();
    field(out, &say!("show-lifetime-value"), &value.join(" + "))?;
    if let Some(share) = d.promises_kept_share {
        let percent = format!("{:.0}", share * 100.0);
        field(
            out,
            &say!("show-promises-kept"),
            &say!("show-on-time", percent = percent),
        )?;
    }
    Ok(())
}

/// The contact's follow-ups, each marked open, done or dropped, with its id for `kith done`.
fn followup_lines(out: &mut dyn Write, followups: &[FollowUp]) -> Result<()> {
    if followups.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", say!("show-followups"))?;
    for f in followups {
        let mark = match f.state.as_str() {
            "open" => " ",
            "done" => "x",
            _ => "-",
        };
        let followup = say!(
            "show-followup",
            mark = mark,
            id = format!("{:>6}", f.id),
            due = crate::words::dates::iso(f.due),
            direction = crate::text::padded(&f.direction.said(), 8),
            text = line(&f.text)
        );
        writeln!(out, "  {followup}")?;
    }
    Ok(())
}

/// Every interaction, newest first, with its note below it.
fn timeline_lines(out: &mut dyn Write, timeline: &[Interaction]) -> Result<()> {
    writeln!(out, "\n{}", say!("show-timeline"))?;
    if timeline.is_empty() {
        writeln!(out, "  {}", say!("show-nothing-logged"))?;
    }
    for i in timeline {
        let amount = i
            .amount
            .map(|a| format!("  {}", a.shown()))
            .unwrap_or_default();
        let interaction = say!(
            "show-interaction",
            at = crate::words::dates::moment(i.at),
            channel = i.channel.said(),
            amount = amount,
            id = i.id.to_string()
        );
        writeln!(out, "  {interaction}")?;
        for l in display_safe(&i.text).lines() {
            writeln!(out, "      {l}")?;
        }
    }
    Ok(())
}

/// The review as text: one block per section, follow-up ids first so `kith done ID` is easy.
pub fn review(out: &mut dyn Write, review: &crate::review::Review) -> Result<()> {
    use crate::review::ItemWhen;
    let date = crate::words::dates::day(review.today, crate::words::dates::DayStyle::WeekdayIso);
    writeln!(out, "{}", say!("due-review-for", date = date))?;
    let name_w = review
        .items()
        .map(|i| terminal_width(&line(&i.name)))
        .max()
        .unwrap_or(4)
        .clamp(4, 30);
    for section in &review.sections {
        let count = section.items.len() + section.more;
        let title = section.kind.title(review.days, review.occasion_days);
        writeln!(
            out,
            "\n{}",
            say!("due-section", title = title, count = count)
        )?;
        if section.items.is_empty() {
            writeln!(out, "  {}", say!("due-section-empty"))?;
        }
        for item in &section.items {
            let id = item.followup.map(|f| format!("#{f}")).unwrap_or_default();
            let when = match item.when {
                ItemWhen::Due(d) | ItemWhen::On { date: d, .. } => {
                    crate::words::dates::day(d, crate::words::dates::DayStyle::WeekdayIso)
                }
                ItemWhen::Silent { days, .. } => say!("due-quiet-for", days = days.to_string()),
            };
            let what = match item.direction {
                Some(d) => say!(
                    "due-item-what",
                    direction = d.as_str(),
                    what = line(&item.what)
                ),
                None => line(&item.what),
            };
            writeln!(
                out,
                "  {id:>7}  {when:<14}  {}  {what}",
                cell(&line(&item.name), name_w)
            )?;
        }
        if section.more > 0 {
            writeln!(out, "  {}", say!("due-more", count = section.more))?;
        }
    }
    Ok(())
}

/// Note search results: newest first, with the contact, the date and the matching line.
/// `names` holds the hits' contacts read once by the caller; a contact missing from it (a
/// damaged record) is shown by its id.
pub fn note_hits(
    out: &mut dyn Write,
    names: &std::collections::HashMap<ContactId, String>,
    hits: &crate::store::NoteHits,
    words: &[String],
    json: bool,
) -> Result<()> {
    let name_of = |id: ContactId| match names.get(&id) {
        Some(name) => name.clone(),
        None => say!("cli-contact-by-id", id = id.to_string()),
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
        return writeln!(out, "{}", say!("search-no-notes"));
    }
    for n in &hits.notes {
        writeln!(
            out,
            "{}  {}  {}  {}",
            crate::words::dates::moment(n.at),
            cell(&line(&name_of(n.contact)), 24),
            crate::text::padded(&n.channel.said(), 9),
            line(&crate::search::snippet(&n.text, words, 80))
        )?;
    }
    if hits.more {
        writeln!(out, "{}", say!("search-more-notes"))?;
    }
    Ok(())
}
