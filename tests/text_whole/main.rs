//! Text drawn whole: names and notes in Bengali, Devanagari, Catalan, CJK and emoji (sequences
//! joined by ZWJ among them), in every screen part at 80 and 120 columns, each row compared
//! with the text it should show (no cell after a vowel sign such as া lost, cuts between
//! grapheme clusters), and the cursor of a text field moving and deleting by grapheme cluster;
//! in-process and through the real binary in a pseudo-terminal.

#[path = "../common/mod.rs"]
mod common;

mod emoji;
mod rows;
mod screen;
#[cfg(unix)]
mod terminal;
