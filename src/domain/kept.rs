//! Promises kept and complaints resolved: how a settled promise or request counts (kept on its
//! day or late), the on-time rate over a period, and a complaint's resolution with the time it
//! took. Pure rules; the store keeps the sums they are read from.

use super::{Direction, FollowUp, FollowUpState, InteractionId, Invalid, serde_time};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// How a settled promise or request counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// Done on or before its due day.
    OnTime = 0,
    /// Done after its due day.
    Late = 1,
}

/// Whether a follow-up is one of the kinds whose keeping is counted: what I owe and what they
/// owe (a plain reminder is nobody's promise).
pub fn is_counted(direction: Direction) -> bool {
    matches!(direction, Direction::Promise | Direction::Request)
}

/// How a follow-up counts once settled: `None` while open, when dropped, and for reminders.
pub fn outcome(f: &FollowUp) -> Option<Outcome> {
    match f.state {
        FollowUpState::Done(at) if is_counted(f.direction) => Some(if at.date() <= f.due {
            Outcome::OnTime
        } else {
            Outcome::Late
        }),
        _ => None,
    }
}

/// Whether a follow-up is a broken promise as of `today`: done after its day, or still open
/// with its day gone.
pub fn is_broken(f: &FollowUp, today: NaiveDate) -> bool {
    outcome(f) == Some(Outcome::Late) || (f.is_open() && is_counted(f.direction) && f.due < today)
}

/// Promises counted over a period: kept on their day, kept late, and still open past their day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Kept {
    pub on_time: u64,
    pub late: u64,
    pub overdue: u64,
}

impl Kept {
    /// Counts one follow-up as of `today`.
    pub fn add(&mut self, f: &FollowUp, today: NaiveDate) {
        match outcome(f) {
            Some(Outcome::OnTime) => self.on_time += 1,
            Some(Outcome::Late) => self.late += 1,
            None if f.is_open() && is_counted(f.direction) && f.due < today => self.overdue += 1,
            None => {}
        }
    }

    pub fn counted(&self) -> u64 {
        self.on_time + self.late + self.overdue
    }

    /// The share (0.0–1.0) kept on time among those that came due; `None` when none did.
    pub fn on_time_rate(&self) -> Option<f64> {
        let counted = self.counted();
        (counted > 0).then(|| self.on_time as f64 / counted as f64)
    }

    pub fn plus(self, other: Kept) -> Kept {
        Kept {
            on_time: self.on_time + other.on_time,
            late: self.late + other.late,
            overdue: self.overdue + other.overdue,
        }
    }
}

/// What settled a complaint, and when: kept against the complaint's note, one at most.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resolution {
    /// The complaint's note.
    pub note: InteractionId,
    #[serde(with = "serde_time::date")]
    pub on: NaiveDate,
    pub text: String,
    #[serde(with = "serde_time::datetime")]
    pub created_at: NaiveDateTime,
}

impl Resolution {
    pub fn normalize_and_validate(&mut self) -> Result<(), Invalid> {
        self.text = super::text::nfc(self.text.trim());
        if self.text.is_empty() {
            return Err(Invalid(crate::say!("complaint-resolution-no-text")));
        }
        if self.text.len() > super::limits::LONG_TEXT {
            return Err(Invalid(crate::say!("complaint-resolution-too-large")));
        }
        Ok(())
    }

    /// Whole days from the complaint to its resolution, never below nothing.
    pub fn days_after(&self, complained: NaiveDate) -> u32 {
        u32::try_from((self.on - complained).num_days()).unwrap_or(0)
    }
}

/// Times to resolve, as (days, how many) in any order: their average and median.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct ResolveTimes {
    pub resolved: u64,
    pub average_days: Option<f64>,
    pub median_days: Option<f64>,
}

