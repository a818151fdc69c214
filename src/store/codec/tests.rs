//! What the codec promises: every record round-trips, older layouts still read, damaged or
//! hostile bytes are an error and never a panic.

use super::*;
use crate::domain::*;
use crate::store::legacy::{ContactV1, LabeledV1};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use proptest::prelude::*;

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z ]{0,20}",
        "\\PC{0,30}",
        Just("अनीता शर्मा".to_string()),
        Just("সুমন দাস".to_string()),
        Just("Evil\u{1b}]2;x\u{7}".to_string()),
    ]
}

fn arb_datetime() -> impl Strategy<Value = NaiveDateTime> {
    (-2_000_000_000i64..4_000_000_000)
        .prop_map(|s| chrono::DateTime::from_timestamp(s, 0).unwrap().naive_utc())
}

fn arb_partial() -> impl Strategy<Value = PartialDate> {
    (proptest::option::of(1900i32..2100), 1u8..=12, 1u8..=28)
        .prop_map(|(y, m, d)| PartialDate::new(y, m, d).unwrap())
}

fn arb_labeled() -> impl Strategy<Value = Labeled> {
    (arb_text(), proptest::option::of(arb_text())).prop_map(|(value, label)| Labeled {
        types: label.iter().map(|l| l.to_lowercase()).collect(),
        pref: label.as_ref().map(|l| (l.len() % 100) as u8 + 1),
        group: label.as_ref().map(|_| "item1".to_string()),
        group_label: label.clone(),
        value,
        label,
    })
}

fn arb_kind() -> impl Strategy<Value = Kind> {
    (0..Kind::ALL.len()).prop_map(|i| Kind::ALL[i].0)
}

prop_compose! {
    fn arb_contact()(
        id in any::<u64>(), name in arb_text(), company in proptest::option::of(arb_text()),
        kind in arb_kind(), emails in proptest::collection::vec(arb_labeled(), 0..3),
        tags in proptest::collection::vec(arb_text(), 0..4), birthday in proptest::option::of(arb_partial()),
        occasions in proptest::collection::vec((arb_text(), arb_partial()), 0..2),
        cadence in proptest::option::of(1u32..400), grade in proptest::option::of(1u8..=10),
        referred in proptest::option::of(any::<u64>()),
        archived in proptest::option::of((arb_text(), arb_datetime())),
        created in arb_datetime(), extra in proptest::collection::vec(arb_text(), 0..3),
    ) -> Contact {
        let mut c = Contact::new(name, created);
        c.id = ContactId(id);
        c.company = company;
        c.kind = kind;
        c.phones = emails.iter().rev().cloned().collect();
        c.emails = emails;
        c.tags = tags;
        c.birthday = birthday;
        c.occasions = occasions.into_iter().map(|(label, date)| Occasion { label, date }).collect();
        c.cadence_days = cadence;
        c.grade = grade;
        c.referred_by = referred.map(ContactId);
        c.archived = archived.map(|(reason, at)| Archived { reason, at });
        c.vcard_extra = extra;
        c.name_parts = c.name.split_once(" ").map(|_| NameParts::guess(&c.name));
        c.org_units = c.tags.iter().take(2).cloned().collect();
        c.birthday_as_written = birthday.map(|b| CardDate::DayTime { day: b, time: "102200Z".into() });
        c
    }
}

prop_compose! {
    fn arb_interaction()(
        id in any::<u64>(), contact in any::<u64>(), at in arb_datetime(), ch in 0..Channel::ALL.len(),
        text in arb_text(), minor in proptest::option::of(any::<i64>()), s in proptest::option::of(0..3usize),
    ) -> Interaction {
        let mut i = Interaction::new(ContactId(contact), at, Channel::ALL[ch].0, text);
        i.id = InteractionId(id);
        i.amount = minor.map(|minor| Amount { minor, currency: Currency(*b"EUR") });
        i.sentiment = s.map(|s| Sentiment::ALL[s].0);
        i
    }
}

prop_compose! {
    fn arb_followup()(
        id in any::<u64>(), due in -100_000i32..1_000_000, secs in proptest::option::of(0u32..86_400),
        text in arb_text(), d in 0..3usize, state in 0..3u8, at in arb_datetime(),
        from in proptest::option::of(any::<u64>()),
    ) -> FollowUp {
        let due = NaiveDate::from_num_days_from_ce_opt(due).unwrap();
        let mut f = FollowUp::new(ContactId(7), due, Direction::ALL[d].0, text, at);
        f.id = FollowUpId(id);
        f.due_time = secs.map(|s| NaiveTime::from_num_seconds_from_midnight_opt(s, 0).unwrap());
        f.state = match state { 0 => FollowUpState::Open, 1 => FollowUpState::Done(at), _ => FollowUpState::Dropped(at) };
        f.from_interaction = from.map(InteractionId);
        f
    }
}

