//! Dates as people give them: a birthday with or without its year, and the date-time of an
//! interaction typed on the command line.

use super::Invalid;
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The years kith reads: four digits, as every display and export writes them. Beyond them a
/// date is a typo or a damaged file, and chrono's arithmetic is a step from its limits.
pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// `date` when its year is one kith reads.
pub fn within_years(date: NaiveDate) -> Option<NaiveDate> {
    YEARS.contains(&date.year()).then_some(date)
}

/// A day of the year, with the year when it is known (a birthday, an anniversary).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: u8,
    pub day: u8,
}

impl PartialDate {
    /// Builds a date, checking that the day exists (29 February is allowed without a year).
    pub fn new(year: Option<i32>, month: u8, day: u8) -> Result<Self, Invalid> {
        let check_year = year.unwrap_or(2000); // a leap year: any real day of the year is valid in it
        if NaiveDate::from_ymd_opt(check_year, u32::from(month), u32::from(day))
            .and_then(within_years)
            .is_none()
        {
            return Err(match year {
                Some(y) => Invalid(crate::say!(
                    "date-not-a-date",
                    date = format!("{y:04}-{month:02}-{day:02}")
                )),
                None => Invalid(crate::say!(
                    "date-not-a-day-of-the-year",
                    day = format!("{month:02}-{day:02}")
                )),
            });
        }
        Ok(PartialDate { year, month, day })
    }

    /// Parses `MM-DD`, `YYYY-MM-DD` or the vCard forms `--MMDD`, `--MM-DD` and `YYYYMMDD`.
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let s = input.trim();
        let bad = || Invalid(crate::say!("date-unreadable-day", input = input));
        // Every accepted form is ASCII digits and dashes; checking that first makes each byte
        // one character, so the fixed-width slicing below cannot cut a letter in two.
        if !s.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
            return Err(bad());
        }
        let num = |part: &str| -> Result<u32, Invalid> {
            if part.is_empty() {
                return Err(bad());
            }
            part.parse().map_err(|_| bad())
        };
        let (year, month, day) = if let Some(rest) = s.strip_prefix("--") {
            let rest = rest.replace('-', "");
            if rest.len() != 4 {
                return Err(bad());
            }
            (None, num(&rest[..2])?, num(&rest[2..])?)
        } else {
            let parts: Vec<&str> = s.split('-').collect();
            match parts.as_slice() {
                [m, d] if m.len() <= 2 && d.len() <= 2 => (None, num(m)?, num(d)?),
                [y, m, d] if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => {
                    (Some(num(y)?), num(m)?, num(d)?)
                }
                [compact] if compact.len() == 8 => (
                    Some(num(&compact[..4])?),
                    num(&compact[4..6])?,
                    num(&compact[6..])?,
                ),
                _ => return Err(bad()),
            }
        };
        let (Ok(month), Ok(day)) = (u8::try_from(month), u8::try_from(day)) else {
            return Err(bad());
        };
        let year = match year {
            Some(y) => Some(i32::try_from(y).map_err(|_| bad())?),
            None => None,
        };
        PartialDate::new(year, month, day)
    }

    /// The date this falls on in `year`; 29 February falls on 28 February outside leap years.
    pub fn in_year(&self, year: i32) -> NaiveDate {
        let (m, d) = (u32::from(self.month), u32::from(self.day));
        NaiveDate::from_ymd_opt(year, m, d)
            .or_else(|| NaiveDate::from_ymd_opt(year, m, d.saturating_sub(1)))
            .unwrap_or(NaiveDate::MIN)
    }

    /// The first yearly recurrence on or after `from`.
    pub fn next_on_or_after(&self, from: NaiveDate) -> NaiveDate {
        let this_year = self.in_year(from.year());
        if this_year >= from {
            this_year
        } else {
            self.in_year(from.year() + 1)
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "--{:02}-{:02}", self.month, self.day),
        }
    }
}

