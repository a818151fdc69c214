//! `kith duplicates` through the real binary: the same people from a phone's vCard and a Google
//! CSV, and people added twice by hand, are listed in pairs with the reason.

mod common;

use common::binary::ok;

#[test]
fn the_same_people_from_two_sources_are_listed_with_why() {
    let (dir, db) = common::temp_db();
    let phone = dir.path().join("phone.vcf");
    std::fs::write(
        &phone,
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Puig;Núria\r\nFN:Núria Puig\r\nTEL;CELL:+34 600 111 222\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Jordi Ferrer\r\nEMAIL:jordi@celler.cat\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let google = dir.path().join("google.csv");
    std::fs::write(
        &google,
        "Name,E-mail 1 - Value,Phone 1 - Value\nN. Puig,nuria@forn.cat,600 111 222\nBen Hughes,ben@hall.co.uk,\n",
    )
    .unwrap();
    ok(&db, &["import", phone.to_str().unwrap()]);
    ok(&db, &["import", google.to_str().unwrap()]);
    ok(&db, &["add", "ben hughes"]);
    let said = ok(&db, &["duplicates"]);
    assert_eq!(
        said,
        "Núria Puig (id 1) and N. Puig (id 3): the same phone, +34 600 111 222\n\
         Ben Hughes (id 4) and ben hughes (id 5): the same name, Ben Hughes\n",
        "{said}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&ok(&db, &["duplicates", "--json"])).unwrap();
    assert_eq!(json[0]["first"]["name"], "Núria Puig");
    assert_eq!(json[0]["second"]["id"], 3);
    assert_eq!(json[1]["reasons"][0], "the same name, Ben Hughes");
    let (_dir, empty) = common::temp_db();
    ok(&empty, &["add", "Àlex Vila"]);
    assert_eq!(ok(&empty, &["duplicates"]), "No likely duplicates.\n");
}
