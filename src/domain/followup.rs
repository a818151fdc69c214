//! A follow-up: something promised, owed or to remember, with the day it is due.

use super::{
    ContactId, FollowUpId, InteractionId, Invalid, contact::limits, parse_named, serde_time,
};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Direction {
    /// Something I owe them.
    Promise,
    /// Something they owe me.
    Request,
    /// A plain reminder.
    Reminder,
}

impl Direction {
    pub const ALL: [(Direction, &'static str); 3] = [
        (Direction::Promise, "promise"),
        (Direction::Request, "request"),
        (Direction::Reminder, "reminder"),
    ];

    pub fn parse(input: &str) -> Result<Direction, Invalid> {
        parse_named(input, &Self::ALL, "direction")
    }

    pub fn as_str(&self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(d, _)| d == self)
            .map_or("reminder", |(_, n)| n)
    }

    /// The direction in the words of the language kith speaks (in English, as
    /// [`Direction::as_str`]).
    pub fn said(&self) -> String {
        match self {
            Direction::Promise => crate::say!("direction-promise"),
            Direction::Request => crate::say!("direction-request"),
            Direction::Reminder => crate::say!("direction-reminder"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FollowUpState {
    Open,
    Done(#[serde(with = "serde_time::datetime")] NaiveDateTime),
    Dropped(#[serde(with = "serde_time::datetime")] NaiveDateTime),
}

impl FollowUpState {
    pub fn as_str(&self) -> &'static str {
        match self {
            FollowUpState::Open => "open",
            FollowUpState::Done(_) => "done",
            FollowUpState::Dropped(_) => "dropped",
        }
    }

    /// When it was done or dropped.
    pub fn closed_at(&self) -> Option<NaiveDateTime> {
        match self {
            FollowUpState::Open => None,
            FollowUpState::Done(at) | FollowUpState::Dropped(at) => Some(*at),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    pub id: FollowUpId,
    pub contact: ContactId,
    #[serde(with = "serde_time::date")]
    pub due: NaiveDate,
    #[serde(with = "serde_time::opt_time")]
    pub due_time: Option<NaiveTime>,
    pub text: String,
    pub direction: Direction,
    pub state: FollowUpState,
    /// The note it was captured from, if any.
    pub from_interaction: Option<InteractionId>,
    #[serde(with = "serde_time::datetime")]
    pub created_at: NaiveDateTime,
}

impl FollowUp {
    pub fn new(
        contact: ContactId,
        due: NaiveDate,
        direction: Direction,
        text: impl Into<String>,
        now: NaiveDateTime,
    ) -> Self {
        FollowUp {
            id: FollowUpId::UNASSIGNED,
            contact,
            due,
            due_time: None,
            text: text.into(),
            direction,
            state: FollowUpState::Open,
            from_interaction: None,
            created_at: now,
        }
    }

    pub fn is_open(&self) -> bool {
        self.state == FollowUpState::Open
    }

    /// Marks it done now; the time is kept so on-time promises can be counted.
    pub fn complete(&mut self, now: NaiveDateTime) -> Result<(), Invalid> {
        self.require_open("done")?;
        self.state = FollowUpState::Done(now);
        Ok(())
    }

    /// Drops it: no longer wanted, and not counted as kept or broken.
    pub fn drop_it(&mut self, now: NaiveDateTime) -> Result<(), Invalid> {
        self.require_open("dropped")?;
        self.state = FollowUpState::Dropped(now);
        Ok(())
    }

    /// Moves its due date.
    pub fn snooze_to(&mut self, due: NaiveDate) -> Result<(), Invalid> {
        self.require_open("snoozed")?;
        self.due = due;
        Ok(())
    }

    fn require_open(&self, verb: &str) -> Result<(), Invalid> {
        match self.state {
            FollowUpState::Open => Ok(()),
            closed => Err(Invalid(crate::say!(
                "followup-already-closed",
                id = self.id.to_string(),
                state = closed.as_str(),
                verb = verb
            ))),
        }
    }

    pub fn normalize_and_validate(&mut self) -> Result<(), Invalid> {
        self.text = super::text::nfc(self.text.trim());
        if self.text.is_empty() {
            return Err(Invalid(crate::say!("followup-no-text")));
        }
        if self.text.len() > limits::LONG_TEXT {
            return Err(Invalid(crate::say!("followup-too-large")));
        }
        Ok(())
    }
}