impl ResolveTimes {
    pub fn of(counts: &[(u32, u64)]) -> ResolveTimes {
        let mut counts: Vec<(u32, u64)> = counts.iter().copied().filter(|c| c.1 > 0).collect();
        counts.sort_unstable();
        let resolved: u64 = counts.iter().map(|c| c.1).sum();
        if resolved == 0 {
            return ResolveTimes::default();
        }
        let total: f64 = counts.iter().map(|(d, n)| f64::from(*d) * *n as f64).sum();
        let nth = |k: u64| {
            let mut seen = 0;
            counts
                .iter()
                .find(|(_, n)| {
                    seen += n;
                    seen > k
                })
                .map_or(0.0, |(d, _)| f64::from(*d))
        };
        let median = if resolved % 2 == 1 {
            nth(resolved / 2)
        } else {
            f64::midpoint(nth(resolved / 2 - 1), nth(resolved / 2))
        };
        ResolveTimes {
            resolved,
            average_days: Some(total / resolved as f64),
            median_days: Some(median),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ContactId;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }
    fn promise(due: u32, state: FollowUpState, direction: Direction) -> FollowUp {
        let now = day(1).and_hms_opt(9, 0, 0).unwrap();
        let mut f = FollowUp::new(ContactId(1), day(due), direction, "p", now);
        f.state = state;
        f
    }
    fn done(d: u32) -> FollowUpState {
        FollowUpState::Done(day(d).and_hms_opt(23, 0, 0).unwrap())
    }

    #[test]
    fn a_promise_kept_on_its_day_is_on_time_and_a_day_later_is_late() {
        assert_eq!(
            outcome(&promise(5, done(5), Direction::Promise)),
            Some(Outcome::OnTime)
        );
        assert_eq!(
            outcome(&promise(5, done(6), Direction::Request)),
            Some(Outcome::Late)
        );
        assert_eq!(outcome(&promise(5, done(6), Direction::Reminder)), None);
        assert_eq!(
            outcome(&promise(5, FollowUpState::Open, Direction::Promise)),
            None
        );
    }

    #[test]
    fn the_rate_counts_open_promises_past_their_day_as_broken() {
        let mut k = Kept::default();
        for f in [
            promise(5, done(4), Direction::Promise),
            promise(5, done(9), Direction::Promise),
            promise(5, FollowUpState::Open, Direction::Promise),
            promise(20, FollowUpState::Open, Direction::Promise),
            promise(5, FollowUpState::Dropped(day(6).into()), Direction::Promise),
        ] {
            k.add(&f, day(10));
            assert_eq!(
                is_broken(&f, day(10)),
                f.due == day(5)
                    && !matches!(f.state, FollowUpState::Dropped(_))
                    && f.state != done(4)
            );
        }
        assert_eq!((k.on_time, k.late, k.overdue), (1, 1, 1));
        assert_eq!(k.on_time_rate(), Some(1.0 / 3.0));
        assert_eq!(Kept::default().on_time_rate(), None);
    }

    #[test]
    fn median_and_average_of_times_to_resolve() {
        let t = ResolveTimes::of(&[(2, 1), (10, 1), (3, 2)]);
        assert_eq!(t.resolved, 4);
        assert_eq!(t.median_days, Some(3.0));
        assert_eq!(t.average_days, Some(4.5));
        let t = ResolveTimes::of(&[(1, 1), (4, 2)]);
        assert_eq!(t.median_days, Some(4.0));
        assert_eq!(ResolveTimes::of(&[]).median_days, None);
    }

    #[test]
    fn a_resolution_needs_words_and_counts_whole_days() {
        let now = day(1).and_hms_opt(9, 0, 0).unwrap();
        let mut r = Resolution {
            note: InteractionId(3),
            on: day(4),
            text: "  ".into(),
            created_at: now,
        };
        assert!(r.normalize_and_validate().is_err());
        r.text = " refunded ".into();
        r.normalize_and_validate().unwrap();
        assert_eq!(r.text, "refunded");
        assert_eq!(r.days_after(day(1)), 3);
        assert_eq!(r.days_after(day(9)), 0);
    }
}
