//! Every parser that reads text from a person or a file, fed arbitrary Unicode: each must answer
//! with a value or an error, never a panic. The strategies mix ASCII digits and separators with
//! multi-byte letters, combining marks and joiners, because byte arithmetic on text written
//! for ASCII breaks exactly there.

mod common;

use chrono::NaiveDate;
use common::tricky::{around_valid, text};
use kith::domain::{
    Amount, Channel, Currency, Direction, Kind, Labeled, Occasion, PartialDate, Sentiment,
    capture_followups, parse_date_time, parse_when,
};
use kith::search::{fold, matcher, note_tokens, query, snippet};
use proptest::prelude::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

const DATES: &[&str] = &["1984-05-14", "05-14", "--0514", "--05-14", "19840514"];
const WHENS: &[&str] = &[
    "tomorrow",
    "fri",
    "next monday",
    "in 3 days",
    "in a week",
    "2026-12-01",
    "12-01",
    "9999-12-31",
    "9999 years",
    "fri 9 am",
    "tomorrow 10:30",
];
const AMOUNTS: &[&str] = &[
    "120.50 EUR",
    "EUR 120,5",
    "-3.05 USD",
    "1.250 KWD",
    "500 JPY",
];
const QUERIES: &[&str] = &[
    "#diwali invoice",
    "kind:customer tag:#Wholesale",
    "due:over quiet:30 archived:yes",
    "company:puig ana@forn.cat",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn dates_never_panic(s in prop_oneof![text(), around_valid(DATES)]) {
        if let Ok(d) = PartialDate::parse(&s) {
            // What parses shows again and lands on a real day in any year.
            let _ = (d.to_string(), d.in_year(2027), d.next_on_or_after(NaiveDate::MAX));
            let _ = d.next_on_or_after(NaiveDate::MIN);
        }
        let _ = parse_date_time(&s);
        let _ = Occasion::parse(&format!("anniversary={s}"));
        let _ = Occasion::parse(&s);
    }

    #[test]
    fn due_dates_and_capture_lines_never_panic(
        s in prop_oneof![text(), around_valid(WHENS)],
        days in any::<i32>(),
    ) {
        let _ = parse_when(&s, today());
        let edge = NaiveDate::MAX.checked_sub_days(chrono::Days::new(1)).unwrap();
        for day in [NaiveDate::MIN, edge, NaiveDate::MAX] {
            let _ = parse_when(&s, day);
        }
        let far = today().checked_add_signed(chrono::TimeDelta::days(i64::from(days)));
        if let Some(day) = far {
            let _ = parse_when(&s, day);
        }
        let note = format!("a note\n>> {s}\n<<{s}: what\n  >> {s}");
        let (found, errors) = capture_followups(&note, today());
        let _ = (found, errors.iter().map(ToString::to_string).count());
    }

    #[test]
    fn amounts_and_named_values_never_panic(s in prop_oneof![text(), around_valid(AMOUNTS)]) {
        if let Ok(a) = Amount::parse(&s) {
            let _ = a.to_string();
        }
        let _ = Currency::parse(&s);
        let _ = (Kind::parse(&s), Channel::parse(&s), Sentiment::parse(&s), Direction::parse(&s));
        let _ = Labeled::parse(&s).to_string();
    }

    #[test]
    fn search_lines_never_panic(
        s in prop_oneof![text(), around_valid(QUERIES)],
        other in text(),
        max in 0usize..80,
    ) {
        let _ = query::parse(&s);
        let (q, _) = query::parse_lenient(&s);
        let _ = (fold(&s), note_tokens(&s));
        let _ = snippet(&other, &q.words, max);
        let _ = snippet(&s, &[fold(&other)], max);
        let _ = snippet(&s, &q.words, max);
        let _ = matcher::highlight(&other, &q.words);
        let text = matcher::Searchable::new(&fold(&other));
        for word in &q.words {
            let needle = matcher::Needle::new(word);
            let _ = (text.find(&needle), matcher::fuzzy_score(&other, &needle));
        }
    }

    #[test]
    fn config_files_never_panic(s in text(), value in text()) {
        let _ = kith::config::Config::parse(&s);
        let _ = kith::config::Config::parse(&format!("[cadence]\ncustomer = {value}\n"));
        let _ = kith::config::Config::parse(&format!("[{value}]\n"));
    }
}
