//! The pull: what the server changed since the last sync. One sync-collection REPORT with the
//! last sync-token says which hrefs changed (a server without it: one PROPFIND listing, compared
//! with what the notebook knows); only those whose ETag differs from the one kept are fetched,
//! a hundred at a time by addressbook-multiget, and each batch is applied in one write. The
//! token is kept only once everything it covers is applied, so a pull cut short is done again
//! and finds what it applied already by its ETag.
//!
//! A card changed on the server replaces the contact when the contact did not change here since
//! they last agreed; when both changed, the server's card is kept as a conflict and the contact
//! stays as it is. A card gone from the server archives its contact here (it is never deleted:
//! a delete elsewhere loses nothing here) unless the contact changed here, which sends it again.

use super::card::{ReadCard, card_of, hash, hash_of, read_card};
use super::remote::Remote;
use super::report::Synced;
use super::{CONTACTS, SyncError};
use crate::domain::{Archived, Contact, ContactId};
use crate::store::{Store, SyncCollection, SyncItem, SyncKind, Writer};
use chrono::NaiveDateTime;
use libdav::carddav::GetAddressBookResources;
use libdav::dav::{ListResources, SyncCollection as Report, WebDavError};
use std::collections::HashSet;

const BATCH: usize = 100;

/// What the server says changed: (href, ETag) of each changed card, the hrefs gone, and the new
/// token (empty from a server without sync-collection).
pub(super) struct Changes {
    pub changed: Vec<(String, String)>,
    pub deleted: Vec<String>,
    pub token: String,
}

impl Remote {
    fn changes(&self, store: &Store, book: &SyncCollection) -> Result<Changes, SyncError> {
        let report = |token: Option<&str>| {
            let mut r = Report::new(&book.href);
            if let Some(token) = token {
                r = r.with_sync_token(token);
            }
            self.wait(self.dav.request(r))
        };
        let token = (!book.token.is_empty()).then_some(book.token.as_str());
        let mut answer = report(token)?;
        if token.is_some() && matches!(answer, Err(WebDavError::PreconditionFailed(_))) {
            // The server forgot the token: list everything again.
            answer = report(None)?;
        }
        match answer {
            Ok(r) => Ok(Changes {
                changed: r
                    .changed
                    .into_iter()
                    .map(|c| (c.href, c.etag.unwrap_or_default()))
                    .collect(),
                deleted: r.deleted,
                token: r.new_sync_token,
            }),
            Err(WebDavError::BadStatusCode(s)) if s.as_u16() == 401 => Err(self.status(s)),
            Err(WebDavError::BadStatusCode(s)) if s.as_u16() == 404 => {
                Err(SyncError::NoAddressBook {
                    url: self.url.clone(),
                })
            }
            Err(WebDavError::Request(e)) => Err(self.said(WebDavError::Request(e))),
            Err(_) => self.listing(store, &book.href),
        }
    }

    /// A server without sync-collection: the whole listing, compared with what is known.
    fn listing(&self, store: &Store, href: &str) -> Result<Changes, SyncError> {
        let listed = self.block(self.dav.request(ListResources::new(href)))?;
        let changed: Vec<(String, String)> = listed
            .resources
            .into_iter()
            .filter(|r| !r.resource_type.is_collection)
            .map(|r| (r.href, r.etag.unwrap_or_default()))
            .collect();
        let there: HashSet<&str> = changed.iter().map(|(h, _)| h.as_str()).collect();
        let deleted = store
            .sync_hrefs(SyncKind::Contact)?
            .into_iter()
            .filter(|(_, item)| !item.etag.is_empty() && !there.contains(item.href.as_str()))
            .map(|(_, item)| item.href)
            .collect();
        Ok(Changes {
            changed,
            deleted,
            token: String::new(),
        })
    }
}

