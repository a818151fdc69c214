//! Reading a backup record by record (serde streaming), so memory stays that of one record.

use super::kept::ResolutionJson;
use super::records::{contact, draft, followup, interaction, invoice, resolution};
use super::{DraftJson, FORMAT, VERSION};
use crate::interop::json::{ContactJson, FollowUpJson, InteractionJson, InvoiceJson};
use crate::store::Restored;

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

/// The backup's fields: every one but the last three must be there (a backup from before
/// invoices has no `invoices`, one from before resolutions no `resolutions`, one from before
/// thanks no `thanks`, one from before local occasions no `celebrations`).
const FIELDS: [&str; 11] = [
    "format",
    "version",
    "next_id",
    "contacts",
    "interactions",
    "followups",
    "drafts",
    "invoices",
    "resolutions",
    "thanks",
    "celebrations",
];
const REQUIRED: usize = 7;

impl<'de> serde::de::Visitor<'de> for &mut Stream<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&crate::say!("backup-expecting-a-backup"))
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
                        let why =
                            anyhow::anyhow!(crate::say!("backup-not-a-backup", format = format));
                        return Err(self.refuse(why));
                    }
                }
                "version" => {
                    let version: u32 = map.next_value()?;
                    if version > VERSION {
                        let why = anyhow::anyhow!(crate::say!(
                            "backup-newer-version",
                            version = version,
                            supported = VERSION
                        ));
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
        match seen[..REQUIRED].iter().position(|s| !s) {
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
        f.write_str(&crate::say!(
            "backup-expecting-a-list",
            section = self.section
        ))
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
                "invoices" => seq
                    .next_element::<InvoiceJson>()?
                    .map(|j| invoice(&j).map(Restored::Invoice)),
                "resolutions" => seq
                    .next_element::<ResolutionJson>()?
                    .map(|j| resolution(&j).map(Restored::Resolution)),
                "thanks" => seq
                    .next_element::<super::ThanksJson>()?
                    .map(|j| super::records::thanks(&j).map(Restored::Thanks)),
                "celebrations" => seq
                    .next_element::<super::CelebrationJson>()?
                    .map(|j| super::celebrations::celebration(&j).map(Restored::Celebration)),
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
