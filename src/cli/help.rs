//! The help clap prints, in words from `assets/words/en/cli-help.ftl`: the derive structs
//! define the commands and options, and [`command`] gives each its text by an id derived from
//! its name (see the file's top for the scheme). `main` parses with that command and
//! `kith completions` writes it, so help and completions say the same.

use super::Cli;
use crate::say;
use crate::words::{say, say_attribute};
use clap::builder::{Resettable, StyledStr};
use clap::parser::ValueSource;
use clap::{CommandFactory, FromArgMatches};

/// The message of a command: `help-kith` for kith itself, else `help-<command>`.
fn command_id(command: &str) -> String {
    format!("help-{}", command.replace('_', "-"))
}

/// The message of an option or argument of `command` (`help-kith-<option>` for the global ones).
fn arg_id(command: &str, arg: &str) -> String {
    format!("{}-{}", command_id(command), arg.replace('_', "-"))
}

/// A message's text, or no text where the message is empty (an option that shows no help).
fn worded(id: &str) -> Resettable<StyledStr> {
    match say(id, None) {
        text if text.is_empty() => Resettable::Reset,
        text => Resettable::Value(text.into()),
    }
}

/// The `.long` form of a message, where it has one.
fn long(id: &str) -> Resettable<StyledStr> {
    say_attribute(id, "long").map_or(Resettable::Reset, |text| Resettable::Value(text.into()))
}

/// The `.example` attribute of a command's message under the heading "Examples:", each line
/// indented as clap indents what it lists, for the end of the command's help.
fn example(id: &str, styles: &clap::builder::Styles) -> Resettable<StyledStr> {
    let Some(lines) = say_attribute(id, "example") else {
        return Resettable::Reset;
    };
    let header = styles.get_header();
    let mut text = format!(
        "{}{}{}",
        header.render(),
        say!("help-examples"),
        header.render_reset()
    );
    for line in lines.lines() {
        text.push_str("\n  ");
        text.push_str(line);
    }
    Resettable::Value(text.into())
}

/// The heading the options every command takes (`--db`, `--config`, `--wait`) stand under in
/// each command's help, apart from the command's own.
fn global_heading() -> &'static str {
    static HEADING: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    HEADING.get_or_init(|| String::leak(say!("help-global-options")))
}

/// The name a command's messages go by: its own for kith and its commands, the command's and
/// its own for a command's command (`invoice-edit`).
fn qualified(parent: Option<&str>, name: &str) -> String {
    match parent {
        Some(parent) if parent != "kith" => format!("{parent}-{name}"),
        _ => name.to_string(),
    }
}

/// `cmd`, its options and its subcommands, each with its help from the messages.
fn with_words(cmd: clap::Command) -> clap::Command {
    with_words_in(None, cmd)
}

fn with_words_in(parent: Option<&str>, cmd: clap::Command) -> clap::Command {
    let name = qualified(parent, cmd.get_name());
    let id = command_id(&name);
    let after = example(&id, cmd.get_styles());
    let cmd = cmd
        .about(worded(&id))
        .long_about(long(&id))
        .after_help(after)
        .mut_args(|arg| {
            let id = arg_id(&name, arg.get_id().as_str());
            arg.help(worded(&id)).long_help(long(&id))
        });
    let mut cmd = super::frame::framed(cmd, parent.is_none());
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for sub in subcommands {
        cmd = cmd.mut_subcommand(sub, |c| with_words_in(Some(&name), c));
    }
    cmd
}

/// The whole command line, every command and option with its help; the global options (which
/// clap copies into every command) under a heading of their own.
pub fn command() -> clap::Command {
    let mut cmd = with_words(Cli::command()).mut_args(|arg| {
        if arg.is_global_set() {
            arg.help_heading(global_heading())
        } else {
            arg
        }
    });
    super::frame::help_commands_in_words(&mut cmd);
    cmd
}

/// The command line of this process parsed, as `Cli::try_parse` would but with [`command`]'s
/// help. Most runs show no help: they are parsed by the command as the derive builds it, and
/// only a run that asks for help or meets an error (whose message clap writes with the usage)
/// is parsed again by the command with its words, which costs the reading of the messages.
pub fn parse() -> Result<Cli, clap::error::Error<super::frame::Worded>> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    super::language::choose_at_start(&args);
    if let Ok(mut matches) = Cli::command().try_get_matches_from_mut(&args) {
        let config_named = config_named(&matches);
        if let Ok(cli) = Cli::from_arg_matches_mut(&mut matches) {
            return Ok(Cli {
                config_named,
                ..cli
            });
        }
    }
    let mut cmd = command();
    let mut matches = (cmd.try_get_matches_from_mut(&args)).map_err(|e| e.apply())?;
    let config_named = config_named(&matches);
    Cli::from_arg_matches_mut(&mut matches)
        .map(|cli| Cli {
            config_named,
            ..cli
        })
        .map_err(|e| e.format(&mut cmd).apply())
}

/// Who named the config file: the command line, `KITH_CONFIG` or nobody, which `Cli` cannot
/// tell by itself.
fn config_named(matches: &clap::ArgMatches) -> super::ConfigNamed {
    match matches.value_source("config") {
        Some(ValueSource::CommandLine) => super::ConfigNamed::Option,
        Some(ValueSource::EnvVariable) => super::ConfigNamed::Variable,
        _ => super::ConfigNamed::Nobody,
    }
}

/// Every help message the command line asks for, by id: each command's and each of its
/// options' (clap's own `help` and `--version` come later, when clap builds the command).
pub fn ids() -> Vec<String> {
    fn walk(parent: Option<&str>, cmd: &clap::Command, ids: &mut Vec<String>) {
        let name = qualified(parent, cmd.get_name());
        ids.push(command_id(&name));
        ids.extend(
            cmd.get_arguments()
                .map(|a| arg_id(&name, a.get_id().as_str())),
        );
        for sub in cmd.get_subcommands() {
            walk(Some(&name), sub, ids);
        }
    }
    let mut ids = Vec::new();
    walk(None, &Cli::command(), &mut ids);
    ids
}
