//! The `kith` binary: parse the command line, open the notebook, run the command.

use kith::cli::{self, Cli, Command};
use kith::say;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match cli::help::parse() {
        Ok(cli) => cli,
        // clap quotes the arguments it refuses; like every message, they reach the terminal
        // through the sanitiser. Help and the version are kith's own text.
        Err(e) if e.use_stderr() => {
            cli::terminal::say(e.render().to_string().trim_end());
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
        Err(e) => e.exit(),
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            cli::terminal::say(say!("cli-error", error = format!("{e:#}")));
            if e.chain().any(|cause| {
                matches!(
                    cause.downcast_ref::<kith::store::StoreError>(),
                    Some(kith::store::StoreError::Busy { .. })
                )
            }) {
                cli::terminal::say(say!("cli-busy-unchanged"));
            }
            if cli::is_damage(&e) {
                ExitCode::from(cli::EXIT_DAMAGED)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

/// `kith list | head` closes the pipe early; that is the reader's choice, not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .and_then(|j| j.io_error_kind())
                == Some(BrokenPipe)
    })
}

fn run(cli: Cli) -> anyhow::Result<()> {
    // A completion script is the command line's own text: no notebook, no config.
    if let Some(Command::Completions(args)) = &cli.command {
        let mut out = std::io::stdout().lock();
        cli::completions::print(args, &mut out)?;
        return Ok(std::io::Write::flush(&mut out)?);
    }
    let config_path = match &cli.config {
        Some(path) => path.clone(),
        None => kith::config::default_path().unwrap_or_default(),
    };
    // The config's own commands, the manual and `kith init` read no notebook.
    if let Some(
        command @ (Command::Config(_) | Command::Keys(_) | Command::Man(_) | Command::Init(_)),
    ) = &cli.command
    {
        let mut out = std::io::stdout().lock();
        match command {
            Command::Config(args) => {
                if args.what == cli::settings::ConfigWhat::Show {
                    cli::settings::must_exist(&config_path, cli.config_named)?;
                }
                cli::settings::config(args, &config_path, &mut out)?
            }
            Command::Keys(_) => {
                cli::settings::must_exist(&config_path, cli.config_named)?;
                cli::settings::keys(&config_path, &mut out)?
            }
            Command::Init(args) => cli::notebook::init(args, cli.db, &mut out)?,
            _ => cli::settings::man(&mut out)?,
        }
        return Ok(std::io::Write::flush(&mut out)?);
    }
    // A config that does not read never keeps the notebook closed: the defaults apply, and
    // what is wrong is said once (the screen: on its status bar, with each line the keymap or
    // theme cannot use).
    let (config, malformed) = cli::settings::for_a_notebook(&config_path, cli.config_named)?;
    let path = cli::notebook::place(cli.db)?;
    let wait = std::time::Duration::try_from_secs_f64(cli.wait)
        .map_err(|_| anyhow::anyhow!(say!("cli-wait-seconds")))?;
    if matches!(cli.command, Some(Command::Check(_))) && !path.exists() {
        return Err(kith::store::StoreError::Missing { path }.into());
    }
    if cli.command.is_some()
        && let Some(error) = &malformed
    {
        cli::terminal::say(say!("config-defaults", error = error.clone()));
    }
    let (mut store, created) = cli::notebook::open(&path, cli.command.as_ref(), wait)?;
    let created = created.then(|| cli::notebook::created(&path, cli.command.is_none()));
    // The screen's own thread never waits long for another process: a save it cannot make at
    // once is queued and tried again, with the status bar saying so.
    store.set_history_steps(config.undo.steps);
    let Some(command) = cli.command else {
        store.set_wait(wait.min(std::time::Duration::from_millis(100)));
        let malformed = malformed.map(|error| say!("settings-screen-defaults", error = error));
        let settings =
            kith::tui::settings::install(&config, &config_path, kith::tui::settings::no_color());
        let said = (created.into_iter().chain(malformed).chain(settings)).collect::<Vec<_>>();
        let said = kith::tui::settings::notice(&said);
        // Background threads may still hold the store when the screen returns; the process
        // ends with them.
        return kith::tui::run(std::sync::Arc::new(store), config.cadence, said);
    };
    if let Some(created) = created {
        cli::terminal::say(created);
    }
    let result = {
        use std::io::{IsTerminal, Write};
        let stdout = std::io::stdout();
        // Buffered: a table of 100k rows is a few writes, not two system calls a row.
        let buffered = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
        let mut out = cli::terminal::Inert::new(buffered, stdout.is_terminal());
        cli::run(&mut store, &config, command, &mut out).and_then(|()| Ok(out.flush()?))
    };
    // Closed explicitly so a damaged file that trips redb's close is reported, not a crash.
    let closed = store.close();
    result?;
    Ok(closed?)
}
