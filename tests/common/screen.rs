//! Helpers to drive the notebook screen in-process: a `State` over a temp store, actions
//! dispatched through the real update and effects, and frames rendered into a `TestBackend`.
#![allow(dead_code)]

use super::at;
use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kith::domain::*;
use kith::store::Store;
use kith::tui::action::Msg;
use kith::tui::state::State;
use kith::tui::{dispatch, keymap, render};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// A small notebook in four languages, with history, a purchase and an overdue promise.
pub fn sample_store() -> (tempfile::TempDir, Store) {
    let (dir, store) = super::temp_store();
    let people: [(&str, Kind, Option<&str>, &[&str]); 5] = [
        (
            "Núria Puig",
            Kind::Customer,
            Some("Forn Puig"),
            &["wholesale"],
        ),
        ("अनीता शर्मा", Kind::Supplier, Some("शर्मा ट्रेडर्स"), &[]),
        ("সুমন দাস", Kind::Partner, None, &["festival"]),
        ("Ben Hughes", Kind::Prospect, Some("Hall & Sons"), &[]),
        ("Àlex Vila", Kind::Employee, None, &[]),
    ];
    for (name, kind, company, tags) in people {
        let mut c = Contact::new(name, at(2025, 1, 1, 9, 0));
        c.kind = kind;
        c.company = company.map(str::to_string);
        c.tags = tags.iter().map(|t| t.to_string()).collect();
        c.emails = vec![Labeled::parse(&format!(
            "work:{}@example.com",
            kith::search::fold(name).replace(' ', ".")
        ))];
        c.cadence_days = (kind == Kind::Customer).then_some(30);
        c.birthday = Some(PartialDate::parse("1984-12-01").unwrap());
        store.write(|w| w.add_contact(&mut c)).unwrap();
    }
    let nuria = store.resolve("nuria").unwrap();
    for (day, channel, text) in [
        (3, Channel::Call, "Asked about rye bread for Saturday"),
        (
            10,
            Channel::InPerson,
            "Came by the shop.\nWants the wholesale price list.\nDaughter starts school.",
        ),
    ] {
        let mut i = Interaction::new(nuria, at(2026, 10, day, 10, 30), channel, text);
        store.write(|w| w.add_interaction(&mut i)).unwrap();
    }
    let mut purchase = Interaction::new(
        nuria,
        at(2026, 10, 12, 12, 0),
        Channel::Purchase,
        "Torrons for the shop",
    );
    purchase.amount = Some(Amount::parse("120.50 EUR").unwrap());
    store.write(|w| w.add_interaction(&mut purchase)).unwrap();
    let mut promise = FollowUp::new(
        nuria,
        NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        Direction::Promise,
        "send the price list",
        at(2026, 10, 10, 11, 0),
    );
    store.write(|w| w.add_followup(&mut promise)).unwrap();
    let anita = store.resolve("शर्मा").unwrap();
    let mut call = Interaction::new(
        anita,
        at(2026, 11, 20, 16, 0),
        Channel::Call,
        "दिवाली के ऑर्डर के बारे में पूछा",
    );
    store.write(|w| w.add_interaction(&mut call)).unwrap();
    (dir, store)
}

/// The screen's state after opening on `store`, as the event loop does.
pub fn open(store: &Store, width: u16, height: u16) -> State {
    let mut state = State::new((width, height), today());
    kith::tui::load(&mut state, store, None);
    state
}

/// The sample notebook and its screen at `width`×`height`, as it opens.
pub fn sample_screen(width: u16, height: u16) -> (tempfile::TempDir, Store, State) {
    let (dir, store) = sample_store();
    let state = open(&store, width, height);
    (dir, store, state)
}

/// The screen open on `store` at 100×30 with a new note on the selected contact holding `text`.
pub fn note_typed(store: &Store, text: &str) -> State {
    let mut state = open(store, 100, 30);
    press(&mut state, store, key(KeyCode::Char('n')));
    type_text(&mut state, store, text);
    state
}

pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// Presses one key as the event loop would.
pub fn press(state: &mut State, store: &Store, key: KeyEvent) {
    if let Some(action) = keymap::resolve(state, key) {
        dispatch(state, store, action);
    }
}

/// Types text one key at a time.
pub fn type_text(state: &mut State, store: &Store, text: &str) {
    for c in text.chars() {
        let k = if c == '\n' {
            key(KeyCode::Enter)
        } else {
            key(KeyCode::Char(c))
        };
        press(state, store, k);
    }
}

/// Presses Backspace `times` times.
pub fn erase(state: &mut State, store: &Store, times: usize) {
    for _ in 0..times {
        press(state, store, key(KeyCode::Backspace));
    }
}

/// Applies a person's action or a report, as the event loop would.
pub fn act(state: &mut State, store: &Store, msg: impl Into<Msg>) {
    dispatch(state, store, msg);
}

pub fn draw(state: &State) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(state.size.0, state.size.1)).unwrap();
    terminal.draw(|frame| render::draw(frame, state)).unwrap();
    terminal
}

/// The rendered screen as plain text lines.
pub fn screen_text(state: &State) -> String {
    let terminal = draw(state);
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut line = String::new();
        for x in 0..buffer.area.width {
            line.push_str(buffer[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// What the status bar says now ("" when it says nothing).
pub fn status(state: &State) -> &str {
    state.status.as_ref().map_or("", |s| s.text.as_str())
}
