//! Local occasions on the command line: `celebrate` opts a contact or a tag in to occasions
//! (or out, with `--remove`) and says what reaches a contact and why; `occasions` lists the
//! coming ones with their dates and who will be greeted, from the greeting index.

use super::output;
use crate::domain::local_occasions::{LAST_YEAR, given_name, name_day, table_ends_before};
use crate::domain::{Celebrant, Celebration, Invalid, LocalOccasion};
use crate::store::Store;
use crate::words::dates::{DayStyle, day};
use crate::{clock, say};
use chrono::Duration;
use clap::Args;
use serde::Serialize;
use std::io::Write;

/// How many of the contacts greeted on a day `occasions` names.
pub const NAMED: usize = 5;

#[derive(Debug, Args)]
pub struct CelebrateArgs {
    /// Without `--tag`: the contact, then the occasions.
    #[arg(value_name = "CONTACT OCCASION")]
    words: Vec<String>,
    #[arg(long)]
    tag: Option<String>,
    #[arg(long)]
    remove: bool,
}

#[derive(Debug, Args)]
pub struct OccasionsArgs {
    #[arg(long, default_value_t = 30)]
    days: u32,
    #[arg(long)]
    json: bool,
}

/// The occasions named, or the error naming the first unknown one.
fn parse_all(ids: &[String]) -> anyhow::Result<Vec<LocalOccasion>> {
    let mut found = Vec::new();
    for id in ids {
        found.push(LocalOccasion::parse(id).map_err(|e| Invalid(e.to_string()))?);
    }
    Ok(found)
}

fn said_list(occasions: &[LocalOccasion]) -> String {
    let said: Vec<String> = occasions
        .iter()
        .map(|o| say!("occasions-named", name = o.name(), id = o.id()))
        .collect();
    said.join(", ")
}

pub fn celebrate(store: &Store, args: CelebrateArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let (who, ids) = match &args.tag {
        Some(tag) => {
            let tag = tag.trim().trim_start_matches('#').to_string();
            if tag.is_empty() {
                return Err(Invalid(say!("occasions-empty-tag")).into());
            }
            (Celebrant::Tag(tag), args.words.as_slice())
        }
        None => {
            let Some((contact, rest)) = args.words.split_first() else {
                return Err(Invalid(say!("occasions-no-contact")).into());
            };
            (Celebrant::Contact(store.resolve(contact)?), rest)
        }
    };
    let occasions = parse_all(ids)?;
    if occasions.is_empty() {
        if args.remove {
            return Err(Invalid(say!("occasions-remove-what", known = known())).into());
        }
        return list(store, &who, out);
    }
    let (add, remove) = match args.remove {
        true => (Vec::new(), occasions),
        false => (occasions, Vec::new()),
    };
    let after = store.write(|w| w.celebrate(who.clone(), &add, &remove))?;
    let whom = whom(store, &who)?;
    let said = match after.is_empty() {
        true => say!("occasions-now-none", whom = whom),
        false => say!(
            "occasions-now",
            whom = whom,
            occasions = said_list(&after.occasions())
        ),
    };
    writeln!(out, "{said}")?;
    warn_about(store, &who, &add)?;
    Ok(())
}

fn known() -> String {
    crate::domain::local_occasions::UnknownOccasion::known()
}

/// A contact's name or a tag, as the sentences say them.
fn whom(store: &Store, who: &Celebrant) -> anyhow::Result<String> {
    Ok(match who {
        Celebrant::Contact(id) => output::line(&store.contact(*id)?.name),
        Celebrant::Tag(tag) => say!("occasions-whom-tag", tag = output::line(tag)),
    })
}

/// What a change should warn of: a name day for a given name the calendar lacks, a tag nobody
/// bears yet.
fn warn_about(store: &Store, who: &Celebrant, added: &[LocalOccasion]) -> anyhow::Result<()> {
    match who {
        Celebrant::Contact(id) if added.contains(&LocalOccasion::NameDay) => {
            let name = store.contact(*id)?.name;
            if name_day(&name).is_none() {
                let given = output::line(&given_name(&name));
                eprintln!("{}", say!("occasions-no-name-day", given = given));
            }
        }
        Celebrant::Tag(tag) if !store.tag_in_use(tag)? => {
            eprintln!("{}", say!("occasions-tag-unused", tag = output::line(tag)));
        }
        _ => {}
    }
    Ok(())
}

