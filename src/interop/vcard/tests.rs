use super::*;
use crate::domain::{CardDate, NameParts};
use calcard::vcard::VCardVersion;
use chrono::NaiveDateTime;

fn now() -> NaiveDateTime {
    crate::domain::test_morning()
}

fn one(text: &str) -> Card {
    let mut read = read_text(text, now());
    assert!(read.damaged.is_empty(), "{:?}", read.damaged);
    read.cards.remove(0)
}

fn export(c: &Contact, v4: bool) -> String {
    let mut out = String::new();
    let version = if v4 {
        VCardVersion::V4_0
    } else {
        VCardVersion::V3_0
    };
    write_card(&mut out, c, version);
    out
}

const APPLE: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Puig;Núria;Maria;Dr.;Jr.\r\nFN:Núria Puig\r\nORG:Forn Puig;Obrador;Torn de nit\r\nitem1.TEL;type=pref;type=CELL;type=VOICE:+34 600 111 222\r\nitem1.X-ABLabel:_$!<Mobile>!$_\r\nTEL;TYPE=FAX,WORK:+34 972 000 000\r\nTEL;TYPE=MOBILE:+34 600 999 999\r\nitem2.EMAIL;type=INTERNET;type=HOME:nuria@casa.cat\r\nitem2.X-ABLabel:Casa\r\nitem3.ADR;type=WORK:;;Carrer Major 1;Girona;;17001;Spain\r\nitem3.X-ABLabel:Botiga\r\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-05-14\r\nitem4.X-ABDATE:2019-06-01\r\nitem4.X-ABLabel:_$!<Anniversary>!$_\r\nitem5.X-ABDATE:2020-03-02\r\nitem5.X-ABLabel:first order\r\nEND:VCARD\r\n";

#[test]
fn structure_is_kept_whole() {
    let c = one(APPLE).contact;
    let parts = c.name_parts.clone().unwrap();
    assert_eq!(parts.family, ["Puig"]);
    assert_eq!(parts.given, ["Núria"]);
    assert_eq!(parts.additional, ["Maria"]);
    assert_eq!(parts.prefixes, ["Dr."]);
    assert_eq!(parts.suffixes, ["Jr."]);
    assert_eq!(c.company.as_deref(), Some("Forn Puig"));
    assert_eq!(c.org_units, ["Obrador", "Torn de nit"]);
    assert_eq!(c.phones[0].types, ["cell", "voice"]);
    assert_eq!(c.phones[0].pref, Some(1));
    assert_eq!(c.phones[0].group.as_deref(), Some("item1"));
    assert_eq!(c.phones[0].kind_in_words().as_deref(), Some("Mobile"));
    assert_eq!(c.phones[1].types, ["fax", "work"]);
    assert_eq!(c.phones[1].kind_in_words().as_deref(), Some("fax, work"));
    assert_eq!(c.phones[2].types, ["cell"], "MOBILE is the standard cell");
    assert_eq!(c.emails[0].group_label.as_deref(), Some("Casa"));
    assert_eq!(c.birthday.unwrap().to_string(), "--05-14");
    assert_eq!(c.occasions.len(), 2);
    assert_eq!(c.occasions[0].label, "anniversary");
    assert_eq!(c.occasions[1].label, "first order");
    // The address keeps its group and label; the taken labels are not kept twice.
    assert_eq!(
        c.vcard_extra,
        [
            "item3.ADR;TYPE=WORK:;;Carrer Major 1;Girona;;17001;Spain",
            "item3.X-ABLabel:Botiga"
        ]
    );
}

#[test]
fn exports_write_each_version_and_read_back_the_same() {
    let c = one(APPLE).contact;
    let v4 = export(&c, true);
    assert!(v4.contains("N:Puig;Núria;Maria;Dr.;Jr.\r\n"), "{v4}");
    assert!(v4.contains("ORG:Forn Puig;Obrador;Torn de nit\r\n"), "{v4}");
    assert!(
        v4.contains(
            "item1.TEL;TYPE=CELL,VOICE;PREF=1:+34 600 111 222\r\nitem1.X-ABLabel:_$!<Mobile>!$_\r\n"
        ),
        "{v4}"
    );
    assert!(v4.contains("TEL;TYPE=FAX,WORK:+34 972 000 000"), "{v4}");
    assert!(v4.contains("BDAY:--0514\r\n"), "{v4}");
    assert!(v4.contains("ANNIVERSARY:20190601\r\n"), "{v4}");
    assert!(v4.contains("X-ABDATE:20200302\r\n"), "{v4}");
    let v3 = export(&c, false);
    assert!(v3.contains("TYPE=CELL,VOICE,PREF:+34 600 111 222"), "{v3}");
    assert!(v3.contains("BDAY:--05-14\r\n"), "{v3}");
    assert!(v3.contains("X-ANNIVERSARY:2019-06-01\r\n"), "{v3}");
    for (text, v4) in [(&v4, true), (&v3, false)] {
        let again = one(text).contact;
        assert_eq!(export(&again, v4), *text);
        assert_eq!(again.name_parts, c.name_parts);
        assert_eq!(again.phones, c.phones);
        assert_eq!(again.occasions, c.occasions);
    }
}

