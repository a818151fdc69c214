//! Every command and option of the command line has its help in
//! `assets/words/en/cli-help.ftl`, so a new one cannot ship without it.

use fluent_bundle::{FluentBundle, FluentResource};
use kith::words::ENGLISH;

/// The help files on their own: cli-help.ftl, and settings.ftl, which holds the help of the
/// settings' commands with their other words.
fn help_file() -> FluentBundle<FluentResource> {
    let lang: unic_langid::LanguageIdentifier = "en".parse().unwrap();
    let mut bundle = FluentBundle::new(vec![lang]);
    bundle.set_use_isolating(false);
    for file in ["cli-help", "settings"] {
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
        Some("What to write")
    );
}
