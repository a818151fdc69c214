//! kith's own full backup, as JSON: every contact, interaction, follow-up and draft with its
//! id, and the id counter. `kith export --format json` writes it; `kith import` restores it into
//! an empty notebook. Export, restore, export again gives the same bytes.

use super::json::{
    AmountJson, ArchivedJson, ContactJson, FollowUpJson, InteractionJson, LabeledJson,
    OccasionJson, iso,
};
use crate::domain::*;
use crate::store::{BackupPlan, Dump, Restored, Snapshot, StoreError};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

pub const FORMAT: &str = "kith-backup";
pub const VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
pub struct DraftJson {
    pub contact_id: u64,
    pub channel: String,
    pub at: String,
    pub amount: String,
    pub text: String,
    pub saved_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct BackupJson {
    /// Always "kith-backup".
    pub format: String,
    pub version: u32,
    /// The next id the notebook hands out.
    pub next_id: u64,
    pub contacts: Vec<ContactJson>,
    pub interactions: Vec<InteractionJson>,
    pub followups: Vec<FollowUpJson>,
    pub drafts: Vec<DraftJson>,
}

impl From<&Dump> for BackupJson {
    fn from(d: &Dump) -> Self {
        BackupJson {
            format: FORMAT.into(),
            version: VERSION,
            next_id: d.next_id,
            contacts: d
                .contacts
                .iter()
                .map(|c| ContactJson::new(c, None))
                .collect(),
            interactions: d.interactions.iter().map(InteractionJson::from).collect(),
            followups: d.followups.iter().map(FollowUpJson::from).collect(),
            drafts: d.drafts.iter().map(DraftJson::from).collect(),
        }
    }
}

impl From<&Draft> for DraftJson {
    fn from(x: &Draft) -> Self {
        DraftJson {
            contact_id: x.contact.0,
            channel: x.channel.as_str().into(),
            at: x.at.clone(),
            amount: x.amount.clone(),
            text: x.text.clone(),
            saved_at: iso(x.saved_at),
        }
    }
}

/// Writes the backup of `snapshot` a record at a time, byte for byte what
/// `json::write_pretty(out, &BackupJson::from(&store.dump()))` writes, without holding the
/// notebook: `plan` is [`Snapshot::plan_backup`] of the same snapshot.
pub fn write_backup(
    out: &mut dyn std::io::Write,
    snapshot: &Snapshot,
    plan: &BackupPlan,
) -> anyhow::Result<()> {
    let backup = Streamed {
        snapshot,
        plan,
        failed: std::cell::RefCell::new(None),
    };
    let written = super::json::write_pretty(out, &backup);
    // A read that failed midway stopped serde with a placeholder: the real error is kept.
    if let Some(e) = backup.failed.into_inner() {
        return Err(e.into());
    }
    Ok(written?)
}

/// The backup as serde sees it: `BackupJson`'s fields, the record lists read as they are
/// written.
struct Streamed<'a> {
    snapshot: &'a Snapshot,
    plan: &'a BackupPlan,
    failed: std::cell::RefCell<Option<StoreError>>,
}

#[derive(Clone, Copy)]
enum Records {
    Contacts,
    Interactions,
    FollowUps,
    Drafts,
}

struct Written<'s, 'a> {
    backup: &'s Streamed<'a>,
    records: Records,
}

impl Serialize for Streamed<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        // The fields of `BackupJson`, in its order.
        let mut backup = s.serialize_struct("BackupJson", 7)?;
        backup.serialize_field("format", FORMAT)?;
        backup.serialize_field("version", &VERSION)?;
        backup.serialize_field("next_id", &self.plan.next_id)?;
        for (name, records) in [
            ("contacts", Records::Contacts),
            ("interactions", Records::Interactions),
            ("followups", Records::FollowUps),
            ("drafts", Records::Drafts),
        ] {
            backup.serialize_field(
                name,
                &Written {
                    backup: self,
                    records,
                },
            )?;
        }
        backup.end()
    }
}

