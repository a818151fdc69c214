//! The stable JSON shapes of kith's records, used by `--json` output and the full backup.
//! Field names are snake_case and only ever added, never renamed; dates are ISO 8601 strings
//! (`2026-11-22`, `2026-11-22T09:30:00`), a birthday without a year is `--05-14`.
//!
//! All JSON kith prints or writes goes through [`write_pretty`]: every control, bidi or
//! invisible format character in a string is escaped as `\uXXXX`, so the JSON shows nothing
//! hidden and steers no terminal, yet reads back to exactly the text that was stored.
//!
//! `pretty` holds the writer, `records` the shapes of the stored records, `detail` what
//! `kith show --json` adds to a contact, `review` what `kith due --json` prints, `owed` an
//! invoice or a bill.

mod detail;
mod owed;
mod pretty;
mod records;
mod review;
mod stats;

pub use detail::{ContactDetailJson, DerivedJson};
pub use owed::{InvoiceJson, OwedJson, OwedSumJson, PaymentJson};
pub use pretty::write_pretty;
pub(crate) use records::iso;
pub use records::{
    AmountJson, ArchivedJson, ContactJson, FollowUpJson, InteractionJson, LabeledJson, OccasionJson,
};
pub use review::{ReviewItemJson, ReviewJson, ReviewSectionJson};
pub use stats::{AtRiskJson, GroupValueJson, StatsJson, TopJson};
