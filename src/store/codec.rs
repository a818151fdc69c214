//! The one way a value becomes stored bytes and back.
//!
//! Every stored record is a version byte followed by a bincode 1.3 body. Decoding uses an explicit
//! size limit and rejects trailing bytes, so a damaged or hostile value is an error, never a panic
//! or a huge allocation. This is the only module that names bincode: swapping the format means
//! changing this file and adding a schema migration.

use crate::domain::{Contact, Draft, FollowUp, Interaction, Invoice, Resolution, Thanks};
use bincode::Options;
use serde::{Serialize, de::DeserializeOwned};

/// No stored record may be larger than this: a contact with its kept vCard properties at their
/// limit (`limits::VCARD_EXTRA`, photos mostly) and every other field at its own fits.
pub(crate) const MAX_RECORD_BYTES: u64 = 96 << 20;

/// A stored record type and the version of its current layout.
pub(crate) trait Record: Serialize + DeserializeOwned {
    /// Bumped whenever the layout changes; older versions are converted in `decode`.
    const VERSION: u8;

    /// Reads the body of an older layout, `None` when `version` is not one this kith knows.
    fn decode_older(_version: u8, _body: &[u8]) -> Option<Result<Self, CodecError>> {
        None
    }
}

impl Record for Contact {
    /// 2: the structured name, organisation units, every TYPE, preference and group of emails
    /// and phones, and the birthday as written.
    const VERSION: u8 = 2;

    fn decode_older(version: u8, body: &[u8]) -> Option<Result<Self, CodecError>> {
        (version == 1).then(|| {
            options()
                .deserialize::<super::legacy::ContactV1>(body)
                .map(Contact::from)
                .map_err(|e| CodecError::Malformed(e.to_string()))
        })
    }
}
impl Record for Interaction {
    const VERSION: u8 = 1;
}
impl Record for FollowUp {
    const VERSION: u8 = 1;
}
impl Record for Invoice {
    const VERSION: u8 = 1;
}
impl Record for Resolution {
    const VERSION: u8 = 1;
}
impl Record for Thanks {
    const VERSION: u8 = 1;
}
impl Record for crate::domain::Celebration {
    const VERSION: u8 = 1;
}

impl Record for crate::domain::Standing {
    const VERSION: u8 = 1;
}
impl Record for Draft {
    /// 2: which saved note the draft edits, if any.
    const VERSION: u8 = 2;

    fn decode_older(version: u8, body: &[u8]) -> Option<Result<Self, CodecError>> {
        (version == 1).then(|| {
            options()
                .deserialize::<super::legacy::DraftV1>(body)
                .map(Draft::from)
                .map_err(|e| CodecError::Malformed(e.to_string()))
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CodecError {
    Empty,
    UnknownVersion { found: u8, expected: u8 },
    TooLarge,
    Malformed(String),
}

impl std::fmt::Display for CodecError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::say;
        f.write_str(&match self {
            CodecError::Empty => say!("store-value-empty"),
            CodecError::UnknownVersion { found, expected } => {
                say!(
                    "store-record-version-unknown",
                    found = *found,
                    expected = *expected
                )
            }
            CodecError::TooLarge => say!("store-value-too-large", limit = MAX_RECORD_BYTES),
            CodecError::Malformed(why) => say!("store-value-malformed", why = why.as_str()),
        })
    }
}

fn options() -> impl Options {
    bincode::DefaultOptions::new()
        .with_limit(MAX_RECORD_BYTES)
        .reject_trailing_bytes()
}

pub(crate) fn encode<R: Record>(record: &R) -> Result<Vec<u8>, CodecError> {
    let size = options()
        .serialized_size(record)
        .map_err(|_| CodecError::TooLarge)?;
    let mut out = Vec::with_capacity(size as usize + 1);
    out.push(R::VERSION);
    options()
        .serialize_into(&mut out, record)
        .map_err(|e| CodecError::Malformed(e.to_string()))?;
    Ok(out)
}

/// A body of any layout under a given version byte: how tests make records of older layouts.
#[cfg(test)]
pub(crate) fn encode_raw_for_tests<T: Serialize>(version: u8, body: &T) -> Vec<u8> {
    let mut out = vec![version];
    options()
        .serialize_into(&mut out, body)
        .expect("a test record encodes");
    out
}

pub(crate) fn decode<R: Record>(bytes: &[u8]) -> Result<R, CodecError> {
    let (&version, body) = bytes.split_first().ok_or(CodecError::Empty)?;
    if body.len() as u64 > MAX_RECORD_BYTES {
        return Err(CodecError::TooLarge);
    }
    if version != R::VERSION {
        return R::decode_older(version, body).unwrap_or(Err(CodecError::UnknownVersion {
            found: version,
            expected: R::VERSION,
        }));
    }
    options()
        .deserialize(body)
        .map_err(|e| CodecError::Malformed(e.to_string()))
}

/// The id and name at the head of a stored contact of any layout kith knows, read without the
/// rest: both layouts begin with them, and fields are only ever appended. What follows the
/// name is not looked at, so damage further on is found where the whole record is read.
pub(crate) fn decode_contact_name(
    bytes: &[u8],
) -> Result<(crate::domain::ContactId, &str), CodecError> {
    #[derive(serde::Deserialize)]
    struct Head<'a> {
        id: crate::domain::ContactId,
        name: &'a str,
    }
    let (&version, body) = bytes.split_first().ok_or(CodecError::Empty)?;
    if version != Contact::VERSION && version != 1 {
        return Err(CodecError::UnknownVersion {
            found: version,
            expected: Contact::VERSION,
        });
    }
    let head: Head = bincode::DefaultOptions::new()
        .with_limit(MAX_RECORD_BYTES)
        .allow_trailing_bytes()
        .deserialize(body)
        .map_err(|e| CodecError::Malformed(e.to_string()))?;
    Ok((head.id, head.name))
}

/// Encodes a note-index chunk: a version byte, then the ascending ids as LEB128 deltas.
pub(crate) fn encode_postings(ids: &[u64]) -> Vec<u8> {
    let mut out = Vec::with_capacity(ids.len() * 2 + 1);
    out.push(1);
    let mut previous = 0u64;
    for &id in ids {
        let mut delta = id.wrapping_sub(previous);
        previous = id;
        loop {
            let byte = (delta & 0x7f) as u8;
            delta >>= 7;
            if delta == 0 {
                out.push(byte);
                break;
            }
            out.push(byte | 0x80);
        }
    }
    out
}

/// Decodes a note-index chunk; damaged bytes are an error, never a panic.
pub(crate) fn decode_postings(bytes: &[u8]) -> Result<Vec<u64>, CodecError> {
    let (&version, body) = bytes.split_first().ok_or(CodecError::Empty)?;
    if version != 1 {
        return Err(CodecError::UnknownVersion {
            found: version,
            expected: 1,
        });
    }
    let mut ids = Vec::with_capacity(body.len());
    let (mut value, mut shift, mut previous) = (0u64, 0u32, 0u64);
    for &byte in body {
        if shift > 63 {
            return Err(CodecError::Malformed(crate::say!(
                "store-chunk-id-too-long"
            )));
        }
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            previous = previous.wrapping_add(value);
            ids.push(previous);
            (value, shift) = (0, 0);
        } else {
            shift += 7;
        }
    }
    if shift != 0 {
        return Err(CodecError::Malformed(crate::say!("store-chunk-cut-short")));
    }
    Ok(ids)
}

#[cfg(test)]
mod tests;
