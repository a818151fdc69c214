//! The stats screen (`s`): each chart drawn from known numbers at the smallest supported size and
//! a roomy one, and moving through it as a person does — Tab from chart to chart, j/k along the
//! bars, Enter to the people behind a number and from them to a contact, Esc back out.

mod common;

use chrono::NaiveDate;
use common::screen::*;
use crossterm::event::KeyCode;
use kith::domain::*;
use kith::review::stats::*;
use kith::tui::action::{Action, Effect, Report};
use kith::tui::state::Focus;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn eur(code: &str) -> Currency {
    Currency::parse(code).unwrap()
}

/// Numbers as the store would give them for the sample notebook's people (ids 1–5).
fn numbers() -> Stats {
    let weeks = (0..8)
        .map(|i| WeekCounts {
            monday: day(2026, 9, 28) + chrono::Duration::weeks(i),
            // As the store gives them: channels with none left out.
            by_channel: [
                (Channel::InPerson, (i as u64 * 3) % 7 + 1),
                (Channel::Call, (i as u64 * 5) % 4),
                (Channel::Purchase, i as u64 % 3),
            ]
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .collect(),
        })
        .collect();
    let months = (0..6)
        .map(|i| MonthCounts {
            month: day(2026, 6 + i, 1),
            gained: u64::from(i % 3 + 1),
            lost: u64::from(i % 2),
            kept: 40 + u64::from(i * 2),
            reasons: if i % 2 == 1 {
                vec![(ArchiveReason::Price, 1)]
            } else {
                vec![]
            },
        })
        .collect();
    let mut owed = Totals::default();
    let amount = |minor, code| Amount {
        minor,
        currency: eur(code),
    };
    owed.add(Owing::TheyOweMe, Aging::Current, amount(120_000, "EUR"), 2);
    owed.add(
        Owing::TheyOweMe,
        Aging::Late31To60,
        amount(45_050, "EUR"),
        1,
    );
    owed.add(
        Owing::IOweThem,
        Aging::Late1To30,
        amount(9_900_000, "INR"),
        1,
    );
    let top = vec![TopCustomers {
        currency: eur("EUR"),
        customers: vec![
            CustomerValue {
                contact: ContactId(1),
                name: "Núria Puig".into(),
                minor: 1_254_000,
                purchases: 14,
            },
            CustomerValue {
                contact: ContactId(3),
                name: "সুমন দাস".into(),
                minor: 310_500,
                purchases: 3,
            },
        ],
    }];
    let group = |group: &str, kind, minor, contacts| GroupValue {
        group: group.into(),
        kind,
        currency: eur("EUR"),
        minor,
        contacts,
    };
    Stats {
        today: today(),
        weeks,
        months,
        owed,
        promises: Kept {
            on_time: 12,
            late: 3,
            overdue: 2,
        },
        requests: Kept {
            on_time: 5,
            late: 4,
            overdue: 1,
        },
        top,
        value_by_kind: vec![group("customer", Some(Kind::Customer), 1_564_500, 2)],
        value_by_tag: vec![group("wholesale", None, 1_254_000, 1)],
        days_between_purchases: Some(23.4),
        at_risk: vec![AtRisk {
            contact: ContactId(4),
            name: "Ben Hughes".into(),
            kind: Kind::Prospect,
            last: day(2026, 8, 30),
            rhythm: 21,
            learned: true,
            days_past: 63,
        }],
        at_risk_total: 1,
    }
}

/// Enter on the stats, without running what it asks for: the effects it asks for.
fn ask_people(state: &mut kith::tui::state::State) -> Vec<Effect> {
    kith::tui::update::update(state, Action::Open)
}

/// The sample notebook's screen with the stats open on `numbers()`.
fn stats_screen(
    w: u16,
    h: u16,
) -> (
    tempfile::TempDir,
    kith::store::Store,
    kith::tui::state::State,
) {
    let (dir, store) = sample_store();
    let mut state = open(&store, w, h);
    act(&mut state, &store, Report::StatsLoaded(Box::new(numbers())));
    (dir, store, state)
}

