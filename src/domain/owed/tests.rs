use super::*;
use crate::domain::test_morning;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

fn eur(text: &str) -> Amount {
    Amount::parse(&format!("{text} EUR")).expect("an amount")
}

fn invoice() -> Invoice {
    let mut i = Invoice::new(
        ContactId(7),
        Owing::TheyOweMe,
        eur("1200.00"),
        day(2026, 10, 1),
        day(2026, 10, 31),
        test_morning(),
    );
    i.id = InvoiceId(9);
    i.reference = Some("  INV-2026-014 ".into());
    i
}

#[test]
fn outstanding_is_the_amount_less_the_payments() {
    let mut i = invoice();
    i.normalize_and_validate().unwrap();
    assert_eq!(i.reference.as_deref(), Some("INV-2026-014"));
    assert_eq!(i.outstanding(), eur("1200.00"));
    i.pay(Payment {
        on: day(2026, 11, 2),
        amount: eur("200.50"),
    })
    .unwrap();
    assert_eq!(i.paid(), eur("200.50"));
    assert_eq!(i.outstanding(), eur("999.50"));
    assert!(i.is_open());
    i.pay(Payment {
        on: day(2026, 11, 3),
        amount: eur("999.50"),
    })
    .unwrap();
    assert_eq!(i.outstanding().minor, 0);
    assert!(!i.is_open());
}

#[test]
fn a_payment_in_another_currency_or_beyond_what_is_left_is_refused() {
    let mut i = invoice();
    i.normalize_and_validate().unwrap();
    let other = Payment {
        on: day(2026, 11, 2),
        amount: Amount::parse("100 USD").unwrap(),
    };
    let err = i.pay(other).unwrap_err().to_string();
    assert!(err.contains("EUR") && err.contains("USD"), "{err}");
    let too_much = Payment {
        on: day(2026, 11, 2),
        amount: eur("1200.01"),
    };
    let err = i.pay(too_much).unwrap_err().to_string();
    assert!(err.contains("1200.00 EUR"), "{err}");
    assert!(
        i.pay(Payment {
            on: day(2026, 11, 2),
            amount: eur("0"),
        })
        .is_err()
    );
    assert!(i.payments.is_empty());
}

#[test]
fn written_off_or_void_owes_nothing_and_takes_no_payment() {
    let mut i = invoice();
    i.close(Closed::WrittenOff(day(2026, 12, 1))).unwrap();
    assert_eq!(i.outstanding().minor, 0);
    assert!(!i.is_open());
    assert!(i.close(Closed::Void(day(2026, 12, 2))).is_err());
    let pay = Payment {
        on: day(2026, 12, 2),
        amount: eur("1"),
    };
    assert!(i.pay(pay).is_err());
}

#[test]
fn one_paid_in_full_is_not_written_off_but_may_be_void() {
    let mut i = invoice();
    let all = Payment {
        on: day(2026, 11, 2),
        amount: i.amount,
    };
    i.pay(all).unwrap();
    let err = i.close(Closed::WrittenOff(day(2026, 12, 1))).unwrap_err();
    assert!(
        err.to_string().contains("nothing is left to write off"),
        "{err}"
    );
    assert_eq!(i.closed, None);
    i.close(Closed::Void(day(2026, 12, 1))).unwrap();
}

#[test]
fn rules_of_a_stored_invoice() {
    let mut i = invoice();
    i.due = day(2026, 9, 30);
    assert!(i.normalize_and_validate().is_err());
    let mut i = invoice();
    i.amount = eur("0");
    assert!(i.normalize_and_validate().is_err());
    let mut i = invoice();
    i.payments.push(Payment {
        on: day(2026, 11, 1),
        amount: Amount::parse("1 USD").unwrap(),
    });
    assert!(i.normalize_and_validate().is_err());
    let mut i = invoice();
    i.reference = Some("   ".into());
    i.normalize_and_validate().unwrap();
    assert_eq!(i.reference, None);
}

#[test]
fn aging_buckets_from_days_past_due() {
    let i = invoice();
    let cases = [
        (day(2026, 10, 20), Aging::Current),
        (day(2026, 10, 31), Aging::Current),
        (day(2026, 11, 1), Aging::Late1To30),
        (day(2026, 11, 30), Aging::Late1To30),
        (day(2026, 12, 1), Aging::Late31To60),
        (day(2026, 12, 30), Aging::Late31To60),
        (day(2026, 12, 31), Aging::Late61To90),
        (day(2027, 1, 29), Aging::Late61To90),
        (day(2027, 1, 30), Aging::LateOver90),
    ];
    for (today, bucket) in cases {
        assert_eq!(i.aging(today), bucket, "{today}");
        let (from, to) = bucket.due_days(today);
        assert!(from.is_none_or(|f| f <= i.due) && to.is_none_or(|t| i.due <= t));
    }
}

#[test]
fn totals_keep_currencies_and_directions_apart() {
    let mut t = Totals::default();
    t.add(Owing::TheyOweMe, Aging::Current, eur("10.00"), 1);
    t.add(Owing::TheyOweMe, Aging::Late1To30, eur("5.50"), 1);
    t.add(
        Owing::TheyOweMe,
        Aging::Current,
        Amount::parse("1000 INR").unwrap(),
        1,
    );
    t.add(Owing::IOweThem, Aging::LateOver90, eur("3.00"), 2);
    let mine: Vec<_> = t.of(Owing::TheyOweMe).collect();
    assert_eq!(mine.len(), 2);
    let (currency, euros) = mine[0];
    assert_eq!(currency.as_str(), "EUR");
    assert_eq!(euros.total_minor(), 1550);
    assert_eq!(euros.overdue_minor(), 550);
    assert_eq!(mine[1].1.total_minor(), 100_000);
    let theirs: Vec<_> = t.of(Owing::IOweThem).collect();
    assert_eq!(theirs[0].1.count, [0, 0, 0, 0, 2]);
}

#[test]
fn directions_have_names() {
    assert_eq!(Owing::parse("Bill").unwrap(), Owing::IOweThem);
    assert_eq!(Owing::TheyOweMe.as_str(), "invoice");
}
