//! What the contact search matches of one contact, folded: the row the store keeps beside each
//! contact (`contact_search_v1`) so a one-shot search never decodes a contact it does not show,
//! and the three-character pieces the trigram index (`contact_trigrams_v1`) files it under.
//! The screen's in-memory index (`search::index`) is built from the same rows.

use crate::domain::Contact;
use crate::domain::serde_time::date_to_days;
use crate::text::fold;
use crate::text::roman::{has_indic, sound_key};

/// One contact's search fields, folded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRow {
    pub archived: bool,
    pub kind: crate::domain::Kind,
    /// The day the contact was created, as a day number.
    pub created_day: i32,
    pub name: String,
    pub company: String,
    /// Tags, separated by [`SearchRow::TAG_SEP`].
    pub tags: String,
    /// Emails, separated by spaces.
    pub emails: String,
    /// Phone numbers' digits, separated by spaces.
    pub phones: String,
}

impl SearchRow {
    /// Separates tags within one contact's tag field.
    pub const TAG_SEP: char = '\u{1F}';
    /// Begins each word of a name's key by sound (`text::roman::sound_key`) among the
    /// trigrams, so the pieces of a key are told from a field's.
    pub const SOUND_MARK: char = '\u{1}';

    pub fn of(c: &Contact) -> SearchRow {
        let tags: Vec<String> = c.tags.iter().map(|t| fold(t)).collect();
        let emails: Vec<String> = c.emails.iter().map(|e| fold(&e.value)).collect();
        let phones: Vec<String> = c.phones.iter().map(|p| Self::digits(&p.value)).collect();
        SearchRow {
            archived: c.is_archived(),
            kind: c.kind,
            created_day: date_to_days(c.created_at.date()),
            name: fold(&c.name),
            company: fold(c.company.as_deref().unwrap_or("")),
            tags: tags.join(&Self::TAG_SEP.to_string()),
            emails: emails.join(" "),
            phones: phones.join(" "),
        }
    }

    /// The digits of a phone number, as the row keeps them.
    pub fn digits(s: &str) -> String {
        s.chars().filter(char::is_ascii_digit).collect()
    }

    /// The distinct three-character pieces of every field: a word of three or more characters
    /// found in a field has each of its own pieces among them. A name's Devanagari and Bengali
    /// words add the pieces of their keys by sound, each key's word after `SOUND_MARK`: a query
    /// word whose key begins one of those has the pieces of its own key after the mark.
    pub fn trigrams(&self) -> Vec<String> {
        let mut all: Vec<String> = Vec::new();
        for field in [
            &self.name,
            &self.company,
            &self.tags,
            &self.emails,
            &self.phones,
        ] {
            all.extend(trigrams(field));
        }
        if has_indic(&self.name) {
            for key in (self.name.split(' ').filter(|w| has_indic(w))).filter_map(sound_key) {
                for word in key.split(' ') {
                    all.extend(trigrams(&format!("{}{word}", Self::SOUND_MARK)));
                }
            }
        }
        all.sort_unstable();
        all.dedup();
        all
    }
}

/// The distinct three-character pieces of `text`, in no particular order.
pub fn trigrams(text: &str) -> Vec<String> {
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let mut pieces: Vec<String> = bounds
        .windows(4)
        .map(|w| text[w[0]..w[3]].to_string())
        .collect();
    pieces.sort_unstable();
    pieces.dedup();
    pieces
}