/// Why a section's walk stopped: the store failed, or serde did (its error is kept aside).
enum Stop {
    Store(StoreError),
    Serde,
}

impl From<StoreError> for Stop {
    fn from(e: StoreError) -> Self {
        Stop::Store(e)
    }
}

/// One element of a section; serde's error is kept in `failed`.
fn put<Q: serde::ser::SerializeSeq, T: Serialize>(
    seq: &mut Q,
    value: &T,
    failed: &mut Option<Q::Error>,
) -> Result<(), Stop> {
    seq.serialize_element(value).map_err(|e| {
        *failed = Some(e);
        Stop::Serde
    })
}

impl Serialize for Written<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeSeq};
        let mut seq = s.serialize_seq(None)?;
        let mut failed = None;
        let (snapshot, plan) = (self.backup.snapshot, self.backup.plan);
        let walked = match self.records {
            Records::Contacts => snapshot.backup_contacts(plan, |c| {
                put(&mut seq, &ContactJson::new(c, None), &mut failed)
            }),
            Records::Interactions => snapshot.backup_interactions(plan, |i| {
                put(&mut seq, &InteractionJson::from(i), &mut failed)
            }),
            Records::FollowUps => snapshot
                .backup_followups(plan, |f| put(&mut seq, &FollowUpJson::from(f), &mut failed)),
            Records::Drafts => {
                snapshot.backup_drafts(plan, |d| put(&mut seq, &DraftJson::from(d), &mut failed))
            }
        };
        match walked {
            Ok(()) => seq.end(),
            Err(Stop::Serde) => Err(failed.unwrap_or_else(|| S::Error::custom("stopped"))),
            Err(Stop::Store(e)) => {
                *self.backup.failed.borrow_mut() = Some(e);
                Err(S::Error::custom("the notebook could not be read"))
            }
        }
    }
}

fn time(s: &str, what: &str) -> Result<NaiveDateTime, Invalid> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S")
        .ok()
        .filter(|at| within_years(at.date()).is_some())
        .ok_or_else(|| {
            Invalid(format!(
                "{what}: '{s}' is not a date-time like 2026-11-22T09:30:00"
            ))
        })
}

fn labeled(items: &[LabeledJson]) -> Vec<Labeled> {
    items
        .iter()
        .map(|l| Labeled {
            value: l.value.clone(),
            label: l.label.clone(),
            types: l.types.clone(),
            pref: l.pref,
            group: l.group.clone(),
            group_label: l.group_label.clone(),
        })
        .collect()
}

fn contact(j: &ContactJson) -> Result<Contact, Invalid> {
    let at = |what: &str| format!("contact {} {what}", j.id);
    let mut c = Contact::new(j.name.clone(), time(&j.created_at, &at("created_at"))?);
    c.id = ContactId(j.id);
    c.updated_at = time(&j.updated_at, &at("updated_at"))?;
    c.company = j.company.clone();
    c.title = j.title.clone();
    c.kind = Kind::parse(&j.kind)?;
    c.emails = labeled(&j.emails);
    c.phones = labeled(&j.phones);
    c.tags = j.tags.clone();
    c.interests = j.interests.clone();
    c.how_we_met = j.how_we_met.clone();
    c.referred_by = j.referred_by.map(ContactId);
    c.birthday = j
        .birthday
        .as_deref()
        .map(|b| PartialDate::parse(b).map_err(|e| Invalid(format!("{} {e}", at("birthday")))))
        .transpose()?;
    c.occasions = j
        .occasions
        .iter()
        .map(|o: &OccasionJson| {
            Ok(Occasion {
                label: o.label.clone(),
                date: PartialDate::parse(&o.date)
                    .map_err(|e| Invalid(format!("{} {e}", at(&o.label))))?,
            })
        })
        .collect::<Result<_, Invalid>>()?;
    c.cadence_days = j.cadence_days;
    c.grade = j.grade;
    c.profile = j.profile.clone();
    c.archived = j
        .archived
        .as_ref()
        .map(|a: &ArchivedJson| {
            Ok::<_, Invalid>(Archived {
                reason: a.reason.clone(),
                at: time(&a.at, &at("archived.at"))?,
            })
        })
        .transpose()?;
    c.vcard_extra = j.vcard_extra.clone();
    c.name_parts = j.name_parts.clone();
    c.org_units = j.org_units.clone();
    c.birthday_as_written = j.birthday_as_written.clone();
    Ok(c)
}

