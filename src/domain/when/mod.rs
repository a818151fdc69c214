//! Due dates as people type them, always seen from a given local day ("today"), so every rule
//! is tested with a fixed today. The whole grammar (case and spacing do not matter):
//!
//! | typed | the day |
//! |---|---|
//! | `today`, `tomorrow`, `yesterday` | today, the day after, the day before |
//! | `fri`, `friday` (any weekday, its first three letters, `tues`, `thur`, `thurs`) | the coming one: 1 to 7 days ahead, so on a Friday `fri` is a week later |
//! | `next fri` | the same: the coming Friday (`next` never skips a week) |
//! | `this fri` | 0 to 6 days ahead: on a Friday, today |
//! | `in 3 days`, `3 days`, `in a week`, `in 2 weeks`, `in 1 month` (`day`/`days`, `week`/`weeks`, `month`/`months`) | that many days, weeks or months later (a month from 31 January is the last day of February) |
//! | `next week`, `next month` | in a week, in a month |
//! | `4 dec`, `dec 4`, `4 december` (optionally a year after: `4 dec 2027`) | that day; without a year the next one on or after today |
//! | `12-04` | the next 4 December on or after today |
//! | `2026-12-04` | that day |
//!
//! Anything else is an error that lists these forms, never a guess: "week", "w" or "m" alone
//! are not dates.
//!
//! The same forms are read in Hindi, Bengali and Catalan, whatever language kith speaks
//! (`avui`, `demà`, `d'aquí a 3 dies`, `la setmana que ve`, `4 de desembre`; `आज`, `कल`,
//! `3 दिन में`, `अगले हफ़्ते`; `আজ`, `আগামীকাল`, `৩ দিন পরে`, `আগামী সপ্তাহে`: `words/`, a table
//! per language), and digits in Devanagari or Bengali as well as 0 to 9.

mod words;

use super::{Invalid, PartialDate, within_years};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use words::{month_named, unit_named, weekday_named};

/// The day a phrase means, seen from `today`.
pub fn parse_when(input: &str, today: NaiveDate) -> Result<NaiveDate, Invalid> {
    if input.trim().is_empty() {
        return Err(Invalid(crate::say!("date-when-missing")));
    }
    let typed = crate::words::numbers::ascii_digits(input.trim()).to_lowercase();
    let phrase = words::others::in_english(&crate::text::nfc(&typed));
    let words: Vec<&str> = phrase.split_whitespace().collect();
    read(&words, today)
        .and_then(within_years)
        .ok_or_else(|| Invalid(crate::say!("date-unreadable-when", input = input.trim())))
}

/// A day as the screen and the warnings say it back: "Fri 4 Dec", with its year when that is not
/// today's year ("Mon 4 Jan 2027").
pub fn day_said(day: NaiveDate, today: NaiveDate) -> String {
    if day.year() == today.year() {
        crate::words::dates::day(day, crate::words::dates::DayStyle::ShortBare)
    } else {
        crate::words::dates::day(day, crate::words::dates::DayStyle::LongBare)
    }
}

fn read(words: &[&str], today: NaiveDate) -> Option<NaiveDate> {
    match words {
        ["today"] => Some(today),
        ["tomorrow"] => today.checked_add_days(Days::new(1)),
        ["yesterday"] => today.checked_sub_days(Days::new(1)),
        [day] if weekday_named(day).is_some() => coming(today, weekday_named(day)?, 1),
        ["next", day] if weekday_named(day).is_some() => coming(today, weekday_named(day)?, 1),
        ["this", day] => coming(today, weekday_named(day)?, 0),
        ["next", unit] => later(today, 1, unit),
        ["in", count, unit] | [count, unit] if unit_named(unit).is_some() => {
            later(today, number(count)?, unit)
        }
        [numeric] if numeric.starts_with(|c: char| c.is_ascii_digit()) => {
            numeric_date(numeric, today)
        }
        [a, b] => day_of_month(a, b, None, today),
        [a, b, year] => day_of_month(a, b, Some(year), today),
        _ => None,
    }
}

/// The first `weekday` at least `min_ahead` days after `today` (0: today counts; 1: it does not).
fn coming(today: NaiveDate, weekday: Weekday, min_ahead: u32) -> Option<NaiveDate> {
    let from = today.weekday().num_days_from_monday();
    let ahead = (weekday.num_days_from_monday() + 7 - from) % 7;
    let ahead = if ahead < min_ahead { ahead + 7 } else { ahead };
    today.checked_add_days(Days::new(u64::from(ahead)))
}

/// `count` days, weeks or months after `today`.
fn later(today: NaiveDate, count: u32, unit: &str) -> Option<NaiveDate> {
    match unit_named(unit)? {
        words::Unit::Day => today.checked_add_days(Days::new(u64::from(count))),
        words::Unit::Week => today.checked_add_days(Days::new(u64::from(count) * 7)),
        words::Unit::Month => today.checked_add_months(Months::new(count)),
    }
}

/// A count in digits (at most four) or `a`, `an`, `one`.
fn number(word: &str) -> Option<u32> {
    match word {
        "a" | "an" | "one" => Some(1),
        digits if (1..=4).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) => {
            digits.parse().ok()
        }
        _ => None,
    }
}

/// `2026-12-04`, or `12-04`: the next 4 December on or after today.
fn numeric_date(typed: &str, today: NaiveDate) -> Option<NaiveDate> {
    if let Ok(date) = NaiveDate::parse_from_str(typed, "%Y-%m-%d") {
        return Some(date);
    }
    let day = PartialDate::parse(typed).ok()?;
    Some(match day.year {
        Some(year) => day.in_year(year),
        None => day.next_on_or_after(today),
    })
}

/// `4 dec`, `dec 4`, each with an optional four-digit year after.
fn day_of_month(a: &str, b: &str, year: Option<&&str>, today: NaiveDate) -> Option<NaiveDate> {
    let (month, day) = match (month_named(a), month_named(b)) {
        (Some(month), None) => (month, b),
        (None, Some(month)) => (month, a),
        _ => return None,
    };
    if !(1..=2).contains(&day.len()) || !day.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let day: u8 = day.parse().ok()?;
    let year = match year {
        Some(y) if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) => Some(y.parse().ok()?),
        Some(_) => return None,
        None => None,
    };
    let date = PartialDate::new(year, month, day).ok()?;
    match year {
        // A year given must hold the day: 29 feb 2027 is no date.
        Some(y) => NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(day)),
        None => Some(date.next_on_or_after(today)),
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_languages;
