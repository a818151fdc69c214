//! A backup's JSON shapes turned back into the notebook's records, each checked as it is read.

use super::{BackupJson, DraftJson, FORMAT, VERSION};
use crate::domain::*;
use crate::interop::json::{
    AmountJson, ArchivedJson, ContactJson, FollowUpJson, InteractionJson, InvoiceJson, OccasionJson,
};
use crate::store::Dump;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

fn time(s: &str, what: &str) -> Result<NaiveDateTime, Invalid> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S")
        .ok()
        .filter(|at| within_years(at.date()).is_some())
        .ok_or_else(|| {
            Invalid(crate::say!(
                "backup-not-a-date-time",
                what = what,
                value = s
            ))
        })
}

/// A date of the backup that does not read: where it is (`what`), then why.
fn bad_date(what: &str, problem: &Invalid) -> Invalid {
    Invalid(crate::say!(
        "backup-bad-date",
        what = what,
        problem = problem.to_string()
    ))
}

pub(super) fn contact(j: &ContactJson) -> Result<Contact, Invalid> {
    let at =
        |field: &str| crate::say!("backup-contact-field", id = j.id.to_string(), field = field);
    let mut c = Contact::new(j.name.clone(), time(&j.created_at, &at("created_at"))?);
    c.id = ContactId(j.id);
    c.updated_at = time(&j.updated_at, &at("updated_at"))?;
    c.company = j.company.clone();
    c.title = j.title.clone();
    c.kind = Kind::parse(&j.kind)?;
    c.emails = j.emails.iter().map(Labeled::from).collect();
    c.phones = j.phones.iter().map(Labeled::from).collect();
    c.tags = j.tags.clone();
    c.interests = j.interests.clone();
    c.how_we_met = j.how_we_met.clone();
    c.referred_by = j.referred_by.map(ContactId);
    c.birthday = j
        .birthday
        .as_deref()
        .map(|b| PartialDate::parse(b).map_err(|e| bad_date(&at("birthday"), &e)))
        .transpose()?;
    c.occasions = j
        .occasions
        .iter()
        .map(|o: &OccasionJson| {
            Ok(Occasion {
                label: o.label.clone(),
                date: PartialDate::parse(&o.date).map_err(|e| bad_date(&at(&o.label), &e))?,
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

pub(super) fn interaction(j: &InteractionJson) -> Result<Interaction, Invalid> {
    let mut i = Interaction::new(
        ContactId(j.contact_id),
        time(&j.at, &crate::say!("backup-note-at", id = j.id.to_string()))?,
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

fn amount(a: &AmountJson) -> Result<Amount, Invalid> {
    Ok(Amount {
        minor: a.minor,
        currency: Currency::parse(&a.currency)?,
    })
}

fn day(value: &str, what: &str) -> Result<NaiveDate, Invalid> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .ok()
        .and_then(within_years)
        .ok_or_else(|| Invalid(crate::say!("backup-not-a-date", what = what, value = value)))
}

pub(super) fn invoice(j: &InvoiceJson) -> Result<Invoice, Invalid> {
    let what = |field: &str| crate::say!("owed-backup-field", id = j.id.to_string(), field = field);
    let mut i = Invoice::new(
        ContactId(j.contact_id),
        Owing::parse(&j.kind)?,
        amount(&j.amount)?,
        day(&j.issued, &what("issued"))?,
        day(&j.due, &what("due"))?,
        time(&j.created_at, &what("created_at"))?,
    );
    i.id = InvoiceId(j.id);
    i.reference = j.reference.clone();
    for p in &j.payments {
        i.payments.push(Payment {
            on: day(&p.on, &what("payments"))?,
            amount: amount(&p.amount)?,
        });
    }
    let closed_on = j
        .closed_on
        .as_deref()
        .map(|d| day(d, &what("closed_on")))
        .transpose()?;
    i.closed = match (j.state.as_str(), closed_on) {
        ("open" | "paid", None) => None,
        ("written_off", Some(on)) => Some(Closed::WrittenOff(on)),
        ("void", Some(on)) => Some(Closed::Void(on)),
        (state, _) => {
            return Err(Invalid(crate::say!(
                "backup-bad-state",
                what = what("state"),
                state = state,
                closed_at = format!("{:?}", j.closed_on)
            )));
        }
    };
    Ok(i)
}

pub(super) fn followup(j: &FollowUpJson) -> Result<FollowUp, Invalid> {
    let what = |field: &str| {
        crate::say!(
            "backup-followup-field",
            id = j.id.to_string(),
            field = field
        )
    };
    let due = day(&j.due, &what("due"))?;
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
            NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| {
                Invalid(crate::say!(
                    "backup-not-a-time",
                    what = what("due_time"),
                    value = t
                ))
            })
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
            return Err(Invalid(crate::say!(
                "backup-bad-state",
                what = what("state"),
                state = state,
                closed_at = format!("{:?}", j.closed_at)
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
            return Err(Invalid(crate::say!(
                "backup-not-a-backup",
                format = b.format.as_str()
            )));
        }
        if b.version > VERSION {
            return Err(Invalid(crate::say!(
                "backup-newer-version",
                version = b.version,
                supported = VERSION
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
            drafts: b.drafts.iter().map(draft).collect::<Result<_, Invalid>>()?,
            invoices: b.invoices.iter().map(invoice).collect::<Result<_, _>>()?,
            resolutions: (b.resolutions.iter())
                .map(resolution)
                .collect::<Result<_, _>>()?,
            thanks: (b.thanks.iter()).map(thanks).collect::<Result<_, _>>()?,
            celebrations: (b.celebrations.iter())
                .map(super::celebrations::celebration)
                .collect::<Result<_, _>>()?,
        })
    }
}

pub(super) fn draft(d: &DraftJson) -> Result<Draft, Invalid> {
    Ok(Draft {
        contact: ContactId(d.contact_id),
        channel: Channel::parse(&d.channel)?,
        at: d.at.clone(),
        amount: d.amount.clone(),
        text: d.text.clone(),
        saved_at: time(&d.saved_at, &crate::say!("backup-draft-saved-at"))?,
        editing: None,
    })
}

/// A complaint's resolution from the backup.
pub(super) fn resolution(j: &super::ResolutionJson) -> Result<Resolution, Invalid> {
    let what = |field: &str| {
        crate::say!(
            "backup-resolution-field",
            id = j.note_id.to_string(),
            field = field
        )
    };
    let on = day(&j.on, &what("on"))?;
    Ok(Resolution {
        note: crate::domain::InteractionId(j.note_id),
        on,
        text: j.text.clone(),
        created_at: time(&j.created_at, &what("created_at"))?,
    })
}

/// Thanks from the backup.
pub(super) fn thanks(j: &super::ThanksJson) -> Result<crate::domain::Thanks, Invalid> {
    let what =
        |field: &str| crate::say!("backup-thanks-field", id = j.id.to_string(), field = field);
    let about = match (j.about.as_str(), j.referred_id, j.slot, j.on.as_deref()) {
        ("referral", Some(referred), _, _) => crate::domain::ThanksFor::Referral {
            referred: crate::domain::ContactId(referred),
        },
        ("occasion", _, Some(slot), Some(on)) => {
            let on = day(on, &what("on"))?;
            crate::domain::ThanksFor::Occasion { slot, on }
        }
        _ => return Err(Invalid(what("about"))),
    };
    Ok(crate::domain::Thanks {
        id: j.id,
        contact: crate::domain::ContactId(j.contact_id),
        about,
        at: time(&j.at, &what("at"))?,
        note: j.note_id.map(crate::domain::InteractionId),
        followup: j.followup_id.map(crate::domain::FollowUpId),
    })
}
