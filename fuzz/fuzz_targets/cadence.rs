//! Keep-in-touch cadences and durations: a number of days as the command line and the form
//! read it, that number in the config file, and in the `in N days` phrases of a due date.
#![no_main]

use chrono::NaiveDate;
use kith::config::Config;
use kith::domain::{days_past_cadence, parse_when};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or(NaiveDate::MIN);
    if let Ok(days) = text.trim().parse::<u32>() {
        for since in [NaiveDate::MIN, today, NaiveDate::MAX] {
            let _ = days_past_cadence(Some(days), since, today);
        }
    }
    for phrase in [
        format!("in {text} days"),
        format!("{text} weeks"),
        format!("in {text} months"),
    ] {
        let _ = parse_when(&phrase, today);
    }
    let _ = Config::parse(&format!("[cadence]\ncustomer = {text}\n"));
});
