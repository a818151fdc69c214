//! The frame clap puts around kith's own words, in the chosen language: the help's headings,
//! the help and version options, what an option's values may be (its environment variable,
//! default and possible values, which clap would write in English), and every message about
//! a command line kith cannot read (a [`ErrorFormatter`] of kith's own).

use crate::say;
use clap::builder::{PossibleValue, StyledStr};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use clap::{Arg, ArgAction, Command};

/// A heading clap keeps for the whole run: said once, then borrowed by every command.
fn heading(cell: &'static std::sync::OnceLock<&'static str>, said: fn() -> String) -> &'static str {
    cell.get_or_init(|| String::leak(said()))
}

fn commands_heading() -> &'static str {
    static CELL: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    heading(&CELL, || say!("frame-commands"))
}

fn arguments_heading() -> &'static str {
    static CELL: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    heading(&CELL, || say!("frame-arguments"))
}

fn options_heading() -> &'static str {
    static CELL: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    heading(&CELL, || say!("frame-options"))
}

/// `cmd` (kith itself when `root`) with the frame's words: the usage heading in its template,
/// its commands', arguments' and options' headings, a help option (and on kith the version)
/// in words, and each option's values said in words.
pub(super) fn framed(cmd: Command, root: bool) -> Command {
    let usage = cmd.get_styles().get_usage();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#} {{usage}}\n\n{{all-args}}{{after-help}}",
        say!("frame-usage")
    );
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help(say!("frame-help-flag"))
        .long_help(crate::words::say_attribute("frame-help-flag", "long").unwrap_or_default());
    let cmd = cmd
        .help_template(template)
        .subcommand_help_heading(commands_heading())
        .disable_help_flag(true)
        .arg(help)
        .mut_args(|arg| {
            let arg = if arg.get_help_heading().is_some() {
                arg
            } else if arg.is_positional() {
                arg.help_heading(arguments_heading())
            } else {
                arg.help_heading(options_heading())
            };
            with_values_in_words(arg)
        });
    if !root {
        return cmd;
    }
    let version = Arg::new("version")
        .short('V')
        .long("version")
        .action(ArgAction::Version)
        .help(say!("frame-version-flag"))
        .help_heading(options_heading());
    cmd.disable_version_flag(true).arg(version)
}

/// The `help` command clap adds to every command with commands of its own, in words; it exists
/// once the command is built.
pub(super) fn help_commands_in_words(cmd: &mut Command) {
    cmd.build();
    fn walk(cmd: &mut Command) {
        for sub in cmd.get_subcommands_mut() {
            if sub.get_name() == "help" {
                *sub = std::mem::take(sub).about(say!("frame-help-command"));
            } else {
                walk(sub);
            }
        }
    }
    walk(cmd);
}

/// `arg` with what clap would add to its help in English (its environment variable, default
/// and possible values) said in words instead.
fn with_values_in_words(arg: Arg) -> Arg {
    if !arg.get_action().takes_values() {
        return arg;
    }
    let mut notes = Vec::new();
    if let Some(var) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        notes.push(say!("frame-env", var = var.to_string_lossy().into_owned()));
    }
    let defaults: Vec<String> = (arg.get_default_values().iter())
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        notes.push(say!("frame-default", value = defaults.join(", ")));
    }
    let values: Vec<PossibleValue> = if arg.is_hide_possible_values_set() {
        Vec::new()
    } else {
        (arg.get_possible_values().into_iter())
            .filter(|v| !v.is_hide_set())
            .collect()
    };
    if notes.is_empty() && values.is_empty() {
        return arg;
    }
    let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
    let list = (!names.is_empty()).then(|| say!("frame-values", values = names.join(", ")));
    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let short = [help.clone()]
        .into_iter()
        .chain(notes.iter().cloned())
        .chain(list.clone())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut long = arg.get_long_help().map_or(help, ToString::to_string);
    for note in &notes {
        long.push_str("\n\n");
        long.push_str(note);
    }
    if values.iter().any(|v| v.get_help().is_some()) {
        long.push_str("\n\n");
        long.push_str(&say!("frame-values-heading"));
        for v in &values {
            long.push_str(&format!("\n- {}", v.get_name()));
            if let Some(help) = v.get_help() {
                long.push_str(&format!(": {help}"));
            }
        }
    } else if let Some(list) = list {
        long.push_str("\n\n");
        long.push_str(&list);
    }
    arg.hide_env(true)
        .hide_default_value(true)
        .hide_possible_values(true)
        .help(short)
        .long_help(long)
}

/// kith's words for a command line it cannot read, in clap's layout: the mistake, a tip where
/// clap has one, the usage and where to find more.
pub struct Worded;

impl ErrorFormatter for Worded {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let mut text = format!("{} {}", say!("frame-error"), mistake(error));
        let tips = tips(error);
        if !tips.is_empty() {
            text.push('\n');
            for tip in tips {
                text.push_str(&format!("\n  {} {tip}", say!("frame-tip")));
            }
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            let usage = usage.to_string();
            // clap's usage begins with its own heading, in English.
            let line = usage.split_once(": ").map_or(usage.as_str(), |(_, u)| u);
            text.push_str(&format!(
                "\n\n{} {}",
                say!("frame-usage"),
                line.trim_start()
            ));
        }
        text.push_str("\n\n");
        text.push_str(&say!("frame-more", help = "--help"));
        text.push('\n');
        text.into()
    }
}