fn interaction(j: &InteractionJson) -> Result<Interaction, Invalid> {
    let mut i = Interaction::new(
        ContactId(j.contact_id),
        time(&j.at, &format!("interaction {} at", j.id))?,
        Channel::parse(&j.channel)?,
        j.text.clone(),
    );
    i.id = InteractionId(j.id);
    i.amount = j
        .amount
        .as_ref()
        .map(|a: &AmountJson| {
            Ok::<_, Invalid>(Amount {
                minor: a.minor,
                currency: Currency::parse(&a.currency)?,
            })
        })
        .transpose()?;
    i.sentiment = j.sentiment.as_deref().map(Sentiment::parse).transpose()?;
    Ok(i)
}

fn followup(j: &FollowUpJson) -> Result<FollowUp, Invalid> {
    let what = |field: &str| format!("follow-up {} {field}", j.id);
    let due = NaiveDate::parse_from_str(&j.due, "%Y-%m-%d")
        .ok()
        .and_then(within_years)
        .ok_or_else(|| Invalid(format!("{}: '{}' is not a date", what("due"), j.due)))?;
    let mut f = FollowUp::new(
        ContactId(j.contact_id),
        due,
        Direction::parse(&j.direction)?,
        j.text.clone(),
        time(&j.created_at, &what("created_at"))?,
    );
    f.id = FollowUpId(j.id);
    f.due_time = j
        .due_time
        .as_deref()
        .map(|t| {
            NaiveTime::parse_from_str(t, "%H:%M")
                .map_err(|_| Invalid(format!("{}: '{t}' is not HH:MM", what("due_time"))))
        })
        .transpose()?;
    let closed = j
        .closed_at
        .as_deref()
        .map(|t| time(t, &what("closed_at")))
        .transpose()?;
    f.state = match (j.state.as_str(), closed) {
        ("open", None) => FollowUpState::Open,
        ("done", Some(at)) => FollowUpState::Done(at),
        ("dropped", Some(at)) => FollowUpState::Dropped(at),
        (state, _) => {
            return Err(Invalid(format!(
                "{}: '{state}' with closed_at {:?} is not open, done or dropped",
                what("state"),
                j.closed_at
            )));
        }
    };
    f.from_interaction = j.from_interaction.map(InteractionId);
    Ok(f)
}

impl TryFrom<&BackupJson> for Dump {
    type Error = Invalid;

    fn try_from(b: &BackupJson) -> Result<Dump, Invalid> {
        if b.format != FORMAT {
            return Err(Invalid(format!(
                "this is not a kith backup (format '{}')",
                b.format
            )));
        }
        if b.version > VERSION {
            return Err(Invalid(format!(
                "this backup is version {}; this kith reads version {VERSION} and older",
                b.version
            )));
        }
        Ok(Dump {
            skipped: Vec::new(),
            next_id: b.next_id,
            contacts: b.contacts.iter().map(contact).collect::<Result<_, _>>()?,
            interactions: b
                .interactions
                .iter()
                .map(interaction)
                .collect::<Result<_, _>>()?,
            followups: b.followups.iter().map(followup).collect::<Result<_, _>>()?,
            drafts: b
                .drafts
                .iter()
                .map(|d| {
                    Ok(Draft {
                        contact: ContactId(d.contact_id),
                        channel: Channel::parse(&d.channel)?,
                        at: d.at.clone(),
                        amount: d.amount.clone(),
                        text: d.text.clone(),
                        saved_at: time(&d.saved_at, "draft saved_at")?,
                    })
                })
                .collect::<Result<_, Invalid>>()?,
        })
    }
}