#[test]
fn dates_in_every_form_come_back() {
    let c = one("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nBDAY:1963-09-21\r\nEND:VCARD\r\n").contact;
    assert_eq!(c.birthday.unwrap().to_string(), "1963-09-21");
    let c = one("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nBDAY;VALUE=text:circa 1800\r\nANNIVERSARY:2001-06\r\nEND:VCARD\r\n").contact;
    assert_eq!(c.birthday, None);
    assert_eq!(
        c.birthday_as_written,
        Some(CardDate::Text("circa 1800".into()))
    );
    let v4 = export(&c, true);
    assert!(
        v4.contains("BDAY;VALUE=TEXT:circa 1800") || v4.contains("BDAY;VALUE=text:circa 1800"),
        "{v4}"
    );
    assert!(v4.contains("ANNIVERSARY:2001-06\r\n"), "{v4}");
    let c = one("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nBDAY:1953-10-15T23:10:00Z\r\nEND:VCARD\r\n")
        .contact;
    assert_eq!(c.birthday.unwrap().to_string(), "1953-10-15");
    assert!(export(&c, false).contains("BDAY:1953-10-15T23:10:00Z"));
}

#[test]
fn binary_properties_are_written_in_each_versions_form() {
    let c = one("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:K\r\nKEY;ENCODING=b:AA==\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ\r\nEND:VCARD\r\n").contact;
    let v3 = export(&c, false);
    assert!(v3.contains("KEY;ENCODING=b:AA==\r\n"), "{v3}");
    assert!(
        v3.contains("PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ\r\n"),
        "{v3}"
    );
    let v4 = export(&c, true);
    assert!(
        v4.contains("KEY:data:application/octet-stream;base64"),
        "{v4}"
    );
    assert!(!v4.contains("ENCODING"), "{v4}");
}

#[test]
fn a_card_without_a_name_is_named_and_that_is_said() {
    for (line, name, from) in [
        ("ORG:Forn Puig", "Forn Puig", "organisation"),
        ("EMAIL:ana@x.cat", "ana@x.cat", "email"),
        ("TEL:+34 600", "+34 600", "phone"),
    ] {
        let card = one(&format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n{line}\r\nEND:VCARD\r\n"
        ));
        assert_eq!(card.contact.name, name);
        assert!(card.notes[0].to_string().contains(from), "{:?}", card.notes);
        // Its N stays empty: no person's name is guessed from it.
        assert_eq!(card.contact.name_parts, Some(NameParts::default()));
        assert!(export(&card.contact, true).contains("N:;;;;\r\n"));
    }
    // Nothing to know it by, but something to keep: kept, named by where it was.
    let card = one("\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:who\r\nEND:VCARD\r\n");
    assert_eq!(card.contact.name, "Unnamed card (line 2)");
    assert_eq!(card.contact.profile, "who");
    // Nothing at all: passed over, and said.
    let read = read_text("BEGIN:VCARD\r\nEND:VCARD\r\n", now());
    assert!(read.cards.is_empty() && read.damaged.is_empty());
    assert_eq!(
        read.notes
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        ["line 1: an empty card was passed over"]
    );
}

#[test]
fn long_uids_come_back_whole() {
    let uid = format!("urn:uuid:{}", "0123456789abcdef".repeat(8));
    let c = one(&format!(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nUID:{uid}\r\nEND:VCARD\r\n"
    ))
    .contact;
    assert_eq!(uid_of(&c).as_deref(), Some(uid.as_str()));
    let out = export(&c, true);
    assert_eq!(uid_of(&one(&out).contact).as_deref(), Some(uid.as_str()));
}
