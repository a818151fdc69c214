//! `kith contact-names [PREFIX]` (hidden): the names the shell completions offer where a
//! command takes a contact, one a line, those whose folded name starts with the folded PREFIX
//! (so `ana` finds "Àna Lima"), archived ones after the others, at most [`LIMIT`]. The scripts
//! `kith completions` writes call it (`completions.rs`), and ignore what it says on stderr.

use crate::store::Store;
use clap::Args;
use std::io::Write;

/// More names than a shell shows usefully.
pub const LIMIT: usize = 200;

#[derive(Debug, Args)]
pub struct ContactNamesArgs {
    #[arg(default_value = "")]
    pub prefix: String,
}

pub fn run(store: &Store, args: &ContactNamesArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let prefix = crate::text::fold(&args.prefix);
    let mut ids = Vec::new();
    store.each_folded_name(&mut |id, name| {
        if ids.len() < LIMIT && name.starts_with(&prefix) {
            ids.push(id);
        }
    })?;
    let mut said = Vec::new();
    for contact in store.contacts(&ids)?.items {
        let name = crate::text::display_line(&contact.name).into_owned();
        // A name the shell offers twice is one choice.
        if !said.contains(&name) {
            writeln!(out, "{name}")?;
            said.push(name);
        }
    }
    Ok(())
}
