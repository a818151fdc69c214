//! Every redb table kith keeps, in one place. Names carry a version: a table whose key or value
//! layout changes gets a new name and a migration in `schema.rs`.
//!
//! Keys are shaped for the queries that read them: the name index is ordered by folded name so
//! the first screen of the list is a short range read; interactions are keyed
//! (contact, time, id) so a timeline is one range scan; open follow-ups are indexed by due day.

use redb::TableDefinition;

/// `schema_version` and the id counter `next_id`.
pub const META: TableDefinition<&str, u64> = TableDefinition::new("meta");

/// Contact id → encoded `Contact`.
pub const CONTACTS: TableDefinition<u64, &[u8]> = TableDefinition::new("contacts_v1");

/// (folded name, contact id) for contacts in use, in sort order.
pub const NAMES: TableDefinition<(&str, u64), ()> = TableDefinition::new("names_v1");

/// (folded name, contact id) for archived contacts.
pub const ARCHIVED_NAMES: TableDefinition<(&str, u64), ()> =
    TableDefinition::new("archived_names_v1");

/// (contact id, local time in seconds, interaction id) → encoded `Interaction`.
pub const INTERACTIONS: TableDefinition<(u64, i64, u64), &[u8]> =
    TableDefinition::new("interactions_v1");

/// Interaction id → (contact id, local time in seconds): finds an interaction's key by its id.
pub const INTERACTION_KEYS: TableDefinition<u64, (u64, i64)> =
    TableDefinition::new("interaction_keys_v1");

/// Contact id → local time in seconds of their latest interaction, kept current on every write.
pub const LAST_CONTACT: TableDefinition<u64, i64> = TableDefinition::new("last_contact_v1");

/// Follow-up id → encoded `FollowUp`.
pub const FOLLOWUPS: TableDefinition<u64, &[u8]> = TableDefinition::new("followups_v1");

/// (due day number, follow-up id) → contact id, for open follow-ups only.
pub const FOLLOWUPS_DUE: TableDefinition<(i32, u64), u64> =
    TableDefinition::new("followups_due_v1");

/// (contact id, follow-up id), every follow-up of a contact.
pub const FOLLOWUPS_BY_CONTACT: TableDefinition<(u64, u64), ()> =
    TableDefinition::new("followups_by_contact_v1");

/// Contact id → encoded `Draft`: the notes editor's unsaved text (schema 2).
pub const DRAFTS: TableDefinition<u64, &[u8]> = TableDefinition::new("drafts_v1");
