//! `kith note edit ID`: a saved note rewritten, same id, with the text given by `--text` or on
//! standard input; its time, channel and amount stay. One write, recorded in the history as
//! "edit note for Anita Sharma", so `kith undo` takes it back.

use super::output;
use crate::domain::InteractionId;
use crate::say;
use crate::store::Store;
use clap::{Args, ValueEnum};
use std::io::{IsTerminal, Read, Write};

#[derive(Debug, Args)]
pub struct NoteArgs {
    #[arg(value_enum)]
    pub what: NoteWhat,
    pub id: String,
    #[arg(long)]
    pub text: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NoteWhat {
    #[value(help = say!("help-note-what-edit"))]
    Edit,
}

pub fn note(store: &Store, args: NoteArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    match args.what {
        NoteWhat::Edit => edit(store, &args.id, args.text, out),
    }
}

fn edit(store: &Store, id: &str, text: Option<String>, out: &mut dyn Write) -> anyhow::Result<()> {
    let Some(id) = crate::words::numbers::ascii_digits(id)
        .trim()
        .trim_start_matches('#')
        .parse()
        .ok()
        .map(InteractionId)
    else {
        anyhow::bail!(say!("note-edit-bad-id", id = output::line(id)));
    };
    let mut edited = store.interaction(id)?;
    edited.text = match text {
        Some(text) => text,
        None => read_text()?,
    };
    store.write(|w| w.edit_note(&mut edited))?;
    let name = store.contact(edited.contact)?.name;
    let said = say!(
        "note-edit-edited",
        id = id.to_string(),
        name = output::line(&name)
    );
    writeln!(out, "{said}")?;
    Ok(())
}

fn read_text() -> anyhow::Result<String> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!("{}", say!("note-edit-type"));
    }
    let mut text = String::new();
    stdin.lock().read_to_string(&mut text)?;
    Ok(text)
}