/// What reaches a contact or a tag, and why.
fn list(store: &Store, who: &Celebrant, out: &mut dyn Write) -> anyhow::Result<()> {
    let whom = whom(store, who)?;
    let lines = match who {
        Celebrant::Contact(id) => contact_lines(store, *id)?,
        Celebrant::Tag(tag) => (store.tag_celebration(tag)?)
            .iter()
            .flat_map(Celebration::occasions)
            .map(|o| say!("occasions-own", occasion = said_list(&[o])))
            .collect(),
    };
    if lines.is_empty() {
        writeln!(out, "{}", say!("occasions-none", whom = whom))?;
        return Ok(());
    }
    writeln!(out, "{}", say!("occasions-list-title", whom = whom))?;
    for line in lines {
        writeln!(out, "  {line}")?;
    }
    Ok(())
}

/// The local occasions a contact is greeted for, a line each: its own, those through each of
/// its tags, and the day of its name day when it is greeted for one (`kith show` prints them
/// too).
pub fn contact_lines(store: &Store, id: crate::domain::ContactId) -> anyhow::Result<Vec<String>> {
    let mut lines: Vec<String> = Vec::new();
    let contact = store.contact(id)?;
    let found = store.celebrated(&contact)?;
    for o in found.own.iter().flat_map(Celebration::occasions) {
        lines.push(say!("occasions-own", occasion = said_list(&[o])));
    }
    for c in &found.tags {
        let tag = match &c.who {
            Celebrant::Tag(t) => output::line(t),
            Celebrant::Contact(_) => continue,
        };
        for o in c.occasions() {
            let occasion = said_list(&[o]);
            lines.push(say!(
                "occasions-through-tag",
                occasion = occasion,
                tag = tag.as_str()
            ));
        }
    }
    let mut reaches = found.own.iter().chain(&found.tags);
    if let Some((m, d)) = name_day(&contact.name)
        && reaches.any(|c| c.holds(LocalOccasion::NameDay))
    {
        let next =
            crate::domain::PartialDate::new(None, m, d)?.next_on_or_after(clock::now().date());
        let on = day(next, DayStyle::DayMonthBare);
        lines.push(say!("occasions-name-day-on", day = on));
    }
    Ok(lines)
}

#[derive(Serialize)]
struct ComingJson {
    date: String,
    occasion: &'static str,
    name: String,
    count: usize,
    contacts: Vec<ContactJson>,
}

#[derive(Serialize)]
struct ContactJson {
    id: u64,
    name: String,
}

/// `kith occasions`: the coming local occasions, their dates and who will be greeted.
pub fn occasions(store: &Store, args: OccasionsArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let today = clock::now().date();
    let days = args.days.clamp(1, crate::review::MAX_DAYS);
    let events = crate::review::greetings::events(today, days);
    let mut coming = Vec::new();
    for (on, o, key) in events {
        let (ids, count) = store.greetings(o.code(), key, NAMED)?;
        if o == LocalOccasion::NameDay && count == 0 {
            continue; // a name day is nobody's until a contact bears the name
        }
        let loaded = store.contacts(&ids)?;
        coming.push(ComingJson {
            date: on.format("%Y-%m-%d").to_string(),
            occasion: o.id(),
            name: o.name(),
            count,
            contacts: (loaded.items.iter())
                .map(|c| ContactJson {
                    id: c.id.0,
                    name: c.name.clone(),
                })
                .collect(),
        });
    }
    let until = today + Duration::days(i64::from(days));
    if table_ends_before(until) {
        eprintln!("{}", say!("occasions-table-ends", year = LAST_YEAR));
    }
    if args.json {
        return crate::interop::json::write_pretty(out, &coming).map_err(Into::into);
    }
    print_coming(&coming, days, out)
}

fn print_coming(coming: &[ComingJson], days: u32, out: &mut dyn Write) -> anyhow::Result<()> {
    if coming.is_empty() {
        writeln!(out, "{}", say!("occasions-coming-none", days = days))?;
        return Ok(());
    }
    writeln!(out, "{}", say!("occasions-coming-title", days = days))?;
    for c in coming {
        let date = chrono::NaiveDate::parse_from_str(&c.date, "%Y-%m-%d").unwrap_or_default();
        let names: Vec<String> = c.contacts.iter().map(|n| output::line(&n.name)).collect();
        let who = match c.count {
            0 => say!("occasions-coming-nobody"),
            n => say!(
                "occasions-coming-who",
                names = names.join(", "),
                more = n.saturating_sub(names.len())
            ),
        };
        let line = say!(
            "occasions-coming-line",
            day = day(date, DayStyle::Long),
            occasion = said_list(&[c.occasion_of()]),
            who = who
        );
        writeln!(out, "  {line}")?;
    }
    Ok(())
}

impl ComingJson {
    fn occasion_of(&self) -> LocalOccasion {
        LocalOccasion::parse(self.occasion).unwrap_or(LocalOccasion::NewYear)
    }
}