proptest! {
    #[test]
    fn contacts_round_trip(c in arb_contact()) {
        prop_assert_eq!(decode::<Contact>(&encode(&c).unwrap()).unwrap(), c);
    }

    #[test]
    fn interactions_round_trip(i in arb_interaction()) {
        prop_assert_eq!(decode::<Interaction>(&encode(&i).unwrap()).unwrap(), i);
    }

    #[test]
    fn followups_round_trip(f in arb_followup()) {
        prop_assert_eq!(decode::<FollowUp>(&encode(&f).unwrap()).unwrap(), f);
    }

    #[test]
    fn drafts_round_trip(text in arb_text(), at in arb_datetime(), ch in 0..Channel::ALL.len()) {
        let d = Draft { contact: ContactId(3), channel: Channel::ALL[ch].0, at: "2026-01-01 10:00".into(), amount: String::new(), text, saved_at: at, editing: None };
        prop_assert_eq!(decode::<Draft>(&encode(&d).unwrap()).unwrap(), d);
    }

    #[test]
    fn a_contacts_name_is_read_from_its_head(c in arb_contact()) {
        let bytes = encode(&c).unwrap();
        let (id, name) = decode_contact_name(&bytes).unwrap();
        prop_assert_eq!((id, name), (c.id, c.name.as_str()));
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = decode::<Contact>(&bytes);
        let _ = decode::<Interaction>(&bytes);
        let _ = decode::<FollowUp>(&bytes);
        let _ = decode::<Draft>(&bytes);
        let _ = decode_contact_name(&bytes);
    }

    #[test]
    fn mutated_records_never_panic(c in arb_contact(), pos in any::<usize>(), byte in any::<u8>()) {
        let mut bytes = encode(&c).unwrap();
        let at = pos % bytes.len();
        bytes[at] = byte;
        let _ = decode::<Contact>(&bytes);
        bytes.truncate(at);
        let _ = decode::<Contact>(&bytes);
    }
}

proptest! {
    #[test]
    fn postings_round_trip(mut ids in proptest::collection::vec(any::<u64>(), 0..300)) {
        ids.sort_unstable();
        ids.dedup();
        prop_assert_eq!(decode_postings(&encode_postings(&ids)).unwrap(), ids);
    }

    #[test]
    fn arbitrary_postings_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let _ = decode_postings(&bytes);
    }
}

#[test]
fn rejects_wrong_version_trailing_bytes_and_empty_values() {
    let at = NaiveDate::from_ymd_opt(2026, 1, 1)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    let mut bytes = encode(&Contact::new("Ana", at)).unwrap();
    assert_eq!(bytes[0], 2);
    bytes.push(0);
    assert!(matches!(
        decode::<Contact>(&bytes),
        Err(CodecError::Malformed(_))
    ));
    bytes.pop();
    bytes[0] = 9;
    assert_eq!(
        decode::<Contact>(&bytes),
        Err(CodecError::UnknownVersion {
            found: 9,
            expected: 2
        })
    );
    assert_eq!(decode::<Contact>(&[]), Err(CodecError::Empty));
}

#[test]
fn a_huge_length_prefix_is_refused_without_allocating() {
    // Version 1, then an id, then a name claiming to be 2^60 bytes long.
    let mut bytes = vec![1u8, 5];
    bytes.push(255);
    bytes.extend_from_slice(&(1u64 << 60).to_le_bytes());
    assert!(decode::<Contact>(&bytes).is_err());
}

#[test]
fn a_version_1_contact_decodes_into_the_current_layout() {
    let at = chrono::NaiveDate::from_ymd_opt(2025, 1, 10)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let old = ContactV1 {
        id: ContactId(7),
        name: "Núria Puig".into(),
        company: Some("Forn Puig".into()),
        title: None,
        kind: Kind::Customer,
        emails: vec![LabeledV1 {
            value: "nuria@forn.cat".into(),
            label: Some("work".into()),
        }],
        phones: vec![],
        tags: vec!["wholesale".into()],
        interests: None,
        how_we_met: None,
        referred_by: None,
        birthday: Some(PartialDate::parse("--05-14").unwrap()),
        occasions: vec![],
        cadence_days: Some(30),
        grade: None,
        profile: "rye".into(),
        archived: None,
        created_at: at,
        updated_at: at,
        vcard_extra: vec!["X-SHOE-SIZE:38".into()],
    };
    let c: Contact = decode(&encode_raw_for_tests(1, &old)).unwrap();
    assert_eq!(c.id, ContactId(7));
    assert_eq!(c.name, "Núria Puig");
    assert_eq!(c.emails[0].label.as_deref(), Some("work"));
    assert!(c.emails[0].types.is_empty() && c.name_parts.is_none());
    assert_eq!(c.birthday, Some(PartialDate::parse("--05-14").unwrap()));
    assert_eq!(c.vcard_extra, ["X-SHOE-SIZE:38"]);
    assert_eq!(c.profile, "rye");
    let v1 = encode_raw_for_tests(1, &old);
    assert_eq!(
        decode_contact_name(&v1).unwrap(),
        (ContactId(7), "Núria Puig")
    );
}

#[test]
fn a_contacts_head_of_an_unknown_layout_or_cut_short_is_an_error() {
    let mut c = Contact::new("Jordi Casals", chrono::NaiveDateTime::default());
    c.id = ContactId(3);
    let bytes = encode(&c).unwrap();
    let mut future = bytes.clone();
    future[0] = Contact::VERSION + 1;
    assert!(matches!(
        decode_contact_name(&future),
        Err(CodecError::UnknownVersion { .. })
    ));
    // Cut inside the name: its length says more bytes than there are.
    assert!(matches!(
        decode_contact_name(&bytes[..6]),
        Err(CodecError::Malformed(_))
    ));
    assert!(matches!(decode_contact_name(&[]), Err(CodecError::Empty)));
}
