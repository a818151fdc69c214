//! Running a parsed command against the notebook.

use super::{Command, DemoArgs, LogArgs, Skips, output};
use crate::config::Config;
use crate::domain::{
    Amount, Archived, Channel, Contact, Direction, FollowUp, FollowUpId, Interaction, Kind,
    Sentiment, capture_followups, parse_date_time, parse_when,
};
use crate::interop::json::{ContactDetailJson, ContactJson};
use crate::store::{Result, Store, StoreError};
use crate::{clock, demo};
use std::io::{IsTerminal, Read, Write};

/// Runs one subcommand; what it prints goes to `out`. Damaged records a command leaves out are
/// named on stderr as they are met, and end it with [`super::Damage`] (exit 3).
pub fn run(
    notebook: &mut Store,
    config: &Config,
    command: Command,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    // Only a repair needs the notebook to itself.
    let store: &Store = notebook;
    let mut skips = Skips::default();
    match command {
        Command::Check(args) => return super::check::run(notebook, args, out),
        Command::Add { name, fields } => {
            let mut contact = Contact::new(name, clock::now());
            fields.apply(&mut contact, store)?;
            store.write(|w| w.add_contact(&mut contact))?;
            writeln!(
                out,
                "Added {} (id {})",
                output::line(&contact.name),
                contact.id
            )?;
        }
        Command::Edit {
            contact,
            name,
            fields,
        } => {
            let id = store.resolve(&contact)?;
            let mut contact = store.contact(id)?;
            if let Some(name) = name {
                // A new name makes the structured one (read from a vCard) stale.
                if name.trim() != contact.name.trim() {
                    contact.name_parts = None;
                }
                contact.name = name;
            }
            fields.apply(&mut contact, store)?;
            store.write(|w| w.update_contact(&mut contact, clock::now()))?;
            writeln!(
                out,
                "Updated {} (id {})",
                output::line(&contact.name),
                contact.id
            )?;
        }
        Command::Archive { contact, reason } => {
            let id = store.resolve(&contact)?;
            let reason = reason.trim().to_string();
            if reason.is_empty() {
                anyhow::bail!("say why the contact is archived with --reason");
            }
            let mut contact = store.contact(id)?;
            if contact.is_archived() {
                anyhow::bail!("{} is already archived", output::line(&contact.name));
            }
            let now = clock::now();
            contact.archived = Some(Archived { reason, at: now });
            store.write(|w| w.update_contact(&mut contact, now))?;
            writeln!(
                out,
                "Archived {} (id {})",
                output::line(&contact.name),
                contact.id
            )?;
        }
        Command::Unarchive { contact } => {
            let id = store.resolve(&contact)?;
            let mut contact = store.contact(id)?;
            if contact.archived.take().is_none() {
                anyhow::bail!("{} is not archived", output::line(&contact.name));
            }
            store.write(|w| w.update_contact(&mut contact, clock::now()))?;
            writeln!(
                out,
                "Restored {} (id {})",
                output::line(&contact.name),
                contact.id
            )?;
        }
        Command::Log(args) => log(store, args, out)?,
        Command::List {
            kind,
            tag,
            archived,
            json,
        } => {
            let kind = kind.as_deref().map(Kind::parse).transpose()?;
            let wanted_tag = tag.as_deref().map(crate::search::fold);
            let today = clock::now().date();
            // One read of the notebook, keeping only what is printed of each contact.
            let mut table = Vec::new();
            let mut shaped = Vec::new();
            let mut damaged = Vec::new();
            store.each_contact(
                archived,
                &mut |c, last| {
                    if kind.is_some_and(|k| c.kind != k) {
                        return Ok(());
                    }
                    if let Some(t) = &wanted_tag
                        && !c.tags.iter().any(|ct| crate::search::fold(ct) == *t)
                    {
                        return Ok(());
                    }
                    if json {
                        shaped.push(ContactJson::new(&c, last));
                    } else {
                        table.push(output::TableRow::of(&c, last, today));
                    }
                    Ok(())
                },
                &mut |skipped| damaged.push(skipped),
            )?;
            skips.report(&damaged);
            if json {
                crate::interop::json::write_pretty(out, &shaped)?;
            } else {
                output::contact_table(out, &table)?;
            }
        }
        Command::Show { contact, json } => {
            let id = store.resolve(&contact)?;
            let contact = store.contact(id)?;
            let timeline = store.timeline(id, usize::MAX)?;
            let followups = store.followups_for(id)?;
            skips.report(&timeline.damaged);
            skips.report(&followups.damaged);
            let last = store.last_contacted(id)?;
            let detail = ContactDetailJson::new(
                &contact,
                last,
                &timeline.items,
                &followups.items,
                config.cadence.effective(&contact),
                clock::now().date(),
            );
            if json {
                crate::interop::json::write_pretty(out, &detail)?;
            } else {
                output::contact_detail(
                    out,
                    store,
                    &contact,
                    &detail,
                    &timeline.items,
                    &followups.items,
                )?;
            }
        }
        Command::Due { days, json } => {
            let today = clock::now().date();
            let review = crate::review::build(store, &config.cadence, today, days)?;
            skips.report(&review.skipped);
            if json {
                crate::interop::json::write_pretty(
                    out,
                    &crate::interop::json::ReviewJson::from(&review),
                )?;
            } else {
                output::review(out, &review)?;
            }
        }
        Command::Followup {
            contact,
            spec,
            they_owe,
            reminder,
        } => {
            let id = store.resolve(&contact)?;
            let direction = if they_owe {
                Direction::Request
            } else if reminder {
                Direction::Reminder
            } else {
                Direction::Promise
            };
            let now = clock::now();
            let (when, what) = spec.split_once(':').ok_or_else(|| {
                anyhow::anyhow!(
                    "write the follow-up as \"WHEN: WHAT\", e.g. \"fri: send the quote\""
                )
            })?;
            let due = parse_when(when, now.date())?;
            let mut followup = FollowUp::new(id, due, direction, what, now);
            store.write(|w| w.add_followup(&mut followup))?;
            let name = store.contact(id)?.name;
            let verb = match direction {
                Direction::Promise => "Promised",
                Direction::Request => "Waiting on",
                Direction::Reminder => "Reminder for",
            };
            writeln!(
                out,
                "{verb} {} due {}: {} (follow-up {})",
                output::line(&name),
                due.format("%a %Y-%m-%d"),
                output::line(&followup.text),
                followup.id
            )?;
        }
        Command::Search {
            query,
            notes,
            limit,
            json,
        } => {
            let today = clock::now().date();
            let mut parsed = crate::search::query::parse(&query.join(" "))?;
            parsed.notes |= notes;
            if parsed.notes {
                let hits = store.search_notes(&parsed.text(), limit)?;
                // A note whose contact is damaged is still shown, under the contact's id.
                let mut contacts: Vec<_> = hits.notes.iter().map(|n| n.contact).collect();
                contacts.sort_unstable();
                contacts.dedup();
                skips.report(&store.contacts(&contacts)?.damaged);
                output::note_hits(out, store, &hits, &parsed.words, json)?;
                skips.report(&hits.skipped);
            } else {
                let found = crate::search::stored::search(store, &parsed, today)?;
                skips.report(&found.skipped);
                let hits = found.hits;
                let ids: Vec<_> = hits.iter().take(limit).map(|h| h.id).collect();
                let loaded = store.contacts(&ids)?;
                skips.report(&loaded.damaged);
                print_contacts(out, store, loaded.items, json)?;
                if hits.len() > limit && !json {
                    writeln!(out, "… and {} more (--limit)", hits.len() - limit)?;
                }
            }
        }
        Command::Export(args) => super::export::export(store, args, out, &mut skips)?,
        Command::Import {
            paths,
            dry_run,
            skip_bad,
            encoding,
        } => {
            let encoding = match encoding {
                Some(name) => Some(
                    encoding_rs::Encoding::for_label(name.trim().as_bytes()).ok_or_else(|| {
                        anyhow::anyhow!(
                            "'{name}' is not an encoding kith knows (e.g. utf-8, windows-1252, shift_jis, utf-16le)"
                        )
                    })?,
                ),
                None => None,
            };
            // How far a long import has got, on one line of a terminal only: a script reading
            // stderr hears only what went wrong.
            let on_terminal = std::io::stderr().is_terminal();
            // Overwritten with \r and spaces: no escape sequence ever reaches the terminal.
            let shown = std::cell::Cell::new(0usize);
            let progress = |what: String| {
                if on_terminal {
                    let what = output::line(&what);
                    let width = what.chars().count();
                    let pad = shown.replace(width).saturating_sub(width);
                    // An empty message clears the line, before a report is printed on it.
                    let back = if what.is_empty() { "\r" } else { "" };
                    eprint!("\r{what}{}{back}", " ".repeat(pad));
                }
            };
            let imported = paths.iter().try_for_each(|path| {
                let report = crate::interop::files::import_path_with(
                    store,
                    path,
                    crate::interop::files::ImportOptions {
                        dry_run,
                        skip_bad,
                        encoding,
                    },
                    clock::now(),
                    &progress,
                );
                super::import_report::print(out, report)
            });
            if on_terminal && shown.get() > 0 {
                eprint!("\r{}\r", " ".repeat(shown.get()));
            }
            imported?;
        }
        Command::Merge { keep, absorb } => {
            let (keep, absorb) = (store.resolve(&keep)?, store.resolve(&absorb)?);
            let (kept, absorbed) = (store.contact(keep)?, store.contact(absorb)?);
            let moved = store.write(|w| w.merge_contacts(keep, absorb, clock::now()))?;
            writeln!(
                out,
                "Merged {} (id {}) into {} (id {}): moved {} interactions, {} follow-ups, {} referrals{}",
                output::line(&absorbed.name),
                absorb,
                output::line(&kept.name),
                keep,
                moved.interactions,
                moved.followups,
                moved.referrals,
                if moved.draft {
                    " and an unsaved note"
                } else {
                    ""
                }
            )?;
        }
        Command::Duplicates { json } => {
            let mut ids = store.sorted_contact_ids(false, 0, usize::MAX)?;
            ids.extend(store.sorted_contact_ids(true, 0, usize::MAX)?);
            let loaded = store.contacts(&ids)?;
            skips.report(&loaded.damaged);
            let found = crate::search::duplicates::find(&loaded.items);
            let names: std::collections::HashMap<_, _> = loaded
                .items
                .iter()
                .map(|c| (c.id, c.name.as_str()))
                .collect();
            let name = |id| names.get(&id).copied().unwrap_or("?");
            if json {
                let pairs: Vec<serde_json::Value> = found
                    .pairs
                    .iter()
                    .map(|p| {
                        serde_json::json!({
                            "first": {"id": p.first.0, "name": name(p.first)},
                            "second": {"id": p.second.0, "name": name(p.second)},
                            "reasons": p.reasons,
                        })
                    })
                    .collect();
                writeln!(out, "{}", serde_json::Value::Array(pairs))?;
            } else {
                if found.pairs.is_empty() {
                    writeln!(out, "No likely duplicates.")?;
                }
                for p in &found.pairs {
                    writeln!(
                        out,
                        "{} (id {}) and {} (id {}): {}",
                        output::line(name(p.first)),
                        p.first,
                        output::line(name(p.second)),
                        p.second,
                        output::line(&p.reasons.join("; "))
                    )?;
                }
            }
            for c in &found.crowded {
                eprintln!("kith: {}: too many to pair off", output::line(c));
            }
        }
        Command::Done { id } => {
            let f = change_followup(store, id, |f, now| f.complete(now))?;
            writeln!(out, "Done: {} (follow-up {})", output::line(&f.text), f.id)?;
        }
        Command::Drop { id } => {
            let f = change_followup(store, id, |f, now| f.drop_it(now))?;
            writeln!(
                out,
                "Dropped: {} (follow-up {})",
                output::line(&f.text),
                f.id
            )?;
        }
        Command::Snooze { id, when } => {
            let f = change_followup(store, id, |f, now| {
                f.snooze_to(parse_when(&when, now.date())?)
            })?;
            writeln!(
                out,
                "Snoozed to {}: {} (follow-up {})",
                f.due.format("%a %Y-%m-%d"),
                output::line(&f.text),
                f.id
            )?;
        }
        Command::Demo(DemoArgs {
            contacts,
            interactions,
            seed,
        }) => {
            let existing = store.contact_count(false)? + store.contact_count(true)?;
            if existing > 0 {
                anyhow::bail!(
                    "the notebook at {} already has {existing} contacts; the demo only fills an empty notebook \
                     (try it beside yours with --db kith-demo.redb)",
                    store.path().display()
                );
            }
            let started = std::time::Instant::now();
            let summary = demo::fill(
                store,
                &demo::DemoSpec {
                    contacts,
                    interactions,
                    seed,
                },
                clock::now(),
            )?;
            writeln!(
                out,
                "Filled {} with {} contacts, {} interactions and {} follow-ups in {:.1} s",
                store.path().display(),
                summary.contacts,
                summary.interactions,
                summary.followups,
                started.elapsed().as_secs_f64()
            )?;
        }
    }
    skips.finish()
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

/// Contacts as a table, or as JSON, each with when they were last in touch.
fn print_contacts(
    out: &mut dyn Write,
    store: &Store,
    contacts: Vec<Contact>,
    json: bool,
) -> anyhow::Result<()> {
    let today = clock::now().date();
    let mut rows = Vec::with_capacity(contacts.len());
    for c in contacts {
        let last = store.last_contacted(c.id)?;
        rows.push((c, last));
    }
    if json {
        let shaped: Vec<ContactJson> = rows
            .iter()
            .map(|(c, last)| ContactJson::new(c, *last))
            .collect();
        crate::interop::json::write_pretty(out, &shaped)?;
    } else {
        let table: Vec<output::TableRow> = rows
            .iter()
            .map(|(c, last)| output::TableRow::of(c, *last, today))
            .collect();
        output::contact_table(out, &table)?;
    }
    Ok(())
}

fn log(store: &Store, args: LogArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let id = store.resolve(&args.contact)?;
    let amount = args.amount.as_deref().map(Amount::parse).transpose()?;
    let channel = match (&args.channel, amount) {
        (Some(c), _) => Channel::parse(c)?,
        (None, Some(_)) => Channel::Purchase,
        (None, None) => Channel::InPerson,
    };
    let at = match &args.at {
        Some(at) => parse_date_time(at)?,
        None => clock::now(),
    };
    let text = match args.text {
        Some(text) => text,
        None => read_note_from_stdin()?,
    };
    let mut interaction = Interaction::new(id, at, channel, text);
    interaction.amount = amount;
    interaction.sentiment = args
        .sentiment
        .as_deref()
        .map(Sentiment::parse)
        .transpose()?;
    if interaction.text.trim().is_empty() && amount.is_none() {
        anyhow::bail!("nothing to log: give the note as TEXT or on standard input");
    }
    let now = clock::now();
    let (captured, unreadable) = capture_followups(&interaction.text, now.date());
    let followups = store.write(|w| w.save_note(&mut interaction, &captured, now))?;
    let name = store.contact(id)?.name;
    writeln!(
        out,
        "Logged {} with {} on {} (interaction {})",
        interaction.channel,
        output::line(&name),
        interaction.at.format("%Y-%m-%d %H:%M"),
        interaction.id
    )?;
    for (c, id) in captured.iter().zip(&followups) {
        writeln!(
            out,
            "  {} due {}: {} (follow-up {id})",
            c.direction.as_str(),
            c.due.format("%a %Y-%m-%d"),
            output::line(&c.text)
        )?;
    }
    for e in unreadable {
        super::terminal::say(format_args!(
            "kith: warning: the note was saved, but its {e}"
        ));
    }
    Ok(())
}

fn read_note_from_stdin() -> Result<String> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!("Type the note, then Ctrl-D on a new line:");
    }
    let mut text = String::new();
    stdin.lock().read_to_string(&mut text).map_err(|e| {
        StoreError::Invalid(crate::domain::Invalid(format!("cannot read the note: {e}")))
    })?;
    Ok(text)
}
