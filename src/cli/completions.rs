//! `kith completions SHELL`: the script that teaches a shell kith's subcommands, options and
//! their values, written by clap_complete from the same definitions clap parses with. It needs
//! no notebook: `main` runs it before opening one.

use clap::Args;
use clap_complete::Shell;
use std::io::Write;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Writes the completion script for `args.shell` to `out`.
pub fn print(args: &CompletionsArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    use clap_complete::Generator;
    let mut command = super::help::command();
    command.set_bin_name("kith");
    command.build();
    // Made whole first: some of clap_complete's writers panic on a write error, and a closed
    // pipe (`kith completions fish | head`) is the reader's choice, not a crash.
    let mut script = Vec::new();
    args.shell.try_generate(&command, &mut script)?;
    Ok(out.write_all(&script)?)
}
