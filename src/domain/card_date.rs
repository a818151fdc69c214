//! A date as an address book writes it (vCard's BDAY, ANNIVERSARY and their kin): a day with or
//! without its year, a year and month, a year, a day with a time of day, or free text. kith
//! reminds on days; this keeps the rest as it was given, so it goes back out unchanged.

use super::PartialDate;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CardDate {
    /// A day, with or without its year (`1984-05-14`, `--05-14`).
    Day(PartialDate),
    /// A month of a year (`1984-05`): no day to remind on.
    YearMonth { year: i32, month: u8 },
    /// Only a year (`1984`).
    Year(i32),
    /// A day and a time of day, the time as written after the `T` (`102200Z`).
    DayTime { day: PartialDate, time: String },
    /// Words (`circa 1800`), what vCard 4.0 marks `VALUE=text`.
    Text(String),
    // New forms are only ever appended: stored records name variants by position.
}

impl CardDate {
    /// The day to remind on, when there is one.
    pub fn day(&self) -> Option<PartialDate> {
        match self {
            CardDate::Day(d) | CardDate::DayTime { day: d, .. } => Some(*d),
            _ => None,
        }
    }

    /// Reads a vCard date value (already unescaped) in any of the forms RFC 6350 and RFC 2426
    /// allow, basic or extended: `19840514`, `1984-05-14`, `--0514`, `--05-14`, `1984-05`,
    /// `1984`, `19840514T102200Z`, `1984-05-14T10:22:00Z`. `as_text` is `VALUE=text`;
    /// `omit_year` is Apple's `X-APPLE-OMIT-YEAR`, the placeholder year of a year-less date.
    /// Anything else is kept as text.
    pub fn parse_vcard(value: &str, as_text: bool, omit_year: Option<i32>) -> CardDate {
        let v = value.trim();
        if as_text {
            return CardDate::Text(v.to_string());
        }
        let (date, time) = match v.split_once(['T', 't']) {
            Some((d, t)) => (d, Some(t)),
            None => (v, None),
        };
        let Some(parsed) = parse_date_part(date) else {
            return CardDate::Text(v.to_string());
        };
        let parsed = match (parsed, omit_year) {
            (CardDate::Day(d), Some(y)) if d.year == Some(y) => {
                CardDate::Day(PartialDate { year: None, ..d })
            }
            (p, _) => p,
        };
        match (parsed, time) {
            (p, None) => p,
            (CardDate::Day(day), Some(t)) if !t.is_empty() && t.is_ascii() => CardDate::DayTime {
                day,
                time: t.to_string(),
            },
            _ => CardDate::Text(v.to_string()),
        }
    }

    /// The value as vCard 4.0 (`v4`) or 3.0 writes it, and whether it needs `VALUE=text`.
    pub fn to_vcard(&self, v4: bool) -> (String, bool) {
        let day = |d: &PartialDate| match (d.year, v4) {
            (Some(y), true) => format!("{y:04}{:02}{:02}", d.month, d.day),
            (Some(y), false) => format!("{y:04}-{:02}-{:02}", d.month, d.day),
            (None, true) => format!("--{:02}{:02}", d.month, d.day),
            (None, false) => format!("--{:02}-{:02}", d.month, d.day),
        };
        match self {
            CardDate::Day(d) => (day(d), false),
            CardDate::YearMonth { year, month } => (format!("{year:04}-{month:02}"), false),
            CardDate::Year(y) => (format!("{y:04}"), false),
            CardDate::DayTime { day: d, time } => (format!("{}T{time}", day(d)), false),
            CardDate::Text(t) => (t.clone(), true),
        }
    }
}

