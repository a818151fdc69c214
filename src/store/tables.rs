//! Every redb table kith keeps, in one place. Names carry a version: a table whose key or value
//! layout changes gets a new name and a migration in `schema.rs`.
//!
//! Keys are shaped for the queries that read them: the name index is ordered by folded name so
//! the first screen of the list is a short range read; interactions are keyed
//! (contact, time, id) so a timeline is one range scan; open follow-ups are indexed by due day.

use redb::TableDefinition;

/// `schema_version` and the id counter `next_id`.
pub(crate) const META: TableDefinition<&str, u64> = TableDefinition::new("meta");

/// Contact id → encoded `Contact`.
pub(crate) const CONTACTS: TableDefinition<u64, &[u8]> = TableDefinition::new("contacts_v1");

/// (folded name, contact id) → (name, company) as written, for contacts in use, in sort order:
/// the list is one walk of this table, no contact decoded (schema 7).
pub(crate) const NAMES: TableDefinition<(&str, u64), NameRowValue<'static>> =
    TableDefinition::new("names_v2");

/// The same for archived contacts.
pub(crate) const ARCHIVED_NAMES: TableDefinition<(&str, u64), NameRowValue<'static>> =
    TableDefinition::new("archived_names_v2");

/// A name-index row's value: the name and the company (empty when none) as written.
pub(crate) type NameRowValue<'a> = (&'a str, &'a str);

/// The name indexes of schemas 1–6, keys only; kept here for the migration.
pub(crate) const NAMES_V1: TableDefinition<(&str, u64), ()> = TableDefinition::new("names_v1");
pub(crate) const ARCHIVED_NAMES_V1: TableDefinition<(&str, u64), ()> =
    TableDefinition::new("archived_names_v1");

/// (contact id, local time in seconds, interaction id) → encoded `Interaction`.
pub(crate) const INTERACTIONS: TableDefinition<(u64, i64, u64), &[u8]> =
    TableDefinition::new("interactions_v1");

/// Interaction id → (contact id, local time in seconds): finds an interaction's key by its id.
pub(crate) const INTERACTION_KEYS: TableDefinition<u64, (u64, i64)> =
    TableDefinition::new("interaction_keys_v1");

/// Contact id → local time in seconds of their latest interaction (schemas 1–2; folded into
/// `CONTACT_FACTS` by schema 3, kept here for the migration).
pub(crate) const LAST_CONTACT: TableDefinition<u64, i64> = TableDefinition::new("last_contact_v1");

/// Follow-up id → encoded `FollowUp`.
pub(crate) const FOLLOWUPS: TableDefinition<u64, &[u8]> = TableDefinition::new("followups_v1");

/// (due day number, follow-up id) → contact id, for open follow-ups (schemas 1–2; replaced by
/// `OPEN_FOLLOWUPS` in schema 3, kept here for the migration).
pub(crate) const FOLLOWUPS_DUE: TableDefinition<(i32, u64), u64> =
    TableDefinition::new("followups_due_v1");

/// (contact id, follow-up id), every follow-up of a contact.
pub(crate) const FOLLOWUPS_BY_CONTACT: TableDefinition<(u64, u64), ()> =
    TableDefinition::new("followups_by_contact_v1");

/// Contact id → encoded `Draft`: the notes editor's unsaved text (schema 2).
pub(crate) const DRAFTS: TableDefinition<u64, &[u8]> = TableDefinition::new("drafts_v1");

/// Contact id → the few facts the review needs for every contact without decoding it:
/// (kind index, own cadence in days or 0, archived, created secs, latest interaction secs or
/// `i64::MIN` when never). Kept current on every write (schema 3).
pub(crate) const CONTACT_FACTS: TableDefinition<u64, (u8, u32, bool, i64, i64)> =
    TableDefinition::new("contact_facts_v1");

/// (month × 100 + day, contact id, slot) for birthdays (slot 0) and yearly occasions (slot n is
/// occasion n − 1), so the coming days' occasions are a range read (schema 3).
pub(crate) const OCCASIONS: TableDefinition<(u16, u64, u8), ()> =
    TableDefinition::new("occasions_v1");

/// (folded word, first interaction id of the chunk) → encoded ascending ids of the notes that
/// hold the word, up to `postings::CHUNK` of them: the note index (schema 4). Ids grow as notes
/// are written, so adding a note appends to the word's last chunk.
pub(crate) const NOTE_POSTINGS: TableDefinition<(&str, u64), &[u8]> =
    TableDefinition::new("note_postings_v1");

