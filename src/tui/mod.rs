//! The notebook screen: terminal setup and restore, and the event loop.
//!
//! One road through it: read a key → `keymap` resolves an `Action` → `update` changes `State` and
//! returns `Effect`s → `effects` runs them against the `Store` and feeds the results back as
//! actions → draw once, if anything changed.

pub mod action;
pub mod effects;
pub mod keymap;
pub mod layout;
pub mod panes;
pub mod render;
pub mod search_worker;
pub mod state;
pub mod theme;
pub mod update;

use crate::domain::Draft;
use crate::store::Store;
use action::{Action, Effect};
use crossterm::event::{self, Event, KeyEventKind};
use state::{NoteEditor, State};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long the editor waits after the last keystroke before keeping its text as a draft.
const AUTOSAVE_AFTER: Duration = Duration::from_millis(800);

/// Runs the notebook screen until the user quits or a signal asks kith to stop.
pub fn run(store: &Store, cadences: crate::domain::CadenceDefaults) -> anyhow::Result<()> {
    let stop = AtomicBool::new(false);
    let finished = AtomicBool::new(false);
    let open_draft: Mutex<Option<Draft>> = Mutex::new(None);
    #[cfg(unix)]
    let mut signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ])?;
    let mut terminal = ratatui::try_init()?;
    // Terminals that speak the progressive keyboard protocol then report Ctrl-Enter (save);
    // others ignore the request. The flags live on the alternate screen and end with it.
    let _ = crossterm::execute!(
        std::io::stdout(),
        crossterm::event::PushKeyboardEnhancementFlags(
            crossterm::event::KeyboardEnhancementFlags::DISAMBIGUATE_ESCAPE_CODES
        )
    );
    let result = std::thread::scope(|scope| {
        #[cfg(unix)]
        let handle = signals.handle();
        #[cfg(unix)]
        scope.spawn(|| watch_signals(&mut signals, store, &stop, &finished, &open_draft));
        let result = event_loop(&mut terminal, store, cadences, &stop, &open_draft);
        finished.store(true, Ordering::Relaxed);
        #[cfg(unix)]
        handle.close();
        result
    });
    let _ = crossterm::execute!(
        std::io::stdout(),
        crossterm::event::PopKeyboardEnhancementFlags
    );
    ratatui::try_restore()?;
    result
}

