use super::lunar::{self, Day};
use super::*;
use chrono::{Datelike, NaiveDate};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn table(o: LocalOccasion) -> &'static [Day] {
    match o.falls() {
        Falls::Table(days) => days,
        _ => &[],
    }
}

#[test]
fn the_table_covers_every_year_for_every_lunar_occasion_in_order() {
    let lunar: Vec<_> = LocalOccasion::ALL
        .into_iter()
        .filter(|o| o.is_from_table())
        .collect();
    assert_eq!(lunar.len(), 8);
    for o in lunar {
        let days = table(o);
        for year in FIRST_YEAR..=LAST_YEAR.max(2036) {
            assert!(
                days.iter().any(|d| d.0 == year),
                "{} has no day in {year}",
                o.id()
            );
        }
        let dates: Vec<NaiveDate> = days
            .iter()
            .map(|&(y, m, d)| NaiveDate::from_ymd_opt(y, m.into(), d.into()).unwrap())
            .collect();
        assert!(
            dates.windows(2).all(|w| w[0] < w[1]),
            "{} is not strictly increasing",
            o.id()
        );
        assert!(dates.iter().all(|d| d.year() <= LAST_YEAR));
    }
}

#[test]
fn known_days_are_in_the_table() {
    let on = |o: LocalOccasion, d: NaiveDate| o.dates_between(d, d) == vec![d];
    assert!(
        on(LocalOccasion::Diwali, day(2025, 10, 20)),
        "Lakshmi Puja 2025"
    );
    assert!(
        on(LocalOccasion::EidAlFitr, day(2025, 3, 30)),
        "Umm al-Qura"
    );
    assert!(!on(LocalOccasion::EidAlFitr, day(2025, 3, 31)));
    assert!(on(LocalOccasion::Holi, day(2025, 3, 14)));
    assert!(
        on(LocalOccasion::DurgaPuja, day(2025, 9, 28)),
        "Maha Shashthi"
    );
    assert!(
        on(LocalOccasion::NewYearHindu, day(2026, 3, 19)),
        "Gudi Padwa"
    );
    assert!(on(LocalOccasion::NewYearGujarati, day(2025, 10, 22)));
    assert!(on(LocalOccasion::EidAlAdha, day(2025, 6, 6)));
    assert!(on(LocalOccasion::NewYearIslamic, day(2025, 6, 26)));
    assert_eq!(
        LocalOccasion::EidAlFitr.dates_between(day(2033, 1, 1), day(2033, 12, 31)),
        vec![day(2033, 1, 2), day(2033, 12, 23)],
        "two Eids al-Fitr in one year"
    );
}

/// The arithmetic Islamic calendar (civil epoch, the usual leap years), an independent
/// reckoning of the Umm al-Qura rows: the first day of `month` of `year` AH.
fn tabular(year: i64, month: i64) -> NaiveDate {
    let days = (year - 1) * 354 + (3 + 11 * year) / 30 + 29 * (month - 1) + month / 2;
    day(622, 7, 19) + chrono::Duration::days(days - 1 + 1)
}

#[test]
fn the_islamic_rows_agree_with_the_arithmetic_calendar_within_two_days() {
    for (o, month, add, first) in [
        (LocalOccasion::EidAlFitr, 10, 0, 1446),
        (LocalOccasion::EidAlAdha, 12, 9, 1446),
        (LocalOccasion::NewYearIslamic, 1, 0, 1447),
    ] {
        for (i, &(y, m, d)) in table(o).iter().enumerate() {
            let stated = day(y, m.into(), d.into());
            let reckoned = tabular(first + i as i64, month) + chrono::Duration::days(add);
            let apart = (stated - reckoned).num_days().abs();
            assert!(apart <= 2, "{} {stated} vs {reckoned}", o.id());
        }
    }
}

