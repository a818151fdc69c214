//! `>> WHEN: WHAT` and `<< WHEN: WHAT` lines in a note: any note yields follow-ups and
//! numbered problems, never a panic.
#![no_main]

use chrono::NaiveDate;
use kith::domain::capture_followups;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|note: &str| {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or(NaiveDate::MIN);
    let (found, problems) = capture_followups(note, today);
    let lines = note.lines().count();
    assert!(found.len() + problems.len() <= lines);
    for problem in &problems {
        assert!(problem.line >= 1 && problem.line <= lines);
        let _ = problem.to_string();
    }
});
