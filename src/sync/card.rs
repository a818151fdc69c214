//! A contact as a card in the address book, and back. The card is kith's own vCard 4.0
//! (`interop::vcard`, the one writer and reader kith has: every field other apps know, and every
//! property it does not model kept verbatim), with its UID and kith's own fields as `X-KITH-`
//! properties, which other apps keep and ignore:
//!
//! | property | field |
//! |---|---|
//! | `X-KITH-KIND` | the kind (`customer`, `prospect`…) |
//! | `X-KITH-INTERESTS`, `X-KITH-HOW-WE-MET` | what they have in common, how they met |
//! | `X-KITH-REFERRED-BY` | the UID of the contact who referred them |
//! | `X-KITH-CADENCE`, `X-KITH-GRADE` | keep in touch every N days; the grade, 1–10 |
//! | `X-KITH-ARCHIVED`, `X-KITH-ARCHIVED-AT` | archived: the reason and when |
//! | `X-KITH-CREATED` | when the contact was added |
//!
//! Two cards say the same when their hashes ([`hash`]) are equal: each side's card is the one
//! kith writes of the contact it reads, so a card another app wrote is compared in kith's form.

use crate::domain::{Archived, Contact, Kind};
use crate::interop::vcard::{is_uid_line, read_cards, write_card};
use crate::store::{SyncKind, Writer};
use calcard::vcard::VCardVersion;
use chrono::NaiveDateTime;

const PREFIX: &str = "X-KITH-";
const KIND: &str = "X-KITH-KIND";
const INTERESTS: &str = "X-KITH-INTERESTS";
const HOW_WE_MET: &str = "X-KITH-HOW-WE-MET";
const REFERRED_BY: &str = "X-KITH-REFERRED-BY";
const CADENCE: &str = "X-KITH-CADENCE";
const GRADE: &str = "X-KITH-GRADE";
const ARCHIVED: &str = "X-KITH-ARCHIVED";
const ARCHIVED_AT: &str = "X-KITH-ARCHIVED-AT";
const CREATED: &str = "X-KITH-CREATED";
const TIME: &str = "%Y-%m-%dT%H:%M:%S";

/// The card of a contact whose UID is `uid`, naming its referrer by the referrer's UID.
pub fn card_of(contact: &Contact, uid: &str, referrer: Option<&str>) -> String {
    let mut c = contact.clone();
    // The UID the server knows goes first; a referral kept unread stays until one is set here.
    let referred = c.referred_by.is_some();
    c.vcard_extra.retain(|line| {
        let stale_referral = referred && is_referral(line);
        !(is_uid_line(line) || stale_referral)
    });
    let mut extra = vec![format!("UID:{}", escape(uid))];
    let mut field = |name: &str, value: Option<String>| {
        if let Some(value) = value {
            extra.push(format!("{name}:{}", escape(&value)));
        }
    };
    field(KIND, Some(c.kind.as_str().to_string()));
    field(INTERESTS, c.interests.clone());
    field(HOW_WE_MET, c.how_we_met.clone());
    field(REFERRED_BY, referrer.map(str::to_string));
    field(CADENCE, c.cadence_days.map(|d| d.to_string()));
    field(GRADE, c.grade.map(|g| g.to_string()));
    if let Some(a) = &c.archived {
        field(ARCHIVED, Some(a.reason.clone()));
        field(ARCHIVED_AT, Some(a.at.format(TIME).to_string()));
    }
    field(CREATED, Some(c.created_at.format(TIME).to_string()));
    extra.append(&mut c.vcard_extra);
    c.vcard_extra = extra;
    let mut out = String::new();
    write_card(&mut out, &c, VCardVersion::V4_0);
    out
}

/// A referral to a contact not known here, kept as the card said it.
pub fn referral_line(uid: &str) -> String {
    format!("{REFERRED_BY}:{}", escape(uid))
}

/// Whether a kept line is a referral to a contact not known when it was read.
pub fn is_referral(line: &str) -> bool {
    name_of(line).is_some_and(|n| n.eq_ignore_ascii_case(REFERRED_BY))
}

/// The UID a kept referral names.
pub fn referral_uid(line: &str) -> Option<String> {
    split(line)
        .map(|(_, value)| value)
        .filter(|v| !v.is_empty())
}

/// A card read from the server: the contact (no id yet), its UID, and its referrer's UID.
#[derive(Debug, Clone)]
pub struct ReadCard {
    pub contact: Contact,
    pub uid: Option<String>,
    pub referrer: Option<String>,
}

/// Reads the one card of a resource; what it cannot read is the error.
pub fn read_card(text: &str, now: NaiveDateTime) -> Result<ReadCard, String> {
    let mut cards = read_cards(text, now)?;
    if cards.is_empty() {
        return Err("no vCard".into());
    }
    let card = cards.swap_remove(0);
    let mut c = card.contact;
    c.kind = Kind::Other;
    let mut referrer = None;
    let mut kept = Vec::new();
    for line in std::mem::take(&mut c.vcard_extra) {
        let Some((name, value)) = split(&line) else {
            kept.push(line);
            continue;
        };
        if !name.starts_with(PREFIX) {
            kept.push(line);
            continue;
        }
        if !take(&mut c, &name, &value, &mut referrer) {
            kept.push(line);
        }
    }
    c.vcard_extra = kept;
    Ok(ReadCard {
        contact: c,
        uid: card.uid,
        referrer,
    })
}

