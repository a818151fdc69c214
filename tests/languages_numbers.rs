//! Amounts, counts and days through the real binary in each language: grouped as the locale
//! groups, in native digits when asked, and read back in any digits; exports stay plain.

mod common;

use common::binary::ok_with_env;

/// A notebook with one customer, and the environment of a locale with no config of its own.
fn notebook() -> (tempfile::TempDir, std::path::PathBuf, tempfile::TempDir) {
    let (dir, db) = common::temp_db();
    let home = tempfile::tempdir().unwrap();
    ok_with_env(
        &db,
        &["add", "Anita Sharma", "--kind", "customer"],
        &[("LANG", "C")],
    );
    (dir, db, home)
}

fn env<'a>(lang: &'a str, home: &'a tempfile::TempDir) -> Vec<(&'a str, &'a str)> {
    let home = home.path().to_str().unwrap();
    vec![
        ("LANG", lang),
        ("LC_ALL", ""),
        ("LC_MESSAGES", ""),
        ("XDG_CONFIG_HOME", home),
    ]
}

#[test]
fn amounts_are_grouped_as_each_locale_groups_them() {
    let (_dir, db, home) = notebook();
    let invoice = [
        "invoice",
        "anita",
        "100000.50",
        "INR",
        "--due",
        "2026-12-04",
    ];
    let said = ok_with_env(&db, &invoice, &env("C", &home));
    assert!(said.contains("100000.50 INR, due Fri 2026-12-04"), "{said}");
    let said = ok_with_env(&db, &invoice, &env("hi_IN.UTF-8", &home));
    assert!(said.contains("1,00,000.50 INR"), "{said}");
    let said = ok_with_env(&db, &invoice, &env("bn_IN.UTF-8", &home));
    assert!(said.contains("1,00,000.50 INR"), "{said}");
    let said = ok_with_env(&db, &invoice, &env("ca_ES.UTF-8", &home));
    assert!(said.contains("100.000,50 INR"), "{said}");
    let mut native = invoice.to_vec();
    native.extend(["--digits", "native"]);
    let said = ok_with_env(&db, &native, &env("hi_IN.UTF-8", &home));
    assert!(said.contains("१,००,०००.५० INR"), "{said}");
    let said = ok_with_env(&db, &native, &env("bn_IN.UTF-8", &home));
    assert!(said.contains("১,০০,০০০.৫০ INR"), "{said}");
    // The export says what the notebook holds, the same in every language.
    let plain = ok_with_env(&db, &["export", "--format", "json"], &env("C", &home));
    let hindi = ok_with_env(
        &db,
        &["export", "--format", "json", "--digits", "native"],
        &env("hi_IN.UTF-8", &home),
    );
    assert_eq!(plain, hindi);
    assert!(plain.contains("\"100000.50 INR\""), "{plain}");
}

#[test]
fn native_digits_are_read_whatever_the_language() {
    let (_dir, db, home) = notebook();
    let said = ok_with_env(
        &db,
        &["invoice", "anita", "१२००.५० EUR", "--due", "৪ ডিসেম্বর"],
        &env("C", &home),
    );
    assert!(said.contains("1200.50 EUR, due Fri 2026-12-04"), "{said}");
    let said = ok_with_env(
        &db,
        &["followup", "Anita", "d'aquí a 3 dies: trucar"],
        &env("C", &home),
    );
    assert!(said.contains("Wed 2026-11-25"), "{said}");
    // The days `show` lists are in the digits chosen.
    let args = ["show", "anita", "--digits", "native"];
    let shown = ok_with_env(&db, &args, &env("hi_IN.UTF-8", &home));
    assert!(shown.contains("२०२६-११-२५"), "{shown}");
    let shown = ok_with_env(&db, &["show", "anita"], &env("hi_IN.UTF-8", &home));
    assert!(shown.contains("2026-11-25"), "{shown}");
}