/// Pulls what changed on the server into the notebook; returns the collection as it now stands.
pub(super) fn pull(
    store: &Store,
    remote: &Remote,
    book: &SyncCollection,
    now: NaiveDateTime,
    synced: &mut Synced,
) -> Result<(), SyncError> {
    let changes = remote.changes(store, book)?;
    let hrefs: Vec<String> = changes.changed.iter().map(|(h, _)| h.clone()).collect();
    let known = store.sync_records_at(&hrefs)?;
    let ids: Vec<u64> = known.iter().map(|k| k.map_or(0, |(_, id)| id)).collect();
    let items = store.sync_items(SyncKind::Contact, &ids)?;
    let wanted: Vec<String> = changes
        .changed
        .iter()
        .zip(&items)
        .filter(|((_, etag), item)| {
            item.as_ref()
                .is_none_or(|i| &i.etag != etag || etag.is_empty())
        })
        .map(|((href, _), _)| href.clone())
        .collect();
    let queued: HashSet<u64> = store
        .sync_queue(SyncKind::Contact)?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    for batch in wanted.chunks(BATCH) {
        let fetched = remote.block(
            remote
                .dav
                .request(GetAddressBookResources::new(&book.href).with_hrefs(batch)),
        )?;
        let mut cards = Vec::new();
        for resource in fetched.resources {
            if let Ok(content) = resource.content {
                // A card kith cannot keep (no name, a field past its limits) stays on the
                // server as it is and is said; it never stops the rest.
                let read = read_card(&content.data, now).and_then(|mut card| {
                    match card.contact.normalize_and_validate() {
                        Ok(()) => Ok(card),
                        Err(problem) => Err(problem.to_string()),
                    }
                });
                match read {
                    Ok(card) => cards.push((resource.href, content.etag, content.data, card)),
                    Err(error) => synced.unreadable.push((resource.href, error)),
                }
            }
        }
        store.write(|w| {
            w.without_history();
            for (href, etag, text, card) in cards {
                apply(
                    w,
                    &queued,
                    Pulled {
                        href,
                        etag,
                        text,
                        card,
                    },
                    now,
                    synced,
                )?;
            }
            Ok(())
        })?;
    }
    store.write(|w| {
        w.without_history();
        for id in std::mem::take(&mut synced.unresolved) {
            refer(w, id, now)?;
        }
        for href in &changes.deleted {
            gone(w, &queued, href, now, synced)?;
        }
        w.set_sync_collection(
            CONTACTS,
            &SyncCollection {
                href: book.href.clone(),
                token: changes.token.clone(),
            },
        )
    })?;
    Ok(())
}

/// One card as fetched.
pub(super) struct Pulled {
    pub href: String,
    pub etag: String,
    pub text: String,
    pub card: ReadCard,
}

/// Applies one changed card: a new contact, a replaced one, or a conflict kept.
pub(super) fn apply(
    w: &mut Writer<'_>,
    queued: &HashSet<u64>,
    pulled: Pulled,
    now: NaiveDateTime,
    synced: &mut Synced,
) -> crate::store::Result<()> {
    let Pulled {
        href,
        etag,
        text,
        card,
    } = pulled;
    let uid = card.uid.clone().unwrap_or_else(|| href.clone());
    let known = w
        .sync_record_at(&href)?
        .or(w.sync_record_of(&uid)?)
        .filter(|id| w.contact(ContactId(*id)).is_ok());
    let stamp = w.sync_stamp();
    let Some(id) = known else {
        let mut c = theirs(w, card)?;
        c.id = ContactId::UNASSIGNED;
        let id = w.add_contact(&mut c)?.0;
        note_unresolved(&c, synced);
        let agreed = hash_of(w, &c, &uid)?;
        w.put_sync_item(
            SyncKind::Contact,
            id,
            &SyncItem {
                uid,
                href,
                etag,
                agreed,
            },
        )?;
        w.sent_for_sync(SyncKind::Contact, id, stamp)?;
        synced.received += 1;
        return Ok(());
    };
    let item = w.sync_item(SyncKind::Contact, id)?;
    let agreed_before = item.as_ref().map_or(0, |i| i.agreed);
    let uid = item.map_or(uid, |i| i.uid);
    let local = w.contact(ContactId(id))?;
    let mut remote = theirs(w, card)?;
    remote.id = local.id;
    remote.created_at = remote.created_at.min(local.created_at);
    let mine = hash_of(w, &local, &uid)?;
    let their = hash_of(w, &remote, &uid)?;
    let changed_here = queued.contains(&id) && mine != agreed_before;
    let agreed = if their == agreed_before || their == mine {
        if their == mine {
            w.unqueue(SyncKind::Contact, id)?;
        }
        their
    } else if !changed_here {
        w.update_contact(&mut remote, now)?;
        w.unqueue(SyncKind::Contact, id)?;
        note_unresolved(&remote, synced);
        synced.received += 1;
        their
    } else {
        w.put_sync_conflict(SyncKind::Contact, id, &etag, &text)?;
        synced.conflicts += 1;
        // The ETag stays the one agreed: the local version is sent only once resolved.
        return Ok(());
    };
    w.drop_sync_conflict(SyncKind::Contact, id)?;
    w.put_sync_item(
        SyncKind::Contact,
        id,
        &SyncItem {
            uid,
            href,
            etag,
            agreed,
        },
    )
}

