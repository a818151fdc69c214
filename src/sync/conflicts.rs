//! Contacts changed here and on the server since they last agreed. The sync keeps both: the
//! contact stays as it is here and is not sent, and the server's card is kept beside it
//! (`sync_conflicts_v1`). `kith sync --conflicts` shows each with the lines that differ; `kith
//! sync --resolve CONTACT --keep mine|theirs` chooses, without the network: mine is sent at the
//! next sync over the server's version, theirs replaces the contact here (one step of the undo
//! history, so `kith undo` brings mine back). A one-key choice on the screen is still to come.

use super::SyncError;
use super::card::{card_of, hash_of, read_card};
use super::pull::theirs;
use crate::domain::ContactId;
use crate::store::{Store, SyncItem, SyncKind};
use chrono::NaiveDateTime;

/// One contact in conflict, and the lines of its card each side has and the other lacks.
#[derive(Debug, Clone)]
pub struct Conflict {
    pub id: ContactId,
    pub name: String,
    pub mine: Vec<String>,
    pub theirs: Vec<String>,
}

/// Which version a resolve keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    Mine,
    Theirs,
}

/// Every conflict kept, with what differs.
pub fn conflicts(store: &Store, now: NaiveDateTime) -> Result<Vec<Conflict>, SyncError> {
    let mut out = Vec::new();
    for kept in store.sync_conflicts()? {
        let id = ContactId(kept.id);
        let Ok(local) = store.contact(id) else {
            continue;
        };
        let uid_of = |id: u64| -> Result<Option<String>, SyncError> {
            let items = store.sync_items(SyncKind::Contact, &[id])?;
            Ok(items.into_iter().next().flatten().map(|i| i.uid))
        };
        let uid = uid_of(kept.id)?.unwrap_or_default();
        let referrer = match local.referred_by {
            Some(r) => uid_of(r.0)?,
            None => None,
        };
        let mine = card_of(&local, &uid, referrer.as_deref());
        let their = match read_card(&kept.theirs, now) {
            Ok(card) => card_of(&card.contact, &uid, card.referrer.as_deref()),
            Err(_) => kept.theirs.clone(),
        };
        let mine_lines = lines(&mine);
        let their_lines = lines(&their);
        out.push(Conflict {
            id,
            name: local.name,
            mine: only_in(&mine_lines, &their_lines),
            theirs: only_in(&their_lines, &mine_lines),
        });
    }
    Ok(out)
}

fn lines(card: &str) -> Vec<String> {
    card.replace("\r\n ", "")
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn only_in(these: &[String], others: &[String]) -> Vec<String> {
    these
        .iter()
        .filter(|l| !others.contains(l))
        .cloned()
        .collect()
}

/// Resolves a contact's conflict; `false` when it has none.
pub fn resolve(
    store: &Store,
    id: ContactId,
    keep: Keep,
    now: NaiveDateTime,
) -> Result<bool, SyncError> {
    let resolved = store.write(|w| {
        let Some((etag, text)) = w.sync_conflict(SyncKind::Contact, id.0)? else {
            return Ok(false);
        };
        let item = w.sync_item(SyncKind::Contact, id.0)?;
        let Some(item) = item else {
            w.drop_sync_conflict(SyncKind::Contact, id.0)?;
            return Ok(false);
        };
        match keep {
            Keep::Mine => {
                // Sent over the server's version at the next sync.
                let item = SyncItem { etag, ..item };
                w.put_sync_item(SyncKind::Contact, id.0, &item)?;
                w.queue_again(SyncKind::Contact, id.0)?;
            }
            Keep::Theirs => {
                let card = read_card(&text, now)
                    .map_err(|e| crate::store::StoreError::Invalid(crate::domain::Invalid(e)))?;
                let mut c = theirs(w, card)?;
                c.id = id;
                c.created_at = c.created_at.min(w.contact(id)?.created_at);
                w.update_contact(&mut c, now)?;
                let agreed = hash_of(w, &c, &item.uid)?;
                let item = SyncItem {
                    etag,
                    agreed,
                    ..item
                };
                w.put_sync_item(SyncKind::Contact, id.0, &item)?;
                w.unqueue(SyncKind::Contact, id.0)?;
            }
        }
        w.drop_sync_conflict(SyncKind::Contact, id.0)?;
        Ok(true)
    })?;
    Ok(resolved)
}
