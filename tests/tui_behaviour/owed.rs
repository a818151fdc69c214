//! Money owed on the screen: the contact header says what they owe and are owed, the review
//! (`r`) lists invoices overdue and bills to pay, and `$` records an invoice or a payment.

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

#[test]
fn an_invoice_and_a_payment_are_recorded_from_the_screen() {
    let (_dir, store) = sample_store();
    let mut state = open(&store, 120, 30);
    press(&mut state, &store, key(KeyCode::Down));
    press(&mut state, &store, key(KeyCode::Down));
    press(&mut state, &store, key(KeyCode::Char('$')));
    type_text(&mut state, &store, "250.00 EUR");
    press(&mut state, &store, key(KeyCode::Tab));
    type_text(&mut state, &store, "in 2 days");
    assert!(screen_text(&state).contains("→ Tue 24 Nov 2026"));
    press(&mut state, &store, key(KeyCode::Tab));
    type_text(&mut state, &store, "INV-77");
    assert!(screen_text(&state).contains("‹ invoice: they owe you ›"));
    press(&mut state, &store, ctrl('s'));
    assert!(
        status(&state).starts_with("Invoice of 250.00 EUR recorded, due Tue 24 Nov 2026"),
        "{:?}",
        state.status
    );
    let nuria = store.resolve("nuria").unwrap();
    let invoice = store.find_invoices("inv-77").unwrap().remove(0);
    assert_eq!((invoice.contact, invoice.owing), (nuria, Owing::TheyOweMe));

    // Past due by then: the review lists it, and `$` there pays part of it.
    invoice_due_yesterday(&store, nuria);
    press(&mut state, &store, key(KeyCode::Char('r')));
    let at = state
        .layers
        .review()
        .unwrap()
        .rows
        .iter()
        .position(|row| {
            let view = state.layers.review().unwrap();
            view.item(view.rows.iter().position(|r| r == row).unwrap())
                .is_some_and(|i| i.invoice.is_some())
        })
        .expect("an invoice in the review");
    state.layers.review_mut().unwrap().scroll.selected = at;
    press(&mut state, &store, key(KeyCode::Char('$')));
    assert!(
        screen_text(&state).contains("Payment against R-9900"),
        "{}",
        screen_text(&state)
    );
    erase(&mut state, &store, "99.00 EUR".len());
    type_text(&mut state, &store, "40 EUR");
    press(&mut state, &store, ctrl('s'));
    assert_eq!(
        status(&state),
        "Paid 40.00 EUR against R-9900: 59.00 EUR left",
        "{:?}",
        state.status
    );
}

fn invoice_due_yesterday(store: &kith::store::Store, who: ContactId) {
    let due = chrono::NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    let mut i = Invoice::new(
        who,
        Owing::TheyOweMe,
        Amount::parse("99.00 EUR").unwrap(),
        due,
        due,
        crate::common::at(2026, 11, 1, 9, 0),
    );
    i.reference = Some("R-9900".into());
    store.write(|w| w.add_invoice(&mut i)).unwrap();
}
