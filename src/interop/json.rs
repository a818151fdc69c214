//! The stable JSON shapes of kith's records, used by `--json` output (and, in time, the full
//! backup). Field names are snake_case and only ever added, never renamed; dates are ISO 8601
//! strings (`2026-11-22`, `2026-11-22T09:30:00`), a birthday without a year is `--05-14`.
//!
//! All JSON kith prints or writes goes through [`write_pretty`]: every control, bidi or
//! invisible format character in a string is escaped as `\uXXXX`, so the JSON shows nothing
//! hidden and steers no terminal, yet reads back to exactly the text that was stored.

use crate::domain::{
    Amount, CardDate, Contact, FollowUp, Interaction, Labeled, NameParts, cadence_overdue_by,
    lifetime_value, next_open_followup, promises_kept_share,
};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use serde_json::ser::{Formatter, PrettyFormatter};
use std::io::{self, Write};

/// serde_json's pretty layout, with [`crate::domain::text::is_hostile`] characters escaped.
struct InertFormatter<'a>(PrettyFormatter<'a>);

impl Formatter for InertFormatter<'_> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        // Printable ASCII, most of any text, is never hostile: written as it is.
        if fragment.bytes().all(|b| (b' '..=b'~').contains(&b)) {
            return writer.write_all(fragment.as_bytes());
        }
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if crate::domain::text::is_hostile(c) {
                writer.write_all(&fragment.as_bytes()[start..at])?;
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    write!(writer, "\\u{unit:04x}")?;
                }
                start = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    // The layout is PrettyFormatter's own.
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// `value` as pretty JSON and a newline, with hidden and controlling characters escaped: what
/// `--json`, the JSON backup and every other JSON kith writes go through.
pub fn write_pretty<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    let mut ser =
        serde_json::Serializer::with_formatter(&mut *out, InertFormatter(PrettyFormatter::new()));
    // serde_json hands back the io::Error itself, so a closed pipe stays a closed pipe.
    value.serialize(&mut ser).map_err(io::Error::from)?;
    writeln!(out)
}

