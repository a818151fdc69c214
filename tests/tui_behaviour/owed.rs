//! Money owed on the screen: the contact header says what they owe and are owed, and the
//! review (`r`) lists invoices overdue and bills to pay.

use crate::common::screen::*;
use crossterm::event::KeyCode;
use kith::domain::*;

fn invoice(
    store: &kith::store::Store,
    who: &str,
    owing: Owing,
    amount: &str,
    due: (i32, u32, u32),
) {
    let contact = store.resolve(who).unwrap();
    let due = chrono::NaiveDate::from_ymd_opt(due.0, due.1, due.2).unwrap();
    let amount = Amount::parse(amount).unwrap();
    let issued = due - chrono::Duration::days(30);
    let mut i = Invoice::new(
        contact,
        owing,
        amount,
        issued,
        due,
        crate::common::at(2026, 9, 1, 9, 0),
    );
    i.reference = Some(format!("R-{}", amount.minor));
    store.write(|w| w.add_invoice(&mut i)).unwrap();
}

#[test]
fn the_header_and_the_review_show_money_owed() {
    let (_dir, store) = sample_store();
    invoice(
        &store,
        "nuria",
        Owing::TheyOweMe,
        "1200.00 EUR",
        (2026, 11, 1),
    );
    invoice(&store, "nuria", Owing::TheyOweMe, "300 INR", (2026, 12, 20));
    invoice(&store, "शर्मा", Owing::IOweThem, "80.00 EUR", (2026, 11, 25));
    let mut state = open(&store, 140, 30);
    // Àlex Vila, Ben Hughes, then Núria Puig.
    press(&mut state, &store, key(KeyCode::Down));
    press(&mut state, &store, key(KeyCode::Down));
    let shown = screen_text(&state);
    let header = shown
        .lines()
        .find(|l| l.contains("Owes you"))
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(
        header.contains("Owes you 1200.00 EUR + 300.00 INR"),
        "{header}"
    );

    press(&mut state, &store, key(KeyCode::Char('r')));
    let review = state.layers.review().expect("the review is open");
    let whats: Vec<(&str, &str)> = review
        .review
        .items()
        .map(|i| (i.name.as_str(), i.what.as_str()))
        .collect();
    assert!(
        whats.contains(&("Núria Puig", "R-120000: 1200.00 EUR left")),
        "{whats:?}"
    );
    assert!(
        whats.contains(&("अनीता शर्मा", "R-8000: 80.00 EUR left")),
        "{whats:?}"
    );
    let kinds: Vec<&str> = review
        .review
        .sections
        .iter()
        .map(|s| s.kind.key())
        .collect();
    assert!(
        kinds.ends_with(&["invoices_overdue", "bills_to_pay"]),
        "{kinds:?}"
    );
}
