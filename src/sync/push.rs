//! The push: what changed here, sent. It reads the queue the writer keeps (`sync_dirty_v1`), so
//! it costs what changed, never the notebook: a sync with nothing to do is one REPORT. A new
//! contact's UID and href (`<UID>.vcf`) are written down before its PUT, which is made with
//! `If-None-Match: *`; a changed one is sent with `If-Match: <ETag>`. Outcomes are committed a
//! few at a time as they come, never holding a transaction across the network, so a sync killed
//! anywhere is resumed by the next: a create already done answers 412, the card is fetched, and
//! when it says what the contact says, it is taken as agreed — nothing is sent twice.

use super::SyncError;
use super::card::{card_of, hash, referrer_uid};
use super::pull::{Pulled, apply};
use super::remote::Remote;
use super::report::Synced;
use crate::domain::{Contact, ContactId};
use crate::store::{Store, StoreError, SyncItem, SyncKind, Writer};
use chrono::NaiveDateTime;
use libdav::requests::DavRequest;
use std::collections::HashSet;

/// How many requests are in flight at once, and how many queued records a batch reads.
const AT_ONCE: usize = 8;
const PUSH_BATCH: usize = 200;

/// A UID for a contact the server has never seen: the card's own when it came with one, else a
/// new one no other notebook will make.
fn uid_for(c: &Contact) -> String {
    if let Some(uid) = crate::interop::vcard::uid_of(c)
        && !uid.starts_with("urn:kith:contact:")
        && !uid.is_empty()
    {
        return uid;
    }
    use std::hash::{BuildHasher, Hasher};
    let random = std::collections::hash_map::RandomState::new();
    let mut h = random.build_hasher();
    h.write_u64(c.id.0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    h.write_u128(nanos);
    let a = h.finish();
    let mut h = random.build_hasher();
    h.write_u64(a ^ u64::from(std::process::id()));
    format!("kith-{a:016x}{:016x}", h.finish())
}

/// `<UID>.vcf` in the address book; a UID with other characters than a URL keeps as they are
/// is named by its hash.
pub(super) fn href_for(book: &str, uid: &str) -> String {
    let plain = uid.len() <= 200
        && uid
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.@".contains(&b));
    let book = book.trim_end_matches('/');
    if plain {
        format!("{book}/{uid}.vcf")
    } else {
        format!("{book}/kith-{:016x}.vcf", hash(uid))
    }
}

/// One record to send: a card to PUT, or a DELETE.
struct Outgoing {
    id: u64,
    stamp: u64,
    item: SyncItem,
    /// The card and its hash; `None` for a contact deleted here.
    card: Option<(String, u64)>,
    name: String,
}

/// Pushes the queued changes, a batch at a time.
pub(super) fn push(
    store: &Store,
    remote: &Remote,
    book: &str,
    now: NaiveDateTime,
    synced: &mut Synced,
) -> Result<(), SyncError> {
    let conflicted: HashSet<u64> = store
        .sync_conflicts()?
        .into_iter()
        .filter(|c| c.kind == SyncKind::Contact)
        .map(|c| c.id)
        .collect();
    let queue: Vec<(u64, u64)> = store
        .sync_queue(SyncKind::Contact)?
        .into_iter()
        .filter(|(id, _)| !conflicted.contains(id))
        .collect();
    for batch in queue.chunks(PUSH_BATCH) {
        let sends = prepare(store, book, batch)?;
        for group in sends.chunks(AT_ONCE) {
            let answers = remote.send(group);
            let mut refetch = Vec::new();
            store.write(|w| {
                w.without_history();
                for (send, answer) in group.iter().zip(&answers) {
                    settle(w, send, answer, synced, &mut refetch)?;
                }
                Ok(())
            })?;
            if let Some(stop) = answers.iter().find_map(|a| stopping(remote, a)) {
                return Err(stop);
            }
            for (id, href) in refetch {
                again(store, remote, book, id, &href, now, synced)?;
            }
        }
    }
    Ok(())
}

/// The sends of a batch: each contact's card (a new one's UID and href written down first), or
/// a delete.
fn prepare(store: &Store, book: &str, batch: &[(u64, u64)]) -> Result<Vec<Outgoing>, SyncError> {
    store
        .write(|w| {
            w.without_history();
            let mut sends = Vec::new();
            for &(id, stamp) in batch {
                let contact = match w.contact(ContactId(id)) {
                    Ok(c) => Some(c),
                    Err(StoreError::NotFound { .. }) => None,
                    Err(e) => return Err(e),
                };
                let item = match (w.sync_item(SyncKind::Contact, id)?, &contact) {
                    (Some(item), _) => item,
                    (None, Some(c)) => {
                        let uid = uid_for(c);
                        let item = SyncItem {
                            href: href_for(book, &uid),
                            uid,
                            etag: String::new(),
                            agreed: 0,
                        };
                        w.put_sync_item(SyncKind::Contact, id, &item)?;
                        item
                    }
                    (None, None) => {
                        w.sent_for_sync(SyncKind::Contact, id, stamp)?;
                        continue;
                    }
                };
                let card = match &contact {
                    Some(c) => {
                        let text = card_of(c, &item.uid, referrer_uid(w, c)?.as_deref());
                        let h = hash(&text);
                        if h == item.agreed && !item.etag.is_empty() {
                            w.sent_for_sync(SyncKind::Contact, id, stamp)?;
                            continue;
                        }
                        Some((text, h))
                    }
                    None => None,
                };
                let name = contact.map_or_else(|| item.uid.clone(), |c| c.name);
                sends.push(Outgoing {
                    id,
                    stamp,
                    item,
                    card,
                    name,
                });
            }
            Ok(sends)
        })
        .map_err(SyncError::from)
}

/// The server's answer to one send.
enum Answer {
    Done {
        etag: String,
    },
    /// 412: the server's card is not the one this notebook last saw.
    Moved,
    Refused {
        status: u16,
        said: String,
    },
    Failed(SyncError),
}

impl Remote {
    /// Sends a group side by side; one answer each, in order.
    fn send(&self, group: &[Outgoing]) -> Vec<Answer> {
        let calls = group
            .iter()
            .map(|s| {
                let request = request_for(s, self.dav.base_url().clone());
                let dav = self.dav.clone();
                let url = self.url.clone();
                let call = async move {
                    let request = match request {
                        Ok(r) => r,
                        Err(e) => return Answer::Failed(SyncError::BadUrl { url: e }),
                    };
                    let answer =
                        tokio::time::timeout(super::remote::TIMEOUT, dav.request_raw(request));
                    match answer.await {
                        Err(_) => Answer::Failed(SyncError::unreachable(&url, "timed out".into())),
                        Ok(Err(e)) => Answer::Failed(SyncError::unreachable(
                            &url,
                            super::remote::cause_of(&e),
                        )),
                        Ok(Ok((head, body))) => answer_of(&url, &head, &body),
                    }
                };
                Box::pin(call)
                    as std::pin::Pin<Box<dyn std::future::Future<Output = Answer> + Send>>
            })
            .collect();
        self.all(calls)
    }
}

fn request_for(s: &Outgoing, base: http::Uri) -> Result<http::Request<String>, String> {
    use libdav::dav::{Delete, PutResource};
    const VCARD: &str = "text/vcard; charset=utf-8";
    let href = s.item.href.as_str();
    let made = match (&s.card, s.item.etag.is_empty()) {
        (Some((text, _)), true) => PutResource::new(href)
            .create(text.clone(), VCARD)
            .prepare_request(base),
        (Some((text, _)), false) => PutResource::new(href)
            .update(text.clone(), VCARD, s.item.etag.clone())
            .prepare_request(base),
        (None, _) if s.item.etag.is_empty() => Delete::new(href).force().prepare_request(base),
        (None, _) => Delete::new(href)
            .with_etag(s.item.etag.clone())
            .prepare_request(base),
    };
    made.map_err(|_| href.to_string())
}

fn answer_of(url: &str, head: &http::response::Parts, body: &[u8]) -> Answer {
    let status = head.status.as_u16();
    match status {
        200..=299 => Answer::Done {
            etag: head
                .headers
                .get(http::header::ETAG)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string(),
        },
        412 => Answer::Moved,
        401 => Answer::Failed(SyncError::WrongCredentials {
            url: url.to_string(),
        }),
        _ => Answer::Refused {
            status,
            said: String::from_utf8_lossy(body)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .chars()
                .take(200)
                .collect(),
        },
    }
}

/// What stops the sync after a group's outcomes are kept: credentials or the network.
fn stopping(remote: &Remote, answer: &Answer) -> Option<SyncError> {
    match answer {
        Answer::Failed(SyncError::WrongCredentials { url }) => {
            Some(SyncError::WrongCredentials { url: url.clone() })
        }
        Answer::Failed(SyncError::Unreachable { url, error }) => Some(SyncError::Unreachable {
            url: url.clone(),
            error: error.clone(),
        }),
        Answer::Failed(SyncError::BadUrl { .. }) => Some(SyncError::BadUrl {
            url: remote.url.clone(),
        }),
        _ => None,
    }
}

/// Keeps one send's outcome.
fn settle(
    w: &mut Writer<'_>,
    send: &Outgoing,
    answer: &Answer,
    synced: &mut Synced,
    refetch: &mut Vec<(u64, String)>,
) -> crate::store::Result<()> {
    match answer {
        Answer::Done { etag } => {
            match &send.card {
                Some((_, h)) => {
                    let item = SyncItem {
                        etag: etag.clone(),
                        agreed: *h,
                        ..send.item.clone()
                    };
                    w.put_sync_item(SyncKind::Contact, send.id, &item)?;
                    synced.sent += 1;
                }
                None => {
                    w.forget_sync_item(SyncKind::Contact, send.id)?;
                    synced.deleted += 1;
                }
            }
            w.sent_for_sync(SyncKind::Contact, send.id, send.stamp)
        }
        Answer::Moved => {
            if send.card.is_none() {
                // Deleted here, changed there: the server's card comes back as a contact.
                w.forget_sync_item(SyncKind::Contact, send.id)?;
                w.sent_for_sync(SyncKind::Contact, send.id, send.stamp)?;
            }
            refetch.push((send.id, send.item.href.clone()));
            Ok(())
        }
        // A delete of what is gone already is done.
        Answer::Refused {
            status: 404 | 410, ..
        } if send.card.is_none() => {
            w.forget_sync_item(SyncKind::Contact, send.id)?;
            w.sent_for_sync(SyncKind::Contact, send.id, send.stamp)
        }
        Answer::Refused { status, said } => {
            let name = crate::text::display::display_line(&send.name).into_owned();
            synced.refused.push(crate::say!(
                "sync-refused",
                name = name.as_str(),
                status = *status,
                said = said.as_str()
            ));
            Ok(())
        }
        Answer::Failed(_) => Ok(()),
    }
}

/// A card the server holds otherwise than this notebook last saw: fetched and compared, as a
/// pull would (taken as agreed when it says the same, kept as a conflict when it does not).
fn again(
    store: &Store,
    remote: &Remote,
    book: &str,
    id: u64,
    href: &str,
    now: NaiveDateTime,
    synced: &mut Synced,
) -> Result<(), SyncError> {
    use libdav::carddav::GetAddressBookResources;
    let fetched = remote.block(
        remote
            .dav
            .request(GetAddressBookResources::new(book).with_hrefs([href])),
    )?;
    let Some(resource) = fetched.resources.into_iter().next() else {
        return Ok(());
    };
    let Ok(content) = resource.content else {
        return Ok(());
    };
    let card = match super::card::read_card(&content.data, now) {
        Ok(card) => card,
        Err(e) => {
            synced.unreadable.push((resource.href, e));
            return Ok(());
        }
    };
    let queued: HashSet<u64> = [id].into();
    let pulled = Pulled {
        href: resource.href,
        etag: content.etag,
        text: content.data,
        card,
    };
    store
        .write(|w| {
            w.without_history();
            apply(w, &queued, pulled, now, synced)
        })
        .map_err(SyncError::from)
}
