//! Days as people read them, in the chosen language: the names of weekdays and months and the
//! order of a day's parts come from the messages (`lang.ftl`), so a translation controls them.
//! Every place that says a day to a person says it through [`day`]; files kith writes for other
//! programs (exports, backups) keep their own fixed forms.

use super::numbers::digits;
use chrono::{Datelike, NaiveDate, Weekday};
use std::sync::OnceLock;

/// Which way a day is said (the English shapes in brackets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayStyle {
    /// `Fri 04 Dec 2026`
    Long,
    /// `Fri 4 Dec 2026`
    LongBare,
    /// `Fri 04 Dec`
    Short,
    /// `Fri 4 Dec`
    ShortBare,
    /// `04 Dec`
    DayMonth,
    /// `4 Dec`
    DayMonthBare,
    /// `Fri 2026-12-04`
    WeekdayIso,
}

/// `date` said in `style`.
pub fn day(date: impl std::borrow::Borrow<NaiveDate>, style: DayStyle) -> String {
    let date = *date.borrow();
    let weekday = weekday_name(date.weekday());
    let month = month_name(date.month());
    let day = |id: &str| {
        let width = pad(style, id);
        digits(&format!("{:0width$}", date.day()))
    };
    let year = digits(&date.year().to_string());
    let iso = digits(&date.format("%Y-%m-%d").to_string());
    match style {
        DayStyle::Long => crate::say!(
            "date-long",
            weekday = weekday,
            day = day("date-long"),
            month = month,
            year = year
        ),
        DayStyle::LongBare => crate::say!(
            "date-long-bare",
            weekday = weekday,
            day = day("date-long-bare"),
            month = month,
            year = year
        ),
        DayStyle::Short => crate::say!(
            "date-short",
            weekday = weekday,
            day = day("date-short"),
            month = month
        ),
        DayStyle::ShortBare => {
            crate::say!(
                "date-short-bare",
                weekday = weekday,
                day = day("date-short-bare"),
                month = month
            )
        }
        DayStyle::DayMonth => {
            crate::say!("date-day-month", day = day("date-day-month"), month = month)
        }
        DayStyle::DayMonthBare => crate::say!(
            "date-day-month-bare",
            day = day("date-day-month-bare"),
            month = month
        ),
        DayStyle::WeekdayIso => crate::say!("date-weekday-iso", weekday = weekday, iso = iso),
    }
}

/// A day (or a moment's day) as `2026-12-04`, in the chosen digits.
pub fn iso(date: impl Datelike) -> String {
    let day = NaiveDate::from_ymd_opt(date.year(), date.month(), date.day());
    digits(&day.map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string()))
}

/// A moment as `2026-12-04 09:30`, in the chosen digits.
pub fn moment(at: impl std::borrow::Borrow<chrono::NaiveDateTime>) -> String {
    digits(&at.borrow().format("%Y-%m-%d %H:%M").to_string())
}

/// The width of the day's number in `style` (its pattern `id`'s `.pad`: 2 for a leading zero),
/// read once a run: the language does not change while kith runs.
fn pad(style: DayStyle, id: &str) -> usize {
    static PADS: [OnceLock<usize>; 7] = [const { OnceLock::new() }; 7];
    *PADS[style as usize].get_or_init(|| match crate::words::say_attribute(id, "pad").as_deref() {
        Some("2") => 2,
        _ => 1,
    })
}

/// A month of a year, as `Nov 2026`.
pub fn month_year(date: impl Datelike) -> String {
    crate::say!(
        "date-month-year",
        month = month_name(date.month()),
        year = digits(&date.year().to_string())
    )
}

/// A weekday's short name.
pub fn weekday_name(weekday: Weekday) -> String {
    match weekday {
        Weekday::Mon => crate::say!("date-weekday-1"),
        Weekday::Tue => crate::say!("date-weekday-2"),
        Weekday::Wed => crate::say!("date-weekday-3"),
        Weekday::Thu => crate::say!("date-weekday-4"),
        Weekday::Fri => crate::say!("date-weekday-5"),
        Weekday::Sat => crate::say!("date-weekday-6"),
        Weekday::Sun => crate::say!("date-weekday-7"),
    }
}

/// A month's short name (January is 1).
pub fn month_name(month: u32) -> String {
    match month {
        1 => crate::say!("date-month-1"),
        2 => crate::say!("date-month-2"),
        3 => crate::say!("date-month-3"),
        4 => crate::say!("date-month-4"),
        5 => crate::say!("date-month-5"),
        6 => crate::say!("date-month-6"),
        7 => crate::say!("date-month-7"),
        8 => crate::say!("date-month-8"),
        9 => crate::say!("date-month-9"),
        10 => crate::say!("date-month-10"),
        11 => crate::say!("date-month-11"),
        _ => crate::say!("date-month-12"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// English says each day as chrono's formats did, byte for byte.
    #[test]
    fn english_days_are_as_chrono_says_them() {
        let mut date = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        for _ in 0..400 {
            for (style, format) in [
                (DayStyle::Long, "%a %d %b %Y"),
                (DayStyle::LongBare, "%a %-d %b %Y"),
                (DayStyle::Short, "%a %d %b"),
                (DayStyle::ShortBare, "%a %-d %b"),
                (DayStyle::DayMonth, "%d %b"),
                (DayStyle::DayMonthBare, "%-d %b"),
                (DayStyle::WeekdayIso, "%a %Y-%m-%d"),
            ] {
                assert_eq!(day(date, style), date.format(format).to_string());
            }
            assert_eq!(iso(date), date.format("%Y-%m-%d").to_string());
            let at = date.and_hms_opt(9, 5, 0).unwrap();
            assert_eq!(iso(at), date.format("%Y-%m-%d").to_string());
            assert_eq!(moment(at), at.format("%Y-%m-%d %H:%M").to_string());
            date = date.succ_opt().unwrap();
        }
    }
}
