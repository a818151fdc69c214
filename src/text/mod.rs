//! Text rules every layer needs, kept below all of them: normal form (NFC), folding for matching
//! and sorting, the words of a note, display width and the one way text is cut to a width
//! (`columns`), and making text from outside inert on a terminal (`display`) while keeping emoji
//! sequences whole (`emoji`). `domain`, `store`,
//! `search`, `interop`, `cli` and `tui` use it; it uses none of them.

pub mod collation;
pub mod columns;
pub mod display;
pub mod distance;
pub mod emoji;
pub mod fold;
pub mod roman;

pub use columns::*;
pub use display::*;
pub use fold::{MAX_TOKEN_BYTES, fold, note_tokens};
