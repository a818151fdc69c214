//! Where the notebook is, and what happens when it is not there yet. Nothing is made by
//! surprise: a notebook path given with `--db` (or `KITH_DB`) whose folder does not exist is an
//! error naming it and `kith init`, which makes one there; a missing file in an existing
//! folder reads as an empty notebook and is created by the first command that writes, which
//! says so once; the default place on a first run makes its folders as well.

use super::Command;
use crate::say;
use crate::store::Store;
use clap::Args;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Args)]
pub struct InitArgs {
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
}

/// The notebook's file when none is given: in the platform's data folder.
pub fn default_path() -> anyhow::Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "kith")
        .ok_or_else(|| anyhow::anyhow!(say!("cli-no-home")))?;
    Ok(dirs.data_dir().join("kith.redb"))
}

/// The notebook a command uses: the one `given` (`--db`, `KITH_DB`), which must be in a folder
/// that exists, or the default one.
pub fn place(given: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    let Some(path) = given else {
        return default_path();
    };
    match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(folder) if !folder.is_dir() => Err(anyhow::anyhow!(say!(
            "notebook-no-folder",
            folder = shown(folder),
            path = shown(&path)
        ))),
        _ => Ok(path),
    }
}

fn shown(path: &Path) -> String {
    super::output::line(&path.display().to_string())
}

/// `kith init [PATH]`: makes a notebook at PATH (or `--db`, or the default place), folders and
/// all; one that is there already is left as it is (and must read as a notebook).
pub fn init(args: &InitArgs, db: Option<PathBuf>, out: &mut dyn Write) -> anyhow::Result<()> {
    let path = match args.path.clone().or(db) {
        Some(path) => path,
        None => default_path()?,
    };
    if path.exists() {
        Store::open_for_a_read(&path)?.close()?;
        writeln!(out, "{}", say!("init-exists", path = shown(&path)))?;
        return Ok(());
    }
    Store::open(&path)?.close()?;
    writeln!(out, "{}", say!("init-created", path = shown(&path)))?;
    Ok(())
}

/// The notebook at `path`, opened as `command` needs it (`None`: the screen), and whether this
/// open created the file. Commands that only read open it read-only, so a notebook not made yet
/// reads as an empty one and nothing is created.
pub fn open(
    path: &Path,
    command: Option<&Command>,
    wait: Duration,
) -> anyhow::Result<(Store, bool)> {
    if !command.is_none_or(Command::writes) {
        return Ok((Store::open_for_a_read(path)?, false));
    }
    let missing = !path.exists();
    let mut shown = None;
    let open = match command {
        Some(_) => Store::open_waiting,
        None => Store::open_for_the_screen,
    };
    let opened = open(path, wait, &mut |done, total| {
        // Only a migration that indexes existing notes reports; say what is happening.
        let percent = (done * 100).checked_div(total).unwrap_or(100);
        // Off a terminal (a log, a pipe) a line cannot be redrawn: only the finished one.
        let redrawn = std::io::IsTerminal::is_terminal(&std::io::stderr());
        if shown != Some(percent) && (redrawn || done == total) {
            eprint!(
                "{}{}",
                if redrawn { "\r" } else { "" },
                say!("cli-migrating", percent = percent, total = total)
            );
            if done == total {
                eprintln!();
            }
            shown = Some(percent);
        }
    });
    match opened {
        // The screen still shows a notebook it may not change: a backup copy, a read-only
        // mount. It says so and refuses changes, with a bounded page cache as when writing.
        Err(e) if command.is_none() && e.is_not_writable() => {
            Ok((Store::open_for_a_read(path)?, false))
        }
        Ok(store) => Ok((store, missing)),
        Err(e) => Err(e.into()),
    }
}

/// What a command that created the notebook says of it, once on stderr, or the screen on its
/// status bar (`on_screen`).
pub fn created(path: &Path, on_screen: bool) -> String {
    let path = shown(path);
    match on_screen {
        true => say!("notebook-created-screen", path = path),
        false => say!("notebook-created", path = path),
    }
}
