//! When kith itself fails: a panic on any thread ends the screen cleanly instead of freezing it.
//!
//! On the screen's own thread the hook keeps the editor's newest text in a rescue file, gives
//! the terminal back and says where the text is and how to report the bug. On any other thread
//! (search, import, the draft keeper) it only records what happened; the event loop notices
//! within a tick, keeps the draft through the notebook as on any quit, and ends the program.
//! Panics the store contains (redb meeting a damaged page) are expected and handled, so the
//! hook ignores them.

use super::draft_keeper::DraftKeeper;
use crate::say;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, PoisonError};

/// What the screen's threads share: the stop request from signals, the draft keeper, and the
/// first failure of a background thread.
#[derive(Default)]
pub struct Shared {
    pub stop: AtomicBool,
    pub finished: AtomicBool,
    pub keeper: DraftKeeper,
    pub crash: Mutex<Option<String>>,
}

impl Shared {
    pub fn crash(&self) -> Option<String> {
        self.crash
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// Gives the terminal back: keyboard flags, bracketed paste, raw mode, the alternate screen.
pub fn restore_terminal() {
    let _ = crossterm::execute!(
        std::io::stdout(),
        crossterm::event::PopKeyboardEnhancementFlags,
        crossterm::event::DisableBracketedPaste
    );
    let _ = ratatui::try_restore();
}

pub fn install_hook(shared: Arc<Shared>, notebook: PathBuf) {
    let screen_thread = std::thread::current().id();
    // The words a crash report uses are read now, so a panic never waits on reading them (nor
    // meets a half-read file if the panic came from reading it).
    let _ = say!("exit-panic-unknown");
    std::panic::set_hook(Box::new(move |info| {
        if crate::store::is_containing() {
            return;
        }
        if std::thread::current().id() != screen_thread {
            let what = describe(info);
            let mut crash = shared.crash.lock().unwrap_or_else(PoisonError::into_inner);
            crash.get_or_insert(what);
            return;
        }
        // The draft and the terminal first: nothing said about the panic comes before them.
        let kept = rescue_latest(&shared.keeper, &notebook);
        restore_terminal();
        eprintln!("{}", report(&describe(info), kept.as_deref()));
    }));
}

/// The panic's message and where it happened, on one line.
fn describe(info: &std::panic::PanicHookInfo<'_>) -> String {
    let payload = info
        .payload()
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| info.payload().downcast_ref::<String>().cloned())
        .unwrap_or_else(|| say!("exit-panic-unknown"));
    let thread = std::thread::current()
        .name()
        .map_or_else(|| say!("exit-panic-unnamed"), str::to_string);
    match info.location() {
        Some(at) => say!(
            "exit-panic-at",
            what = payload,
            thread = thread,
            place = format!("{}:{}", at.file(), at.line())
        ),
        None => say!("exit-panic", what = payload, thread = thread),
    }
}

/// Writes the editor's newest text, if any, to a rescue file; its path, or why it failed.
pub fn rescue_latest(keeper: &DraftKeeper, notebook: &Path) -> Option<String> {
    let keep = keeper.latest()?;
    if keep.draft.is_blank() {
        return None;
    }
    let file = crate::rescue::file_name(notebook, keep.draft.contact.0, keep.opened_at);
    let text = crate::rescue::contents(&keep.draft, &keep.name);
    Some(
        match crate::rescue::write(&crate::rescue::folders(notebook), &file, &text) {
            Ok(path) => say!("exit-rescued", path = path.display().to_string()),
            Err(e) => say!("exit-rescue-failed", error = e.to_string()),
        },
    )
}

/// What the person reads after the screen closed on a bug.
pub fn report(what: &str, kept: Option<&str>) -> String {
    let mut out = say!(
        "exit-crashed",
        version = env!("CARGO_PKG_VERSION"),
        what = crate::domain::text::display_line(what)
    );
    out.push('\n');
    if let Some(kept) = kept {
        out.push_str(kept);
        out.push('\n');
    }
    out.push_str(&say!("exit-crash-safe"));
    out
}
