//! Running the real `kith` binary on a notebook, on a pinned clock.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

/// The locale variables a test run takes from the machine and clears: the run is in `LANG`
/// `C.UTF-8` (English) unless the test itself asks for a language.
pub const LOCALE_CLEARED: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "KITH_CONFIG"];

/// Makes `command` (kith, or a shell that runs it) independent of the machine's locale and
/// config: `LANG=C.UTF-8`, no `LC_ALL`, `LC_MESSAGES` or `KITH_CONFIG`. Call it before the
/// test's own variables, which then win.
pub fn neutral(command: &mut Command) -> &mut Command {
    command.env("LANG", "C.UTF-8");
    for name in LOCALE_CLEARED {
        command.env_remove(name);
    }
    command
}

/// The real `kith` binary, in a neutral locale ([`neutral`]).
pub fn kith_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kith"));
    neutral(&mut command);
    command
}

pub fn kith(db: &Path, args: &[&str]) -> Output {
    kith_with_env(db, args, &[])
}

/// Runs a command with more variables in its environment.
pub fn kith_with_env(db: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    kith_command()
        .args(args)
        .env("KITH_DB", db)
        .env("KITH_NOW", "2026-11-22 09:30")
        .envs(env.iter().copied())
        .output()
        .expect("the kith binary runs")
}

/// [`ok`] with more variables in the environment.
pub fn ok_with_env(db: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let out = kith_with_env(db, args, env);
    assert!(
        out.status.success(),
        "kith {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// [`fails`] with more variables in the environment.
pub fn fails_with_env(db: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let out = kith_with_env(db, args, env);
    assert_eq!(out.status.code(), Some(1), "kith {args:?} should fail");
    String::from_utf8(out.stderr).expect("UTF-8 output")
}

/// Runs a command that must succeed; its standard output.
pub fn ok(db: &Path, args: &[&str]) -> String {
    let out = kith(db, args);
    assert!(
        out.status.success(),
        "kith {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Runs a command that must fail with exit code 1; its standard error.
pub fn fails(db: &Path, args: &[&str]) -> String {
    let out = kith(db, args);
    assert_eq!(
        out.status.code(),
        Some(1),
        "kith {args:?} should fail: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8(out.stderr).expect("UTF-8 output")
}

/// Writes `content` to `file` and imports it into the notebook at `db`; what the import said.
pub fn write_and_import(db: &Path, file: &Path, content: &str) -> String {
    std::fs::write(file, content).expect("the file is written");
    ok(db, &["import", file.to_str().expect("a UTF-8 path")])
}

/// Runs a command that may meet a damaged file; `None` if it was still running after `limit`
/// (then it is killed). The limit only guards against a hang: it is far above any run's time.
/// Output goes to files, so a command printing more than a pipe holds cannot look hung.
pub fn kith_within(db: &Path, args: &[&str], limit: std::time::Duration) -> Option<Output> {
    use std::io::{Read, Seek};
    use std::process::Stdio;
    let mut stdout = tempfile::tempfile().expect("a temporary file");
    let mut stderr = tempfile::tempfile().expect("a temporary file");
    let mut child = kith_command()
        .args(args)
        .env("KITH_DB", db)
        .env("KITH_NOW", "2026-11-22 09:30")
        .stdin(Stdio::null())
        .stdout(stdout.try_clone().expect("a file handle"))
        .stderr(stderr.try_clone().expect("a file handle"))
        .spawn()
        .expect("the kith binary runs");
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting on kith") {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    let read = |f: &mut std::fs::File| {
        let mut bytes = Vec::new();
        f.rewind().expect("rewind");
        f.read_to_end(&mut bytes).expect("read back");
        bytes
    };
    Some(Output {
        status,
        stdout: read(&mut stdout),
        stderr: read(&mut stderr),
    })
}

/// Runs a command that must exit with `code`; its (standard output, standard error).
pub fn exits(db: &Path, args: &[&str], code: i32) -> (String, String) {
    let out = kith(db, args);
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert_eq!(
        out.status.code(),
        Some(code),
        "kith {args:?}\nstdout: {stdout}\nstderr: {stderr}"
    );
    (stdout, stderr)
}

/// Runs a command with `stdin` as its standard input (an empty, closed one when `None`).
pub fn kith_with_stdin(db: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = kith_command()
        .args(args)
        .env("KITH_DB", db)
        .env("KITH_NOW", "2026-11-22 09:30")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the kith binary runs");
    {
        let mut input = child.stdin.take().expect("a pipe to its input");
        if let Some(text) = stdin {
            input
                .write_all(text.as_bytes())
                .expect("the input is written");
        }
    }
    child.wait_with_output().expect("the kith binary ends")
}

/// Runs a command that must succeed and print JSON; the JSON.
pub fn json(db: &Path, args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&ok(db, args)).expect("valid JSON")
}

/// The contact `kith show WHO --json` prints.
pub fn shown_contact(db: &Path, who: &str) -> serde_json::Value {
    json(db, &["show", who, "--json"])["contact"].clone()
}

/// The vCard lines a shown contact keeps for the cards it came from.
pub fn vcard_extra(contact: &serde_json::Value) -> Vec<&str> {
    contact["vcard_extra"]
        .as_array()
        .expect("vcard_extra is a list")
        .iter()
        .map(|v| v.as_str().expect("each line is text"))
        .collect()
}

/// The text at `field` in each record of a JSON list, in its order.
pub fn each_field<'a>(list: &'a serde_json::Value, field: &str) -> Vec<&'a str> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|record| record[field].as_str().expect("text at the field"))
        .collect()
}