#[test]
fn past_the_table_no_day_is_invented() {
    let after = day(LAST_YEAR + 1, 1, 1);
    let end = day(LAST_YEAR + 3, 12, 31);
    assert!(LocalOccasion::Diwali.dates_between(after, end).is_empty());
    assert!(table_ends_before(after));
    assert!(!table_ends_before(day(LAST_YEAR, 12, 31)));
    assert_eq!(
        LocalOccasion::SantJordi.dates_between(after, end).len(),
        3,
        "a fixed day has no end"
    );
}

#[test]
fn fixed_days_cross_the_new_year() {
    let from = day(2026, 12, 28);
    let to = day(2027, 1, 10);
    assert_eq!(
        LocalOccasion::NewYear.dates_between(from, to),
        vec![day(2027, 1, 1)]
    );
    assert_eq!(
        LocalOccasion::PohelaBoishakh.dates_between(day(2026, 4, 1), day(2026, 4, 30)),
        vec![day(2026, 4, 14)]
    );
}

#[test]
fn name_days_match_the_given_name_folded() {
    for name in ["Jordi", "Jòrdi", "JORDI", "Jordi Casals", " jordi  Puig"] {
        assert_eq!(name_day(name), Some((4, 23)), "{name}");
    }
    assert_eq!(
        name_day("Josep Maria Vila"),
        Some((3, 19)),
        "the first name"
    );
    assert_eq!(name_day("Maria"), Some((8, 15)));
    assert_eq!(name_day("Mercè Soler"), Some((9, 24)));
    assert_eq!(name_day("Llorenç"), Some((8, 10)));
    assert_eq!(name_day("Anita Sharma"), None);
    assert_eq!(name_day(""), None);
    assert_eq!(
        name_day_dates("Núria", day(2026, 9, 1), day(2026, 9, 30)),
        vec![day(2026, 9, 8)]
    );
}

#[test]
fn the_name_table_is_sorted_folded_and_large_enough() {
    let names = super::name_days::NAME_DAYS;
    assert!(names.len() >= 60);
    assert!(names.windows(2).all(|w| w[0].0 < w[1].0));
    for (n, m, d) in names {
        assert_eq!(crate::text::fold(n), *n);
        assert!(NaiveDate::from_ymd_opt(2024, u32::from(*m), u32::from(*d)).is_some());
    }
}

#[test]
fn ids_and_codes_are_stable_and_unknown_ids_suggest_the_nearest() {
    for o in LocalOccasion::ALL {
        assert_eq!(LocalOccasion::parse(o.id()), Ok(o));
        assert_eq!(LocalOccasion::from_code(o.code()), Some(o));
    }
    assert_eq!(LocalOccasion::Diwali.code(), 5, "codes are stored");
    assert_eq!(LocalOccasion::NewYearIslamic.code(), 12);
    assert_eq!(
        LocalOccasion::parse(" Sant_Jordi "),
        Ok(LocalOccasion::SantJordi)
    );
    let err = LocalOccasion::parse("diwalli").unwrap_err();
    assert_eq!(err.nearest, Some("diwali"));
    assert!(err.to_string().contains("durga-puja"), "{err}");
    assert_eq!(LocalOccasion::parse("christmas").unwrap_err().nearest, None);
    let _ = lunar::DIWALI;
}

#[test]
fn a_celebration_holds_each_occasion_once_in_list_order() {
    let mut c = Celebration::new(Celebrant::Contact(crate::domain::ContactId(7)));
    assert_eq!(c.id, 7);
    c.add(LocalOccasion::NameDay);
    c.add(LocalOccasion::Diwali);
    c.add(LocalOccasion::NameDay);
    assert_eq!(
        c.occasions(),
        vec![LocalOccasion::Diwali, LocalOccasion::NameDay]
    );
    c.remove(LocalOccasion::Diwali);
    assert_eq!(c.occasions(), vec![LocalOccasion::NameDay]);
    let tag = Celebration::new(Celebrant::Tag("Família".into()));
    assert_eq!(tag.folded_tag().as_deref(), Some("familia"));
}
