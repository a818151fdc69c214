//! No silent surprises about where the notebook and the config are: a mistyped `--db` folder is
//! an error that creates nothing, `kith init` makes a notebook, commands that only read create
//! nothing, the first write says it created the notebook, a `--config` file named on the command
//! line must exist, and a config that does not read gives the defaults with a warning.

use std::path::Path;
use std::process::Output;

/// `kith ARGS` with its home, data and config folders inside `home`, and no KITH_DB or
/// KITH_CONFIG: only what the arguments say.
fn run_in(home: &Path, args: &[&str]) -> Output {
    run_with_config(home, None, args)
}

/// [`run_in`] with KITH_CONFIG naming `config`, when given.
fn run_with_config(home: &Path, config: Option<&str>, args: &[&str]) -> Output {
    let mut command = crate::common::binary::kith_command();
    match config {
        Some(config) => command.env("KITH_CONFIG", config),
        None => command.env_remove("KITH_CONFIG"),
    };
    command
        .args(args)
        .current_dir(home)
        .env_remove("KITH_DB")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("KITH_NOW", "2026-11-22 09:30")
        .output()
        .expect("the kith binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Every path under `dir`, relative to it, sorted.
fn tree(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        for entry in std::fs::read_dir(&next).unwrap() {
            let path = entry.unwrap().path();
            found.push(path.strip_prefix(dir).unwrap().display().to_string());
            if path.is_dir() {
                stack.push(path);
            }
        }
    }
    found.sort();
    found
}

#[test]
fn a_db_in_a_folder_that_does_not_exist_is_an_error_naming_it_and_kith_init() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["--db", "notse/kith.redb", "add", "Ana"][..],
        &["--db", "notse/kith.redb", "list"],
        &["--db", "notse/kith.redb", "log", "ana", "hello"],
    ] {
        let out = run_in(home.path(), args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = text(&out.stderr);
        assert!(err.contains("no folder notse"), "{err}");
        assert!(err.contains("`kith init notse/kith.redb`"), "{err}");
        assert!(out.stdout.is_empty());
    }
    // KITH_DB is as explicit as --db.
    let out = crate::common::binary::kith_command()
        .args(["add", "Ana"])
        .current_dir(home.path())
        .env("KITH_DB", "notse/kith.redb")
        .env("HOME", home.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("kith init"));
    assert_eq!(tree(home.path()), Vec::<String>::new(), "nothing created");
}

