//! An interaction: one moment of contact with a person (a visit, a call, a purchase) and what was said.

use super::{Amount, ContactId, InteractionId, Invalid, contact::limits, parse_named, serde_time};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Channel {
    InPerson,
    Call,
    Video,
    Email,
    Message,
    Purchase,
    Other,
    // Only ever appended.
}

impl Channel {
    pub const ALL: [(Channel, &'static str); 7] = [
        (Channel::InPerson, "in_person"),
        (Channel::Call, "call"),
        (Channel::Video, "video"),
        (Channel::Email, "email"),
        (Channel::Message, "message"),
        (Channel::Purchase, "purchase"),
        (Channel::Other, "other"),
    ];

    pub fn parse(input: &str) -> Result<Channel, Invalid> {
        parse_named(input, &Self::ALL, "channel")
    }

    /// The stable snake_case name used in JSON and on the command line.
    pub fn as_str(&self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(c, _)| c == self)
            .map_or("other", |(_, n)| n)
    }

    /// The name a person reads.
    pub fn label(&self) -> &'static str {
        match self {
            Channel::InPerson => "in person",
            other => other.as_str(),
        }
    }

    /// The channel in the words of the language kith speaks (in English, as [`Channel::label`]).
    pub fn said(&self) -> String {
        match self {
            Channel::InPerson => crate::say!("channel-in-person"),
            Channel::Call => crate::say!("channel-call"),
            Channel::Video => crate::say!("channel-video"),
            Channel::Email => crate::say!("channel-email"),
            Channel::Message => crate::say!("channel-message"),
            Channel::Purchase => crate::say!("channel-purchase"),
            Channel::Other => crate::say!("channel-other"),
        }
    }

    /// The next channel in order, wrapping; used to cycle the channel with one key.
    pub fn next(self) -> Channel {
        let i = Self::ALL.iter().position(|(c, _)| *c == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()].0
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sentiment {
    Praise,
    Complaint,
    Neutral,
}

impl Sentiment {
    pub const ALL: [(Sentiment, &'static str); 3] = [
        (Sentiment::Praise, "praise"),
        (Sentiment::Complaint, "complaint"),
        (Sentiment::Neutral, "neutral"),
    ];

    pub fn parse(input: &str) -> Result<Sentiment, Invalid> {
        parse_named(input, &Self::ALL, "sentiment")
    }

    pub fn as_str(&self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(s, _)| s == self)
            .map_or("neutral", |(_, n)| n)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interaction {
    pub id: InteractionId,
    pub contact: ContactId,
    /// When it happened, on the local wall clock.
    #[serde(with = "serde_time::datetime")]
    pub at: NaiveDateTime,
    pub channel: Channel,
    pub text: String,
    /// What was spent, for purchases.
    pub amount: Option<Amount>,
    pub sentiment: Option<Sentiment>,
}

impl Interaction {
    pub fn new(
        contact: ContactId,
        at: NaiveDateTime,
        channel: Channel,
        text: impl Into<String>,
    ) -> Self {
        Interaction {
            id: InteractionId::UNASSIGNED,
            contact,
            at,
            channel,
            text: text.into(),
            amount: None,
            sentiment: None,
        }
    }

    pub fn normalize_and_validate(&mut self) -> Result<(), Invalid> {
        self.text = super::text::nfc(self.text.trim_end());
        if self.text.len() > limits::LONG_TEXT {
            return Err(Invalid(crate::say!("note-too-large")));
        }
        self.check_amount()?;
        if self.text.trim().is_empty() && self.amount.is_none() {
            return Err(Invalid(crate::say!("note-empty")));
        }
        Ok(())
    }

    /// An amount belongs to a purchase only. Checked on its own too, so a form can point at
    /// the channel rather than at the text.
    pub fn check_amount(&self) -> Result<(), Invalid> {
        if self.amount.is_some() && self.channel != Channel::Purchase {
            return Err(Invalid(crate::say!(
                "note-amount-not-a-purchase",
                channel = self.channel.to_string()
            )));
        }
        Ok(())
    }

    /// The first non-blank line of the note, for one-line views.
    pub fn summary(&self) -> &str {
        self.text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channels_parse_in_the_ways_people_type_them() {
        for s in ["in person", "in-person", "IN_PERSON", "inperson"] {
            assert_eq!(Channel::parse(s).unwrap(), Channel::InPerson, "{s}");
        }
        assert!(
            Channel::parse("pigeon")
                .unwrap_err()
                .0
                .contains("in_person, call")
        );
        assert_eq!(Channel::Other.next(), Channel::InPerson);
        assert_eq!(Channel::InPerson.next(), Channel::Call);
    }

    #[test]
    fn amounts_belong_to_purchases() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        let mut i = Interaction::new(ContactId(1), at, Channel::Call, "hi");
        i.amount = Some(Amount::parse("1 EUR").unwrap());
        assert!(i.normalize_and_validate().is_err());
        i.channel = Channel::Purchase;
        i.text.clear();
        assert!(i.normalize_and_validate().is_ok());
        let mut empty = Interaction::new(ContactId(1), at, Channel::Call, "  \n ");
        assert!(empty.normalize_and_validate().is_err());
    }

    #[test]
    fn summary_is_the_first_non_blank_line() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        let i = Interaction::new(
            ContactId(1),
            at,
            Channel::Call,
            "\n  wants oat bread \nsecond",
        );
        assert_eq!(i.summary(), "wants oat bread");
    }
}