#[test]
fn every_chart_at_both_sizes() {
    let names = [
        "weeks",
        "customers",
        "owed",
        "promises",
        "top",
        "value",
        "at_risk",
    ];
    for (w, h) in SIZES {
        let (_dir, store, mut state) = stats_screen(w, h);
        for name in names {
            insta::assert_snapshot!(format!("stats_{name}_{w}x{h}"), draw(&state).backend());
            press(&mut state, &store, key(KeyCode::Tab));
        }
        assert!(
            screen_text(&state).contains("Weeks"),
            "Tab after the last chart comes back to the first"
        );
    }
}

#[test]
fn s_opens_the_stats_of_the_notebook_and_esc_closes_them() {
    let (_dir, store, mut state) = sample_screen(120, 40);
    press(&mut state, &store, key(KeyCode::Char('s')));
    assert_eq!(state.focus(), Focus::Stats);
    let text = screen_text(&state);
    assert!(text.contains("Stats · Sun 22 Nov 2026"), "{text}");
    press(&mut state, &store, key(KeyCode::Esc));
    assert_eq!(state.focus(), Focus::List);
}

#[test]
fn bars_move_and_say_their_numbers() {
    let (_dir, store, mut state) = stats_screen(120, 40);
    // The weeks chart opens on the latest week: week 47 (from Mon 16 Nov).
    assert!(screen_text(&state).contains("Week 47 (from Mon 16 Nov): 5 interactions"));
    press(&mut state, &store, key(KeyCode::Char('k')));
    let text = screen_text(&state);
    assert!(
        text.contains("Week 46 (from Mon 09 Nov): 7 interactions — in person 5, calls 2 ·"),
        "{text}"
    );
    press(&mut state, &store, key(KeyCode::Tab));
    assert!(screen_text(&state).contains(
        "Nov 2026: 3 gained, 1 lost (price 1), 50 customers at the month's end · Enter: who was gained"
    ));
    press(&mut state, &store, key(KeyCode::Char('g')));
    assert!(screen_text(&state).contains("Jun 2026: 1 gained, 0 lost, 40 customers"));
    press(&mut state, &store, key(KeyCode::Tab));
    press(&mut state, &store, key(KeyCode::Char('j')));
    let text = screen_text(&state);
    assert!(
        text.contains("Owed to you, 1-30 days late: EUR 0.00 in 0 invoices")
            || text.contains("Owed to you, 1-30 days late: 0.00 EUR in 0 invoices"),
        "{text}"
    );
    press(&mut state, &store, key(KeyCode::Tab));
    assert!(screen_text(&state).contains("12 kept on time, 3 late, 2 overdue (70 % on time)"));
}

#[test]
fn enter_lists_the_people_behind_a_bar_and_opens_one() {
    let (_dir, store, mut state) = stats_screen(120, 40);
    let bar = Bar::Week {
        monday: day(2026, 11, 16),
        channel: None,
    };
    // Enter asks the store for the people behind the week selected; their answer lists them,
    // and Enter on one opens their timeline.
    assert_eq!(
        ask_people(&mut state),
        vec![Effect::LoadPeople(bar.clone())]
    );
    act(
        &mut state,
        &store,
        Report::PeopleLoaded {
            bar,
            rows: vec![
                (ContactId(3), "সুমন দাস".into()),
                (ContactId(1), "Núria Puig".into()),
            ],
            total: 2,
        },
    );
    let text = screen_text(&state);
    assert!(
        text.contains("In touch the week of Mon 16 Nov 2026: 2 contacts"),
        "{text}"
    );
    press(&mut state, &store, key(KeyCode::Char('j')));
    press(&mut state, &store, key(KeyCode::Enter));
    assert_eq!(state.focus(), Focus::Timeline, "the stats closed on Núria");
    assert_eq!(state.list.selected_id(), Some(ContactId(1)));
}