fn draft(d: &DraftJson) -> Result<Draft, Invalid> {
    Ok(Draft {
        contact: ContactId(d.contact_id),
        channel: Channel::parse(&d.channel)?,
        at: d.at.clone(),
        amount: d.amount.clone(),
        text: d.text.clone(),
        saved_at: time(&d.saved_at, "draft saved_at")?,
    })
}

/// Why a backup could not be read to its end.
#[derive(Debug)]
pub enum ReadError {
    /// The file is not JSON of a backup's shape (serde's message names the line).
    Json(serde_json::Error),
    /// A record, or the backup itself, is refused; `what` says why.
    Refused(anyhow::Error),
}

/// Reads a backup record by record, handing each to `each` in file order, and returns the
/// backup's next id. Memory stays that of one record, whatever the size of the file.
pub fn read_backup(
    reader: impl std::io::Read,
    each: &mut dyn FnMut(Restored) -> anyhow::Result<()>,
) -> Result<u64, ReadError> {
    let mut visitor = Stream {
        each,
        refused: None,
        next_id: None,
    };
    let mut de = serde_json::Deserializer::from_reader(reader);
    let read =
        serde::de::DeserializeSeed::deserialize(&mut visitor, &mut de).and_then(|()| de.end());
    match (visitor.refused.take(), read) {
        (Some(why), _) => Err(ReadError::Refused(why)),
        (None, Err(e)) => Err(ReadError::Json(e)),
        (None, Ok(())) => Ok(visitor.next_id.unwrap_or(1)),
    }
}

struct Stream<'a> {
    each: &'a mut dyn FnMut(Restored) -> anyhow::Result<()>,
    refused: Option<anyhow::Error>,
    next_id: Option<u64>,
}

impl Stream<'_> {
    /// Keeps why the read stops and stops serde with a placeholder error.
    fn refuse<E: serde::de::Error>(&mut self, why: anyhow::Error) -> E {
        self.refused = Some(why);
        E::custom("refused")
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for &mut Stream<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

const FIELDS: [&str; 7] = [
    "format",
    "version",
    "next_id",
    "contacts",
    "interactions",
    "followups",
    "drafts",
];

impl<'de> serde::de::Visitor<'de> for &mut Stream<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a kith backup")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        use serde::de::Error;
        let mut seen = [false; FIELDS.len()];
        while let Some(key) = map.next_key::<String>()? {
            let Some(at) = FIELDS.iter().position(|f| *f == key) else {
                map.next_value::<serde::de::IgnoredAny>()?;
                continue;
            };
            if std::mem::replace(&mut seen[at], true) {
                return Err(A::Error::duplicate_field(FIELDS[at]));
            }
            match FIELDS[at] {
                "format" => {
                    let format: String = map.next_value()?;
                    if format != FORMAT {
                        let why = anyhow::anyhow!("this is not a kith backup (format '{format}')");
                        return Err(self.refuse(why));
                    }
                }
                "version" => {
                    let version: u32 = map.next_value()?;
                    if version > VERSION {
                        let why = anyhow::anyhow!(
                            "this backup is version {version}; this kith reads version {VERSION} and older"
                        );
                        return Err(self.refuse(why));
                    }
                }
                "next_id" => self.next_id = Some(map.next_value()?),
                section => map.next_value_seed(Section {
                    stream: &mut *self,
                    section,
                })?,
            }
        }
        match seen.iter().position(|s| !s) {
            Some(at) => Err(A::Error::missing_field(FIELDS[at])),
            None => Ok(()),
        }
    }
}

/// One of the record arrays, read element by element.
struct Section<'s, 'a> {
    stream: &'s mut Stream<'a>,
    section: &'static str,
}

