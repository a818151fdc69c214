//! `W` and `V` on an invoice or a bill of the review: asked once, written off or void, taken
//! back by `u`.

use crate::common::screen::*;
use crossterm::event::KeyCode;
use kith::domain::*;

fn overdue(store: &kith::store::Store, who: &str, reference: &str) {
    let due = chrono::NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    let mut i = Invoice::new(
        store.resolve(who).unwrap(),
        Owing::TheyOweMe,
        Amount::parse("99.00 EUR").unwrap(),
        due,
        due,
        crate::common::at(2026, 11, 1, 9, 0),
    );
    i.reference = Some(reference.into());
    store.write(|w| w.add_invoice(&mut i)).unwrap();
}

/// Opens the review and selects its first invoice or bill.
fn select_the_invoice(state: &mut kith::tui::state::State, store: &kith::store::Store) {
    press(state, store, key(KeyCode::Char('r')));
    let view = state.layers.review().unwrap();
    let at = (0..view.rows.len())
        .find(|&row| view.item(row).is_some_and(|i| i.invoice.is_some()))
        .expect("an invoice in the review");
    state.layers.review_mut().unwrap().scroll.selected = at;
}

fn open_left(store: &kith::store::Store, reference: &str) -> Option<Closed> {
    store.find_invoices(reference).unwrap().remove(0).closed
}

#[test]
fn w_writes_off_the_selected_invoice_after_asking_and_u_takes_it_back() {
    let (_dir, store) = sample_store();
    overdue(&store, "nuria", "R-1");
    let mut state = open(&store, 120, 30);
    select_the_invoice(&mut state, &store);
    press(&mut state, &store, key(KeyCode::Char('W')));
    let shown = screen_text(&state);
    assert!(
        shown.contains("Write off R-1 (Núria Puig), 99.00 EUR left? (u undoes it)"),
        "{shown}"
    );
    press(&mut state, &store, key(KeyCode::Char('n')));
    assert_eq!(open_left(&store, "R-1"), None, "n changed nothing");

    press(&mut state, &store, key(KeyCode::Char('W')));
    press(&mut state, &store, key(KeyCode::Char('y')));
    assert_eq!(
        status(&state),
        "Wrote off: R-1, 99.00 EUR (u undoes it)",
        "{:?}",
        state.status
    );
    assert!(matches!(
        open_left(&store, "R-1"),
        Some(Closed::WrittenOff(_))
    ));
    let review = state.layers.review().expect("the review stays open");
    assert!(
        review.review.items().all(|i| i.invoice.is_none()),
        "the review no longer lists it"
    );
    assert_eq!(
        store.next_step(false).unwrap().unwrap().what,
        "write off R-1"
    );
}

#[test]
fn v_voids_the_selected_invoice_and_says_so_elsewhere() {
    let (_dir, store) = sample_store();
    overdue(&store, "nuria", "R-2");
    let mut state = open(&store, 120, 30);
    select_the_invoice(&mut state, &store);
    let invoice_row = state.layers.review().unwrap().scroll.selected;
    // A follow-up is no invoice: nothing is asked.
    state.layers.review_mut().unwrap().scroll.selected = 0;
    press(&mut state, &store, key(KeyCode::Char('V')));
    assert_eq!(
        status(&state),
        "Select an invoice or a bill in the review first"
    );
    assert_eq!(open_left(&store, "R-2"), None);
    state.layers.review_mut().unwrap().scroll.selected = invoice_row;
    press(&mut state, &store, key(KeyCode::Char('V')));
    assert!(screen_text(&state).contains("Void R-2 (Núria Puig), 99.00 EUR left?"));
    press(&mut state, &store, key(KeyCode::Char('y')));
    assert_eq!(status(&state), "Void: R-2, 99.00 EUR (u undoes it)");
    assert!(matches!(open_left(&store, "R-2"), Some(Closed::Void(_))));
}

#[test]
fn the_header_names_the_open_invoices_behind_what_is_owed() {
    let (_dir, store) = sample_store();
    for reference in ["R-1", "R-2", "R-3", "R-4"] {
        overdue(&store, "nuria", reference);
    }
    let paid = store.find_invoices("R-1").unwrap().remove(0);
    store
        .write(|w| {
            let mut i = w.invoice(paid.id)?;
            i.pay(Payment {
                on: i.due,
                amount: i.outstanding(),
            })?;
            w.update_invoice(&mut i)
        })
        .unwrap();
    let mut state = open(&store, 140, 30);
    // Àlex Vila, Ben Hughes, then Núria Puig.
    press(&mut state, &store, key(KeyCode::Down));
    press(&mut state, &store, key(KeyCode::Down));
    let shown = screen_text(&state);
    assert!(
        shown.contains("Owes you 297.00 EUR (R-2, R-3, R-4)"),
        "{shown}"
    );
    overdue(&store, "nuria", "R-5");
    press(&mut state, &store, key(KeyCode::Up));
    press(&mut state, &store, key(KeyCode::Down));
    let shown = screen_text(&state);
    assert!(
        shown.contains("Owes you 396.00 EUR (R-2, R-3, R-4 +1)"),
        "{shown}"
    );
}