#[test]
fn esc_from_the_people_goes_back_to_the_chart_and_a_late_answer_is_dropped() {
    let (_dir, store, mut state) = stats_screen(80, 24);
    ask_people(&mut state);
    let bar = Bar::Week {
        monday: day(2026, 11, 16),
        channel: None,
    };
    let answer = Report::PeopleLoaded {
        bar: bar.clone(),
        rows: vec![(ContactId(1), "Núria Puig".into())],
        total: 1,
    };
    act(&mut state, &store, answer.clone());
    press(&mut state, &store, key(KeyCode::Esc));
    assert_eq!(
        state.focus(),
        Focus::Stats,
        "Esc left the people, not the stats"
    );
    assert!(screen_text(&state).contains("Week 47"));
    // Tab moved on before an answer came: it no longer belongs on screen.
    ask_people(&mut state);
    press(&mut state, &store, key(KeyCode::Tab));
    act(&mut state, &store, answer);
    assert!(!screen_text(&state).contains("In touch the week of"));
}

#[test]
fn top_customers_and_at_risk_rows_open_their_contact() {
    let (_dir, store, mut state) = stats_screen(120, 40);
    for _ in 0..4 {
        press(&mut state, &store, key(KeyCode::Tab));
    }
    press(&mut state, &store, key(KeyCode::Char('j')));
    // (a vowel sign keeps its own column in the text of the screen: compare up to it)
    assert!(screen_text(&state).contains("Enter: open সুমন দ"));
    press(&mut state, &store, key(KeyCode::Enter));
    assert_eq!(state.list.selected_id(), Some(ContactId(3)));
    assert_eq!(state.focus(), Focus::Timeline);
}

#[test]
fn left_and_right_narrow_a_bar_to_one_channel_or_reason_and_enter_lists_those() {
    let (_dir, store, mut state) = stats_screen(120, 40);
    // Week 47: in person 1, calls 3, purchases 1; → picks the channels in turn, then the whole.
    press(&mut state, &store, key(KeyCode::Char('l')));
    press(&mut state, &store, key(KeyCode::Right));
    assert!(
        screen_text(&state).contains("Week 47 (from Mon 16 Nov), calls: 3 · ←/→ another channel"),
        "{}",
        screen_text(&state)
    );
    let week = |channel| Bar::Week {
        monday: day(2026, 11, 16),
        channel,
    };
    assert_eq!(
        ask_people(&mut state),
        vec![Effect::LoadPeople(week(Some(Channel::Call)))]
    );
    for _ in 0..2 {
        press(&mut state, &store, key(KeyCode::Right));
    }
    assert_eq!(ask_people(&mut state), vec![Effect::LoadPeople(week(None))]);
    press(&mut state, &store, key(KeyCode::Left));
    assert_eq!(
        ask_people(&mut state),
        vec![Effect::LoadPeople(week(Some(Channel::Purchase)))],
        "← from the whole goes to the last channel"
    );
    // November's customers lost, for the one reason they gave; then who was kept.
    press(&mut state, &store, key(KeyCode::Tab));
    press(&mut state, &store, key(KeyCode::Char('j')));
    press(&mut state, &store, key(KeyCode::Char('l')));
    assert!(screen_text(&state).contains("Nov 2026: 1 lost because of price"));
    let november = day(2026, 11, 1);
    assert_eq!(
        ask_people(&mut state),
        vec![Effect::LoadPeople(Bar::Lost {
            month: november,
            reason: Some(ArchiveReason::Price),
        })]
    );
    press(&mut state, &store, key(KeyCode::Char('j')));
    assert!(screen_text(&state).contains("Enter: who was kept"));
    assert_eq!(
        ask_people(&mut state),
        vec![Effect::LoadPeople(Bar::Kept { month: november })]
    );
}
