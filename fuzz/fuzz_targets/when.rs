//! Due phrases (`fri`, `in 3 days`, `12-01`, read partly by interim) and interaction times:
//! any text is a day kith can show, or an error, seen from any today.
#![no_main]

use chrono::{Datelike, NaiveDate};
use kith::domain::{YEARS, parse_date_time, parse_when};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let days = [
        NaiveDate::from_ymd_opt(2026, 11, 22),
        NaiveDate::from_ymd_opt(1, 1, 1),
        NaiveDate::from_ymd_opt(9999, 12, 31),
        Some(NaiveDate::MIN),
        Some(NaiveDate::MAX),
    ];
    for today in days.into_iter().flatten() {
        if let Ok(day) = parse_when(text, today) {
            assert!(YEARS.contains(&day.year()), "{text:?} gave {day}");
        }
    }
    if let Ok(at) = parse_date_time(text) {
        assert!(YEARS.contains(&at.year()), "{text:?} gave {at}");
    }
});
