//! Converting between kith's records and the file formats and shapes other tools read.

pub mod backup;
pub mod csv;
pub mod files;
pub mod ics;
pub mod import;
pub mod json;
pub mod notes;
pub mod vcard;
pub mod vdir;