/// (direction index, due day number, follow-up id) → contact id, for open follow-ups only:
/// what is due is a range read per direction (schema 3).
pub(crate) const OPEN_FOLLOWUPS: TableDefinition<(u8, i32, u64), u64> =
    TableDefinition::new("open_followups_v1");

/// Contact id → what the contact search matches, folded: (archived, kind index, created day
/// number, name, company, tags separated by U+001F, emails, phone digits). Kept on every write
/// so a one-shot search decodes only the contacts it shows (schema 5).
pub(crate) const CONTACT_SEARCH: TableDefinition<u64, SearchRowValue<'static>> =
    TableDefinition::new("contact_search_v1");

pub(crate) type SearchRowValue<'a> = (bool, u8, i32, &'a str, &'a str, &'a str, &'a str, &'a str);

/// (three characters, first contact id of the chunk) → encoded ascending ids of the contacts
/// whose search fields hold those three characters, up to `postings::CHUNK` of them: a search
/// word's candidates are the contacts holding every piece of it (schema 5).
pub(crate) const CONTACT_TRIGRAMS: TableDefinition<(&str, u64), &[u8]> =
    TableDefinition::new("contact_trigrams_v1");

/// (group, cadence group, day the contact was last in touch — or created, when never — as a day
/// number, contact id) for every contact in use: who has gone quiet is a range read per group.
/// A contact with a cadence of its own is in group 2 under that cadence in days; one without is
/// in group 1 under its kind's index, whose cadence the config gives at read time (schema 7).
pub(crate) const SILENCE: TableDefinition<(u8, u32, i32, u64), ()> =
    TableDefinition::new("silence_v1");

/// (counted index, group, day) → how many rows of that index fall on that day, so the review's
/// totals are sums over days instead of walks over rows: 0 the open follow-ups (group: direction
/// index, day: due day), 1 and 2 the silence rows (as in `SILENCE`), 3 the occasions of contacts
/// in use (group 0, day: month × 100 + day). A day with no rows has no entry (schema 7).
pub(crate) const DAY_COUNTS: TableDefinition<(u8, u32, i32), u64> =
    TableDefinition::new("day_counts_v1");

/// (step number, part) → the undo history (`steps.rs`): part 0 a step's head, parts 1… one
/// touched record each. Created by the first write that records a step, so it needs no schema
/// number of its own; a reader finds it absent in a notebook nobody has changed since.
pub(crate) const HISTORY: TableDefinition<(u64, u32), &[u8]> =
    TableDefinition::new("undo_history_v1");

/// Invoice id → encoded `Invoice`: invoices sent and bills to pay, with their payments. This
/// and the invoice indexes below are created by the first write after they came, so they need
/// no schema number: a reader finds them absent in an older notebook and reads them as empty.
pub(crate) const INVOICES: TableDefinition<u64, &[u8]> = TableDefinition::new("invoices_v1");

/// (contact id, invoice id), every invoice and bill of a contact.
pub(crate) const INVOICES_BY_CONTACT: TableDefinition<(u64, u64), ()> =
    TableDefinition::new("invoices_by_contact_v1");

/// (direction index, due day number, invoice id) → contact id, for invoices still owed: what is
/// overdue is a range read per direction.
pub(crate) const OPEN_INVOICES: TableDefinition<(u8, i32, u64), u64> =
    TableDefinition::new("open_invoices_v1");

/// (direction index, currency, due day number) → (minor units outstanding, open invoices) of the
/// invoices still owed that fall due that day: an aging bucket's sum is a sum over days.
pub(crate) const OWED_DAYS: TableDefinition<(u8, &str, i32), (i64, u64)> =
    TableDefinition::new("owed_days_v1");

/// (contact id, direction index, currency) → (minor units outstanding, open invoices): what one
/// contact owes or is owed is one short range read.
pub(crate) const OWED_BY_CONTACT: TableDefinition<(u64, u8, &str), (i64, u64)> =
    TableDefinition::new("owed_by_contact_v1");

/// (folded reference, invoice id) → contact id: `kith paid INV-014` finds its invoice.
pub(crate) const INVOICE_REFS: TableDefinition<(&str, u64), u64> =
    TableDefinition::new("invoice_refs_v1");

/// (direction index, due day number, outcome: 0 kept on its day, 1 kept late) → how many
/// promises (direction 0) and requests (1) were done, by the day they were due: an on-time
/// rate over a period is a sum over its days. Created by the first write after it came, like
/// the invoice tables, so it needs no schema number.
pub(crate) const PROMISE_DAYS: TableDefinition<(u8, i32, u8), u64> =
    TableDefinition::new("promise_days_v1");

