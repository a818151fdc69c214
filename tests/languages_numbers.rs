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

#[test]
fn counts_inside_messages_are_in_the_chosen_digits_and_still_choose_their_plural() {
    use common::binary::fails_with_env;
    let (_dir, db, home) = notebook();
    let native = |lang: &'static str, args: &[&'static str]| {
        let mut all = vec!["--lang", lang, "--digits", "native"];
        all.extend(args);
        all
    };
    // One contact: Hindi's singular form, in Devanagari digits.
    let said = fails_with_env(&db, &native("hi", &["demo"]), &env("C", &home));
    assert!(said.contains("पहले से १ संपर्क है;"), "{said}");
    let (_dir, db) = common::temp_db();
    let demo = ["demo", "--contacts", "12", "--interactions", "30"];
    let said = ok_with_env(&db, &native("bn", &demo), &env("C", &home));
    assert!(said.contains("১২টি কন্টাক্ট"), "{said}");
    assert!(!said.contains("12"), "{said}");
    let said = fails_with_env(&db, &native("hi", &["demo"]), &env("C", &home));
    assert!(said.contains("पहले से १२ संपर्क हैं;"), "{said}");
    // Without native digits, or in English, the same count in ASCII digits.
    let said = fails_with_env(&db, &["--lang", "hi", "demo"], &env("C", &home));
    assert!(said.contains("पहले से 12 संपर्क हैं;"), "{said}");
    let said = fails_with_env(&db, &["demo", "--digits", "native"], &env("C", &home));
    assert!(said.contains("already has 12 contacts;"), "{said}");
}

#[test]
fn a_message_said_in_english_for_want_of_a_translation_says_its_counts_in_the_chosen_digits() {
    let (_dir, db) = common::temp_db();
    ok_with_env(&db, &["demo"], &[]);
    let args = ["--lang", "hi", "--digits", "native", "referrals"];
    let said = ok_with_env(&db, &args, &[]);
    // Each contact's line says "(N referred, …)" (`referrals.ftl`, which Hindi lacks).
    let starts = |text: &str, digit: fn(&char) -> bool| {
        text.split('(')
            .skip(1)
            .filter(|after| after.chars().next().as_ref().is_some_and(digit))
            .count()
    };
    let devanagari = |c: &char| ('०'..='९').contains(c);
    assert!(starts(&said, devanagari) > 2, "{said}");
    assert_eq!(starts(&said, char::is_ascii_digit), 0, "{said}");
    let plain = ok_with_env(&db, &["--lang", "hi", "referrals"], &[]);
    assert_eq!(starts(&plain, devanagari), 0, "{plain}");
    assert!(starts(&plain, char::is_ascii_digit) > 2, "{plain}");
}
