//! A complaint's resolution as the backup holds it (read back by `records::resolution`): kept
//! against the complaint's note, which the backup must hold too.

use crate::domain::Resolution;
use crate::interop::json::iso;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ResolutionJson {
    pub note_id: u64,
    pub on: String,
    pub text: String,
    pub created_at: String,
}

impl From<&Resolution> for ResolutionJson {
    fn from(r: &Resolution) -> Self {
        ResolutionJson {
            note_id: r.note.0,
            on: r.on.to_string(),
            text: r.text.clone(),
            created_at: iso(r.created_at),
        }
    }
}
