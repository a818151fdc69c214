//! Follow-ups and yearly occasions as an iCalendar file (RFC 5545) a calendar can subscribe to:
//! open follow-ups as VTODO with their due date, birthdays and occasions as yearly all-day
//! VEVENTs. Every UID and DTSTAMP comes from the data, so exporting again changes nothing a
//! calendar has already seen (the tests read the output back with calcard).

use crate::domain::{Contact, Direction, FollowUp, PartialDate};
use chrono::NaiveDateTime;
use std::collections::HashMap;

use calcard::common::{CalendarScale, PartialDateTime};
use calcard::icalendar::{
    ICalendar, ICalendarAction, ICalendarComponent, ICalendarComponentType, ICalendarDuration,
    ICalendarEntry, ICalendarFrequency, ICalendarMonth, ICalendarParameter, ICalendarProperty,
    ICalendarRecurrenceRule, ICalendarRelated, ICalendarStatus, ICalendarTransparency,
    ICalendarValue, ICalendarValueType,
};
use chrono::{Datelike, NaiveDate, Timelike};

/// A DTSTAMP: kith keeps local times, and `Z` means UTC, so the time is converted (RFC 5545
/// §3.8.7.2 wants UTC). A local time a clock change skipped is taken as the hour after.
fn stamp(at: NaiveDateTime) -> PartialDateTime {
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
    PartialDateTime {
        tz_hour: Some(0),
        tz_minute: Some(0),
        ..local_time(utc)
    }
}

/// A date and time without a zone: a floating time, as kith keeps them.
fn local_time(at: NaiveDateTime) -> PartialDateTime {
    PartialDateTime {
        hour: Some(at.hour() as u8),
        minute: Some(at.minute() as u8),
        second: Some(at.second() as u8),
        ..day(at.date())
    }
}

fn day(date: NaiveDate) -> PartialDateTime {
    PartialDateTime {
        year: u16::try_from(date.year()).ok(),
        month: Some(date.month() as u8),
        day: Some(date.day() as u8),
        ..PartialDateTime::default()
    }
}

/// TEXT without control characters, which RFC 5545 §3.3.11 does not allow (a line break stays:
/// calcard writes it as `\n`). A hostile name cannot reach a calendar's screen as a command.
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect()
}

fn entry(name: ICalendarProperty, value: impl Into<ICalendarValue>) -> ICalendarEntry {
    ICalendarEntry {
        name,
        params: vec![],
        values: vec![value.into()],
    }
}

fn all_day(name: ICalendarProperty, date: NaiveDate) -> ICalendarEntry {
    ICalendarEntry {
        params: vec![ICalendarParameter::value(ICalendarValueType::Date)],
        ..entry(name, day(date))
    }
}

/// `component` with its `children` as calcard writes them inside a calendar.
fn write_component(
    out: &mut String,
    mut component: ICalendarComponent,
    children: Vec<ICalendarComponent>,
) {
    component.component_ids = (1..=children.len() as u32).collect();
    let mut components = vec![component];
    components.extend(children);
    // Writing into a String cannot fail.
    let _ = ICalendar { components }.write_to(out);
}

/// A yearly all-day event; 29 February falls on the last day of February in other years.
fn yearly(
    uid: &str,
    created: NaiveDateTime,
    date: PartialDate,
    summary: &str,
) -> ICalendarComponent {
    let mut event = ICalendarComponent::new(ICalendarComponentType::VEvent);
    event.add_uid(uid);
    event.add_dtstamp(stamp(created));
    // Without a year, the series starts in 2000, a leap year, so every day of the year exists.
    let year = date.year.unwrap_or(2000);
    let start = NaiveDate::from_ymd_opt(year, u32::from(date.month), u32::from(date.day))
        .unwrap_or(NaiveDate::MIN);
    event
        .entries
        .push(all_day(ICalendarProperty::Dtstart, start));
    let mut rule = ICalendarRecurrenceRule {
        freq: ICalendarFrequency::Yearly,
        ..ICalendarRecurrenceRule::default()
    };
    if (date.month, date.day) == (2, 29) {
        rule.bymonth = vec![ICalendarMonth::new(2, false)];
        rule.bymonthday = vec![-1];
    }
    event.add_property(ICalendarProperty::Rrule, rule);
    event.add_property(ICalendarProperty::Summary, clean(summary));
    event.add_property(
        ICalendarProperty::Transp,
        ICalendarTransparency::Transparent,
    );
    event
}

