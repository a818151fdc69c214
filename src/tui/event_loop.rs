//! The screen's event loop: keys and background reports in, one frame out when anything
//! changed, and the clocks that keep drafts, retries and other processes' changes moving.

use super::action::{Action, Effect, Msg, Report};
use super::crash::Shared;
use super::draft_keeper::{DraftKeeper, keep_every};
use super::state::{NoteEditor, State};
use super::{effects, keymap, load, render, search_worker, update};
use crate::store::Store;
use crossterm::event::{self, Event, KeyEventKind};
use std::sync::atomic::Ordering;
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

/// The longest the loop sleeps: a stop request or a background failure is noticed this fast.
const TICK: Duration = Duration::from_millis(40);

/// How often the screen looks for commits by other kith processes.
const LOOK_EVERY: Duration = Duration::from_secs(1);

/// How often a note save that met another process's write is tried again.
const SAVE_RETRY: Duration = Duration::from_millis(500);

/// How often the screen asks whether the day has changed.
const DAY_CHECK_EVERY: Duration = Duration::from_secs(60);

/// How long quitting waits for the last draft to reach the disk before writing a rescue file.
const LAST_DRAFT_WAIT: Duration = Duration::from_secs(3);

/// How the screen ended, for what `run` says once the terminal is back.
pub(super) enum Ending {
    Quit,
    /// A background thread panicked: what happened.
    Crashed(String),
}

/// The threads that take work off the screen's thread.
pub(super) struct Workers<'a> {
    search: &'a mpsc::Sender<search_worker::Request>,
    keeper: &'a DraftKeeper,
}

/// As [`super::dispatch`], but with `workers`, searches, list loads and imports go to the search
/// thread and drafts to the draft keeper, which answer with reports later.
pub(super) fn dispatch_via(
    state: &mut State,
    store: &Store,
    msg: impl Into<Msg>,
    workers: Option<&Workers<'_>>,
) {
    let mut queue = vec![msg.into()];
    while let Some(msg) = queue.pop() {
        for effect in update::update(state, msg) {
            let effect = match workers {
                Some(workers) => match hand_over(effect, state, workers) {
                    Some(effect) => effect,
                    None => continue,
                },
                None => effect,
            };
            let ctx = state.context();
            queue.extend(effects::run(store, effect, &ctx).into_iter().map(Msg::from));
        }
    }
}

/// Sends an effect that belongs to a worker thread there; gives back the ones this thread runs.
fn hand_over(effect: Effect, state: &State, workers: &Workers<'_>) -> Option<Effect> {
    use search_worker::Request;
    let request = match effect {
        Effect::Search { generation, query } => Request::Search {
            generation,
            query,
            today: state.today,
        },
        // The whole list, off the screen's thread: the screen keeps drawing the old one.
        Effect::LoadList {
            select,
            generation,
            limit: None,
        } => Request::List { select, generation },
        Effect::RefreshSearchIndex => Request::Refresh,
        Effect::Import(path) => Request::Import(path),
        Effect::SaveDraft(keep) => {
            workers.keeper.submit(keep);
            return None;
        }
        effect => return Some(effect),
    };
    let _ = workers.search.send(request);
    None
}

/// Starts the search thread, and reads the whole list on a thread of its own; returns where
/// search requests go.
fn start_workers(
    store: &Arc<Store>,
    state: &State,
    background: mpsc::Sender<Report>,
) -> anyhow::Result<mpsc::Sender<search_worker::Request>> {
    let (searcher, search_requests) = mpsc::channel::<search_worker::Request>();
    {
        let (store, results) = (store.clone(), background.clone());
        std::thread::Builder::new()
            .name("search".into())
            .spawn(move || search_worker::serve(&store, search_requests, results))?;
    }
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
    Ok(searcher)
}

/// The loop's clocks: when it last did each of its periodic jobs.
struct Clocks {
    /// When the editor's oldest change not yet handed to the draft keeper was made.
    unsaved_since: Option<Instant>,
    last_day_check: Instant,
    last_look: Instant,
    last_save_try: Instant,
}

impl Clocks {
    fn new() -> Self {
        let now = Instant::now();
        Clocks {
            unsaved_since: None,
            last_day_check: now,
            last_look: now,
            last_save_try: now,
        }
    }

