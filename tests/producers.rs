//! What phones, Apple, Google, Outlook and scripts write, read through the real binary: vCard 2.1
//! with quoted-printable and bare parameters, a BOM, LF or CRLF, lower-case names, folding, grouped
//! labels, Apple's dates, cards without a name, damaged cards and shared UIDs. The fixtures are in
//! tests/fixtures/producers/, shaped on each producer's published exports.

mod common;

use common::binary::{fails, kith, ok, shown_contact as show, vcard_extra, write_and_import};
use serde_json::Value;
use std::path::Path;

fn fixture(name: &str) -> String {
    common::fixture_arg(&format!("producers/{name}"))
}

#[test]
fn an_android_21_export_is_read_whole() {
    let (_dir, db) = common::temp_db();
    let said = ok(&db, &["import", &fixture("android21.vcf")]);
    assert!(said.contains("created 4"), "{said}");
    let suman = show(&db, "সুমন");
    assert_eq!(suman["name"], "সুমন দাস");
    assert_eq!(suman["name_parts"]["family"], serde_json::json!(["দাস"]));
    assert_eq!(suman["name_parts"]["given"], serde_json::json!(["সুমন"]));
    assert_eq!(
        suman["profile"], "Met at the Durga Puja stall.\nOrders sweets every October.",
        "quoted-printable with a CRLF and a soft line break"
    );
    assert_eq!(suman["phones"][0]["types"], serde_json::json!(["cell"]));
    assert_eq!(suman["phones"][0]["pref"], 1);
    assert_eq!(
        suman["phones"][1]["types"],
        serde_json::json!(["work", "fax"])
    );
    assert_eq!(suman["emails"][0]["types"], serde_json::json!(["home"]));
    assert_eq!(suman["birthday"], "1984-05-14");
    // Cards with no name are named after their organisation, email or phone, and said so.
    for (name, from) in [
        ("Forn Puig", "organisation"),
        ("orders@hall-sons.co.uk", "email"),
        ("+34 600 999 888", "phone"),
    ] {
        assert!(said.contains(&format!("+ {name}")), "{said}");
        assert!(
            said.contains(&format!("{name}: the card at line"))
                && said.contains(&format!("has no name: named after its {from}")),
            "{said}"
        );
    }
    assert!(said.contains("the card at line 12 has no name: named after its organisation"));
}

#[test]
fn outlooks_bom_and_windows_1252_and_lowercase_lf_files_are_read() {
    let (_dir, db) = common::temp_db();
    ok(&db, &["import", &fixture("outlook-bom.vcf")]);
    let jordi = show(&db, "jordi");
    assert_eq!(jordi["company"], "Celler Ferrer");
    assert_eq!(jordi["org_units"], serde_json::json!(["Vendes"]));
    assert_eq!(jordi["profile"], "Cafè i vi negre".replace('è', "é"));
    assert_eq!(jordi["emails"][0]["pref"], 1);
    assert_eq!(
        jordi["phones"][0]["types"],
        serde_json::json!(["work", "voice"])
    );
    let kept = vcard_extra(&jordi);
    assert!(
        kept.contains(&"X-MS-OL-DEFAULT-POSTAL-ADDRESS:2"),
        "{kept:?}"
    );

    ok(&db, &["import", &fixture("lowercase-lf.vcf")]);
    let alex = show(&db, "alex");
    assert_eq!(alex["name"], "Àlex Vila");
    assert_eq!(
        alex["emails"][0]["types"],
        serde_json::json!(["internet", "work"])
    );
    assert_eq!(alex["emails"][0]["pref"], 1);
    assert_eq!(
        alex["profile"],
        "A long note that a producer folded at seventy-five octets, as RFC 6426 says, so the line goes on here."
    );
}