/// (contact id, direction index, outcome) → how many of the contact's promises or requests
/// were done on time or late.
pub(crate) const PROMISE_CONTACTS: TableDefinition<(u64, u8, u8), u64> =
    TableDefinition::new("promise_contacts_v1");

/// (direction index, due day number, follow-up id) → contact id, for the promises and requests
/// done after their day: with the open rows past their day, the broken promises.
pub(crate) const LATE_PROMISES: TableDefinition<(u8, i32, u64), u64> =
    TableDefinition::new("late_promises_v1");

/// Complaint note id → encoded `Resolution`: how and when the complaint was settled.
pub(crate) const RESOLUTIONS: TableDefinition<u64, &[u8]> = TableDefinition::new("resolutions_v1");

/// (day of the complaint as a day number, note id) → contact id, for complaints not resolved.
pub(crate) const OPEN_COMPLAINTS: TableDefinition<(i32, u64), u64> =
    TableDefinition::new("open_complaints_v1");

/// (0, day of the complaint, 0) → open complaints that day; (1, day resolved, days it took) →
/// complaints resolved that day in that time: the review's count and the times to resolve are
/// sums over days.
pub(crate) const COMPLAINT_DAYS: TableDefinition<(u8, i32, u32), u64> =
    TableDefinition::new("complaint_days_v1");

/// (contact id, local time in seconds, note id) → (currency, minor units) of every purchase
/// note with an amount: a contact's first purchase is the first row of their range, what they
/// spent a sum over it. Like the tables below, created by the first write after it came (no
/// schema number); `referral_index::build_once` fills it for the notes already there.
pub(crate) const PURCHASES: TableDefinition<(u64, i64, u64), (&str, i64)> =
    TableDefinition::new("purchases_v1");

/// (referrer id, referred id): whom a contact referred, one short range read.
pub(crate) const REFERRALS: TableDefinition<(u64, u64), ()> = TableDefinition::new("referrals_v1");

/// (referrer id, currency) → (minor units, purchases) that the contacts they referred bought.
pub(crate) const REFERRAL_VALUES: TableDefinition<(u64, &str), (i64, u64)> =
    TableDefinition::new("referral_values_v1");

/// (day number of the first purchase, referred id) → referrer id, for every referred contact
/// who has bought: the review's "Thank for a referral" reads the latest days.
pub(crate) const FIRST_BUYS: TableDefinition<(i32, u64), u64> =
    TableDefinition::new("first_buys_v1");

/// Thanks id → encoded `Thanks`: a referrer thanked for a referral, a contact greeted on a
/// birthday, an occasion or a first-purchase anniversary.
pub(crate) const THANKS: TableDefinition<u64, &[u8]> = TableDefinition::new("thanks_v1");

/// (0, 0, referred id) for a referral thanked; (1, day number of the occasion's date, contact
/// id × 256 + slot) for an occasion greeted → thanks id: whether an item of the review was
/// done already is one look, and the greetings in the coming days one range read.
pub(crate) const THANKED: TableDefinition<(u8, i64, u64), u64> = TableDefinition::new("thanked_v1");

/// (contact id, thanks id): the thanks a contact was given, which go with the contact.
pub(crate) const THANKS_BY_CONTACT: TableDefinition<(u64, u64), ()> =
    TableDefinition::new("thanks_by_contact_v1");

/// (Monday of the ISO week as a day number, channel index) → interactions that week in that
/// channel: the weeks' chart is a range read. This and the other stats tables below are created
/// by the first write after they came, like the invoice tables, so they need no schema number.
pub(crate) const STATS_WEEKS: TableDefinition<(i32, u8), u64> =
    TableDefinition::new("stats_weeks_v1");

/// (Monday, channel index, contact id) → that contact's interactions in that week and channel:
/// who is behind a bar of the weeks' chart.
pub(crate) const STATS_WEEK_PEOPLE: TableDefinition<(i32, u8, u64), u64> =
    TableDefinition::new("stats_week_people_v1");

/// Contact id → encoded `domain::Standing`: what the stats know of the contact, compared with
/// what the contact and their notes call for after every write that touches either.
pub(crate) const STATS_STANDINGS: TableDefinition<u64, &[u8]> =
    TableDefinition::new("stats_standings_v1");

/// (0 gained or 1 lost, month number, archive reason index — 0 for gained) → customers.
pub(crate) const STATS_MONTHS: TableDefinition<(u8, i32, u8), u64> =
    TableDefinition::new("stats_months_v1");

/// (0 gained or 1 lost, month number, contact id) → archive reason index: who was gained or
/// lost in a month.
pub(crate) const STATS_MONTH_PEOPLE: TableDefinition<(u8, i32, u64), u8> =
    TableDefinition::new("stats_month_people_v1");