    /// How long the loop may wait for a key.
    fn wait(&self, state: &State, list_pending: bool) -> Duration {
        let wait = if list_pending || state.layers.search().is_some() {
            Duration::from_millis(10)
        } else {
            TICK
        };
        match self.unsaved_since {
            Some(since) => wait.min(keep_every().saturating_sub(since.elapsed())),
            None => wait,
        }
    }

    /// Does what is due: hands the draft over, retries a queued save, looks for other
    /// processes' commits, notices a new day. Whether anything on screen may have changed.
    fn tend(&mut self, state: &mut State, store: &Store, workers: &Workers<'_>) -> bool {
        let mut dirty = false;
        let send = |state: &mut State, report: Report| {
            dispatch_via(state, store, report, Some(workers));
        };
        // A throttle, not a debounce: steady typing is handed over every period too.
        if state.editor_dirty() {
            let since = *self.unsaved_since.get_or_insert_with(Instant::now);
            if since.elapsed() >= keep_every() {
                self.unsaved_since = None;
                send(state, Report::AutosaveDraft);
            }
        } else {
            self.unsaved_since = None;
        }
        if state.save_queued && self.last_save_try.elapsed() >= SAVE_RETRY {
            self.last_save_try = Instant::now();
            send(state, Report::RetrySave);
            dirty = true;
        }
        if self.last_look.elapsed() >= LOOK_EVERY {
            self.last_look = Instant::now();
            if store.changed_elsewhere().unwrap_or(false) {
                send(state, Report::NotebookChanged);
                dirty = true;
            }
        }
        if self.last_day_check.elapsed() >= DAY_CHECK_EVERY {
            self.last_day_check = Instant::now();
            send(state, Report::Today(crate::clock::now().date()));
            dirty = true;
        }
        dirty
    }
}

/// Takes the keys, pastes and resizes already waiting (after waiting up to `wait` for the
/// first); whether any did something.
fn take_input(
    state: &mut State,
    store: &Store,
    shared: &Shared,
    workers: &Workers<'_>,
    wait: Duration,
) -> anyhow::Result<bool> {
    if !event::poll(wait)? {
        return Ok(false);
    }
    let mut dirty = false;
    // Take the events already waiting before drawing, so held keys never queue up; a bounded
    // batch, so a hung-up terminal that always reads "ready" cannot spin here.
    for _ in 0..64 {
        let msg: Option<Msg> = match event::read()? {
            Event::Key(key) if key.kind == KeyEventKind::Press => {
                keymap::resolve(state, key).map(Msg::from)
            }
            Event::Paste(text) => Some(Action::Paste(text).into()),
            Event::Resize(w, h) => Some(Report::Resize(w, h).into()),
            _ => None,
        };
        if let Some(msg) = msg {
            if msg == Msg::Action(Action::Save) {
                crate::guard::test_panic_point("screen");
            }
            dispatch_via(state, store, msg, Some(workers));
            dirty = true;
        }
        if state.quit || shared.stop.load(Ordering::Acquire) || !event::poll(Duration::ZERO)? {
            break;
        }
    }
    Ok(dirty)
}

/// Runs until the person quits, a signal stops it or a background thread fails. Returns how it
/// ended, whether the last draft reached the keeper's end in time, and what the keeper reported
/// that was not yet shown.
pub(super) fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    store: &Arc<Store>,
    shared: &Shared,
    cadences: crate::domain::CadenceDefaults,
    said: Option<String>,
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
    if let Some(said) = said {
        state.error(said);
    }
    terminal.draw(|frame| painter.draw(frame, &state))?;
    let searcher = start_workers(store, &state, background)?;
    // The whole list is still on its way.
    let mut list_pending = true;
    let workers = Workers {
        search: &searcher,
        keeper: &shared.keeper,
    };
    let mut clocks = Clocks::new();
    let ending = loop {
        if let Some(what) = shared.crash() {
            dispatch_via(&mut state, store, Report::Stop, Some(&workers));
            break Ending::Crashed(what);
        }
        if shared.stop.load(Ordering::Acquire) {
            dispatch_via(&mut state, store, Report::Stop, Some(&workers));
            break Ending::Quit;
        }
        let wait = clocks.wait(&state, list_pending);
        let mut dirty = take_input(&mut state, store, shared, &workers, wait)?;
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
        dirty |= clocks.tend(&mut state, store, &workers);
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