/// Parses the `--at` of an interaction: `YYYY-MM-DD HH:MM`, `YYYY-MM-DDTHH:MM[:SS]`, or a bare
/// `YYYY-MM-DD`, which means noon of that day so it sorts inside the day rather than at its edge.
pub fn parse_date_time(input: &str) -> Result<NaiveDateTime, Invalid> {
    let s = input.trim();
    for format in [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
    ] {
        if let Ok(at) = NaiveDateTime::parse_from_str(s, format)
            && within_years(at.date()).is_some()
        {
            return Ok(at);
        }
    }
    if let Some(day) = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(within_years)
    {
        return Ok(day.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(NaiveTime::MIN)));
    }
    Err(Invalid(crate::say!("date-unreadable-time", input = input)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn parses_the_accepted_forms() {
        assert_eq!(
            PartialDate::parse("05-14").unwrap(),
            PartialDate {
                year: None,
                month: 5,
                day: 14
            }
        );
        assert_eq!(
            PartialDate::parse("1984-05-14").unwrap(),
            PartialDate {
                year: Some(1984),
                month: 5,
                day: 14
            }
        );
        assert_eq!(PartialDate::parse("--0514").unwrap().month, 5);
        assert_eq!(PartialDate::parse("--05-14").unwrap().day, 14);
        assert_eq!(PartialDate::parse("19840514").unwrap().year, Some(1984));
        assert_eq!(PartialDate::parse("02-29").unwrap().day, 29);
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for bad in [
            "",
            "13-01",
            "02-30",
            "1983-02-29",
            "5/14",
            "abc",
            "-05-14",
            "1984-5",
            "1984-05-14x",
            "123é567",
            "--1é2",
            "--é12",
            "1984\u{301}0514",
            "०५-१४",
            "0000-05-14",
        ] {
            let err = PartialDate::parse(bad).unwrap_err();
            assert!(!err.0.is_empty(), "{bad}");
        }
    }

    #[test]
    fn leap_day_falls_on_28_february_in_other_years() {
        let leap = PartialDate::parse("02-29").unwrap();
        assert_eq!(leap.in_year(2027), d(2027, 2, 28));
        assert_eq!(leap.in_year(2028), d(2028, 2, 29));
        assert_eq!(leap.next_on_or_after(d(2027, 3, 1)), d(2028, 2, 29));
        assert_eq!(leap.next_on_or_after(d(2026, 11, 22)), d(2027, 2, 28));
    }

    #[test]
    fn next_occurrence_includes_today() {
        let b = PartialDate::parse("1990-11-22").unwrap();
        assert_eq!(b.next_on_or_after(d(2026, 11, 22)), d(2026, 11, 22));
        assert_eq!(b.next_on_or_after(d(2026, 11, 23)), d(2027, 11, 22));
    }

    #[test]
    fn displays_round_trip() {
        for s in ["--05-14", "1984-05-14"] {
            assert_eq!(PartialDate::parse(s).unwrap().to_string(), s);
        }
    }

    #[test]
    fn parses_interaction_times() {
        let at = parse_date_time("2026-03-14 09:30").unwrap();
        assert_eq!(at.to_string(), "2026-03-14 09:30:00");
        assert_eq!(
            parse_date_time("2026-03-14T09:30:15").unwrap().to_string(),
            "2026-03-14 09:30:15"
        );
        assert_eq!(
            parse_date_time("2026-03-14").unwrap().to_string(),
            "2026-03-14 12:00:00"
        );
        assert!(parse_date_time("2026-02-30 10:00").is_err());
        assert!(parse_date_time("+262142-12-31 23:59").is_err());
        assert!(parse_date_time("-0001-01-01").is_err());
        assert!(
            parse_date_time("yesterday")
                .unwrap_err()
                .0
                .contains("YYYY-MM-DD HH:MM")
        );
    }
}
