//! The contact commands: `add`, `edit`, `archive` and `unarchive` change a contact (`change`),
//! `list` and `show` read them (`listing`), `duplicates` and `merge` find and join two records
//! of one person (`duplicates`). The options `add` and `edit` share are in `fields`.

mod change;
mod duplicates;
mod fields;
mod listing;

pub use change::{AddArgs, ArchiveArgs, EditArgs, UnarchiveArgs, add, archive, edit, unarchive};
pub use duplicates::{DuplicatesArgs, MergeArgs, duplicates, merge};
pub use listing::{ListArgs, ShowArgs, list, show};