#[test]
fn apples_groups_labels_and_dates_are_kept_and_written_back() {
    let (dir, db) = common::temp_db();
    ok(&db, &["import", &fixture("apple3.vcf")]);
    let nuria = show(&db, "nuria");
    assert_eq!(nuria["name_parts"]["prefixes"], serde_json::json!(["Sra."]));
    assert_eq!(
        nuria["name_parts"]["additional"],
        serde_json::json!(["Maria"])
    );
    assert_eq!(nuria["phones"][0]["group_label"], "_$!<Mobile>!$_");
    assert_eq!(nuria["emails"][0]["group_label"], "Casa");
    assert_eq!(
        nuria["birthday"], "--05-14",
        "X-APPLE-OMIT-YEAR means no year"
    );
    assert_eq!(nuria["occasions"][0]["label"], "anniversary");
    assert_eq!(nuria["occasions"][1]["label"], "first order");
    let shown = ok(&db, &["show", "nuria"]);
    assert!(shown.contains("+34 600 111 222 (Mobile)"), "{shown}");
    assert!(shown.contains("+34 972 000 001 (work, fax)"), "{shown}");

    let v3 = ok(&db, &["export", "--format", "vcard", "--vcard3"]);
    for line in [
        "N:Puig;Núria;Maria;Sra.;\r\n",
        "ORG:Forn Puig;Obrador\r\n",
        "item1.TEL;TYPE=CELL,VOICE,PREF:+34 600 111 222\r\nitem1.X-ABLabel:_$!<Mobile>!$_\r\n",
        "item2.EMAIL;TYPE=INTERNET,HOME:nuria@casa.cat\r\nitem2.X-ABLabel:Casa\r\n",
        "BDAY:--05-14\r\n",
        "X-ANNIVERSARY:2019-06-01\r\n",
        "X-ABDATE:2020-03-02\r\n",
        "item3.ADR;TYPE=WORK,PREF:;;Carrer Major 1;Girona;;17001;Spain\r\nitem3.X-ABLabel:Botiga\r\n",
    ] {
        assert!(v3.contains(line), "{line:?} in\n{v3}");
    }
    let v4 = ok(&db, &["export", "--format", "vcard"]);
    for line in [
        "item1.TEL;TYPE=CELL,VOICE;PREF=1:+34 600 111 222\r\n",
        "BDAY:--0514\r\n",
        "ANNIVERSARY:20190601\r\n",
        "item3.ADR;TYPE=WORK;PREF=1:;;Carrer Major 1;Girona;;17001;Spain\r\n",
    ] {
        assert!(v4.contains(line), "{line:?} in\n{v4}");
    }
    // The 3.0 export, read by a fresh notebook, holds the same.
    let other = dir.path().join("other.redb");
    write_and_import(&other, &dir.path().join("back.vcf"), &v3);
    let again = show(&other, "nuria");
    for field in [
        "name_parts",
        "phones",
        "emails",
        "birthday",
        "occasions",
        "org_units",
    ] {
        assert_eq!(again[field], nuria[field], "{field}");
    }
}

#[test]
fn googles_export_keeps_its_x_google_fields_and_labelled_urls() {
    let (_dir, db) = common::temp_db();
    ok(&db, &["import", &fixture("google3.vcf")]);
    let anita = show(&db, "शर्मा");
    assert_eq!(anita["birthday"], "1979-11-02");
    assert_eq!(anita["occasions"][0]["label"], "anniversary");
    assert_eq!(anita["occasions"][0]["date"], "2005-02-14");
    let kept = vcard_extra(&anita);
    assert!(kept.contains(&"X-GOOGLE-TALK:anita.sharma"), "{kept:?}");
    assert!(
        kept.contains(&"item1.URL:https://sharma-traders.in")
            && kept.contains(&"item1.X-ABLabel:shop"),
        "{kept:?}"
    );
}

#[test]
fn a_damaged_card_is_named_and_skip_bad_imports_the_rest() {
    let (_dir, db) = common::temp_db();
    let file = fixture("damaged.vcf");
    let err = fails(&db, &["import", &file]);
    assert!(
        err.contains("damaged.vcf: line 9: not a vCard property (no ':'): this line has no colon")
            && err.contains("nothing was imported")
            && err.contains("--skip-bad"),
        "{err}"
    );
    assert_eq!(ok(&db, &["list", "--json"]).trim(), "[]", "all or nothing");
    let dry = ok(&db, &["import", "--skip-bad", "--dry-run", &file]);
    assert!(dry.contains("would create 2"), "{dry}");
    let said = ok(&db, &["import", "--skip-bad", &file]);
    assert!(
        said.contains("created 2")
            && said.contains("+ First Good")
            && said.contains("+ Third Good")
            && said.contains("skipped: line 9: not a vCard property"),
        "{said}"
    );
    assert!(!ok(&db, &["list"]).contains("Broken"));
}

#[test]
fn a_damaged_file_in_a_folder_refuses_the_folder_unless_skipped() {
    let (dir, db) = common::temp_db();
    let folder = dir.path().join("vdir");
    std::fs::create_dir(&folder).unwrap();
    std::fs::copy(fixture("lowercase-lf.vcf"), folder.join("a.vcf")).unwrap();
    std::fs::copy(fixture("damaged.vcf"), folder.join("b.vcf")).unwrap();
    let err = fails(&db, &["import", folder.to_str().unwrap()]);
    assert!(
        err.contains("b.vcf: line 9") && err.contains("nothing was imported"),
        "{err}"
    );
    let said = ok(&db, &["import", "--skip-bad", folder.to_str().unwrap()]);
    assert!(
        said.contains("(2 files): created 3")
            && said.contains("skipped:")
            && said.contains("b.vcf: line 9"),
        "{said}"
    );
}

