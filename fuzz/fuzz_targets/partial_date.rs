//! Birthdays and occasions: any text reads as a date without panicking, and a date that
//! reads shows as text that reads back as the same date.
#![no_main]

use kith::domain::{Occasion, PartialDate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(date) = PartialDate::parse(text) {
        let shown = date.to_string();
        assert_eq!(PartialDate::parse(&shown), Ok(date), "{shown}");
        let _ = date.next_on_or_after(chrono::NaiveDate::MAX);
        let _ = date.next_on_or_after(chrono::NaiveDate::MIN);
    }
    let _ = Occasion::parse(text);
});
