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
        ("yesterday", day(11, 21)),
        ("fri", day(11, 27)),
        ("Friday", day(11, 27)),
        ("next monday", day(11, 23)),
        ("in 3 days", day(11, 25)),
        ("3 days", day(11, 25)),
        ("in 2 weeks", day(12, 6)),
        ("in a week", day(11, 29)),
        ("next week", day(11, 29)),
        ("next month", day(12, 22)),
        ("in 1 month", day(12, 22)),
        ("2026-12-01", day(12, 1)),
        ("12-01", day(12, 1)),
        ("4 dec", day(12, 4)),
        ("Dec 4", day(12, 4)),
        ("4 december", day(12, 4)),
        ("  In   3  Days ", day(11, 25)),
    ];
    for (phrase, expected) in cases {
        assert_eq!(parse_when(phrase, today()).unwrap(), expected, "{phrase}");
    }
}

/// Monday 23 to Sunday 29 November 2026, each typing every weekday phrase.
#[test]
fn weekday_phrases_from_each_day_of_the_week() {
    let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    for from in 0..7u32 {
        let today = day(11, 23 + from);
        for (target, name) in names.iter().enumerate() {
            let target = u32::try_from(target).unwrap();
            // 1 to 7 days ahead: on the day itself, a week later.
            let coming = (target + 7 - from - 1) % 7 + 1;
            let expect = today + Days::new(u64::from(coming));
            assert_eq!(
                parse_when(name, today).unwrap(),
                expect,
                "{name} from {today}"
            );
            let next = format!("next {name}");
            assert_eq!(
                parse_when(&next, today).unwrap(),
                expect,
                "{next} from {today}"
            );
            // 0 to 6 days ahead: on the day itself, today.
            let this = format!("this {name}");
            let expect_this = today + Days::new(u64::from(coming % 7));
            assert_eq!(parse_when(&this, today).unwrap(), expect_this, "{this}");
        }
    }
}

#[test]
fn next_monday_is_the_coming_monday_whatever_the_day() {
    // The issue's own cases: typed on a Tuesday, and on a Saturday.
    assert_eq!(parse_when("next monday", day(11, 24)).unwrap(), day(11, 30));
    assert_eq!(parse_when("next monday", day(11, 28)).unwrap(), day(11, 30));
    assert_eq!(parse_when("next monday", day(11, 23)).unwrap(), day(11, 30));
    for short in ["tues", "thur", "thurs", "wednesday", "SUNDAY"] {
        assert!(parse_when(short, today()).is_ok(), "{short}");
    }
}

#[test]
fn months_and_days_of_the_month() {
    assert_eq!(parse_when("in 1 month", day(1, 31)).unwrap(), day(2, 28));
    assert_eq!(parse_when("22 nov", today()).unwrap(), today());
    assert_eq!(
        parse_when("21 nov", today()).unwrap(),
        NaiveDate::from_ymd_opt(2027, 11, 21).unwrap()
    );
    assert_eq!(
        parse_when("sept 3 2027", today()).unwrap(),
        NaiveDate::from_ymd_opt(2027, 9, 3).unwrap()
    );
    assert_eq!(
        parse_when("29 feb", today()).unwrap(),
        NaiveDate::from_ymd_opt(2027, 2, 28).unwrap()
    );
    for bad in [
        "29 feb 2027",
        "31 nov",
        "4 dec 27",
        "dec dec",
        "4 5",
        "0 dec",
    ] {
        assert!(parse_when(bad, today()).is_err(), "{bad}");
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
fn the_words_the_issue_names_are_errors_not_today() {
    for bad in [
        "week",
        "weekend",
        "weeks",
        "w",
        "m",
        "month",
        "day",
        "next",
        "this",
        "in",
        "in week",
        "eow",
        "noon",
        "fri 9",
        "next wednesday 10:30",
        "3d",
        "2w",
    ] {
        let err = parse_when(bad, today()).unwrap_err();
        assert!(
            err.0.contains("is not a date kith can read"),
            "{bad}: {err}"
        );
        assert!(
            err.0.contains("next fri") && err.0.contains("4 dec"),
            "{err}"
        );
    }
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
        // कल is tomorrow now (tests_languages.rs); कलम, a pen, is no date in any language.
        "कलम",
        "in 99999 days",
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

#[test]
fn days_are_said_back_short() {
    assert_eq!(day_said(day(12, 4), today()), "Fri 4 Dec");
    assert_eq!(
        day_said(NaiveDate::from_ymd_opt(2027, 1, 4).unwrap(), today()),
        "Mon 4 Jan 2027"
    );
}
