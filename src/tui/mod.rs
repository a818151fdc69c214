//! The notebook screen: terminal setup and restore, and the event loop.
//!
//! One road through it: read a key → `keymap` resolves an `Action` → `update` changes `State` and
//! returns `Effect`s → `effects` runs them against the `Store` and feeds the results back as
//! actions → draw once, if anything changed.

pub mod action;
mod columns;
pub mod config_lines;
pub mod crash;
pub mod draft_keeper;
pub mod effects;
mod event_loop;
pub mod keymap;
pub mod layers;
pub mod layout;
pub mod model;
pub mod parts;
pub mod render;
mod rewrite;
pub mod scroll;
pub mod search_worker;
pub mod settings;
#[cfg(unix)]
mod signal_watch;
pub mod state;
pub mod theme;
pub mod update;

use crate::say;
use crate::store::Store;
use action::{Effect, Msg, Report};
use crash::Shared;
use event_loop::{Ending, dispatch_via, event_loop};
use state::State;
use std::sync::atomic::Ordering;
use std::sync::{Arc, mpsc};

/// Runs the notebook screen until the user quits or a signal asks kith to stop.
///
/// Background threads (search, import, list loading, the draft keeper) hold their own handle on
/// the store and are never waited for on the way out, except the draft keeper's last write: a
/// long import or search cannot hold the shell hostage.
/// `said`: what the status bar says first (what is wrong with the config).
pub fn run(
    store: Arc<Store>,
    cadences: crate::domain::CadenceDefaults,
    said: Option<String>,
) -> anyhow::Result<()> {
    let shared = Arc::new(Shared::default());
    #[cfg(unix)]
    let mut signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ])?;
    let mut terminal = ratatui::try_init()?;
    crash::install_hook(shared.clone(), store.path().to_path_buf());
    // Terminals that speak the progressive keyboard protocol then report Ctrl-Enter (save);
    // others ignore the request. A paste arrives as one event, not thousands of keys.
    let _ = crossterm::execute!(
        std::io::stdout(),
        crossterm::event::PushKeyboardEnhancementFlags(
            crossterm::event::KeyboardEnhancementFlags::DISAMBIGUATE_ESCAPE_CODES
        ),
        crossterm::event::EnableBracketedPaste
    );
    #[cfg(unix)]
    let signal_handle = signals.handle();
    #[cfg(unix)]
    {
        let (store, shared) = (store.clone(), shared.clone());
        std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || signal_watch::watch_signals(&mut signals, &store, &shared))?;
    }
    let (results_tx, results) = mpsc::channel::<Report>();
    {
        let (store, shared, results_tx) = (store.clone(), shared.clone(), results_tx.clone());
        std::thread::Builder::new()
            .name("draft keeper".into())
            .spawn(move || shared.keeper.serve(&store, results_tx))?;
    }
    let ending = event_loop(
        &mut terminal,
        &store,
        &shared,
        cadences,
        said,
        results,
        results_tx,
    );
    shared.finished.store(true, Ordering::Release);
    #[cfg(unix)]
    signal_handle.close();
    if ending.is_err()
        && let Some(keep) = shared.keeper.latest()
    {
        // The terminal failed under the loop: keep the editor's text before reporting it.
        let _ = draft_keeper::keep_draft(&store, keep);
    }
    crash::restore_terminal();
    let (ending, last_draft_kept, outcomes) = ending?;
    let mut said = Vec::new();
    for outcome in outcomes {
        match outcome {
            Report::DraftRescued { problem, path } => said.push(say!(
                "exit-note-rescued",
                problem = problem,
                path = path.display().to_string()
            )),
            Report::DraftNotKept { problem } => {
                said.push(say!("exit-note-lost", problem = problem))
            }
            _ => {}
        }
    }
    if !last_draft_kept && let Some(kept) = crash::rescue_latest(&shared.keeper, store.path()) {
        said.push(say!("exit-disk-slow", kept = kept));
    }
    // Closed here, not when the last thread lets go of the store (the process ends first): a
    // file left open reads as "not closed cleanly" to the next read-only command.
    if let Err(e) = store.shut() {
        said.push(say!("exit-close-failed", error = e.to_string()));
    }
    match ending {
        Ending::Quit => {
            for line in said {
                eprintln!("{}", crate::domain::text::display_line(&line));
            }
            Ok(())
        }
        Ending::Crashed(what) => {
            let kept = said.join("\n");
            eprintln!(
                "{}",
                crash::report(&what, (!kept.is_empty()).then_some(&kept))
            );
            std::process::exit(101);
        }
    }
}

/// Reads what a newly opened screen shows: the sorted list (its first `limit` names, or all),
/// the selected contact, and the due counts. The event loop, tests and benchmarks all open this way.
pub fn load(state: &mut State, store: &Store, limit: Option<usize>) {
    let first = Effect::LoadList {
        select: None,
        generation: 1,
        limit,
    };
    for action in effects::run(store, first, &state.context()) {
        dispatch(state, store, action);
    }
    let today = state.today;
    dispatch(state, store, Report::Today(today));
}

/// Applies an action and every action its effects lead to, all on this thread.
pub fn dispatch(state: &mut State, store: &Store, msg: impl Into<Msg>) {
    dispatch_via(state, store, msg, None);
}
