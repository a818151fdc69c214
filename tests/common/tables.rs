//! The notebook's redb tables, by name, for tests that damage or inspect the raw file (a
//! corrupted record, a stray index row, an old or foreign schema). The store keeps its own
//! definitions private; these must name the same tables with the same key and value types,
//! or opening them fails with a type mismatch.
#![allow(dead_code)]

use redb::TableDefinition;

pub const META: TableDefinition<&str, u64> = TableDefinition::new("meta");
pub const CONTACTS: TableDefinition<u64, &[u8]> = TableDefinition::new("contacts_v1");
/// (folded name, id) → (name, company) as written.
pub const NAMES: TableDefinition<(&str, u64), (&str, &str)> = TableDefinition::new("names_v2");
pub const INTERACTIONS: TableDefinition<(u64, i64, u64), &[u8]> =
    TableDefinition::new("interactions_v1");
pub const INTERACTION_KEYS: TableDefinition<u64, (u64, i64)> =
    TableDefinition::new("interaction_keys_v1");
pub const FOLLOWUPS: TableDefinition<u64, &[u8]> = TableDefinition::new("followups_v1");
pub const CONTACT_FACTS: TableDefinition<u64, (u8, u32, bool, i64, i64)> =
    TableDefinition::new("contact_facts_v1");
pub const NOTE_POSTINGS: TableDefinition<(&str, u64), &[u8]> =
    TableDefinition::new("note_postings_v1");
pub const OPEN_FOLLOWUPS: TableDefinition<(u8, i32, u64), u64> =
    TableDefinition::new("open_followups_v1");
/// (archived, kind index, created day, name, company, tags, emails, phone digits).
pub type SearchRow<'a> = (bool, u8, i32, &'a str, &'a str, &'a str, &'a str, &'a str);
pub const CONTACT_SEARCH: TableDefinition<u64, SearchRow<'static>> =
    TableDefinition::new("contact_search_v1");
pub const CONTACT_TRIGRAMS: TableDefinition<(&str, u64), &[u8]> =
    TableDefinition::new("contact_trigrams_v1");
/// The review's day counts: (counted index, group, day) → rows on that day.
pub const DAY_COUNTS: TableDefinition<(u8, u32, i32), u64> = TableDefinition::new("day_counts_v1");
/// (direction index, due day, invoice id) → contact id, for invoices still owed.
pub const OPEN_INVOICES: TableDefinition<(u8, i32, u64), u64> =
    TableDefinition::new("open_invoices_v1");
/// (direction index, currency, due day) → (minor units outstanding, invoices).
pub const OWED_DAYS: TableDefinition<(u8, &str, i32), (i64, u64)> =
    TableDefinition::new("owed_days_v1");
/// (direction index, due day, outcome) → promises done on time (0) or late (1).
pub const PROMISE_DAYS: TableDefinition<(u8, i32, u8), u64> =
    TableDefinition::new("promise_days_v1");
/// (day of the complaint, note id) → contact id, for complaints not resolved.
pub const OPEN_COMPLAINTS: TableDefinition<(i32, u64), u64> =
    TableDefinition::new("open_complaints_v1");
/// (currency, minus the value, contact id) → purchases: the top customers.
pub const STATS_TOP: TableDefinition<(&str, i64, u64), u32> = TableDefinition::new("stats_top_v1");
/// (day after which at risk, contact id) → (day last in touch, rhythm, learned).
pub const STATS_AT_RISK: TableDefinition<(i32, u64), (i32, u32, bool)> =
    TableDefinition::new("stats_at_risk_v1");
pub const GREETINGS: TableDefinition<(u8, u16, &str, u64), ()> =
    TableDefinition::new("greetings_v1");
pub const GREETING_COUNTS: TableDefinition<(u8, u16), u64> =
    TableDefinition::new("greeting_counts_v1");
