//! The index rows of the stats, in one place so the writer, the first build in an older
//! notebook and `kith check` make exactly the same rows: a note's week and channel count and
//! its contact in that bar; a contact's standing (`domain::Standing`) and what it calls for —
//! the month they were gained and lost (with why), their place among the top customers, their
//! value by kind and by tag, their purchase gaps, and their place in the at-risk index.

use super::codec;
use super::tables::*;
use super::{Result, StoreError};
use crate::domain::retention::{month_number, week_monday};
use crate::domain::serde_time::date_to_days;
use crate::domain::{Channel, Contact, Interaction, Standing};
use redb::{ReadableTable, WriteTransaction};
use std::collections::BTreeMap;

type Map<K, V> = BTreeMap<K, V>;

pub(crate) type WeekKey = (i32, u8);
pub(crate) type WeekPerson = (i32, u8, u64);
pub(crate) type MonthKey = (u8, i32, u8);
pub(crate) type MonthPerson = (u8, i32, u64);
pub(crate) type TopKey = (String, i64, u64);
pub(crate) type GroupKey = (u8, String, String);
pub(crate) type GroupPerson = (u8, String, String, u64);
pub(crate) type RiskKey = (i32, u64);
pub(crate) type RiskValue = (i32, u32, bool);

/// Keys of `STATS_TOTALS`.
pub(crate) const GAP_DAYS: &str = "purchase_gap_days";
pub(crate) const GAPS: &str = "purchase_gaps";

/// Gained and lost, as the month tables name them.
pub(crate) const GAINED: u8 = 0;
pub(crate) const LOST: u8 = 1;

/// Value by kind and by tag, as the group tables name them.
pub(crate) const BY_KIND: u8 = 0;
pub(crate) const BY_TAG: u8 = 1;

pub(crate) fn channel_index(channel: Channel) -> u8 {
    Channel::ALL
        .iter()
        .position(|(c, _)| *c == channel)
        .unwrap_or(0) as u8
}

/// A note's week row and its contact's row in that bar.
pub(crate) fn week_keys(i: &Interaction) -> (WeekKey, WeekPerson) {
    let monday = date_to_days(week_monday(i.at.date()));
    let channel = channel_index(i.channel);
    ((monday, channel), (monday, channel, i.contact.0))
}

/// The rows a contact's standing calls for.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct StandingRows {
    pub months: Vec<(MonthPerson, u8)>,
    pub top: Vec<(TopKey, u32)>,
    pub groups: Vec<(GroupPerson, i64)>,
    /// (days between the first and last purchase, purchases after the first).
    pub gaps: (u64, u64),
    pub at_risk: Option<(RiskKey, RiskValue)>,
}

/// The month-count key a month row adds to.
pub(crate) fn month_key(((event, month, _), reason): &(MonthPerson, u8)) -> MonthKey {
    (*event, *month, *reason)
}

/// The group-sum key a group row adds to.
pub(crate) fn group_key((g, name, currency, _): &GroupPerson) -> GroupKey {
    (*g, name.clone(), currency.clone())
}

pub(crate) fn standing_rows(contact: u64, s: &Standing) -> StandingRows {
    let mut rows = StandingRows::default();
    let month =
        |day: i32| crate::domain::serde_time::days_to_date(day).map_or(i32::MIN, month_number);
    if let Some(gained) = s.gained {
        rows.months.push(((GAINED, month(gained), contact), 0));
    }
    if let Some((lost, reason)) = s.lost {
        rows.months.push(((LOST, month(lost), contact), reason));
    }
    for (currency, minor) in &s.value {
        let currency = currency.as_str().to_string();
        if !s.archived {
            rows.top.push((
                (currency.clone(), minor.saturating_neg(), contact),
                s.purchases,
            ));
        }
        let kind = s.kind.as_str().to_string();
        rows.groups
            .push(((BY_KIND, kind, currency.clone(), contact), *minor));
        let mut tags: Vec<&String> = s.tags.iter().collect();
        tags.sort();
        tags.dedup();
        for tag in tags {
            rows.groups
                .push(((BY_TAG, tag.clone(), currency.clone(), contact), *minor));
        }
    }
    rows.gaps = s.purchase_gaps();
    rows.at_risk = s
        .at_risk_key()
        .map(|(after, since, rhythm)| ((after, contact), (since, rhythm, s.learned)));
    rows
}

/// Every stats index as rows.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct StatsRows {
    pub weeks: Map<WeekKey, u64>,
    pub week_people: Map<WeekPerson, u64>,
    pub standings: Map<u64, Standing>,
    pub months: Map<MonthKey, u64>,
    pub month_people: Map<MonthPerson, u8>,
    pub top: Map<TopKey, u32>,
    pub groups: Map<GroupKey, (i64, u64)>,
    pub group_people: Map<GroupPerson, i64>,
    pub totals: Map<String, u64>,
    pub at_risk: Map<RiskKey, RiskValue>,
}

impl StatsRows {
    pub(crate) fn add_note(&mut self, i: &Interaction) {
        let (week, person) = week_keys(i);
        *self.weeks.entry(week).or_default() += 1;
        *self.week_people.entry(person).or_default() += 1;
    }