/// (currency, minus the contact's value in minor units, contact id) → purchases, for contacts
/// in use with a value: a currency's top customers are its first rows.
pub(crate) const STATS_TOP: TableDefinition<(&str, i64, u64), u32> =
    TableDefinition::new("stats_top_v1");

/// (0 kind or 1 tag, the kind's name or the tag, currency) → (minor units, contacts): value by
/// kind and by tag.
pub(crate) const STATS_GROUPS: TableDefinition<(u8, &str, &str), (i64, u64)> =
    TableDefinition::new("stats_groups_v1");

/// (0 kind or 1 tag, name, currency, contact id) → the contact's value: who is behind a group.
pub(crate) const STATS_GROUP_PEOPLE: TableDefinition<(u8, &str, &str, u64), i64> =
    TableDefinition::new("stats_group_people_v1");

/// Sums over every contact: `purchase_gap_days` (days between first and last purchase) and
/// `purchase_gaps` (purchases after the first), whose quotient is the average time between
/// purchases.
pub(crate) const STATS_TOTALS: TableDefinition<&str, u64> = TableDefinition::new("stats_totals_v1");

/// (day after which the contact is at risk, contact id) → (day last in touch or added, rhythm
/// in days, whether the rhythm was learned), for contacts in use with a rhythm: who is at risk
/// on a day is the rows before it, furthest past first.
pub(crate) const STATS_AT_RISK: TableDefinition<(i32, u64), (i32, u32, bool)> =
    TableDefinition::new("stats_at_risk_v1");

/// Celebration id → encoded `Celebration`: the local occasions a contact (kept under the
/// contact's own id) or every contact with a tag (an id of its own) is greeted for. Like the
/// invoice tables, created by the first write after they came, so they need no schema number.
pub(crate) const CELEBRATIONS: TableDefinition<u64, &[u8]> =
    TableDefinition::new("celebrations_v1");

/// Folded tag → the id of the tag's celebration.
pub(crate) const CELEBRATED_TAGS: TableDefinition<&str, u64> =
    TableDefinition::new("celebrated_tags_v1");

/// (occasion code, a name day's month × 100 + day or 0, folded name, contact id), for every
/// contact in use greeted for the occasion (on their own or through a tag): the review's
/// greetings of a day are a range read, in name order.
pub(crate) const GREETINGS: TableDefinition<(u8, u16, &str, u64), ()> =
    TableDefinition::new("greetings_v1");

/// (occasion code, a name day's month × 100 + day or 0) → the greeting rows under it.
pub(crate) const GREETING_COUNTS: TableDefinition<(u8, u16), u64> =
    TableDefinition::new("greeting_counts_v1");

// Two-way sync with a CardDAV/CalDAV server (`store/sync.rs`, `write/sync.rs`). No schema number:
// every writer opens (so creates) them, and a notebook never synced reads them as empty. A
// record is named by (kind, id): 0 a contact (later kinds: follow-ups, occasions, notes).

/// (kind, id) → (UID, href, ETag or "" before the server gave one, hash of the card last agreed
/// with the server or 0 for none): what a record is on the server.
pub(crate) const SYNC_ITEMS: TableDefinition<(u8, u64), (&str, &str, &str, u64)> =
    TableDefinition::new("sync_items_v1");

/// href → (kind, id): which record a server's resource is.
pub(crate) const SYNC_HREFS: TableDefinition<&str, (u8, u64)> =
    TableDefinition::new("sync_hrefs_v1");

/// UID → (kind, id): which record a card or entry is (a referrer, a note's contact).
pub(crate) const SYNC_UIDS: TableDefinition<&str, (u8, u64)> = TableDefinition::new("sync_uids_v1");

/// (kind, id) → the commit that last changed it: the changes not yet sent, written by the same
/// transaction as the change once the notebook syncs, so changes made offline stay queued.
pub(crate) const SYNC_DIRTY: TableDefinition<(u8, u64), u64> =
    TableDefinition::new("sync_dirty_v1");

/// (kind, id) → (the server's ETag, its card as the server holds it): a record changed here and
/// on the server since they last agreed; the local record is kept as it is until resolved.
pub(crate) const SYNC_CONFLICTS: TableDefinition<(u8, u64), (&str, &str)> =
    TableDefinition::new("sync_conflicts_v1");

/// Collection role ("contacts") → (its href on the server, the sync-token of the last pull).
pub(crate) const SYNC_COLLECTIONS: TableDefinition<&str, (&str, &str)> =
    TableDefinition::new("sync_collections_v1");
