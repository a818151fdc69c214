//! Due dates as people type them: `tomorrow`, `fri`, `next monday`, `in 3 days`, `in 2 weeks`,
//! `next month`, `2026-12-01`, `12-01`. Always relative to a given local day, so the rules are
//! tested with a fixed "today". English phrases are read by the `interim` crate; the numeric forms
//! and the `in …` prefix are handled here.

use super::{Invalid, PartialDate, within_years};
use chrono::{NaiveDate, NaiveTime};

/// The day a phrase means, seen from `today`.
pub fn parse_when(input: &str, today: NaiveDate) -> Result<NaiveDate, Invalid> {
    let phrase = input.trim().to_lowercase();
    let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
    let unreadable = || Invalid(crate::say!("date-unreadable-when", input = input.trim()));
    if phrase.is_empty() {
        return Err(Invalid(crate::say!("date-when-missing")));
    }
    let in_range = |day: NaiveDate| within_years(day).ok_or_else(unreadable);
    if phrase.starts_with(|c: char| c.is_ascii_digit()) && phrase.contains('-') {
        if let Ok(date) = NaiveDate::parse_from_str(&phrase, "%Y-%m-%d") {
            return in_range(date);
        }
        return match PartialDate::parse(&phrase) {
            Ok(day) if day.year.is_none() => in_range(day.next_on_or_after(today)),
            Ok(day) => in_range(day.in_year(day.year.unwrap_or(0))),
            Err(_) => Err(unreadable()),
        };
    }
    // interim reads English words and ASCII numbers only, so anything else cannot be a phrase it
    // knows; keeping other text and essays away from it also keeps its arithmetic on the short
    // inputs it was written and tested for. interim 0.2.2 also asserts (panics) when a word of
    // 16 letters or more follows an hour ("fri 9 abcdefghijklmnop"); no date word is that long.
    let longest_word = phrase
        .split(|c: char| !c.is_ascii_alphabetic())
        .map(str::len)
        .max()
        .unwrap_or(0);
    if !phrase.is_ascii() || phrase.len() > MAX_PHRASE_BYTES || longest_word > MAX_WORD_LETTERS {
        return Err(unreadable());
    }
    // interim reads "3 days" and "2 weeks"; people write "in 3 days" and "in a week".
    let relative = phrase.strip_prefix("in ").unwrap_or(&phrase);
    let relative = match relative.split_once(' ') {
        Some(("a" | "an" | "one", rest)) => format!("1 {rest}"),
        _ => relative.to_string(),
    };
    let noon = today
        .and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(NaiveTime::MIN))
        .and_utc();
    interim::parse_date_string(&relative, noon, interim::Dialect::Uk)
        .map_err(|_| unreadable())
        .and_then(|at| in_range(at.date_naive()))
}

/// Longer than any phrase of a few words, such as "next wednesday 10:30".
const MAX_PHRASE_BYTES: usize = 64;

/// Longer than any word interim knows ("wednesday", "september").
const MAX_WORD_LETTERS: usize = 15;

#[cfg(test)]
mod tests {
    use super::*;

    /// Sunday 22 November 2026.
    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    #[test]
    fn reads_the_phrases_people_type() {
        let cases = [
            ("tomorrow", day(11, 23)),
            ("today", day(11, 22)),
            ("fri", day(11, 27)),
            ("Friday", day(11, 27)),
            ("next monday", day(11, 30)),
            ("in 3 days", day(11, 25)),
            ("3 days", day(11, 25)),
            ("in 2 weeks", day(12, 6)),
            ("in a week", day(11, 29)),
            ("next month", day(12, 22)),
            ("2026-12-01", day(12, 1)),
            ("12-01", day(12, 1)),
            ("  In   3  Days ", day(11, 25)),
        ];
        for (phrase, expected) in cases {
            assert_eq!(parse_when(phrase, today()).unwrap(), expected, "{phrase}");
        }
    }

    #[test]
    fn a_month_and_day_already_past_means_next_year() {
        assert_eq!(
            parse_when("11-01", today()).unwrap(),
            NaiveDate::from_ymd_opt(2027, 11, 1).unwrap()
        );
        assert_eq!(parse_when("11-22", today()).unwrap(), today());
        assert_eq!(
            parse_when("02-29", today()).unwrap(),
            NaiveDate::from_ymd_opt(2027, 2, 28).unwrap()
        );
    }

    #[test]
    fn unreadable_dates_say_what_would_work() {
        for bad in [
            "flurbday",
            "13-45",
            "2026-02-30",
            "next flurb",
            "in three fortnights",
            "9999 years",
            "10000-01-01",
            "0000-01-01",
            "12-01\u{301}",
            "tomorrow\u{200D}",
            "mañana",
            "fri 9 abcdefghijklmnop",
            "D7ssDDunDyyyyyyyyyyyyyy\u{15}+",
            "कल",
        ] {
            let err = parse_when(bad, today()).unwrap_err();
            assert!(
                err.0.contains("is not a date kith can read"),
                "{bad}: {err}"
            );
        }
        assert!(
            parse_when("  ", today())
                .unwrap_err()
                .0
                .contains("say when")
        );
    }
}
