//! Follow-ups and yearly occasions as an iCalendar file (RFC 5545) a calendar can subscribe to:
//! open follow-ups as VTODO with their due date, birthdays and occasions as yearly all-day
//! VEVENTs. Every UID and DTSTAMP comes from the data, so exporting again changes nothing a
//! calendar has already seen (the tests read the output back with calcard).

use crate::domain::{Contact, Direction, FollowUp, PartialDate};
use chrono::NaiveDateTime;
use std::collections::HashMap;

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes one content line, folded at 75 octets without splitting a character (§3.1).
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// A DTSTAMP: kith keeps local times, and `Z` means UTC, so the time is converted (RFC 5545
/// §3.8.7.2 wants UTC). A local time a clock change skipped is taken as the hour after.
fn stamp(at: NaiveDateTime) -> String {
    use chrono::{Local, TimeZone, Utc};
    let utc = Local
        .from_local_datetime(&at)
        .earliest()
        .or_else(|| {
            Local
                .from_local_datetime(&(at + chrono::Duration::hours(1)))
                .earliest()
        })
        .map_or(at, |local| local.with_timezone(&Utc).naive_utc());
    utc.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A yearly all-day event; 29 February falls on the last day of February in other years.
fn yearly(out: &mut String, uid: &str, created: NaiveDateTime, date: PartialDate, summary: &str) {
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:{uid}"));
    line(out, &format!("DTSTAMP:{}", stamp(created)));
    // Without a year, the series starts in 2000, a leap year, so every day of the year exists.
    let year = date.year.unwrap_or(2000);
    line(
        out,
        &format!(
            "DTSTART;VALUE=DATE:{year:04}{:02}{:02}",
            date.month, date.day
        ),
    );
    if (date.month, date.day) == (2, 29) {
        line(out, "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1");
    } else {
        line(out, "RRULE:FREQ=YEARLY");
    }
    line(out, &format!("SUMMARY:{}", text(summary)));
    line(out, "TRANSP:TRANSPARENT");
    line(out, "END:VEVENT");
}

/// The calendar of `followups` (open ones are written, each with an alarm `alarm_before`
/// minutes before it is due) and of the contacts' birthdays and occasions (archived contacts
/// are left out).
pub fn write_calendar(contacts: &[Contact], followups: &[FollowUp], alarm_before: u32) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//kith//kith//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    let names: HashMap<_, _> = contacts.iter().map(|c| (c.id, c.name.as_str())).collect();
    for f in followups.iter().filter(|f| f.is_open()) {
        let who = names.get(&f.contact).copied().unwrap_or("?");
        let summary = match f.direction {
            Direction::Promise => format!("Promise: {} (promised to {who})", f.text),
            Direction::Request => format!("Waiting on: {} (from {who})", f.text),
            Direction::Reminder => format!("Reminder: {} ({who})", f.text),
        };
        line(&mut out, "BEGIN:VTODO");
        line(&mut out, &format!("UID:kith-followup-{}@kith", f.id));
        line(&mut out, &format!("DTSTAMP:{}", stamp(f.created_at)));
        match f.due_time {
            Some(t) => line(
                &mut out,
                &format!("DUE:{}", f.due.and_time(t).format("%Y%m%dT%H%M%S")),
            ),
            None => line(
                &mut out,
                &format!("DUE;VALUE=DATE:{}", f.due.format("%Y%m%d")),
            ),
        }
        line(&mut out, &format!("SUMMARY:{}", text(&summary)));
        line(&mut out, "STATUS:NEEDS-ACTION");
        // A to-do has no start, so the alarm is set from its DUE (RFC 5545 §3.8.6.3).
        line(&mut out, "BEGIN:VALARM");
        line(&mut out, "ACTION:DISPLAY");
        line(&mut out, &format!("DESCRIPTION:{}", text(&summary)));
        match alarm_before {
            0 => line(&mut out, "TRIGGER;RELATED=END:PT0S"),
            m => line(&mut out, &format!("TRIGGER;RELATED=END:-PT{m}M")),
        }
        line(&mut out, "END:VALARM");
        line(&mut out, "END:VTODO");
    }
    for c in contacts.iter().filter(|c| !c.is_archived()) {
        if let Some(b) = c.birthday {
            yearly(
                &mut out,
                &format!("kith-birthday-{}@kith", c.id),
                c.created_at,
                b,
                &format!("Birthday: {}", c.name),
            );
        }
        for (i, o) in c.occasions.iter().enumerate() {
            let uid = format!("kith-occasion-{}-{i}@kith", c.id);
            yearly(
                &mut out,
                &uid,
                c.created_at,
                o.date,
                &format!("{}: {}", o.label, c.name),
            );
        }
    }
    line(&mut out, "END:VCALENDAR");
    out
}