pub(crate) fn iso(at: NaiveDateTime) -> String {
    use chrono::{Datelike, Timelike};
    // What `%Y-%m-%dT%H:%M:%S` writes, without parsing the pattern for every date of a
    // backup; chrono writes years outside 0–9999 with a sign, and a leap second as :60.
    if (0..=9999).contains(&at.year()) && at.nanosecond() < 1_000_000_000 {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            at.year(),
            at.month(),
            at.day(),
            at.hour(),
            at.minute(),
            at.second()
        )
    } else {
        at.format("%Y-%m-%dT%H:%M:%S").to_string()
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct LabeledJson {
    pub value: String,
    pub label: Option<String>,
    /// Every vCard TYPE, lower case.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub types: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pref: Option<u8>,
    /// The vCard property group (`item1`) and its label (`X-ABLabel`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_label: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct OccasionJson {
    pub label: String,
    pub date: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct ArchivedJson {
    pub reason: String,
    pub at: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct AmountJson {
    /// Integer minor units (cents, paise).
    pub minor: i64,
    pub currency: String,
    /// The amount as a person reads it, e.g. "120.50 EUR".
    pub display: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct ContactJson {
    pub id: u64,
    pub name: String,
    pub company: Option<String>,
    pub title: Option<String>,
    pub kind: String,
    pub emails: Vec<LabeledJson>,
    pub phones: Vec<LabeledJson>,
    pub tags: Vec<String>,
    pub interests: Option<String>,
    pub how_we_met: Option<String>,
    pub referred_by: Option<u64>,
    pub birthday: Option<String>,
    pub occasions: Vec<OccasionJson>,
    pub cadence_days: Option<u32>,
    pub grade: Option<u8>,
    pub profile: String,
    pub archived: Option<ArchivedJson>,
    pub created_at: String,
    pub updated_at: String,
    /// Derived: ignored when a backup is restored.
    pub last_contacted: Option<String>,
    /// vCard properties kith does not model, kept verbatim.
    #[serde(default)]
    pub vcard_extra: Vec<String>,
    /// The structured name (vCard N), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_parts: Option<NameParts>,
    /// Organisation units after the company.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub org_units: Vec<String>,
    /// The birthday as written when it is more or other than a day (a time, a month, words).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birthday_as_written: Option<CardDate>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct InteractionJson {
    pub id: u64,
    pub contact_id: u64,
    pub at: String,
    pub channel: String,
    pub text: String,
    pub amount: Option<AmountJson>,
    pub sentiment: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct FollowUpJson {
    pub id: u64,
    pub contact_id: u64,
    pub due: String,
    pub due_time: Option<String>,
    pub text: String,
    pub direction: String,
    pub state: String,
    pub closed_at: Option<String>,
    pub from_interaction: Option<u64>,
    pub created_at: String,
}

#[derive(Debug, Serialize)]
pub struct DerivedJson {
    pub last_contacted: Option<String>,
    pub days_since_contact: Option<i64>,
    pub next_followup_id: Option<u64>,
    /// The keep-in-touch cadence that applies: the contact's own, else their kind's default.
    pub cadence_days: Option<u32>,
    pub cadence_overdue_days: Option<i64>,
    pub lifetime_value: Vec<AmountJson>,
    /// Share of promises kept on time, 0.0 to 1.0; null when none has come due.
    pub promises_kept_share: Option<f64>,
}

/// Everything `kith show --json` prints about one contact.
#[derive(Debug, Serialize)]
pub struct ContactDetailJson {
    pub contact: ContactJson,
    pub derived: DerivedJson,
    /// Newest first.
    pub interactions: Vec<InteractionJson>,
    pub followups: Vec<FollowUpJson>,
}

fn labeled(items: &[Labeled]) -> Vec<LabeledJson> {
    items
        .iter()
        .map(|l| LabeledJson {
            value: l.value.clone(),
            label: l.label.clone(),
            types: l.types.clone(),
            pref: l.pref,
            group: l.group.clone(),
            group_label: l.group_label.clone(),
        })
        .collect()
}

impl From<&Amount> for AmountJson {
    fn from(a: &Amount) -> Self {
        AmountJson {
            minor: a.minor,
            currency: a.currency.to_string(),
            display: a.to_string(),
        }
    }
}

impl ContactJson {
    pub fn new(c: &Contact, last_contacted: Option<NaiveDateTime>) -> Self {
        ContactJson {
            id: c.id.0,
            name: c.name.clone(),
            company: c.company.clone(),
            title: c.title.clone(),
            kind: c.kind.as_str().to_string(),
            emails: labeled(&c.emails),
            phones: labeled(&c.phones),
            tags: c.tags.clone(),
            interests: c.interests.clone(),
            how_we_met: c.how_we_met.clone(),
            referred_by: c.referred_by.map(|id| id.0),
            birthday: c.birthday.map(|b| b.to_string()),
            occasions: c
                .occasions
                .iter()
                .map(|o| OccasionJson {
                    label: o.label.clone(),
                    date: o.date.to_string(),
                })
                .collect(),
            cadence_days: c.cadence_days,
            grade: c.grade,
            profile: c.profile.clone(),
            archived: c.archived.as_ref().map(|a| ArchivedJson {
                reason: a.reason.clone(),
                at: iso(a.at),
            }),
            created_at: iso(c.created_at),
            updated_at: iso(c.updated_at),
            last_contacted: last_contacted.map(iso),
            vcard_extra: c.vcard_extra.clone(),
            name_parts: c.name_parts.clone(),
            org_units: c.org_units.clone(),
            birthday_as_written: c.birthday_as_written.clone(),
        }
    }
}

impl From<&Interaction> for InteractionJson {
    fn from(i: &Interaction) -> Self {
        InteractionJson {
            id: i.id.0,
            contact_id: i.contact.0,
            at: iso(i.at),
            channel: i.channel.as_str().to_string(),
            text: i.text.clone(),
            amount: i.amount.as_ref().map(AmountJson::from),
            sentiment: i.sentiment.map(|s| s.as_str().to_string()),
        }
    }
}

impl From<&FollowUp> for FollowUpJson {
    fn from(f: &FollowUp) -> Self {
        FollowUpJson {
            id: f.id.0,
            contact_id: f.contact.0,
            due: f.due.to_string(),
            due_time: f.due_time.map(|t| t.format("%H:%M").to_string()),
            text: f.text.clone(),
            direction: f.direction.as_str().to_string(),
            state: f.state.as_str().to_string(),
            closed_at: f.state.closed_at().map(iso),
            from_interaction: f.from_interaction.map(|id| id.0),
            created_at: iso(f.created_at),
        }
    }
}

impl ContactDetailJson {
    /// `interactions` newest first, as the store's timeline returns them.
    pub fn new(
        contact: &Contact,
        last_contacted: Option<NaiveDateTime>,
        interactions: &[Interaction],
        followups: &[FollowUp],
        cadence: Option<u32>,
        today: NaiveDate,
    ) -> Self {
        ContactDetailJson {
            contact: ContactJson::new(contact, last_contacted),
            derived: DerivedJson {
                last_contacted: last_contacted.map(iso),
                days_since_contact: last_contacted.map(|at| (today - at.date()).num_days()),
                next_followup_id: next_open_followup(followups).map(|f| f.id.0),
                cadence_days: cadence,
                cadence_overdue_days: cadence_overdue_by(contact, cadence, last_contacted, today),
                lifetime_value: lifetime_value(interactions)
                    .iter()
                    .map(AmountJson::from)
                    .collect(),
                promises_kept_share: promises_kept_share(followups, today),
            },
            interactions: interactions.iter().map(InteractionJson::from).collect(),
            followups: followups.iter().map(FollowUpJson::from).collect(),
        }
    }
}

/// One row of `kith due --json`.
#[derive(Debug, Serialize)]
pub struct ReviewItemJson {
    pub contact_id: u64,
    pub contact_name: String,
    pub what: String,
    /// The follow-up's id, for `kith done`, `snooze` and `drop`; null for quiet contacts and occasions.
    pub followup_id: Option<u64>,
    pub direction: Option<&'static str>,
    /// Due date of a follow-up, or the date of a birthday or occasion.
    pub date: Option<String>,
    pub days_silent: Option<i64>,
    pub cadence_days: Option<u32>,
}

#[derive(Debug, Serialize)]
pub struct ReviewSectionJson {
    /// overdue, today, upcoming, gone_quiet, occasions, waiting_on_them
    pub name: &'static str,
    pub title: String,
    pub items: Vec<ReviewItemJson>,
    /// Items not listed (each section lists at most 500).
    pub more: usize,
}

/// What `kith due --json` prints.
#[derive(Debug, Serialize)]
pub struct ReviewJson {
    pub date: String,
    pub days: u32,
    pub sections: Vec<ReviewSectionJson>,
}

impl From<&crate::review::Review> for ReviewJson {
    fn from(r: &crate::review::Review) -> Self {
        use crate::review::ItemWhen;
        ReviewJson {
            date: r.today.to_string(),
            days: r.days,
            sections: r
                .sections
                .iter()
                .map(|s| ReviewSectionJson {
                    name: s.kind.key(),
                    title: s.kind.title(r.days, r.occasion_days),
                    more: s.more,
                    items: s
                        .items
                        .iter()
                        .map(|i| {
                            let (date, days_silent, cadence_days) = match i.when {
                                ItemWhen::Due(d) | ItemWhen::On { date: d, .. } => {
                                    (Some(d.to_string()), None, None)
                                }
                                ItemWhen::Silent { days, cadence } => {
                                    (None, Some(days), Some(cadence))
                                }
                            };
                            ReviewItemJson {
                                contact_id: i.contact.0,
                                contact_name: i.name.clone(),
                                what: i.what.clone(),
                                followup_id: i.followup.map(|f| f.0),
                                direction: i.direction.map(|d| d.as_str()),
                                date,
                                days_silent,
                                cadence_days,
                            }
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn iso_writes_what_the_chrono_pattern_writes() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let mut dates = vec![
            day(-1, 12, 31).and_hms_opt(23, 59, 59).unwrap(),
            day(0, 1, 1).and_hms_opt(0, 0, 0).unwrap(),
            day(9, 2, 3).and_hms_opt(4, 5, 6).unwrap(),
            day(9999, 12, 31).and_hms_opt(23, 59, 59).unwrap(),
            day(10000, 1, 1).and_hms_opt(0, 0, 0).unwrap(),
            day(2016, 12, 31)
                .and_hms_milli_opt(23, 59, 59, 1500)
                .unwrap(),
        ];
        let mut at = day(1969, 1, 1).and_hms_opt(0, 0, 0).unwrap();
        while at.year() < 2031 {
            dates.push(at);
            at += chrono::Duration::seconds(86_400 * 3 + 3_671);
        }
        for at in dates {
            assert_eq!(iso(at), at.format("%Y-%m-%dT%H:%M:%S").to_string());
        }
    }

    use super::{iso, write_pretty};
    use chrono::Datelike;

    fn json(value: &serde_json::Value) -> String {
        let mut out = Vec::new();
        write_pretty(&mut out, value).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn hidden_and_controlling_characters_are_escaped_and_read_back() {
        let hostile = "a\u{1b}]0;title\u{7}b\u{9b}2J\u{7f}\u{85}\u{202e}gnp.exe\u{2066}\u{200b}\
                       \u{200d}\u{feff}\u{2028}\u{e0041}\r\n\t\0z";
        let value = serde_json::json!({ "name": hostile, hostile: [hostile] });
        let written = json(&value);
        assert!(
            written
                .chars()
                .all(|c| c == '\n' || !crate::domain::text::is_hostile(c)),
            "{written:?}"
        );
        for escaped in [
            r"\u001b",
            r"\u009b",
            r"\u007f",
            r"\u0085",
            r"\u202e",
            r"\u2066",
            r"\u200b",
            r"\u200d",
            r"\ufeff",
            r"\u2028",
            r"\udb40\udc41",
        ] {
            assert!(written.contains(escaped), "{escaped} missing: {written}");
        }
        let back: serde_json::Value = serde_json::from_str(&written).unwrap();
        assert_eq!(back, value, "reads back to the same text");
    }

    #[test]
    fn plain_text_is_written_as_serde_json_writes_it() {
        let value = serde_json::json!({"name": "Núria Puig", "tags": ["অনিতা", "क्\u{200C}ष"]});
        let mut plain = serde_json::to_string_pretty(&value).unwrap();
        plain.push('\n');
        // A joiner is escaped even in Indic text (it is invisible) and reads back the same.
        assert_eq!(json(&value), plain.replace('\u{200C}', r"\u200c"));
    }
}
