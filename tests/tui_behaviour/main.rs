//! The notebook screen's behaviour, driven by keys through the real keymap, update and effects
//! against a temp notebook: one file per part of the screen.

#[path = "../common/mod.rs"]
mod common;

mod archive_reasons;
mod contacts;
mod dates;
mod editor;
mod emoji;
mod finding;
mod kept;
mod keys;
mod list;
mod messages;
mod owed;
mod owed2;
mod reach;
mod referrals;
mod review;
mod search;
mod terminal;
