//! `kith add`, `edit`, `archive` and `unarchive`: one contact changed in one write, and a line
//! saying so.

use super::fields::ContactFields;
use crate::cli::output;
use crate::clock;
use crate::domain::{ArchiveReason, Archived, Contact, Kind};
use crate::say;
use crate::store::Store;
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct AddArgs {
    name: String,
    #[command(flatten)]
    fields: ContactFields,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    contact: String,
    #[arg(long)]
    name: Option<String>,
    #[command(flatten)]
    fields: ContactFields,
}

#[derive(Debug, Args)]
pub struct ArchiveArgs {
    contact: String,
    #[arg(long)]
    reason: String,
}

#[derive(Debug, Args)]
pub struct UnarchiveArgs {
    contact: String,
}

pub fn add(store: &Store, args: AddArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut contact = Contact::new(args.name, clock::now());
    contact.kind = Kind::DEFAULT;
    args.fields.apply(&mut contact, store)?;
    store.write(|w| w.add_contact(&mut contact))?;
    let (name, id) = (output::line(&contact.name), contact.id.to_string());
    writeln!(out, "{}", say!("add-added", name = name, id = id))?;
    Ok(())
}

pub fn edit(store: &Store, args: EditArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let id = store.resolve(&args.contact)?;
    let mut contact = store.contact(id)?;
    if let Some(name) = args.name {
        // A new name makes the structured one (read from a vCard) stale.
        if name.trim() != contact.name.trim() {
            contact.name_parts = None;
        }
        contact.name = name;
    }
    args.fields.apply(&mut contact, store)?;
    store.write(|w| w.update_contact(&mut contact, clock::now()))?;
    let (name, id) = (output::line(&contact.name), contact.id.to_string());
    writeln!(out, "{}", say!("edit-updated", name = name, id = id))?;
    Ok(())
}

pub fn archive(store: &Store, args: ArchiveArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let id = store.resolve(&args.contact)?;
    let reason = args.reason.trim().to_string();
    if reason.is_empty() {
        anyhow::bail!(say!("archive-no-reason"));
    }
    // A common reason is kept as its code, so the stats count it; anything else as written.
    let reason = match ArchiveReason::of(&reason) {
        ArchiveReason::Other => reason,
        known => known.code().to_string(),
    };
    let mut contact = store.contact(id)?;
    if contact.is_archived() {
        anyhow::bail!(say!("archive-already", name = output::line(&contact.name)));
    }
    let now = clock::now();
    contact.archived = Some(Archived { reason, at: now });
    store.write(|w| w.update_contact(&mut contact, now))?;
    let (name, id) = (output::line(&contact.name), contact.id.to_string());
    writeln!(out, "{}", say!("archive-archived", name = name, id = id))?;
    Ok(())
}

pub fn unarchive(store: &Store, args: UnarchiveArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let id = store.resolve(&args.contact)?;
    let mut contact = store.contact(id)?;
    if contact.archived.take().is_none() {
        anyhow::bail!(say!(
            "unarchive-not-archived",
            name = output::line(&contact.name)
        ));
    }
    store.write(|w| w.update_contact(&mut contact, clock::now()))?;
    let (name, id) = (output::line(&contact.name), contact.id.to_string());
    writeln!(out, "{}", say!("unarchive-restored", name = name, id = id))?;
    Ok(())
}