/// A context value as one string: a list joined by commas.
fn said(value: Option<&ContextValue>) -> Option<String> {
    match value? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(list) => Some(list.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// What was wrong, in words: the mistake's kind and the arguments clap names.
fn mistake(error: &clap::error::Error<Worded>) -> String {
    let get = |kind| said(error.get(kind));
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let value = get(ContextKind::InvalidValue).unwrap_or_default();
    let list = |text: String, kind| match get(kind).filter(|v| !v.is_empty()) {
        Some(names) => format!("{text}\n  {}", say!("frame-values", values = names)),
        None => text,
    };
    match error.kind() {
        ErrorKind::UnknownArgument => say!("frame-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => say!(
            "frame-unknown-command",
            name = get(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue if value.is_empty() => say!("frame-value-missing", arg = arg),
        ErrorKind::InvalidValue => list(
            say!("frame-invalid-value", value = value, arg = arg),
            ContextKind::ValidValue,
        ),
        ErrorKind::MissingRequiredArgument => {
            let mut text = say!("frame-missing-arguments");
            if let Some(ContextValue::Strings(missing)) = error.get(ContextKind::InvalidArg) {
                for m in missing {
                    text.push_str(&format!("\n  {m}"));
                }
            }
            text
        }
        ErrorKind::MissingSubcommand => {
            let name = get(ContextKind::InvalidSubcommand).unwrap_or_default();
            match get(ContextKind::ValidSubcommand) {
                Some(names) => format!(
                    "{}\n  {}",
                    say!("frame-missing-command", name = name),
                    say!("frame-commands-list", names = names)
                ),
                None => say!("frame-missing-command", name = name),
            }
        }
        ErrorKind::ArgumentConflict => conflict(error, arg),
        ErrorKind::NoEquals => say!("frame-no-equals", arg = arg),
        ErrorKind::TooManyValues => say!("frame-too-many-values", value = value, arg = arg),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let expected = get(ContextKind::ExpectedNumValues)
                .or_else(|| get(ContextKind::MinValues))
                .unwrap_or_default();
            let given = get(ContextKind::ActualNumValues).unwrap_or_default();
            say!(
                "frame-wrong-count",
                arg = arg,
                expected = expected,
                given = given
            )
        }
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(error).map(|why| {
                // The standard number parsers explain themselves in English only.
                let number =
                    why.is::<std::num::ParseIntError>() || why.is::<std::num::ParseFloatError>();
                if number {
                    say!("frame-not-a-number")
                } else {
                    why.to_string()
                }
            });
            match why {
                Some(why) => say!("frame-bad-value", value = value, arg = arg, why = why),
                None => say!("frame-invalid-value", value = value, arg = arg),
            }
        }
        ErrorKind::InvalidUtf8 => say!("frame-not-utf8"),
        _ => std::error::Error::source(error)
            .map_or_else(|| say!("frame-unreadable"), |why| why.to_string()),
    }
}

/// An option given twice, or with another it cannot go with.
fn conflict(error: &clap::error::Error<Worded>, arg: String) -> String {
    let prior = error.get(ContextKind::PriorArg);
    if let Some(ContextValue::String(p)) = prior
        && *p == arg
    {
        return say!("frame-used-twice", arg = arg);
    }
    let other = match prior {
        Some(ContextValue::String(p)) => format!("'{p}'"),
        Some(ContextValue::Strings(list)) => {
            let quoted: Vec<String> = list.iter().map(|p| format!("'{p}'")).collect();
            quoted.join(", ")
        }
        _ => say!("frame-conflict-others"),
    };
    match said(error.get(ContextKind::InvalidSubcommand)) {
        Some(name) if arg.is_empty() => say!("frame-conflict", arg = name, other = other),
        _ => say!("frame-conflict", arg = arg, other = other),
    }
}

/// clap's suggestions, in words: a similar command, option or value, and how to pass a value
/// that begins with a dash.
fn tips(error: &clap::error::Error<Worded>) -> Vec<String> {
    let quoted = |kind| match error.get(kind)? {
        ContextValue::String(s) => Some(format!("'{s}'")),
        ContextValue::Strings(list) => Some(
            list.iter()
                .map(|s| format!("'{s}'"))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => None,
    };
    let mut tips = Vec::new();
    if let Some(names) = quoted(ContextKind::SuggestedSubcommand) {
        tips.push(say!("frame-similar-command", names = names));
    }
    if let Some(names) = quoted(ContextKind::SuggestedArg) {
        tips.push(say!("frame-similar-argument", names = names));
    }
    if let Some(names) = quoted(ContextKind::SuggestedValue) {
        tips.push(say!("frame-similar-value", names = names));
    }
    if error.kind() == ErrorKind::UnknownArgument
        && tips.is_empty()
        && let Some(ContextValue::String(arg)) = error.get(ContextKind::InvalidArg)
        && arg.starts_with('-')
    {
        tips.push(say!("frame-pass-as-value", arg = arg.as_str()));
    }
    tips
}
