//! `kith completions SHELL` through the real binary: the script names kith's subcommands and
//! the values of its options, and printing it never opens or creates a notebook.

mod common;

use std::process::{Command, Output};

const SUBCOMMANDS: [&str; 20] = [
    "add",
    "edit",
    "archive",
    "unarchive",
    "log",
    "list",
    "show",
    "demo",
    "due",
    "followup",
    "search",
    "export",
    "import",
    "duplicates",
    "merge",
    "done",
    "snooze",
    "drop",
    "check",
    "completions",
];

fn completions(dir: &std::path::Path, shell: &str) -> Output {
    common::binary::kith_command()
        .args(["completions", shell])
        .env("KITH_DB", dir.join("kith.redb"))
        .env("KITH_CONFIG", dir.join("config.toml"))
        .output()
        .expect("the kith binary runs")
}

fn words(script: &str) -> Vec<&str> {
    script
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .collect()
}

#[test]
fn the_bash_script_names_every_subcommand_and_export_format_without_a_notebook() {
    let dir = tempfile::tempdir().unwrap();
    let out = completions(dir.path(), "bash");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let script = String::from_utf8(out.stdout).unwrap();
    assert!(script.contains("complete -F _kith"), "{script}");
    let words = words(&script);
    for name in SUBCOMMANDS {
        assert!(words.contains(&name), "the script lacks {name}");
    }
    // `--format`'s values, offered where the option is completed.
    assert!(script.contains("\"json vcard csv ics\""), "{script}");
    assert!(
        !dir.path().join("kith.redb").exists(),
        "a notebook was created"
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn every_shell_gets_a_script_and_none_opens_a_notebook() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = completions(dir.path(), shell);
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(words(&script).contains(&"followup"), "{shell}: {script}");
        assert!(script.contains("vcard"), "{shell}");
        let words = words(&script);
        assert!(
            words.contains(&"--db") || words.contains(&"db"),
            "{shell}: the global options"
        );
        // The hidden command the scripts call is never offered to a person.
        for line in script.lines().filter(|l| l.contains("contact-names")) {
            assert!(
                line.contains("kith contact-names --") || line.contains("kith contact-names '--'"),
                "{shell} offers the hidden command: {line}"
            );
        }
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    let unknown = completions(dir.path(), "tcsh");
    assert_eq!(unknown.status.code(), Some(2));
    let err = String::from_utf8(unknown.stderr).unwrap();
    assert!(
        err.contains("'tcsh'") && err.contains("bash, elvish, fish, powershell, zsh"),
        "{err}"
    );
}

/// Runs `kith` on the notebook at `db` (an empty config file beside it: KITH_CONFIG must name
/// a file that is there).
fn kith_on(db: &std::path::Path, args: &[&str]) -> Output {
    let config = db.with_extension("toml");
    if !config.exists() {
        std::fs::write(&config, "").unwrap();
    }
    common::binary::kith_command()
        .args(args)
        .env("KITH_DB", db)
        .env("KITH_CONFIG", db.with_extension("toml"))
        .output()
        .expect("the kith binary runs")
}

#[test]
fn contact_names_complete_where_a_command_takes_a_contact() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kith.redb");
    for name in ["Àna Lima", "Anders O'Neil", "Bruno Costa"] {
        assert!(kith_on(&db, &["add", name]).status.success());
    }
    let names = kith_on(&db, &["contact-names", "an"]);
    assert_eq!(
        String::from_utf8_lossy(&names.stdout),
        "Àna Lima\nAnders O'Neil\n"
    );
    // bash, for real: the script offers the names, quoted for the shell, after `show`.
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_kith"))
        .parent()
        .unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let offered = |words: &str| {
        let script = "source <(kith completions bash); COMP_WORDS=($WORDS); \
                      COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _kith_contact_names; \
                      printf '%s\\n' \"${COMPREPLY[@]}\"";
        let out = common::binary::neutral(&mut Command::new("bash"))
            .args(["-c", script])
            .env("WORDS", words)
            .env("PATH", &path)
            .env("KITH_DB", &db)
            .env("KITH_CONFIG", db.with_extension("toml"))
            .output()
            .expect("bash runs");
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(offered("kith show An"), "Àna\\ Lima\nAnders\\ O\\'Neil\n");
    assert_eq!(offered("kith log Bru"), "Bruno\\ Costa\n");
    assert!(
        !offered("kith search An").contains("Lima"),
        "search takes no contact"
    );
    // zsh and fish: their scripts ask for the names where a contact goes.
    let script = |shell| String::from_utf8(completions(dir.path(), shell).stdout).unwrap();
    let zsh = script("zsh");
    assert!(zsh.contains(":contact -- Id or name of the contact:_kith_contact_names'"));
    assert!(zsh.contains("kith contact-names -- \"$PREFIX\""));
    let fish = script("fish");
    assert!(fish.contains(
        "-n \"__fish_kith_using_subcommand show\" -f -a \"(kith contact-names -- (commandline -ct)"
    ));
}

/// PowerShell is not on the machines the tests run on, so its script is checked as text: clap's
/// completer becomes a function the one registered completer calls, except for the word after
/// a command that takes a contact, where it asks `kith contact-names` and quotes for PowerShell.
#[test]
fn the_powershell_script_completes_contact_names_where_a_command_takes_a_contact() {
    let dir = tempfile::tempdir().unwrap();
    let out = completions(dir.path(), "powershell");
    assert!(out.status.success());
    let script = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        script.matches("Register-ArgumentCompleter").count(),
        1,
        "one completer, ours: {script}"
    );
    let clap = script
        .find("function _kith_clap {")
        .expect("clap's completer");
    let ours = script
        .find("Register-ArgumentCompleter -Native -CommandName 'kith' -ScriptBlock {")
        .unwrap();
    assert!(clap < ours, "the function is there before it is called");
    let completer = &script[ours..];
    for line in [
        "$takers = @('edit', 'archive', 'unarchive', 'log', 'show', 'followup', 'invoice', 'bill', 'owed', 'promises', 'referrals', 'event', 'delete')",
        "if ($at -eq 2 -and $takers -contains $words[1].Extent.Text",
        "kith contact-names '--' $prefix 2>$null",
        // A name with a blank or a quote goes in single quotes, its quotes doubled.
        "if ($text -match '[\\s''\"`$#@{}()<>;,|&\\u2018-\\u201E]') {",
        "$text = \"'\" + ($text -replace '[''\\u2018-\\u201B]', '$0$0') + \"'\"",
        "[System.Management.Automation.CompletionResult]::new($text, $_, 'ParameterValue', $_)",
        "_kith_clap $wordToComplete $commandAst $cursorPosition",
    ] {
        assert!(completer.contains(line), "{line}\n{completer}");
    }
    assert!(!completer.contains("'search'"), "search takes no contact");
}
