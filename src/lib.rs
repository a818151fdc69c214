//! kith: a keyboard-driven relationship notebook for the terminal.
//!
//! The binary's pieces live here as a library so integration tests and benchmarks can drive them:
//! `text` (text rules every layer needs), `domain` (pure model), `store` (the redb notebook),
//! `search` (matching and the query language), `interop`
//! (file formats and JSON shapes), `cli` (the command line) and `demo` (a sample notebook).

pub mod cli;
pub mod clock;
pub mod config;
pub mod demo;
pub mod domain;
pub mod files;
pub mod guard;
pub mod interop;
pub mod rescue;
pub mod review;
pub mod search;
pub mod store;
pub mod sync;
pub mod text;
pub mod tui;
pub mod words;