/// The contact a card describes, its referrer found by UID (kept as written when unknown here).
pub(super) fn theirs(w: &Writer<'_>, card: ReadCard) -> crate::store::Result<Contact> {
    let mut c = card.contact;
    if let Some(uid) = card.referrer {
        match w.sync_record_of(&uid)? {
            Some(id) if w.contact(ContactId(id)).is_ok() => c.referred_by = Some(ContactId(id)),
            _ => c.vcard_extra.push(super::card::referral_line(&uid)),
        }
    }
    Ok(c)
}

/// A card gone from the server: its contact archived here, or sent again if changed here.
fn gone(
    w: &mut Writer<'_>,
    queued: &HashSet<u64>,
    href: &str,
    now: NaiveDateTime,
    synced: &mut Synced,
) -> crate::store::Result<()> {
    let Some(id) = w.sync_record_at(href)? else {
        return Ok(());
    };
    let Ok(mut c) = w.contact(ContactId(id)) else {
        return w.forget_sync_item(SyncKind::Contact, id);
    };
    if queued.contains(&id) {
        // Changed here: made again on the server at the next push, under the same UID.
        if let Some(mut item) = w.sync_item(SyncKind::Contact, id)? {
            item.etag.clear();
            item.agreed = 0;
            return w.put_sync_item(SyncKind::Contact, id, &item);
        }
        return Ok(());
    }
    w.forget_sync_item(SyncKind::Contact, id)?;
    if c.archived.is_none() {
        let stamp = w.sync_stamp();
        c.archived = Some(Archived {
            reason: crate::say!("sync-deleted-remotely"),
            at: now,
        });
        w.update_contact(&mut c, now)?;
        w.sent_for_sync(SyncKind::Contact, id, stamp)?;
        synced.archived += 1;
    }
    Ok(())
}

fn note_unresolved(c: &Contact, synced: &mut Synced) {
    if c.referred_by.is_none() && c.vcard_extra.iter().any(|l| super::card::is_referral(l)) {
        synced.unresolved.push(c.id.0);
    }
}

/// A contact pulled before its referrer: the referral set now that the referrer is here.
fn refer(w: &mut Writer<'_>, id: u64, now: NaiveDateTime) -> crate::store::Result<()> {
    let Ok(mut c) = w.contact(ContactId(id)) else {
        return Ok(());
    };
    let Some(at) = c
        .vcard_extra
        .iter()
        .position(|l| super::card::is_referral(l))
    else {
        return Ok(());
    };
    let Some(uid) = super::card::referral_uid(&c.vcard_extra[at]) else {
        return Ok(());
    };
    let Some(referrer) = w.sync_record_of(&uid)? else {
        return Ok(());
    };
    if w.contact(ContactId(referrer)).is_err() {
        return Ok(());
    }
    c.vcard_extra.remove(at);
    c.referred_by = Some(ContactId(referrer));
    let queued = w.sync_queue_has(SyncKind::Contact, id)?;
    w.update_contact(&mut c, now)?;
    if let Some(mut item) = w.sync_item(SyncKind::Contact, id)? {
        item.agreed = hash(&card_of(&c, &item.uid, Some(&uid)));
        w.put_sync_item(SyncKind::Contact, id, &item)?;
    }
    if !queued {
        w.unqueue(SyncKind::Contact, id)?;
    }
    Ok(())
}
