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
pub mod state;
pub mod theme;
pub mod update;

use crate::store::Store;
use action::Action;
use crossterm::event::{self, Event, KeyEventKind};
use state::State;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// How long the editor waits after the last keystroke before keeping its text as a draft.
const AUTOSAVE_AFTER: Duration = Duration::from_millis(800);

/// Runs the notebook screen until the user quits or a signal asks kith to stop.
pub fn run(store: &Store) -> anyhow::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut terminal = ratatui::try_init()?;
    let result = event_loop(&mut terminal, store, &stop);
    ratatui::try_restore()?;
    result
}

/// Applies an action and every action its effects lead to.
pub fn dispatch(state: &mut State, store: &Store, action: Action) {
    let mut queue = vec![action];
    while let Some(action) = queue.pop() {
        for effect in update::update(state, action) {
            queue.extend(effects::run(store, effect, state.today));
        }
    }
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    store: &Store,
    stop: &AtomicBool,
) -> anyhow::Result<()> {
    let size = terminal.size()?;
    let mut state = State::new((size.width, size.height), crate::clock::now().date());
    for action in effects::run(
        store,
        action::Effect::LoadList { select: None },
        state.today,
    ) {
        dispatch(&mut state, store, action);
    }
    terminal.draw(|frame| render::draw(frame, &state))?;
    let mut last_edit: Option<Instant> = None;
    let mut last_day_check = Instant::now();
    loop {
        if stop.load(Ordering::Relaxed) {
            dispatch(&mut state, store, Action::Quit);
            return Ok(());
        }
        let mut dirty = false;
        if event::poll(Duration::from_millis(200))? {
            // Take every event already waiting before drawing, so held keys never queue up.
            loop {
                let action = match event::read()? {
                    Event::Key(key) if key.kind == KeyEventKind::Press => {
                        keymap::resolve(&state, key)
                    }
                    Event::Paste(text) => Some(Action::Paste(text)),
                    Event::Resize(w, h) => Some(Action::Resize(w, h)),
                    _ => None,
                };
                if let Some(action) = action {
                    dispatch(&mut state, store, action);
                    dirty = true;
                    if state.editor_dirty() {
                        last_edit = Some(Instant::now());
                    }
                }
                if state.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        if state.quit {
            return Ok(());
        }
        if last_edit.is_some_and(|t| t.elapsed() >= AUTOSAVE_AFTER) {
            last_edit = None;
            dispatch(&mut state, store, Action::AutosaveDraft);
        }
        if last_day_check.elapsed() >= Duration::from_secs(60) {
            last_day_check = Instant::now();
            dispatch(&mut state, store, Action::Today(crate::clock::now().date()));
            dirty = true;
        }
        if dirty {
            terminal.draw(|frame| render::draw(frame, &state))?;
        }
    }
}