fn parse_date_part(s: &str) -> Option<CardDate> {
    if !s.bytes().all(|b| b.is_ascii_digit() || b == b'-') || s.is_empty() {
        return None;
    }
    let num = |p: &str| p.parse::<u32>().ok();
    let day = |y: Option<u32>, m: u32, d: u32| {
        let y = match y {
            Some(y) => Some(i32::try_from(y).ok()?),
            None => None,
        };
        PartialDate::new(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
            .ok()
            .map(CardDate::Day)
    };
    if let Some(rest) = s.strip_prefix("--") {
        let rest = rest.replace('-', "");
        return match rest.len() {
            4 => day(None, num(&rest[..2])?, num(&rest[2..])?),
            _ => None,
        };
    }
    let parts: Vec<&str> = s.split('-').collect();
    match parts.as_slice() {
        [compact] if compact.len() == 8 => day(
            Some(num(&compact[..4])?),
            num(&compact[4..6])?,
            num(&compact[6..])?,
        ),
        [y] if y.len() == 4 => {
            let y = i32::try_from(num(y)?).ok()?;
            (y >= 1).then_some(CardDate::Year(y))
        }
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            day(Some(num(y)?), num(m)?, num(d)?)
        }
        [y, m] if y.len() == 4 && m.len() == 2 => {
            let (year, month) = (i32::try_from(num(y)?).ok()?, u8::try_from(num(m)?).ok()?);
            (year >= 1 && (1..=12).contains(&month)).then_some(CardDate::YearMonth { year, month })
        }
        _ => None,
    }
}

impl fmt::Display for CardDate {
    /// As a person reads it: `1984-05-14`, `--05-14`, `1984-05`, `1984`, the words.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CardDate::Day(d) => write!(f, "{d}"),
            CardDate::YearMonth { year, month } => write!(f, "{year:04}-{month:02}"),
            CardDate::Year(y) => write!(f, "{y:04}"),
            CardDate::DayTime { day, time } => write!(f, "{day} {time}"),
            CardDate::Text(t) => f.write_str(t),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: Option<i32>, m: u8, d: u8) -> CardDate {
        CardDate::Day(PartialDate::new(y, m, d).unwrap())
    }

    #[test]
    fn reads_every_form() {
        for (text, want) in [
            ("19630921", day(Some(1963), 9, 21)),
            ("1963-09-21", day(Some(1963), 9, 21)),
            ("--0514", day(None, 5, 14)),
            ("--05-14", day(None, 5, 14)),
            (
                "1984-05",
                CardDate::YearMonth {
                    year: 1984,
                    month: 5,
                },
            ),
            ("1984", CardDate::Year(1984)),
            (
                "19531015T231000Z",
                CardDate::DayTime {
                    day: PartialDate::new(Some(1953), 10, 15).unwrap(),
                    time: "231000Z".into(),
                },
            ),
            ("circa 1800", CardDate::Text("circa 1800".into())),
            ("1984-13-01", CardDate::Text("1984-13-01".into())),
            ("--1", CardDate::Text("--1".into())),
        ] {
            assert_eq!(CardDate::parse_vcard(text, false, None), want, "{text}");
        }
        assert_eq!(
            CardDate::parse_vcard("1984-05-14", true, None),
            CardDate::Text("1984-05-14".into())
        );
    }

    #[test]
    fn apples_placeholder_year_means_no_year() {
        assert_eq!(
            CardDate::parse_vcard("1604-05-14", false, Some(1604)),
            day(None, 5, 14)
        );
        assert_eq!(
            CardDate::parse_vcard("1984-05-14", false, Some(1604)),
            day(Some(1984), 5, 14)
        );
    }

    #[test]
    fn writes_each_version_and_reads_it_back() {
        for d in [
            day(Some(1963), 9, 21),
            day(None, 2, 29),
            CardDate::YearMonth {
                year: 1984,
                month: 5,
            },
            CardDate::Year(1984),
            CardDate::DayTime {
                day: PartialDate::new(Some(1953), 10, 15).unwrap(),
                time: "231000Z".into(),
            },
            CardDate::Text("circa 1800".into()),
        ] {
            for v4 in [true, false] {
                let (value, text) = d.to_vcard(v4);
                assert_eq!(CardDate::parse_vcard(&value, text, None), d, "{value}");
            }
        }
        assert_eq!(day(None, 5, 14).to_vcard(false).0, "--05-14");
        assert_eq!(day(None, 5, 14).to_vcard(true).0, "--0514");
        assert_eq!(day(Some(1963), 9, 21).to_vcard(false).0, "1963-09-21");
    }
}
