//! `kith duplicates` through the real binary: the same people from a phone's vCard and a Google
//! CSV, and people added twice by hand, are listed in pairs with the reason.

mod common;

use common::binary::{ok, write_and_import as import};

#[test]
fn the_same_people_from_two_sources_are_listed_with_why() {
    let (dir, db) = common::temp_db();
    import(
        &db,
        &dir.path().join("phone.vcf"),
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Puig;Núria\r\nFN:Núria Puig\r\nTEL;CELL:+34 600 111 222\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Jordi Ferrer\r\nEMAIL:jordi@celler.cat\r\nEND:VCARD\r\n",
    );
    import(
        &db,
        &dir.path().join("google.csv"),
        "Name,E-mail 1 - Value,Phone 1 - Value\nN. Puig,nuria@forn.cat,600 111 222\nBen Hughes,ben@hall.co.uk,\n",
    );
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

#[test]
fn merging_two_records_keeps_everything_of_both_in_one() {
    let (dir, db) = common::temp_db();
    import(
        &db,
        &dir.path().join("phone.vcf"),
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Núria Puig\r\nTEL;TYPE=CELL:+34 600 111 222\r\nBDAY:1984-05-14\r\nEND:VCARD\r\n",
    );
    ok(
        &db,
        &[
            "add",
            "N. Puig",
            "--email",
            "nuria@forn.cat",
            "--company",
            "Forn Puig",
            "--tag",
            "wholesale",
        ],
    );
    ok(&db, &["add", "Jordi Ferrer", "--referred-by", "N. Puig"]);
    ok(&db, &["log", "Núria Puig", "Asked about the spring order"]);
    ok(&db, &["log", "N. Puig", "Paid the March invoice"]);
    ok(&db, &["followup", "N. Puig", "fri: send the price list"]);

    let said = ok(&db, &["merge", "Núria Puig", "N. Puig"]);
    assert!(
        said.contains("Merged N. Puig (id 2) into Núria Puig (id 1): moved 1 interaction, 1 follow-up, 1 referral"),
        "{said}"
    );
    let listed = ok(&db, &["list"]);
    assert!(!listed.contains("N. Puig"), "{listed}");
    let shown = ok(&db, &["show", "Núria Puig"]);
    for kept in [
        "nuria@forn.cat",
        "+34 600 111 222",
        "Forn Puig",
        "wholesale",
        "1984-05-14",
        "Asked about the spring order",
        "Paid the March invoice",
        "send the price list",
        "Also known as N. Puig",
    ] {
        assert!(shown.contains(kept), "lost '{kept}':\n{shown}");
    }
    assert!(
        ok(&db, &["show", "Jordi Ferrer"]).contains("Núria Puig"),
        "the referral moved"
    );
    // Search, the review and the indexes follow: nothing points at the removed record.
    assert!(ok(&db, &["search", "forn"]).contains("Núria Puig"));
    assert!(ok(&db, &["due", "--days", "30"]).contains("send the price list"));
    assert!(ok(&db, &["check"]).contains("The notebook is sound."));
    let err = common::binary::fails(&db, &["merge", "Núria Puig", "Núria Puig"]);
    assert!(err.contains("cannot be merged into itself"), "{err}");
}
