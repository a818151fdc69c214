//! The notebook store on real temp files: what is written is found again after reopening,
//! indexes stay in step, and bad files give clear errors.

#[path = "../common/mod.rs"]
mod common;

mod file;
mod records;
mod review;

use common::*;
use kith::domain::*;
use kith::store::{Store, StoreError};
