//! `kith search`: contacts by the screen's matcher and filters, or note text, as a table, a
//! list of notes or JSON.

use super::{Skips, output};
use crate::clock;
use crate::domain::Contact;
use crate::interop::json::ContactJson;
use crate::store::Store;
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct SearchArgs {
    query: Vec<String>,
    #[arg(long)]
    notes: bool,
    #[arg(long, default_value_t = 50)]
    limit: usize,
    #[arg(long)]
    json: bool,
}

pub fn run(
    store: &Store,
    args: SearchArgs,
    out: &mut dyn Write,
    skips: &mut Skips,
) -> anyhow::Result<()> {
    let today = clock::now().date();
    let (limit, json) = (args.limit, args.json);
    let mut parsed = crate::search::query::parse(&args.query.join(" "))?;
    parsed.notes |= args.notes;
    if parsed.notes {
        let hits = store.search_notes(&parsed.text(), limit)?;
        // A note whose contact is damaged is still shown, under the contact's id.
        let mut contacts: Vec<_> = hits.notes.iter().map(|n| n.contact).collect();
        contacts.sort_unstable();
        contacts.dedup();
        let loaded = store.contacts(&contacts)?;
        skips.report(&loaded.damaged);
        let names = loaded.items.into_iter().map(|c| (c.id, c.name)).collect();
        output::note_hits(out, &names, &hits, &parsed.words, json)?;
        skips.report(&hits.skipped);
        if hits.notes.is_empty() && !json && store.contact_count(false).unwrap_or(0) > 0 {
            eprintln!("{}", crate::say!("search-none-try-contacts"));
        }
    } else {
        let found = crate::search::stored::search(store, &parsed, today)?;
        skips.report(&found.skipped);
        let hits = found.hits;
        // Nothing found in a notebook that has contacts: say where else to look.
        if hits.is_empty() && !json && store.contact_count(false).unwrap_or(0) > 0 {
            eprintln!("{}", crate::say!("search-none-try-notes"));
        }
        let ids: Vec<_> = hits.iter().take(limit).map(|h| h.id).collect();
        let loaded = store.contacts(&ids)?;
        skips.report(&loaded.damaged);
        print_contacts(out, store, loaded.items, json)?;
        if hits.len() > limit && !json {
            let more = crate::say!("search-more", count = hits.len() - limit);
            writeln!(out, "{more}")?;
        }
    }
    Ok(())
}

/// Contacts as a table, or as JSON, each with when they were last in touch.
fn print_contacts(
    out: &mut dyn Write,
    store: &Store,
    contacts: Vec<Contact>,
    json: bool,
) -> anyhow::Result<()> {
    let today = clock::now().date();
    let ids: Vec<_> = contacts.iter().map(|c| c.id).collect();
    let last = store.last_contacted_of(&ids)?;
    let rows: Vec<(Contact, _)> = contacts
        .into_iter()
        .map(|c| {
            let at = last.get(&c.id).copied();
            (c, at)
        })
        .collect();
    if json {
        let shaped: Vec<ContactJson> = rows
            .iter()
            .map(|(c, last)| ContactJson::new(c, *last))
            .collect();
        crate::interop::json::write_pretty(out, &shaped)?;
    } else {
        let table: Vec<super::table::TableRow> = rows
            .iter()
            .map(|(c, last)| super::table::TableRow::of(c, *last, today))
            .collect();
        super::table::contact_table(out, &table)?;
    }
    Ok(())
}
