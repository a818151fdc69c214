//! `kith completions SHELL` through the real binary: the script names kith's subcommands and
//! the values of its options, and printing it never opens or creates a notebook.

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
    Command::new(env!("CARGO_BIN_EXE_kith"))
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
