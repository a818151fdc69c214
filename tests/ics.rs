//! The calendar export's DTSTAMP is UTC, as its `Z` says, whatever the local time zone.

mod common;

/// Runs a command that must succeed in the time zone `tz`; its standard output.
fn kith(db: &std::path::Path, tz: &str, args: &[&str]) -> String {
    common::binary::ok_with_env(db, args, &[("TZ", tz)])
}

#[test]
fn dtstamp_is_utc() {
    for (tz, stamp) in [
        ("Europe/Madrid", "DTSTAMP:20261122T083000Z"),
        ("Asia/Kolkata", "DTSTAMP:20261122T040000Z"),
        ("UTC", "DTSTAMP:20261122T093000Z"),
    ] {
        let (_dir, db) = common::temp_db();
        kith(&db, tz, &["add", "Núria Puig", "--birthday", "05-14"]);
        let ics = kith(&db, tz, &["export", "--format", "ics"]);
        assert!(ics.contains(stamp), "{tz}: {ics}");
    }
}

#[test]
fn follow_ups_carry_an_alarm_with_the_lead_time_asked_for() {
    let (_dir, db) = common::temp_db();
    kith(
        &db,
        "UTC",
        &["add", "Núria Puig", "--occasion", "first order=2020-03-02"],
    );
    kith(&db, "UTC", &["followup", "nuria", "fri: send the quote"]);
    let at_due = kith(&db, "UTC", &["export", "--format", "ics"]).replace("\r\n ", "");
    assert!(
        at_due.contains(
            "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Promise: send the quote (promised to Núria Puig)\r\nTRIGGER;RELATED=END:PT0S\r\nEND:VALARM\r\nEND:VTODO"
        ),
        "{at_due}"
    );
    assert!(
        at_due.contains("SUMMARY:first order: Núria Puig"),
        "every occasion goes out"
    );
    let early = kith(
        &db,
        "UTC",
        &["export", "--format", "ics", "--alarm-before", "90"],
    );
    assert!(early.contains("TRIGGER;RELATED=END:-PT90M\r\n"), "{early}");
    let calendar = calcard::icalendar::ICalendar::parse(&early).expect("calcard reads it back");
    use calcard::icalendar::ICalendarComponentType as T;
    assert_eq!(
        calendar
            .components
            .iter()
            .filter(|c| c.component_type == T::VAlarm)
            .count(),
        1
    );
}

#[test]
fn control_characters_never_reach_the_calendar() {
    let (_dir, db) = common::temp_db();
    kith(
        &db,
        "UTC",
        &["add", "Evil\u{1b}]2;x\u{7} Name", "--birthday", "05-14"],
    );
    kith(&db, "UTC", &["followup", "evil", "fri: line one\u{1b}[2J"]);
    let ics = kith(&db, "UTC", &["export", "--format", "ics"]);
    assert!(!ics.contains('\u{1b}') && !ics.contains('\u{7}'), "{ics:?}");
    assert!(ics.contains("SUMMARY:Birthday: Evil]2\\;x Name"), "{ics}");
}
