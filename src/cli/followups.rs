//! The follow-up commands: `followup` adds one, `due` prints the review of what needs
//! attention, `done`, `snooze` and `drop` change one by its id.

use super::{Skips, output};
use crate::config::Config;
use crate::domain::{Direction, FollowUp, FollowUpId, day_said, parse_when};
use crate::store::Store;
use crate::{clock, say};
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct FollowupArgs {
    contact: String,
    spec: String,
    #[arg(long, conflicts_with = "reminder")]
    they_owe: bool,
    #[arg(long)]
    reminder: bool,
}

#[derive(Debug, Args)]
pub struct DueArgs {
    #[arg(long, default_value_t = 7,
          value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::review::MAX_DAYS)))]
    days: u32,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct DoneArgs {
    #[arg(value_parser = super::language::any_digits)]
    id: u64,
}

#[derive(Debug, Args)]
pub struct SnoozeArgs {
    #[arg(value_parser = super::language::any_digits)]
    id: u64,
    when: String,
}

#[derive(Debug, Args)]
pub struct DropArgs {
    #[arg(value_parser = super::language::any_digits)]
    id: u64,
}

pub fn followup(store: &Store, args: FollowupArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let id = store.resolve(&args.contact)?;
    let direction = if args.they_owe {
        Direction::Request
    } else if args.reminder {
        Direction::Reminder
    } else {
        Direction::Promise
    };
    let now = clock::now();
    let (when, what) =
        (args.spec.split_once(':')).ok_or_else(|| anyhow::anyhow!(say!("followup-how")))?;
    let due = parse_when(when, now.date())?;
    warn_if_past(when, due, now.date(), None);
    let mut followup = FollowUp::new(id, due, direction, what, now);
    store.write(|w| w.add_followup(&mut followup))?;
    let name = store.contact(id)?.name;
    let added = say!(
        "followup-added",
        direction = direction.as_str(),
        name = output::line(&name),
        due = crate::words::dates::day(due, crate::words::dates::DayStyle::WeekdayIso),
        text = output::line(&followup.text),
        id = followup.id.to_string()
    );
    writeln!(out, "{added}")?;
    Ok(())
}

pub fn due(
    store: &Store,
    config: &Config,
    args: DueArgs,
    out: &mut dyn Write,
    skips: &mut Skips,
) -> anyhow::Result<()> {
    let today = clock::now().date();
    let review = crate::review::build(store, &config.cadence, today, args.days)?;
    skips.report(&review.skipped);
    if args.json {
        crate::interop::json::write_pretty(out, &crate::interop::json::ReviewJson::from(&review))?;
    } else {
        output::review(out, &review)?;
    }
    Ok(())
}

pub fn done(store: &Store, args: DoneArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let f = change_followup(store, args.id, |f, now| f.complete(now))?;
    let (text, id) = (output::line(&f.text), f.id.to_string());
    writeln!(out, "{}", say!("done-done", text = text, id = id))?;
    Ok(())
}

pub fn snooze(store: &Store, args: SnoozeArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let f = change_followup(store, args.id, |f, now| {
        f.snooze_to(parse_when(&args.when, now.date())?)
    })?;
    warn_if_past(&args.when, f.due, clock::now().date(), None);
    let snoozed = say!(
        "snooze-snoozed",
        due = crate::words::dates::day(f.due, crate::words::dates::DayStyle::WeekdayIso),
        text = output::line(&f.text),
        id = f.id.to_string()
    );
    writeln!(out, "{snoozed}")?;
    Ok(())
}

pub fn drop(store: &Store, args: DropArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let f = change_followup(store, args.id, |f, now| f.drop_it(now))?;
    let (text, id) = (output::line(&f.text), f.id.to_string());
    writeln!(out, "{}", say!("drop-dropped", text = text, id = id))?;
    Ok(())
}

/// A follow-up due before today is kept as asked, with a warning on stderr naming the day the
/// words meant (and the note's line they were on, for a capture line).
pub(super) fn warn_if_past(
    typed: &str,
    due: chrono::NaiveDate,
    today: chrono::NaiveDate,
    line: Option<usize>,
) {
    if due >= today {
        return;
    }
    let (input, day) = (typed.trim(), day_said(due, today));
    super::terminal::say(match line {
        Some(line) => say!(
            "date-past-line-warning",
            line = line,
            input = input,
            day = day
        ),
        None => say!("date-past-warning", input = input, day = day),
    });
}

/// Loads a follow-up, applies `change`, and writes it back in one transaction.
fn change_followup(
    store: &Store,
    id: u64,
    change: impl FnOnce(&mut FollowUp, chrono::NaiveDateTime) -> Result<(), crate::domain::Invalid>,
) -> anyhow::Result<FollowUp> {
    let now = clock::now();
    let followup = store.write(|w| {
        let mut f = w.followup(FollowUpId(id))?;
        change(&mut f, now)?;
        w.update_followup(&mut f)?;
        Ok(f)
    })?;
    Ok(followup)
}