#[test]
fn kith_init_makes_the_notebook_and_its_folders_and_leaves_one_alone() {
    let home = tempfile::tempdir().unwrap();
    let out = run_in(home.path(), &["init", "notes/work/kith.redb"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "Created a notebook at notes/work/kith.redb\n"
    );
    assert!(home.path().join("notes/work/kith.redb").is_file());
    let add = run_in(
        home.path(),
        &["--db", "notes/work/kith.redb", "add", "Ana Ruiz"],
    );
    assert!(add.status.success(), "{}", text(&add.stderr));
    assert!(add.stderr.is_empty(), "the notebook was there already");

    let again = run_in(home.path(), &["init", "notes/work/kith.redb"]);
    assert!(again.status.success());
    assert!(text(&again.stdout).contains("already; it was left as it is"));
    let list = run_in(home.path(), &["--db", "notes/work/kith.redb", "list"]);
    assert!(text(&list.stdout).contains("Ana Ruiz"), "kept");

    // Without PATH: --db, else the default place.
    let out = run_in(home.path(), &["--db", "other.redb", "init"]);
    assert!(out.status.success());
    assert!(home.path().join("other.redb").is_file());
    let out = run_in(home.path(), &["init"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(home.path().join("data/kith/kith.redb").is_file());

    // Something that is not a notebook is not taken for one.
    std::fs::write(home.path().join("notes.txt"), "my notes").unwrap();
    let out = run_in(home.path(), &["init", "notes.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        std::fs::read(home.path().join("notes.txt")).unwrap(),
        b"my notes"
    );
}

#[test]
fn reading_a_notebook_not_made_yet_shows_it_empty_and_creates_nothing() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["--db", "kith.redb", "list"][..],
        &["--db", "kith.redb", "due"],
        &["--db", "kith.redb", "search", "ana"],
        &["--db", "kith.redb", "export", "--format", "json"],
        &["list"],
    ] {
        let out = run_in(home.path(), args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        assert!(out.stderr.is_empty(), "{args:?}: {}", text(&out.stderr));
    }
    assert_eq!(tree(home.path()), Vec::<String>::new(), "nothing created");
}

#[test]
fn the_first_write_creates_the_notebook_and_says_so_once() {
    let home = tempfile::tempdir().unwrap();
    let out = run_in(home.path(), &["--db", "kith.redb", "add", "Ana Ruiz"]);
    assert!(out.status.success());
    assert_eq!(
        text(&out.stderr),
        "kith: created a new notebook at kith.redb\n"
    );
    assert!(home.path().join("kith.redb").is_file());
    let out = run_in(home.path(), &["--db", "kith.redb", "add", "Marc Puig"]);
    assert!(out.status.success());
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));

    // The default place on a first run makes its folders, as it always did.
    let out = run_in(home.path(), &["add", "Ana Ruiz"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("created a new notebook at"));
    assert!(home.path().join("data/kith/kith.redb").is_file());
}

#[test]
fn the_command_line_and_the_form_start_a_contact_as_a_customer() {
    let home = tempfile::tempdir().unwrap();
    run_in(home.path(), &["--db", "kith.redb", "add", "Ana Ruiz"]);
    let out = run_in(home.path(), &["--db", "kith.redb", "show", "ana", "--json"]);
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["contact"]["kind"], "customer", "{shown}");
    assert_eq!(kith::domain::Kind::DEFAULT, kith::domain::Kind::Customer);
}

#[test]
fn a_config_named_with_config_must_exist() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["--config", "kith.toml", "--db", "kith.redb", "add", "Ana"][..],
        &["--db", "kith.redb", "list", "--config", "kith.toml"],
        &["--config", "kith.toml", "keys"],
        &["--config", "kith.toml", "config", "show"],
    ] {
        let out = run_in(home.path(), args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = text(&out.stderr);
        assert!(err.contains("no config file kith.toml"), "{err}");
        assert!(err.contains("config init"), "{err}");
    }
    assert_eq!(tree(home.path()), Vec::<String>::new(), "nothing created");
    // `config init` writes it there, and `config path` says where it goes.
    let out = run_in(home.path(), &["--config", "kith.toml", "config", "path"]);
    assert_eq!(text(&out.stdout), "kith.toml\n");
    let out = run_in(home.path(), &["--config", "kith.toml", "config", "init"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = run_in(home.path(), &["--config", "kith.toml", "keys"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn a_config_named_by_kith_config_must_exist_as_one_named_with_config() {
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| run_with_config(home.path(), Some("kith.toml"), args);
    for args in [
        &["--db", "kith.redb", "add", "Ana"][..],
        &["--db", "kith.redb", "list"],
        &["--db", "kith.redb"],
        &["keys"],
        &["config", "show"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_eq!(
            text(&out.stderr),
            "kith: there is no config file kith.toml (named by KITH_CONFIG); \
             `kith config init` writes one there\n",
            "{args:?}"
        );
    }
    assert_eq!(tree(home.path()), Vec::<String>::new(), "nothing created");
    // `config path` says where it goes and `config init` writes it there, as with `--config`.
    assert_eq!(text(&run(&["config", "path"]).stdout), "kith.toml\n");
    let out = run(&["config", "init"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(tree(home.path()), ["kith.toml"]);
    for args in [&["keys"][..], &["--db", "kith.redb", "add", "Ana"]] {
        let out = run(args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    }
    // `--config` on the command line is the one that counts, and names the option.
    let out = run(&["--config", "other.toml", "keys"]);
    assert!(text(&out.stderr).contains("`kith --config other.toml config init`"));
}

#[test]
fn a_malformed_config_is_a_warning_and_the_defaults_apply() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("kith.toml");
    std::fs::write(&config, "[cadence]\ncustomer = \"monthly\"\n").unwrap();
    let args = ["--config", "kith.toml", "--db", "kith.redb"];
    let run = |more: &[&str]| run_in(home.path(), &[&args[..], more].concat());
    let out = run(&["add", "Ana Ruiz"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    let warning = err.lines().next().unwrap_or_default();
    assert!(
        warning.starts_with("kith: warning: kith.toml:2: ")
            && warning.ends_with("; using the defaults"),
        "{err}"
    );
    assert_eq!(err.matches("kith.toml:2").count(), 1, "said once: {err}");
    let out = run(&["list"]);
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("Ana Ruiz"));
    assert!(text(&out.stderr).contains("kith.toml:2"));
}

#[test]
fn counts_read_as_sentences() {
    let home = tempfile::tempdir().unwrap();
    let db = ["--db", "kith.redb"];
    let run = |more: &[&str]| run_in(home.path(), &[&db[..], more].concat());
    run(&["add", "Ana Ruiz"]);
    let out = run(&["export", "--format", "vcard", "-o", "one.vcf"]);
    assert_eq!(text(&out.stderr), "Wrote 1 contact to one.vcf\n");
    let out = run(&["export", "--format", "json", "-o", "one.json"]);
    assert_eq!(
        text(&out.stderr),
        "Wrote 1 contact, 0 interactions and 0 follow-ups to one.json\n"
    );
    let out = run_in(home.path(), &["--db", "fresh.redb", "import", "one.json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Restored 1 contact, 0 interactions, 0 follow-ups and 0 drafts"),
        "{}",
        text(&out.stdout)
    );
    run(&["add", "Marc Puig"]);
    let out = run(&["export", "--format", "csv", "-o", "two.csv"]);
    assert_eq!(text(&out.stderr), "Wrote 2 contacts to two.csv\n");
}