impl<'de> serde::de::DeserializeSeed<'de> for Section<'_, '_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Section<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "a list of {}", self.section)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        loop {
            let record = match self.section {
                "contacts" => seq
                    .next_element::<ContactJson>()?
                    .map(|j| contact(&j).map(Restored::Contact)),
                "interactions" => seq
                    .next_element::<InteractionJson>()?
                    .map(|j| interaction(&j).map(Restored::Interaction)),
                "followups" => seq
                    .next_element::<FollowUpJson>()?
                    .map(|j| followup(&j).map(Restored::FollowUp)),
                _ => seq
                    .next_element::<DraftJson>()?
                    .map(|j| draft(&j).map(Restored::Draft)),
            };
            let outcome = match record {
                None => return Ok(()),
                Some(Err(invalid)) => Err(anyhow::Error::from(invalid)),
                Some(Ok(record)) => (self.stream.each)(record),
            };
            if let Err(why) = outcome {
                return Err(self.stream.refuse(why));
            }
        }
    }
}

/// The first pass of a restore: every record checked as the notebook would check it, keeping
/// only ids, so a backup refused anywhere is refused before anything is written.
#[derive(Debug, Default)]
pub struct Checked {
    pub contacts: u64,
    pub interactions: u64,
    pub followups: u64,
    pub drafts: u64,
    /// The highest id of any record.
    pub highest: u64,
    /// Whether every contact came before the first record that belongs to one.
    pub contacts_first: bool,
    contact_ids: HashSet<u64>,
    interaction_ids: HashSet<u64>,
    followup_ids: HashSet<u64>,
    /// Contacts named by records read before the contacts (checked at the end).
    wanted: Vec<(u64, String)>,
    others_seen: bool,
}

impl Checked {
    pub fn new() -> Checked {
        Checked {
            contacts_first: true,
            ..Checked::default()
        }
    }

    fn new_id(ids: &mut HashSet<u64>, what: &str, id: u64) -> anyhow::Result<()> {
        if id == 0 {
            anyhow::bail!("a {what} in the backup has no id");
        }
        if !ids.insert(id) {
            anyhow::bail!("two {what}s in the backup share id {id}");
        }
        Ok(())
    }

    fn belongs(&mut self, contact: ContactId, missing: String) -> anyhow::Result<()> {
        self.others_seen = true;
        if !self.contact_ids.contains(&contact.0) {
            self.wanted.push((contact.0, missing));
        }
        Ok(())
    }

    /// Checks one record.
    pub fn record(&mut self, record: &mut Restored) -> anyhow::Result<()> {
        match record {
            Restored::Contact(c) => {
                if self.others_seen {
                    self.contacts_first = false;
                }
                Self::new_id(&mut self.contact_ids, "contact", c.id.0)?;
                c.normalize_and_validate()?;
                if let Some(referrer) = c.referred_by {
                    let why = format!(
                        "contact {} is referred by contact {referrer}, which is not in the backup",
                        c.id
                    );
                    self.wanted.push((referrer.0, why));
                }
                self.contacts += 1;
                self.highest = self.highest.max(c.id.0);
            }
            Restored::Interaction(i) => {
                Self::new_id(&mut self.interaction_ids, "interaction", i.id.0)?;
                i.normalize_and_validate()?;
                self.belongs(i.contact, format!("no contact has id {}", i.contact))?;
                self.interactions += 1;
                self.highest = self.highest.max(i.id.0);
            }
            Restored::FollowUp(f) => {
                Self::new_id(&mut self.followup_ids, "follow-up", f.id.0)?;
                f.normalize_and_validate()?;
                self.belongs(f.contact, format!("no contact has id {}", f.contact))?;
                self.followups += 1;
                self.highest = self.highest.max(f.id.0);
            }
            Restored::Draft(d) => {
                let why = format!(
                    "a draft belongs to contact {}, which is not in the backup",
                    d.contact
                );
                self.belongs(d.contact, why)?;
                self.drafts += 1;
            }
        }
        Ok(())
    }

    /// Checks what could only be checked once every contact was read.
    pub fn finish(&mut self) -> anyhow::Result<()> {
        for (contact, why) in self.wanted.drain(..) {
            if !self.contact_ids.contains(&contact) {
                anyhow::bail!(why);
            }
        }
        Ok(())
    }
}
