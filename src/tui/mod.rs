//! The notebook screen: terminal setup and restore, and the event loop.
//!
//! One road through it: read a key → `keymap` resolves an `Action` → `update` changes `State` and
//! returns `Effect`s → `effects` runs them against the `Store` and feeds the results back as
//! actions → draw once, if anything changed.

pub mod action;
pub mod crash;
pub mod draft_keeper;
pub mod effects;
pub mod keymap;
pub mod layers;
pub mod layout;
pub mod model;
pub mod parts;
pub mod render;
pub mod scroll;
pub mod search_worker;
pub mod state;
pub mod theme;
pub mod update;

use crate::store::Store;
use action::{Action, Effect, Msg, Report};
use crash::Shared;
use crossterm::event::{self, Event, KeyEventKind};
use draft_keeper::{DraftKeeper, keep_every};
use state::{NoteEditor, State};
use std::sync::atomic::Ordering;
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

/// The longest the loop sleeps: a stop request or a background failure is noticed this fast.
const TICK: Duration = Duration::from_millis(40);

/// How often the screen looks for commits by other kith processes.
const LOOK_EVERY: Duration = Duration::from_secs(1);

/// How often a note save that met another process's write is tried again.
const SAVE_RETRY: Duration = Duration::from_millis(500);

/// How long quitting waits for the last draft to reach the disk before writing a rescue file.
const LAST_DRAFT_WAIT: Duration = Duration::from_secs(3);

/// How the screen ended, for what `run` says once the terminal is back.
enum Ending {
    Quit,
    /// A background thread panicked: what happened.
    Crashed(String),
}