/// The start of the calendar: its BEGIN line and properties.
pub fn calendar_head() -> String {
    let mut root = ICalendarComponent::new(ICalendarComponentType::VCalendar);
    root.add_property(ICalendarProperty::Version, "2.0");
    root.add_property(ICalendarProperty::Prodid, "-//kith//kith//EN");
    root.add_property(ICalendarProperty::Calscale, CalendarScale::Gregorian);
    let mut whole = String::new();
    write_component(&mut whole, root, Vec::new());
    let tail = calendar_tail();
    whole.truncate(whole.len() - tail.len());
    whole
}

/// The end of the calendar.
pub fn calendar_tail() -> String {
    let mut empty = String::new();
    write_component(
        &mut empty,
        ICalendarComponent::new(ICalendarComponentType::VCalendar),
        Vec::new(),
    );
    // The END line, after the BEGIN line.
    let begin = empty.find('\n').map_or(0, |at| at + 1);
    empty.split_off(begin)
}

/// An open follow-up as a VTODO of the contact named `who`, with an alarm `alarm_before`
/// minutes before it is due; a closed one writes nothing.
pub fn write_followup(out: &mut String, f: &FollowUp, who: &str, alarm_before: u32) {
    if !f.is_open() {
        return;
    }
    let summary = clean(&match f.direction {
        Direction::Promise => crate::say!("export-ics-promise", text = f.text.as_str(), who = who),
        Direction::Request => crate::say!("export-ics-request", text = f.text.as_str(), who = who),
        Direction::Reminder => {
            crate::say!("export-ics-reminder", text = f.text.as_str(), who = who)
        }
    });
    let mut todo = ICalendarComponent::new(ICalendarComponentType::VTodo);
    todo.add_uid(&format!("kith-followup-{}@kith", f.id));
    todo.add_dtstamp(stamp(f.created_at));
    todo.entries.push(match f.due_time {
        Some(t) => entry(ICalendarProperty::Due, local_time(f.due.and_time(t))),
        None => all_day(ICalendarProperty::Due, f.due),
    });
    todo.add_property(ICalendarProperty::Summary, summary.as_str());
    todo.add_property(ICalendarProperty::Status, ICalendarStatus::NeedsAction);
    // A to-do has no start, so the alarm is set from its DUE (RFC 5545 §3.8.6.3).
    let mut alarm = ICalendarComponent::new(ICalendarComponentType::VAlarm);
    alarm.add_property(ICalendarProperty::Action, ICalendarAction::Display);
    alarm.add_property(ICalendarProperty::Description, summary.as_str());
    alarm.entries.push(ICalendarEntry {
        params: vec![ICalendarParameter::related(ICalendarRelated::End)],
        ..entry(
            ICalendarProperty::Trigger,
            ICalendarDuration {
                neg: alarm_before > 0,
                minutes: alarm_before,
                ..ICalendarDuration::default()
            },
        )
    });
    write_component(out, todo, vec![alarm]);
}

/// A contact's birthday and occasions as yearly events; an archived contact writes nothing.
pub fn write_occasions(out: &mut String, c: &Contact) {
    if c.is_archived() {
        return;
    }
    if let Some(b) = c.birthday {
        let event = yearly(
            &format!("kith-birthday-{}@kith", c.id),
            c.created_at,
            b,
            &crate::say!("export-ics-birthday", name = c.name.as_str()),
        );
        write_component(out, event, Vec::new());
    }
    for (i, o) in c.occasions.iter().enumerate() {
        let event = yearly(
            &format!("kith-occasion-{}-{i}@kith", c.id),
            c.created_at,
            o.date,
            &crate::say!(
                "export-ics-occasion",
                label = o.label.as_str(),
                name = c.name.as_str()
            ),
        );
        write_component(out, event, Vec::new());
    }
}

/// The calendar of `followups` (open ones are written, each with an alarm `alarm_before`
/// minutes before it is due) and of the contacts' birthdays and occasions (archived contacts
/// are left out), all to-dos first. Built and written by calcard; an export writes the same
/// pieces one at a time.
pub fn write_calendar(contacts: &[Contact], followups: &[FollowUp], alarm_before: u32) -> String {
    let names: HashMap<_, _> = contacts.iter().map(|c| (c.id, c.name.as_str())).collect();
    let mut out = calendar_head();
    for f in followups {
        let who = names.get(&f.contact).copied().unwrap_or("?");
        write_followup(&mut out, f, who, alarm_before);
    }
    for c in contacts {
        write_occasions(&mut out, c);
    }
    out.push_str(&calendar_tail());
    out
}