#[test]
fn cards_sharing_a_uid_are_merged_only_when_they_are_the_same_person() {
    let (dir, db) = common::temp_db();
    let said = ok(&db, &["import", &fixture("same-uid.vcf")]);
    assert!(said.contains("created 2, merged 1"), "{said}");
    assert!(
        said.contains(
            "the card at line 7 has the UID of the card at line 1, and the same name: merged"
        ),
        "{said}"
    );
    assert!(
        said.contains("the card at line 13 has the UID of the card at line 1 (Ben Hughes), another name: kept apart"),
        "{said}"
    );
    let ben = show(&db, "ben");
    assert_eq!(ben["phones"][0]["value"], "+44 20 7946 0000");
    let carla = show(&db, "carla");
    assert_eq!(carla["emails"][0]["value"], "carla@hall-sons.co.uk");
    // Each goes out with a UID of its own, so other tools do not merge them either.
    let out = ok(&db, &["export", "--format", "vcard"]);
    assert_eq!(out.matches("UID:urn:uuid:11111111").count(), 1, "{out}");
    let other = dir.path().join("other.redb");
    let again = write_and_import(&other, &dir.path().join("out.vcf"), &out);
    assert!(again.contains("created 2, merged 0"), "{again}");
}

#[test]
fn every_producer_fixture_survives_both_round_trips() {
    let (dir, _) = common::temp_db();
    for name in [
        "android21.vcf",
        "outlook-bom.vcf",
        "lowercase-lf.vcf",
        "apple3.vcf",
        "google3.vcf",
        "same-uid.vcf",
    ] {
        let db = dir.path().join(format!("{name}.redb"));
        ok(&db, &["import", &fixture(name)]);
        for version in [&[][..], &["--vcard3"][..]] {
            let mut args = vec!["export", "--format", "vcard"];
            args.extend_from_slice(version);
            let first = ok(&db, &args);
            let file = dir.path().join(format!("{name}-{}.vcf", version.len()));
            std::fs::write(&file, &first).unwrap();
            let again = dir.path().join(format!("{name}-{}.redb", version.len()));
            let out = kith(&again, &["import", file.to_str().unwrap()]);
            assert!(out.status.success(), "{name}");
            assert_eq!(ok(&again, &args), first, "{name} {version:?}");
        }
    }
}

#[test]
fn a_json_backup_keeps_everything_a_card_gave() {
    let (dir, db) = common::temp_db();
    ok(&db, &["import", &fixture("apple3.vcf")]);
    ok(&db, &["import", &fixture("android21.vcf")]);
    let backup = dir.path().join("backup.json");
    ok(
        &db,
        &["export", "--format", "json", "-o", backup.to_str().unwrap()],
    );
    let restored = dir.path().join("restored.redb");
    ok(&restored, &["import", backup.to_str().unwrap()]);
    for version in [&[][..], &["--vcard3"][..]] {
        let mut args = vec!["export", "--format", "vcard"];
        args.extend_from_slice(version);
        assert_eq!(ok(&restored, &args), ok(&db, &args), "{version:?}");
    }
    assert_eq!(show(&restored, "nuria"), show(&db, "nuria"));
}

#[test]
fn the_demo_notebook_keeps_every_birthday_and_occasion_through_both_versions() {
    let (dir, db) = common::temp_db();
    ok(&db, &["demo", "--contacts", "300", "--interactions", "0"]);
    let facts = |db: &Path| -> Vec<(String, Value, Value, Vec<String>)> {
        let backup: Value = serde_json::from_str(&ok(db, &["export", "--format", "json"])).unwrap();
        let mut facts: Vec<_> = backup["contacts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let phones = c["phones"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|p| p["value"].as_str().unwrap().to_string())
                    .collect();
                (
                    c["emails"][0]["value"].as_str().unwrap().to_string(),
                    c["birthday"].clone(),
                    c["occasions"].clone(),
                    phones,
                )
            })
            .collect();
        facts.sort_by(|a, b| a.0.cmp(&b.0));
        facts
    };
    let before = facts(&db);
    assert!(before.iter().filter(|f| !f.1.is_null()).count() > 100);
    for (n, version) in [&[][..], &["--vcard3"][..]].into_iter().enumerate() {
        let mut args = vec!["export", "--format", "vcard"];
        args.extend_from_slice(version);
        let again = dir.path().join(format!("again{n}.redb"));
        let file = dir.path().join(format!("demo{n}.vcf"));
        write_and_import(&again, &file, &ok(&db, &args));
        assert_eq!(facts(&again), before, "{version:?}");
    }
}
