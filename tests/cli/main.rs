//! The real `kith` binary, run as a user would: commands, output, JSON and exit codes.

#[path = "../common/mod.rs"]
mod common;

mod contacts;
mod owed;
mod owed2;
mod owed_edit;
mod places;
mod promises;
mod refusals;
mod stats;
mod tables;

use common::binary::{each_field, exits, json, kith_with_stdin, ok, shown_contact};
use std::path::Path;

/// Runs a command that must exit with `code`; its standard error.
pub(crate) fn fails(db: &Path, args: &[&str], code: i32) -> String {
    exits(db, args, code).1
}
