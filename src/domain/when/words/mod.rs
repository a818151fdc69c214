//! The words the date grammar knows: weekdays, months and the units of `in N …`, in English;
//! the other languages' words are put in English first ([`others`], one table per language).

mod bn;
mod ca;
mod hi;
pub(super) mod others;

use chrono::Weekday;

/// A weekday by its full name, its first three letters, or `tues`, `thur`, `thurs`.
pub(super) fn weekday_named(word: &str) -> Option<Weekday> {
    Some(match word {
        "mon" | "monday" => Weekday::Mon,
        "tue" | "tues" | "tuesday" => Weekday::Tue,
        "wed" | "wednesday" => Weekday::Wed,
        "thu" | "thur" | "thurs" | "thursday" => Weekday::Thu,
        "fri" | "friday" => Weekday::Fri,
        "sat" | "saturday" => Weekday::Sat,
        "sun" | "sunday" => Weekday::Sun,
        _ => return None,
    })
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month (1 to 12) by its full name, its first three letters, or `sept`.
pub(super) fn month_named(word: &str) -> Option<u8> {
    if word == "sept" {
        return Some(9);
    }
    let index = MONTHS
        .iter()
        .position(|name| *name == word || (word.len() == 3 && name.starts_with(word)))?;
    u8::try_from(index + 1).ok()
}

pub(super) enum Unit {
    Day,
    Week,
    Month,
}

/// The unit of `in N …`, singular or plural.
pub(super) fn unit_named(word: &str) -> Option<Unit> {
    Some(match word {
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "month" | "months" => Unit::Month,
        _ => return None,
    })
}