    pub(crate) fn add_standing(&mut self, contact: u64, s: Standing) {
        let rows = standing_rows(contact, &s);
        for row in &rows.months {
            *self.months.entry(month_key(row)).or_default() += 1;
            self.month_people.insert(row.0, row.1);
        }
        for (key, purchases) in rows.top {
            self.top.insert(key, purchases);
        }
        for (key, minor) in rows.groups {
            let sum = self.groups.entry(group_key(&key)).or_default();
            *sum = (sum.0.saturating_add(minor), sum.1 + 1);
            self.group_people.insert(key, minor);
        }
        if rows.gaps.1 > 0 {
            *self.totals.entry(GAP_DAYS.into()).or_default() += rows.gaps.0;
            *self.totals.entry(GAPS.into()).or_default() += rows.gaps.1;
        }
        if let Some((key, value)) = rows.at_risk {
            self.at_risk.insert(key, value);
        }
        self.standings.insert(contact, s);
    }
}

/// The rows the contacts and notes call for; a record that does not decode calls for none.
pub(crate) fn rows_from(
    contacts: &impl ReadableTable<u64, &'static [u8]>,
    notes: &impl ReadableTable<(u64, i64, u64), &'static [u8]>,
) -> Result<StatsRows> {
    let mut rows = StatsRows::default();
    let mut by_contact: Vec<Interaction> = Vec::new();
    let mut current: Option<u64> = None;
    let flush = |rows: &mut StatsRows, id: u64, notes: &mut Vec<Interaction>| -> Result<()> {
        if let Some(bytes) = contacts.get(id)?
            && let Ok(c) = codec::decode::<Contact>(bytes.value())
        {
            rows.add_standing(id, Standing::of(&c, notes.iter()));
        }
        notes.clear();
        Ok(())
    };
    for entry in notes.iter()? {
        let (key, bytes) = entry?;
        let contact = key.value().0;
        if current.is_some_and(|c| c != contact) {
            flush(&mut rows, current.unwrap_or(0), &mut by_contact)?;
        }
        current = Some(contact);
        if let Ok(i) = codec::decode::<Interaction>(bytes.value()) {
            rows.add_note(&i);
            by_contact.push(i);
        }
    }
    if let Some(c) = current {
        flush(&mut rows, c, &mut by_contact)?;
    }
    for entry in contacts.iter()? {
        let (id, bytes) = entry?;
        let id = id.value();
        if rows.standings.contains_key(&id) {
            continue;
        }
        if let Ok(c) = codec::decode::<Contact>(bytes.value()) {
            rows.add_standing(id, Standing::of(&c, []));
        }
    }
    Ok(rows)
}

/// In `meta`, set once the stats rows were built for the records already there.
pub(crate) const STATS_ROWS_KEY: &str = "stats_rows_built";

/// Builds, the first time a kith that keeps these rows opens the notebook for writing, the
/// rows the contacts and notes already there call for, in one transaction, and marks them
/// built. No schema step, as for the promise rows.
pub(crate) fn build_once(db: &redb::Database) -> Result<()> {
    use redb::ReadableDatabase;
    if (db.begin_read()?.open_table(META)?.get(STATS_ROWS_KEY)?).is_some() {
        return Ok(());
    }
    let txn = db.begin_write()?;
    {
        let mut meta = txn.open_table(META)?;
        if meta.get(STATS_ROWS_KEY)?.is_some() {
            return Ok(()); // another process built them while this one waited its turn
        }
        meta.insert(STATS_ROWS_KEY, 1)?;
    }
    let rows = rows_from(&txn.open_table(CONTACTS)?, &txn.open_table(INTERACTIONS)?)?;
    write_rows(&txn, &rows)?;
    txn.commit()?;
    Ok(())
}

/// Writes `rows` over every stats table.
pub(crate) fn write_rows(txn: &WriteTransaction, rows: &StatsRows) -> Result<()> {
    macro_rules! fill {
        ($def:expr, $map:expr, |$k:ident, $v:ident| $key:expr, $value:expr) => {{
            let mut t = txn.open_table($def)?;
            t.retain(|_, _| false)?;
            for ($k, $v) in $map {
                t.insert($key, $value)?;
            }
        }};
    }
    fill!(STATS_WEEKS, &rows.weeks, |k, v| k, v);
    fill!(STATS_WEEK_PEOPLE, &rows.week_people, |k, v| k, v);
    let mut t = txn.open_table(STATS_STANDINGS)?;
    t.retain(|_, _| false)?;
    for (id, s) in &rows.standings {
        let bytes = codec::encode(s)
            .map_err(|e| StoreError::Invalid(crate::domain::Invalid(e.to_string())))?;
        t.insert(id, bytes.as_slice())?;
    }
    fill!(STATS_MONTHS, &rows.months, |k, v| k, v);
    fill!(STATS_MONTH_PEOPLE, &rows.month_people, |k, v| k, v);
    fill!(STATS_TOP, &rows.top, |k, v| (k.0.as_str(), k.1, k.2), v);
    fill!(
        STATS_GROUPS,
        &rows.groups,
        |k, v| (k.0, k.1.as_str(), k.2.as_str()),
        v
    );
    fill!(
        STATS_GROUP_PEOPLE,
        &rows.group_people,
        |k, v| (k.0, k.1.as_str(), k.2.as_str(), k.3),
        v
    );
    fill!(STATS_TOTALS, &rows.totals, |k, v| k.as_str(), v);
    fill!(STATS_AT_RISK, &rows.at_risk, |k, v| k, v);
    Ok(())
}
