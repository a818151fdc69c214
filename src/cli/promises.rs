//! Promises kept and complaints resolved: `promises` prints the on-time rate of what I owe and
//! what they owe over a period, overall or for one contact, and the promises broken;
//! `complaints` the open complaints with their age and the time resolved ones took; `resolve`
//! records how a complaint was settled (one step of the undo history).

use super::{Skips, output};
use crate::domain::{
    Direction, FollowUp, Interaction, InteractionId, Invalid, Kept, Resolution, ResolveTimes,
    day_said, is_broken, parse_when,
};
use crate::store::{Period, Store};
use crate::{clock, say};
use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;
use std::io::Write;

/// How many broken promises and open complaints are listed.
const LISTED: usize = 20;

#[derive(Debug, Args)]
pub struct PromisesArgs {
    contact: Option<String>,
    #[arg(long)]
    since: Option<String>,
    #[arg(long)]
    until: Option<String>,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct ComplaintsArgs {
    #[arg(long)]
    since: Option<String>,
    #[arg(long)]
    until: Option<String>,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct ResolveArgs {
    #[arg(value_parser = super::language::any_digits)]
    note: u64,
    text: String,
    #[arg(long)]
    on: Option<String>,
}

fn period(since: Option<&str>, until: Option<&str>, today: NaiveDate) -> anyhow::Result<Period> {
    let day = |s: Option<&str>| s.map(|s| parse_when(s, today)).transpose();
    Ok(Period {
        since: day(since)?,
        until: day(until)?,
    })
}

/// One broken promise, as printed and in JSON.
#[derive(Debug, Serialize)]
struct BrokenJson {
    id: u64,
    contact: u64,
    name: String,
    text: String,
    direction: &'static str,
    due: NaiveDate,
    /// The day it was done, when it was done late.
    done: Option<NaiveDate>,
    days_late: i64,
}

#[derive(Debug, Serialize)]
struct PromisesJson {
    contact: Option<u64>,
    since: Option<NaiveDate>,
    until: Option<NaiveDate>,
    mine: Kept,
    mine_on_time_rate: Option<f64>,
    theirs: Kept,
    theirs_on_time_rate: Option<f64>,
    broken_total: u64,
    broken: Vec<BrokenJson>,
}

fn broken_json(store: &Store, f: &FollowUp, today: NaiveDate) -> anyhow::Result<BrokenJson> {
    let done = f.state.closed_at().map(|at| at.date());
    Ok(BrokenJson {
        id: f.id.0,
        contact: f.contact.0,
        name: store.contact(f.contact)?.name,
        text: f.text.clone(),
        direction: f.direction.as_str(),
        due: f.due,
        done,
        days_late: (done.unwrap_or(today) - f.due).num_days(),
    })
}

/// `kith promises`: how promises were kept over a period, overall or for one contact.
pub fn promises(store: &Store, args: PromisesArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let today = clock::now().date();
    let p = period(args.since.as_deref(), args.until.as_deref(), today)?;
    let contact = args
        .contact
        .as_deref()
        .map(|c| store.resolve(c))
        .transpose()?;
    let (mine, theirs, total, broken) = match contact {
        Some(c) => {
            let mut broken: Vec<FollowUp> = store
                .followups_for(c)?
                .items
                .into_iter()
                .filter(|f| f.direction == Direction::Promise && p.holds(f.due))
                .filter(|f| is_broken(f, today))
                .collect();
            broken.sort_by(|a, b| b.due.cmp(&a.due).then(b.id.cmp(&a.id)));
            let total = broken.len() as u64;
            broken.truncate(LISTED);
            let mine = store.kept_by(c, Direction::Promise, p, today)?;
            let theirs = store.kept_by(c, Direction::Request, p, today)?;
            (mine, theirs, total, broken)
        }
        None => {
            let b = store.broken(Direction::Promise, p, today, LISTED)?;
            let mine = store.kept(Direction::Promise, p, today)?;
            let theirs = store.kept(Direction::Request, p, today)?;
            (mine, theirs, b.total, b.followups)
        }
    };
    let broken = broken
        .iter()
        .map(|f| broken_json(store, f, today))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let report = PromisesJson {
        contact: contact.map(|c| c.0),
        since: p.since,
        until: p.until,
        mine,
        mine_on_time_rate: mine.on_time_rate(),
        theirs,
        theirs_on_time_rate: theirs.on_time_rate(),
        broken_total: total,
        broken,
    };
    if args.json {
        crate::interop::json::write_pretty(out, &report)?;
        return Ok(());
    }
    print_promises(out, &report)
}

fn rate_line(kept: &Kept) -> String {
    let rate = kept
        .on_time_rate()
        .map_or_else(|| "-".to_string(), |r| format!("{:.0}%", r * 100.0));
    say!(
        "promises-rate",
        on_time = kept.on_time,
        late = kept.late,
        overdue = kept.overdue,
        rate = rate
    )
}

fn print_promises(out: &mut dyn Write, r: &PromisesJson) -> anyhow::Result<()> {
    writeln!(out, "{}", say!("promises-mine"))?;
    writeln!(out, "  {}", rate_line(&r.mine))?;
    writeln!(out, "{}", say!("promises-theirs"))?;
    writeln!(out, "  {}", rate_line(&r.theirs))?;
    if r.broken.is_empty() {
        writeln!(out, "{}", say!("promises-none-broken"))?;
        return Ok(());
    }
    writeln!(out, "{}", say!("promises-broken", count = r.broken_total))?;
    for b in &r.broken {
        let how = match b.done {
            Some(_) => say!("promises-done-late", days = b.days_late),
            None => say!("promises-still-open", days = b.days_late),
        };
        let (name, text) = (output::line(&b.name), output::line(&b.text));
        writeln!(
            out,
            "  {}  {name}: {text} ({how})",
            crate::words::dates::iso(b.due)
        )?;
    }
    if r.broken_total > r.broken.len() as u64 {
        let more = r.broken_total - r.broken.len() as u64;
        writeln!(out, "  {}", say!("promises-more", count = more))?;
    }
    Ok(())
}

/// One open complaint, as printed and in JSON.
#[derive(Debug, Serialize)]
struct OpenJson {
    note: u64,
    contact: u64,
    name: String,
    day: NaiveDate,
    age_days: i64,
    text: String,
}

#[derive(Debug, Serialize)]
struct ComplaintsJson {
    open_total: usize,
    open: Vec<OpenJson>,
    since: Option<NaiveDate>,
    until: Option<NaiveDate>,
    resolved: ResolveTimes,
}

fn open_json(store: &Store, i: &Interaction, today: NaiveDate) -> anyhow::Result<OpenJson> {
    Ok(OpenJson {
        note: i.id.0,
        contact: i.contact.0,
        name: store.contact(i.contact)?.name,
        day: i.at.date(),
        age_days: (today - i.at.date()).num_days(),
        text: i.summary().to_string(),
    })
}

/// `kith complaints`: the open complaints with their age, and how long resolved ones took.
pub fn complaints(
    store: &Store,
    args: ComplaintsArgs,
    out: &mut dyn Write,
    skips: &mut Skips,
) -> anyhow::Result<()> {
    let today = clock::now().date();
    let p = period(args.since.as_deref(), args.until.as_deref(), today)?;
    let open = store.open_complaints(LISTED)?;
    skips.report(&open.skipped);
    let report = ComplaintsJson {
        open_total: open.total,
        open: open
            .notes
            .iter()
            .map(|i| open_json(store, i, today))
            .collect::<anyhow::Result<_>>()?,
        since: p.since,
        until: p.until,
        resolved: store.resolve_times(p)?,
    };
    if args.json {
        crate::interop::json::write_pretty(out, &report)?;
        return Ok(());
    }
    writeln!(
        out,
        "{}",
        say!("complaints-open", count = report.open_total)
    )?;
    for o in &report.open {
        let (name, text) = (output::line(&o.name), output::line(&o.text));
        let age = say!("complaints-age", days = o.age_days);
        writeln!(out, "  {:>6}  {}  {age}  {name}: {text}", o.note, o.day)?;
    }
    if report.open_total > report.open.len() {
        let more = report.open_total - report.open.len();
        writeln!(out, "  {}", say!("promises-more", count = more))?;
    }
    let r = &report.resolved;
    let days = |d: Option<f64>| d.map_or_else(|| "-".to_string(), |d| format!("{d:.1}"));
    let said = if r.resolved == 0 {
        say!("complaints-none-resolved")
    } else {
        say!(
            "complaints-resolved",
            count = r.resolved,
            median = days(r.median_days),
            average = days(r.average_days)
        )
    };
    writeln!(out, "{said}")?;
    Ok(())
}

/// `kith resolve`: how a complaint was settled, and on which day.
pub fn resolve(store: &Store, args: ResolveArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let now = clock::now();
    let today = now.date();
    let on = match args.on.as_deref() {
        Some(s) => parse_when(s, today)?,
        None => today,
    };
    if on > today {
        let said = day_said(on, today);
        let input = args.on.as_deref().unwrap_or("").trim().to_string();
        return Err(Invalid(say!("owed-day-to-come", input = input, day = said)).into());
    }
    let mut r = Resolution {
        note: InteractionId(args.note),
        on,
        text: args.text,
        created_at: now,
    };
    let note = store.write(|w| {
        w.resolve_complaint(&mut r)?;
        w.saved_note(r.note)
    })?;
    let name = output::line(&store.contact(note.contact)?.name);
    let days = r.days_after(note.at.date());
    let said = say!(
        "complaints-resolved-one",
        id = args.note,
        name = name,
        day = crate::words::dates::day(on, crate::words::dates::DayStyle::WeekdayIso),
        days = days
    );
    writeln!(out, "{said}")?;
    Ok(())
}
