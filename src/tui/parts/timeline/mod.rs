//! The right side: the shown contact's timeline, and one note read in full.

pub mod render;
pub mod update;