/// On SIGTERM, SIGHUP or SIGINT, asks the event loop to stop (it keeps the draft and restores
/// the terminal). A terminal that hung up can leave the input reader spinning so the loop never
/// looks; then this thread keeps the editor's text itself and leaves.
#[cfg(unix)]
fn watch_signals(
    signals: &mut signal_hook::iterator::Signals,
    store: &Store,
    stop: &AtomicBool,
    finished: &AtomicBool,
    open_draft: &Mutex<Option<Draft>>,
) {
    if signals.forever().next().is_none() {
        return; // closed: the loop ended on its own
    }
    stop.store(true, Ordering::Relaxed);
    let deadline = Instant::now() + Duration::from_secs(1);
    while Instant::now() < deadline {
        if finished.load(Ordering::Relaxed) {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    if let Some(mut draft) = open_draft.lock().ok().and_then(|mut d| d.take()) {
        draft.saved_at = crate::clock::now();
        let _ = store.write(|w| w.save_draft(&draft));
    }
    let _ = ratatui::try_restore();
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
    dispatch(state, store, Action::Today(today));
}

/// Applies an action and every action its effects lead to, all on this thread.
pub fn dispatch(state: &mut State, store: &Store, action: Action) {
    dispatch_via(state, store, action, None);
}

/// As [`dispatch`], but searches go to the search thread, which answers with an action later.
fn dispatch_via(
    state: &mut State,
    store: &Store,
    action: Action,
    searcher: Option<&mpsc::Sender<search_worker::Request>>,
) {
    let mut queue = vec![action];
    while let Some(action) = queue.pop() {
        for effect in update::update(state, action) {
            match (effect, searcher) {
                (Effect::Search { generation, query }, Some(searcher)) => {
                    let _ = searcher.send(search_worker::Request::Search {
                        generation,
                        query,
                        today: state.today,
                    });
                }
                (Effect::RefreshSearchIndex, Some(searcher)) => {
                    let _ = searcher.send(search_worker::Request::Refresh);
                }
                (Effect::Import(path), Some(worker)) => {
                    let _ = worker.send(search_worker::Request::Import(path));
                }
                (effect, _) => {
                    let ctx = state.context();
                    queue.extend(effects::run(store, effect, &ctx));
                }
            }
        }
    }
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    store: &Store,
    cadences: crate::domain::CadenceDefaults,
    stop: &AtomicBool,
    open_draft: &Mutex<Option<Draft>>,
) -> anyhow::Result<()> {
    let size = terminal.size()?;
    let mut state = State::new((size.width, size.height), crate::clock::now().date());
    state.cadences = cadences;
    // The first frame needs one screen of names; the whole list (100k names take tens of
    // milliseconds) is read on another thread and replaces it when it arrives.
    let first_screen = Some(state.list_height() * 2);
    load(&mut state, store, first_screen);
    terminal.draw(|frame| render::draw(frame, &state))?;
    std::thread::scope(|scope| {
        let (background, results) = mpsc::channel::<Action>();
        let (searcher, search_requests) = mpsc::channel::<search_worker::Request>();
        let search_results = background.clone();
        scope.spawn(move || search_worker::serve(store, search_requests, search_results));
        // The whole list is still on its way.
        let mut list_pending = true;
        let ctx = state.context();
        scope.spawn(move || {
            for action in effects::run(
                store,
                Effect::LoadList {
                    select: None,
                    generation: 1,
                    limit: None,
                },
                &ctx,
            ) {
                let _ = background.send(action);
            }
        });
        let mut last_edit: Option<Instant> = None;
        let mut last_day_check = Instant::now();
        loop {
            if stop.load(Ordering::Relaxed) {
                dispatch_via(&mut state, store, Action::Quit, Some(&searcher));
                return Ok(());
            }
            let mut dirty = false;
            let wait = if list_pending || state.search.is_some() {
                Duration::from_millis(10)
            } else {
                Duration::from_millis(200)
            };
            if event::poll(wait)? {
                // Take the events already waiting before drawing, so held keys never queue up;
                // a bounded batch, so a hung-up terminal that always reads "ready" cannot spin here.
                for _ in 0..64 {
                    let action = match event::read()? {
                        Event::Key(key) if key.kind == KeyEventKind::Press => {
                            keymap::resolve(&state, key)
                        }
                        Event::Paste(text) => Some(Action::Paste(text)),
                        Event::Resize(w, h) => Some(Action::Resize(w, h)),
                        _ => None,
                    };
                    if let Some(action) = action {
                        dispatch_via(&mut state, store, action, Some(&searcher));
                        dirty = true;
                        if state.editor_dirty() {
                            last_edit = Some(Instant::now());
                        }
                        if let Ok(mut draft) = open_draft.lock() {
                            *draft = state.editor.as_ref().map(NoteEditor::draft);
                        }
                    }
                    if state.quit || stop.load(Ordering::Relaxed) || !event::poll(Duration::ZERO)? {
                        break;
                    }
                }
            }
            if state.quit {
                return Ok(());
            }
            while let Ok(action) = results.try_recv() {
                if matches!(action, Action::ListLoaded { .. }) {
                    list_pending = false;
                }
                dispatch_via(&mut state, store, action, Some(&searcher));
                dirty = true;
            }
            if last_edit.is_some_and(|t| t.elapsed() >= AUTOSAVE_AFTER) {
                last_edit = None;
                dispatch_via(&mut state, store, Action::AutosaveDraft, Some(&searcher));
            }
            if last_day_check.elapsed() >= Duration::from_secs(60) {
                last_day_check = Instant::now();
                dispatch_via(
                    &mut state,
                    store,
                    Action::Today(crate::clock::now().date()),
                    Some(&searcher),
                );
                dirty = true;
            }
            if dirty {
                terminal.draw(|frame| render::draw(frame, &state))?;
            }
        }
    })
}