/// Runs the notebook screen until the user quits or a signal asks kith to stop.
///
/// Background threads (search, import, list loading, the draft keeper) hold their own handle on
/// the store and are never waited for on the way out, except the draft keeper's last write: a
/// long import or search cannot hold the shell hostage.
pub fn run(store: Arc<Store>, cadences: crate::domain::CadenceDefaults) -> anyhow::Result<()> {
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
            .spawn(move || watch_signals(&mut signals, &store, &shared))?;
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
            Report::DraftRescued { problem, path } => said.push(format!(
                "kith: the note could not be saved in the notebook ({problem}); it is in {}",
                path.display()
            )),
            Report::DraftNotKept { problem } => said.push(format!(
                "kith: the note could not be saved in the notebook ({problem}) nor in a rescue file"
            )),
            _ => {}
        }
    }
    if !last_draft_kept && let Some(kept) = crash::rescue_latest(&shared.keeper, store.path()) {
        said.push(format!("kith: the disk did not answer in time. {kept}"));
    }
    // Closed here, not when the last thread lets go of the store (the process ends first): a
    // file left open reads as "not closed cleanly" to the next read-only command.
    if let Err(e) = store.shut() {
        said.push(format!("kith: closing the notebook: {e}"));
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

/// On SIGTERM, SIGHUP or SIGINT, asks the event loop to stop (it keeps the draft and restores
/// the terminal). A terminal that hung up can leave the input reader blocked so the loop never
/// looks; then this thread keeps the editor's text itself and leaves.
#[cfg(unix)]
fn watch_signals(signals: &mut signal_hook::iterator::Signals, store: &Store, shared: &Shared) {
    if signals.forever().next().is_none() {
        return; // closed: the loop ended on its own
    }
    shared.stop.store(true, Ordering::Release);
    let deadline = Instant::now() + Duration::from_secs(1);
    while Instant::now() < deadline {
        if shared.finished.load(Ordering::Acquire) {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    if shared.finished.load(Ordering::Acquire) {
        return;
    }
    if let Some(keep) = shared.keeper.latest() {
        let _ = draft_keeper::keep_draft(store, keep);
    }
    crash::restore_terminal();
    std::process::exit(1);
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

/// The threads that take work off the screen's thread.
struct Workers<'a> {
    search: &'a mpsc::Sender<search_worker::Request>,
    keeper: &'a DraftKeeper,
}

/// As [`dispatch`], but searches and imports go to the search thread and drafts to the draft
/// keeper, which answer with actions later.
fn dispatch_via(
    state: &mut State,
    store: &Store,
    msg: impl Into<Msg>,
    workers: Option<&Workers<'_>>,
) {
    let mut queue = vec![msg.into()];
    while let Some(msg) = queue.pop() {
        for effect in update::update(state, msg) {
            match (effect, workers) {
                (Effect::Search { generation, query }, Some(workers)) => {
                    let _ = workers.search.send(search_worker::Request::Search {
                        generation,
                        query,
                        today: state.today,
                    });
                }
                // The whole list, off the screen's thread: the screen keeps drawing the old one.
                (
                    Effect::LoadList {
                        select,
                        generation,
                        limit: None,
                    },
                    Some(workers),
                ) => {
                    let _ = workers
                        .search
                        .send(search_worker::Request::List { select, generation });
                }
                (Effect::RefreshSearchIndex, Some(workers)) => {
                    let _ = workers.search.send(search_worker::Request::Refresh);
                }
                (Effect::Import(path), Some(workers)) => {
                    let _ = workers.search.send(search_worker::Request::Import(path));
                }
                (Effect::SaveDraft(keep), Some(workers)) => workers.keeper.submit(keep),
                (effect, _) => {
                    let ctx = state.context();
                    queue.extend(effects::run(store, effect, &ctx).into_iter().map(Msg::from));
                }
            }
        }
    }
}

/// Runs until the person quits, a signal stops it or a background thread fails. Returns how it
/// ended, whether the last draft reached the keeper's end in time, and what the keeper reported
/// that was not yet shown.
fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    store: &Arc<Store>,
    shared: &Shared,
    cadences: crate::domain::CadenceDefaults,
    results: mpsc::Receiver<Report>,
    background: mpsc::Sender<Report>,
) -> anyhow::Result<(Ending, bool, Vec<Report>)> {
    let size = terminal.size()?;
    let mut state = State::new((size.width, size.height), crate::clock::now().date());
    let mut painter = render::Painter::default();
    state.cadences = cadences;
    state.read_only = !store.is_writable();
    // The first frame needs one screen of names; the whole list (100k names take tens of
    // milliseconds) is read on another thread and replaces it when it arrives.
    let first_screen = Some(state.list_height() * 2);
    load(&mut state, store, first_screen);
    terminal.draw(|frame| painter.draw(frame, &state))?;
    let (searcher, search_requests) = mpsc::channel::<search_worker::Request>();
    {
        let (store, results) = (store.clone(), background.clone());
        std::thread::Builder::new()
            .name("search".into())
            .spawn(move || search_worker::serve(&store, search_requests, results))?;
    }
    // The whole list is still on its way.
    let mut list_pending = true;
    {
        let (store, ctx) = (store.clone(), state.context());
        std::thread::Builder::new()
            .name("list".into())
            .spawn(move || {
                let whole = Effect::LoadList {
                    select: None,
                    generation: 1,
                    limit: None,
                };
                for action in effects::run(&store, whole, &ctx) {
                    let _ = background.send(action);
                }
            })?;
    }
    let workers = Workers {
        search: &searcher,
        keeper: &shared.keeper,
    };
    // When the editor's oldest change not yet handed to the draft keeper was made.
    let mut unsaved_since: Option<Instant> = None;
    let mut last_day_check = Instant::now();
    let mut last_look = Instant::now();
    let mut last_save_try = Instant::now();
    let ending = loop {
        if let Some(what) = shared.crash() {
            dispatch_via(&mut state, store, Report::Stop, Some(&workers));
            break Ending::Crashed(what);
        }
        if shared.stop.load(Ordering::Acquire) {
            dispatch_via(&mut state, store, Report::Stop, Some(&workers));
            break Ending::Quit;
        }
        let mut dirty = false;
        let mut wait = if list_pending || state.layers.search().is_some() {
            Duration::from_millis(10)
        } else {
            TICK
        };
        if let Some(since) = unsaved_since {
            wait = wait.min(keep_every().saturating_sub(since.elapsed()));
        }
        if event::poll(wait)? {
            // Take the events already waiting before drawing, so held keys never queue up;
            // a bounded batch, so a hung-up terminal that always reads "ready" cannot spin here.
            for _ in 0..64 {
                let msg: Option<Msg> = match event::read()? {
                    Event::Key(key) if key.kind == KeyEventKind::Press => {
                        keymap::resolve(&state, key).map(Msg::from)
                    }
                    Event::Paste(text) => Some(Action::Paste(text).into()),
                    Event::Resize(w, h) => Some(Report::Resize(w, h).into()),
                    _ => None,
                };
                if let Some(msg) = msg {
                    if msg == Msg::Action(Action::Save) {
                        crate::guard::test_panic_point("screen");
                    }
                    dispatch_via(&mut state, store, msg, Some(&workers));
                    dirty = true;
                }
                if state.quit
                    || shared.stop.load(Ordering::Acquire)
                    || !event::poll(Duration::ZERO)?
                {
                    break;
                }
            }
        }
        if state.quit {
            break Ending::Quit;
        }
        while let Ok(action) = results.try_recv() {
            if matches!(action, Report::ListLoaded { .. }) {
                list_pending = false;
            }
            dispatch_via(&mut state, store, action, Some(&workers));
            dirty = true;
        }
        // A throttle, not a debounce: steady typing is handed over every period too.
        if state.editor_dirty() {
            let since = *unsaved_since.get_or_insert_with(Instant::now);
            if since.elapsed() >= keep_every() {
                unsaved_since = None;
                dispatch_via(&mut state, store, Report::AutosaveDraft, Some(&workers));
            }
        } else {
            unsaved_since = None;
        }
        if state.save_queued && last_save_try.elapsed() >= SAVE_RETRY {
            last_save_try = Instant::now();
            dispatch_via(&mut state, store, Report::RetrySave, Some(&workers));
            dirty = true;
        }
        if last_look.elapsed() >= LOOK_EVERY {
            last_look = Instant::now();
            if store.changed_elsewhere().unwrap_or(false) {
                dispatch_via(&mut state, store, Report::NotebookChanged, Some(&workers));
                dirty = true;
            }
        }
        if last_day_check.elapsed() >= Duration::from_secs(60) {
            last_day_check = Instant::now();
            dispatch_via(
                &mut state,
                store,
                Report::Today(crate::clock::now().date()),
                Some(&workers),
            );
            dirty = true;
        }
        if dirty {
            shared
                .keeper
                .show(state.layers.editor().map(NoteEditor::keep));
            terminal.draw(|frame| painter.draw(frame, &state))?;
        }
    };
    // The keeper's answers still on their way tell the person where a refused note went.
    let kept = shared.keeper.finish(LAST_DRAFT_WAIT);
    Ok((ending, kept, results.try_iter().collect()))
}
