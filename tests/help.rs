//! Every command and option of the command line has its help in
//! `assets/words/en/cli-help.ftl`, so a new one cannot ship without it.

mod common;

use fluent_bundle::{FluentBundle, FluentResource};
use kith::words::ENGLISH;

/// The help files on their own: cli-help.ftl, settings.ftl, which holds the help of the
/// settings' commands with their other words, and lang.ftl, the language options' with the
/// words of days.
fn help_file() -> FluentBundle<FluentResource> {
    let lang: unic_langid::LanguageIdentifier = "en".parse().unwrap();
    let mut bundle = FluentBundle::new(vec![lang]);
    bundle.set_use_isolating(false);
    for file in ["cli-help", "settings", "lang"] {
        let (_, text) = ENGLISH
            .iter()
            .find(|(part, _)| *part == file)
            .expect("the help files are English files");
        let resource = FluentResource::try_new(text.to_string()).expect("the help file parses");
        bundle.add_resource(resource).expect("no id twice");
    }
    bundle
}

#[test]
fn every_command_and_option_has_help() {
    let bundle = help_file();
    let ids = kith::cli::help::ids();
    assert!(ids.len() > 100, "the whole command tree: {ids:?}");
    let mut missing = Vec::new();
    let mut empty = Vec::new();
    for id in &ids {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            missing.push(id.clone());
            continue;
        };
        let said = bundle.format_pattern(pattern, None, &mut Vec::new());
        if said.trim().is_empty() {
            empty.push(id.clone());
        }
    }
    assert!(
        missing.is_empty(),
        "no message in assets/words/en/cli-help.ftl for: {missing:#?}"
    );
    assert!(empty.is_empty(), "an empty help message for: {empty:#?}");
}

#[test]
fn the_help_shown_is_the_files_words() {
    let cmd = kith::cli::help::command();
    assert_eq!(
        cmd.get_about().map(ToString::to_string).as_deref(),
        Some("A keyboard-driven relationship notebook for the terminal")
    );
    let export = cmd.find_subcommand("export").expect("kith export");
    let format = (export.get_arguments())
        .find(|a| a.get_id() == "format")
        .expect("--format");
    assert_eq!(
        format.get_help().map(ToString::to_string).as_deref(),
        Some("What to write [possible values: json, vcard, csv, ics]")
    );
}

/// Every command as `kith COMMAND --help` shows it (clap's own `help` and hidden ones aside),
/// with its options and the global ones clap copies into it.
fn every_command() -> Vec<clap::Command> {
    fn walk(cmd: &clap::Command, out: &mut Vec<clap::Command>) {
        out.push(cmd.clone());
        for sub in cmd.get_subcommands() {
            if !sub.is_hide_set() && sub.get_name() != "help" {
                walk(sub, out);
            }
        }
    }
    let mut cmd = kith::cli::help::command();
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, &mut out);
    out
}

#[test]
fn every_option_of_every_command_is_described_and_every_command_shows_an_example() {
    let commands = every_command();
    assert!(commands.len() > 25, "the whole tree");
    let mut undescribed = Vec::new();
    let mut no_example = Vec::new();
    for cmd in &commands {
        let name = cmd.get_name();
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            let help = arg.get_help().or(arg.get_long_help());
            if help.is_none_or(|h| h.to_string().trim().is_empty()) {
                undescribed.push(format!("{name} {}", arg.get_id()));
            }
        }
        let example = cmd.get_after_help().map(ToString::to_string);
        if !example.is_some_and(|e| e.contains("Examples:") && e.contains("kith")) {
            no_example.push(name.to_string());
        }
    }
    assert!(
        undescribed.is_empty(),
        "options without help: {undescribed:#?}"
    );
    assert!(
        no_example.is_empty(),
        "commands without an example: {no_example:#?}"
    );
}

#[test]
fn the_global_options_stand_under_their_own_heading_in_every_command() {
    for cmd in every_command() {
        let globals: Vec<_> = cmd
            .get_arguments()
            .filter(|a| ["db", "config", "wait"].contains(&a.get_id().as_str()))
            .collect();
        assert_eq!(globals.len(), 3, "{}", cmd.get_name());
        for arg in globals {
            assert_eq!(
                arg.get_help_heading(),
                Some("Global options"),
                "{} --{}",
                cmd.get_name(),
                arg.get_id()
            );
        }
        // Its own under the headings clap would give them, in words.
        let misplaced = cmd
            .get_arguments()
            .filter(|a| !a.is_global_set())
            .filter(|a| {
                let heading = if a.is_positional() {
                    "Arguments"
                } else {
                    "Options"
                };
                a.get_help_heading() != Some(heading)
            });
        assert_eq!(
            misplaced.count(),
            0,
            "{}: its own options under Options",
            cmd.get_name()
        );
    }
    // As the binary prints it: the command's options, then the global ones, then examples.
    let out = common::binary::kith_command()
        .args(["add", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    let at = |text: &str| {
        help.find(text)
            .unwrap_or_else(|| panic!("{text} in {help}"))
    };
    assert!(at("--company") < at("Global options:"));
    assert!(at("Global options:") < at("--db <PATH>"));
    assert!(at("--db <PATH>") < at("Examples:"));
}

#[test]
fn import_and_export_help_name_every_format_and_what_it_reads_or_writes() {
    let cmd = kith::cli::help::command();
    let long = |name: &str| {
        let sub = cmd.find_subcommand(name).unwrap();
        sub.get_long_about()
            .map(ToString::to_string)
            .unwrap_or_default()
    };
    let import = long("import");
    for format in [
        "vCard (.vcf",
        "a folder",
        "CSV (.csv)",
        "JSON backup (.json)",
    ] {
        assert!(import.contains(format), "{format} in {import}");
    }
    let export = long("export");
    for format in ["json ", "vcard ", "csv ", "ics "] {
        assert!(
            export.contains(&format!("\n  {format}")),
            "{format} in {export}"
        );
    }
    let paths = cmd.find_subcommand("import").unwrap().get_arguments();
    let paths = paths.into_iter().find(|a| a.get_id() == "paths").unwrap();
    assert!(paths.get_help().unwrap().to_string().contains(".csv"));
}