/// Takes one of kith's properties into the contact; false when it is not one (kept verbatim).
fn take(c: &mut Contact, name: &str, value: &str, referrer: &mut Option<String>) -> bool {
    let some = || (!value.is_empty()).then(|| value.to_string());
    let time = || NaiveDateTime::parse_from_str(value, TIME).ok();
    match name {
        KIND => match Kind::parse(value) {
            Ok(kind) => c.kind = kind,
            Err(_) => return false,
        },
        INTERESTS => c.interests = some(),
        HOW_WE_MET => c.how_we_met = some(),
        REFERRED_BY => *referrer = some(),
        CADENCE => c.cadence_days = value.parse().ok(),
        GRADE => c.grade = value.parse().ok(),
        ARCHIVED => {
            let at = c.archived.as_ref().map_or(c.created_at, |a| a.at);
            c.archived = Some(Archived {
                reason: value.to_string(),
                at,
            });
        }
        ARCHIVED_AT => match (time(), &mut c.archived) {
            (Some(at), Some(a)) => a.at = at,
            (Some(at), None) => {
                c.archived = Some(Archived {
                    reason: String::new(),
                    at,
                })
            }
            (None, _) => return false,
        },
        CREATED => match time() {
            Some(at) => {
                c.created_at = at;
                c.updated_at = c.updated_at.max(at);
            }
            None => return false,
        },
        _ => return false,
    }
    true
}

/// The name of a kept property line, without its group and parameters.
fn name_of(line: &str) -> Option<&str> {
    let head = line.split([':', ';']).next()?;
    Some(head.rsplit_once('.').map_or(head, |(_, name)| name))
}

/// A kept line's name (upper case) and its value, unescaped.
fn split(line: &str) -> Option<(String, String)> {
    let name = name_of(line)?.to_ascii_uppercase();
    let (_, value) = line.split_once(':')?;
    Some((name, unescape(value)))
}

fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for ch in value.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            _ => out.push(ch),
        }
    }
    out
}

fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(ch) = chars.next() {
        if ch != '\\' {
            out.push(ch);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// The UID of a contact's referrer, when the referrer is known on the server.
pub(super) fn referrer_uid(w: &Writer<'_>, c: &Contact) -> crate::store::Result<Option<String>> {
    Ok(match c.referred_by {
        Some(r) => w.sync_item(SyncKind::Contact, r.0)?.map(|i| i.uid),
        None => None,
    })
}

/// The hash of a contact's card as this notebook would write it under `uid`, its referrer
/// named by the UID it is known by here: what both sides are compared by.
pub(super) fn hash_of(w: &Writer<'_>, c: &Contact, uid: &str) -> crate::store::Result<u64> {
    Ok(hash(&card_of(c, uid, referrer_uid(w, c)?.as_deref())))
}

/// FNV-1a: the same hash of the same card in every kith, on every machine, in every version.
pub fn hash(card: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in card.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    // 0 means "never agreed" in the store.
    h.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Labeled, PartialDate};

    fn full() -> Contact {
        let now = crate::domain::test_morning();
        let mut c = Contact::new("Anita Sharma", now);
        c.kind = Kind::Customer;
        c.company = Some("Sharma, Rao & Co".into());
        c.title = Some("Owner".into());
        c.emails = vec![Labeled::parse("work:anita@example.com")];
        c.phones = vec![Labeled::parse("mobile:+91 98 7654 3210")];
        c.tags = vec!["vip".into(), "delhi".into()];
        c.interests = Some("chess; old maps, tea\nand trains".into());
        c.how_we_met = Some("a fair in Pune".into());
        c.birthday = PartialDate::parse("1984-03-09").ok();
        c.cadence_days = Some(21);
        c.grade = Some(8);
        c.profile = "Prefers calls\nafter six".into();
        c.archived = Some(Archived {
            reason: "moved".into(),
            at: now,
        });
        c
    }

    #[test]
    fn every_field_travels_and_the_card_reads_back_the_same() {
        let c = full();
        let card = card_of(&c, "kith-1234", Some("kith-ref"));
        assert!(card.contains("X-KITH-KIND:customer"), "{card}");
        let read = read_card(&card, crate::domain::test_morning()).unwrap();
        assert_eq!(read.uid.as_deref(), Some("kith-1234"));
        assert_eq!(read.referrer.as_deref(), Some("kith-ref"));
        let mut back = read.contact;
        back.id = c.id;
        back.updated_at = c.updated_at;
        let again = card_of(&back, "kith-1234", Some("kith-ref"));
        assert_eq!(hash(&card), hash(&again), "{card}\n{again}");
        assert_eq!(back.kind, c.kind);
        assert_eq!(back.interests, c.interests);
        assert_eq!(back.how_we_met, c.how_we_met);
        assert_eq!(back.cadence_days, c.cadence_days);
        assert_eq!(back.grade, c.grade);
        assert_eq!(back.archived, c.archived);
        assert_eq!(back.profile, c.profile);
        assert_eq!(back.tags, c.tags);
        assert_eq!(back.company, c.company);
    }
}
