//! `kith log`: one interaction saved with its note, and the follow-ups the note's `>>` and `<<`
//! lines ask for, in one write. The channels and sentiments as the command line names them.

use super::output;
use crate::domain::{
    Amount, Channel, Interaction, Sentiment, capture_followups, capture_lines, parse_date_time,
};
use crate::store::{Result, Store, StoreError};
use crate::{clock, say};
use clap::{Args, ValueEnum};
use std::io::{IsTerminal, Read, Write};

#[derive(Debug, Args)]
pub struct LogArgs {
    pub contact: String,
    #[arg(long, value_enum, ignore_case = true)]
    pub channel: Option<ChannelArg>,
    #[arg(long)]
    pub at: Option<String>,
    #[arg(long)]
    pub amount: Option<String>,
    #[arg(long, value_enum, ignore_case = true)]
    pub sentiment: Option<SentimentArg>,
    pub text: Option<String>,
}

/// A channel, as `--channel` takes it: the names `Channel` uses everywhere else, in any case,
/// and `in person` also written as people type it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ChannelArg {
    #[value(
        name = "in_person",
        alias = "in-person",
        alias = "in person",
        alias = "inperson"
    )]
    InPerson,
    Call,
    Video,
    Email,
    Message,
    Purchase,
    Other,
}

impl From<ChannelArg> for Channel {
    fn from(channel: ChannelArg) -> Channel {
        match channel {
            ChannelArg::InPerson => Channel::InPerson,
            ChannelArg::Call => Channel::Call,
            ChannelArg::Video => Channel::Video,
            ChannelArg::Email => Channel::Email,
            ChannelArg::Message => Channel::Message,
            ChannelArg::Purchase => Channel::Purchase,
            ChannelArg::Other => Channel::Other,
        }
    }
}

/// A sentiment, as `--sentiment` takes it (any case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SentimentArg {
    Praise,
    Complaint,
    Neutral,
}

impl From<SentimentArg> for Sentiment {
    fn from(sentiment: SentimentArg) -> Sentiment {
        match sentiment {
            SentimentArg::Praise => Sentiment::Praise,
            SentimentArg::Complaint => Sentiment::Complaint,
            SentimentArg::Neutral => Sentiment::Neutral,
        }
    }
}

pub fn log(store: &Store, args: LogArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let id = store.resolve(&args.contact)?;
    let amount = args.amount.as_deref().map(Amount::parse).transpose()?;
    let channel = match (args.channel, amount) {
        (Some(c), _) => c.into(),
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
    interaction.sentiment = args.sentiment.map(Sentiment::from);
    if interaction.text.trim().is_empty() && amount.is_none() {
        anyhow::bail!(say!("log-nothing"));
    }
    let now = clock::now();
    let (captured, unreadable) = capture_followups(&interaction.text, now.date());
    let followups = store.write(|w| w.save_note(&mut interaction, &captured, now))?;
    let name = store.contact(id)?.name;
    let logged = say!(
        "log-logged",
        channel = interaction.channel.said(),
        name = output::line(&name),
        at = crate::words::dates::moment(interaction.at),
        id = interaction.id.to_string()
    );
    writeln!(out, "{logged}")?;
    for (c, id) in captured.iter().zip(&followups) {
        let captured = say!(
            "log-captured",
            direction = c.direction.as_str(),
            due = crate::words::dates::day(c.due, crate::words::dates::DayStyle::WeekdayIso),
            text = output::line(&c.text),
            id = id.to_string()
        );
        writeln!(out, "  {captured}")?;
    }
    for line in capture_lines(&interaction.text, now.date()) {
        if let Ok(c) = &line.read {
            super::followups::warn_if_past(&line.when, c.due, now.date(), Some(line.line));
        }
    }
    for e in unreadable {
        super::terminal::say(say!("log-unreadable", problem = e.to_string()));
    }
    if let Some(hint) = super::referrals::first_purchase_hint(store, &interaction)? {
        writeln!(out, "{hint}")?;
    }
    Ok(())
}

fn read_note_from_stdin() -> Result<String> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!("{}", say!("log-type-the-note"));
    }
    let mut text = String::new();
    stdin.lock().read_to_string(&mut text).map_err(|e| {
        StoreError::Invalid(crate::domain::Invalid(say!(
            "log-cannot-read",
            error = e.to_string()
        )))
    })?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    /// The names clap offers, each with the value it stands for.
    fn offered<T: ValueEnum + Copy, D>(into: impl Fn(T) -> D) -> Vec<(D, String)> {
        T::value_variants()
            .iter()
            .map(|v| {
                let name = v.to_possible_value().unwrap().get_name().to_string();
                (into(*v), name)
            })
            .collect()
    }

    fn named<D: Copy>(all: &[(D, &str)]) -> Vec<(D, String)> {
        all.iter().map(|(d, n)| (*d, n.to_string())).collect()
    }

    #[test]
    fn the_command_line_names_every_channel_and_sentiment_as_the_notebook_does() {
        assert_eq!(
            offered::<ChannelArg, _>(Channel::from),
            named(&Channel::ALL)
        );
        assert_eq!(
            offered::<SentimentArg, _>(Sentiment::from),
            named(&Sentiment::ALL)
        );
    }

    #[test]
    fn in_person_is_taken_as_people_type_it() {
        for typed in [
            "in_person",
            "in-person",
            "in person",
            "inperson",
            "IN_PERSON",
            "In Person",
        ] {
            // Through the command line itself, so the option's own settings (any case) count.
            let cli = crate::cli::Cli::try_parse_from(["kith", "log", "ana", "--channel", typed]);
            match cli.map(|c| c.command) {
                Ok(Some(crate::cli::Command::Log(args))) => {
                    assert_eq!(args.channel, Some(ChannelArg::InPerson), "{typed}");
                }
                other => panic!("{typed}: {other:?}"),
            }
        }
        let refused =
            crate::cli::Cli::try_parse_from(["kith", "log", "ana", "--channel", "pigeon"]);
        assert!(refused.is_err());
    }
}
