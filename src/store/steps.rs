//! The undo history's records (`undo_history_v1`): each user change is one step, stored as a
//! head (what it was, in the words `kith undo` repeats) at part 0 and one row per record it
//! touched at parts 1, 2…, each holding that record's stored bytes before and after the change.
//! A step costs what the change touched, never the notebook. The `meta` key `undo_done` is the
//! number of the last step done; steps above it are the ones `redo` can do again.

use super::codec::{self, CodecError, Record};
use serde::{Deserialize, Serialize};

/// The `meta` key holding the number of the last step done (0 or absent: none).
pub(crate) const DONE_KEY: &str = "undo_done";

/// How many steps the history keeps unless the config says otherwise.
pub const DEFAULT_STEPS: u64 = 1000;

/// What a step's head holds.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct StepHead {
    /// What the change was ("archive Anita Sharma").
    pub what: String,
}

impl Record for StepHead {
    const VERSION: u8 = 1;
}

/// Which table a touched record lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Kind {
    Contact = 0,
    Interaction = 1,
    FollowUp = 2,
    Invoice = 3,
    Resolution = 4,
    Thanks = 5,
    Celebration = 6,
}

/// One touched record: its stored bytes before and after the change (`None`: absent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Change {
    pub kind: Kind,
    pub id: u64,
    pub before: Option<Vec<u8>>,
    pub after: Option<Vec<u8>>,
}

impl Change {
    /// The stored bytes as one side of the change expects them (`forward`: before a redo).
    pub fn expected(&self, forward: bool) -> Option<&[u8]> {
        if forward { &self.before } else { &self.after }.as_deref()
    }

    /// The stored bytes the replay leaves.
    pub fn target(&self, forward: bool) -> Option<&[u8]> {
        self.expected(!forward)
    }

    /// Version byte, kind, id, then each image as a presence byte and, when present, its
    /// length and bytes. Written by hand rather than through bincode so an image as large as
    /// the largest record still fits the decoder's limit.
    pub fn encode(&self) -> Vec<u8> {
        let size = |i: &Option<Vec<u8>>| i.as_ref().map_or(1, |b| 9 + b.len());
        let mut out = Vec::with_capacity(10 + size(&self.before) + size(&self.after));
        out.push(1);
        out.push(self.kind as u8);
        out.extend_from_slice(&self.id.to_le_bytes());
        for image in [&self.before, &self.after] {
            match image {
                None => out.push(0),
                Some(bytes) => {
                    out.push(1);
                    out.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
                    out.extend_from_slice(bytes);
                }
            }
        }
        out
    }

    pub fn decode(bytes: &[u8]) -> Result<Change, CodecError> {
        let mut r = Reader(bytes);
        let version = r.byte()?;
        if version != 1 {
            return Err(CodecError::UnknownVersion {
                found: version,
                expected: 1,
            });
        }
        let kind = match r.byte()? {
            0 => Kind::Contact,
            1 => Kind::Interaction,
            2 => Kind::FollowUp,
            3 => Kind::Invoice,
            4 => Kind::Resolution,
            5 => Kind::Thanks,
            6 => Kind::Celebration,
            other => return Err(CodecError::Malformed(format!("kind {other}"))),
        };
        let id = r.u64()?;
        let (before, after) = (r.image()?, r.image()?);
        if !r.0.is_empty() {
            return Err(CodecError::Malformed("trailing bytes".into()));
        }
        Ok(Change {
            kind,
            id,
            before,
            after,
        })
    }
}

struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], CodecError> {
        if self.0.len() < n {
            return Err(CodecError::Malformed("cut short".into()));
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn byte(&mut self) -> Result<u8, CodecError> {
        Ok(self.take(1)?[0])
    }

    fn u64(&mut self) -> Result<u64, CodecError> {
        let mut b = [0u8; 8];
        b.copy_from_slice(self.take(8)?);
        Ok(u64::from_le_bytes(b))
    }

    fn image(&mut self) -> Result<Option<Vec<u8>>, CodecError> {
        match self.byte()? {
            0 => Ok(None),
            1 => {
                let len = usize::try_from(self.u64()?).map_err(|_| CodecError::TooLarge)?;
                Ok(Some(self.take(len)?.to_vec()))
            }
            other => Err(CodecError::Malformed(format!("image tag {other}"))),
        }
    }
}

pub(crate) fn encode_head(head: &StepHead) -> Result<Vec<u8>, CodecError> {
    codec::encode(head)
}

pub(crate) fn decode_head(bytes: &[u8]) -> Result<StepHead, CodecError> {
    codec::decode(bytes)
}

/// One step as `kith undo --list` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryStep {
    pub what: String,
    /// Undone, so `redo` would do it again.
    pub undone: bool,
}

/// What an undo or a redo did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Replayed {
    /// The step (what it was) was taken back, or done again.
    Done(String),
    /// There was nothing to undo (or redo).
    Nothing,
    /// A record the step touched was changed since: nothing was done. `what` is the step,
    /// `changed` names the record.
    Conflict { what: String, changed: String },
    /// The step asked about is no longer the next one (another process undid, redid or
    /// changed something since it was shown): nothing was done.
    Moved,
}

/// The step an undo (or redo) would replay next, as shown before asking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    /// Its number, so the replay can make sure it is still the one shown.
    pub step: u64,
    /// What it was ("archive Anita Sharma").
    pub what: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_comes_back_as_it_went() {
        for (before, after) in [
            (None, Some(vec![1, 2, 3])),
            (Some(vec![]), None),
            (Some(vec![9; 300]), Some(vec![7])),
        ] {
            let c = Change {
                kind: Kind::FollowUp,
                id: 42,
                before,
                after,
            };
            assert_eq!(Change::decode(&c.encode()), Ok(c.clone()));
            let bytes = c.encode();
            assert!(Change::decode(&bytes[..bytes.len() - 1]).is_err());
        }
    }
}
