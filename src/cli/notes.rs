//! `kith log`: one interaction saved with its note, and the follow-ups the note's `>>` and `<<`
//! lines ask for, in one write.

use super::output;
use crate::clock;
use crate::domain::{Amount, Channel, Interaction, Sentiment, capture_followups, parse_date_time};
use crate::store::{Result, Store, StoreError};
use clap::Args;
use std::io::{IsTerminal, Read, Write};

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Id or name of the contact
    pub contact: String,
    /// in_person, call, video, email, message, purchase or other (default: in_person, or purchase with --amount)
    #[arg(long)]
    pub channel: Option<String>,
    /// When it happened, "YYYY-MM-DD HH:MM" (default: now)
    #[arg(long)]
    pub at: Option<String>,
    /// What was spent, e.g. "120.50 EUR"
    #[arg(long)]
    pub amount: Option<String>,
    /// praise, complaint or neutral
    #[arg(long)]
    pub sentiment: Option<String>,
    /// The note (read from standard input when absent)
    pub text: Option<String>,
}

pub fn log(store: &Store, args: LogArgs, out: &mut dyn Write) -> anyhow::Result<()> {
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
