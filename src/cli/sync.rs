//! `kith sync`: two-way sync of the contacts with a CardDAV address book (`crate::sync`). The
//! account comes from `--url`, `--user` and `--password-cmd` (or `KITH_SYNC_PASSWORD`), else the
//! config's `[sync]`. It says what it sent and received and how many requests it took; a
//! server out of reach says so and the changes stay queued for the next sync (exit 1).
//! `--conflicts` lists the contacts changed on both sides, `--resolve CONTACT --keep
//! mine|theirs` chooses one version, without the network.

use crate::cli::output;
use crate::clock;
use crate::config::Config;
use crate::say;
use crate::store::Store;
use crate::sync::{self, AccountArgs, Keep};
use clap::{Args, ValueEnum};
use std::io::Write;

#[derive(Debug, Args)]
pub struct SyncArgs {
    #[arg(long, value_name = "URL")]
    url: Option<String>,
    #[arg(long, value_name = "NAME")]
    user: Option<String>,
    #[arg(long, value_name = "CMD")]
    password_cmd: Option<String>,
    #[arg(long, conflicts_with = "resolve")]
    conflicts: bool,
    #[arg(long, value_name = "CONTACT", requires = "keep")]
    resolve: Option<String>,
    #[arg(long, value_name = "SIDE", requires = "resolve")]
    keep: Option<KeepArg>,
}

/// Which version `--resolve` keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KeepArg {
    #[value(help = say!("help-sync-keep-mine"))]
    Mine,
    #[value(help = say!("help-sync-keep-theirs"))]
    Theirs,
}

impl From<KeepArg> for Keep {
    fn from(k: KeepArg) -> Keep {
        match k {
            KeepArg::Mine => Keep::Mine,
            KeepArg::Theirs => Keep::Theirs,
        }
    }
}

pub fn run(
    store: &Store,
    config: &Config,
    args: SyncArgs,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    if args.conflicts {
        return list_conflicts(store, out);
    }
    if let (Some(contact), Some(keep)) = (&args.resolve, args.keep) {
        let id = store.resolve(contact)?;
        let name = output::line(&store.contact(id)?.name);
        if !sync::resolve(store, id, keep.into(), clock::now())? {
            anyhow::bail!(say!("sync-no-conflict", name = name));
        }
        let said = match keep {
            KeepArg::Mine => say!("sync-kept-mine", name = name),
            KeepArg::Theirs => say!("sync-kept-theirs", name = name),
        };
        writeln!(out, "{said}")?;
        return Ok(());
    }
    let account = AccountArgs {
        url: args.url,
        user: args.user,
        password_cmd: args.password_cmd,
    }
    .account(&config.sync)?;
    let synced = sync::sync(store, &account, clock::now())?;
    for refused in &synced.refused {
        eprintln!("{}", output::line(refused));
    }
    for (href, error) in &synced.unreadable {
        let (href, error) = (output::line(href), output::line(error));
        eprintln!("{}", say!("sync-unreadable", href = href, error = error));
    }
    let changed = synced.sent + synced.received + synced.deleted + synced.archived;
    if changed == 0 && synced.conflicts == 0 {
        writeln!(out, "{}", say!("sync-nothing", requests = synced.requests))?;
    } else {
        writeln!(
            out,
            "{}",
            say!(
                "sync-done",
                sent = synced.sent,
                received = synced.received,
                deleted = synced.deleted,
                archived = synced.archived,
                requests = synced.requests
            )
        )?;
    }
    let waiting = store.sync_conflicts()?.len();
    if waiting > 0 {
        writeln!(out, "{}", say!("sync-conflicts-waiting", count = waiting))?;
    }
    if !synced.refused.is_empty() {
        anyhow::bail!(say!("sync-some-refused", count = synced.refused.len()));
    }
    Ok(())
}

fn list_conflicts(store: &Store, out: &mut dyn Write) -> anyhow::Result<()> {
    let conflicts = sync::conflicts(store, clock::now())?;
    if conflicts.is_empty() {
        writeln!(out, "{}", say!("sync-no-conflicts"))?;
        return Ok(());
    }
    for c in &conflicts {
        let name = output::line(&c.name);
        writeln!(out, "{}", say!("sync-conflict", id = c.id.0, name = name))?;
        for line in &c.mine {
            writeln!(
                out,
                "  {}",
                say!("sync-conflict-mine", line = output::line(line))
            )?;
        }
        for line in &c.theirs {
            writeln!(
                out,
                "  {}",
                say!("sync-conflict-theirs", line = output::line(line))
            )?;
        }
    }
    writeln!(out, "{}", say!("sync-conflicts-hint"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_keep_words_name_the_sides() {
        assert_eq!(Keep::from(KeepArg::Mine), Keep::Mine);
        assert_eq!(Keep::from(KeepArg::Theirs), Keep::Theirs);
    }
}
