//! clap's frame around kith's words (help headings, the help and version options, what an
//! option's values may be, and every mistake on the command line) speaks the chosen language,
//! through the real binary: no English frame word is left in a Catalan, Hindi or Bengali run.

mod common;

use std::process::Output;

fn run(args: &[&str], lang: &str) -> Output {
    let home = tempfile::tempdir().unwrap();
    common::binary::kith_command()
        .args(args)
        .env("LANG", lang)
        .env("XDG_CONFIG_HOME", home.path())
        .output()
        .expect("the kith binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

/// The words clap writes in English, none of which a translated run may show ("Arguments:" and
/// "error:" are Catalan too).
const ENGLISH_FRAME: &[&str] = &[
    "Usage:",
    "Commands:",
    "Options:",
    "Print help",
    "Print version",
    "Print this message",
    "[env:",
    "[default:",
    "Possible values",
    "possible values",
    "For more information",
    "tip:",
    "unrecognized subcommand",
    "unexpected argument",
    "required arguments",
    "invalid value",
    "invalid float",
    "invalid digit",
];

fn no_english_frame(said: &str) {
    for english in ENGLISH_FRAME {
        assert!(!said.contains(english), "{english:?} in:\n{said}");
    }
}

/// (locale, what a mistyped command, an unknown option, a value that is not a number and a
/// missing argument say; the help's headings and notes)
struct Words {
    lang: &'static str,
    unknown_command: &'static str,
    similar: &'static str,
    unknown_option: &'static str,
    pass_as_value: &'static str,
    not_a_number: &'static str,
    missing: &'static str,
    usage: &'static str,
    more: &'static str,
    help: [&'static str; 5],
}

const LANGUAGES: [Words; 3] = [
    Words {
        lang: "ca_ES.UTF-8",
        unknown_command: "error: ordre desconeguda 'serch'",
        similar: "consell: hi ha una ordre semblant: 'search'",
        unknown_option: "argument inesperat '--foo'",
        pass_as_value: "per passar '--foo' com a valor, feu servir '-- --foo'",
        not_a_number: "valor no vàlid 'x' per a '--wait <SECS>': no és un nombre que kith pugui llegir",
        missing: "falten aquests arguments necessaris:\n  <CONTACT>",
        usage: "Ús: kith log <CONTACT> [TEXT]",
        more: "Per a més informació, proveu '--help'.",
        help: [
            "Ordres:",
            "Opcions:",
            "Mostra l'ajuda (-h en mostra un resum)",
            "[variable d'entorn: KITH_DB]",
            "[per defecte: 10]",
        ],
    },
    Words {
        lang: "hi_IN.UTF-8",
        unknown_command: "त्रुटि: अज्ञात कमांड 'serch'",
        similar: "सुझाव: मिलता-जुलता कमांड मौजूद है: 'search'",
        unknown_option: "अनपेक्षित आर्ग्युमेंट '--foo'",
        pass_as_value: "'--foo' को मान के रूप में देने के लिए '-- --foo' लिखें",
        not_a_number: "'--wait <SECS>' के लिए अमान्य मान 'x': यह ऐसी संख्या नहीं है जिसे kith पढ़ सके",
        missing: "ये ज़रूरी हैं और दिए नहीं गए:\n  <CONTACT>",
        usage: "उपयोग: kith log <CONTACT> [TEXT]",
        more: "अधिक जानकारी के लिए '--help' आज़माएँ।",
        help: [
            "कमांड:",
            "विकल्प:",
            "सहायता दिखाएँ (सारांश के लिए '-h')",
            "[एनवायरनमेंट वेरिएबल: KITH_DB]",
            "[डिफ़ॉल्ट: 10]",
        ],
    },
    Words {
        lang: "bn_IN.UTF-8",
        unknown_command: "ত্রুটি: অজানা কমান্ড 'serch'",
        similar: "পরামর্শ: কাছাকাছি একটা কমান্ড আছে: 'search'",
        unknown_option: "অপ্রত্যাশিত আর্গুমেন্ট '--foo'",
        pass_as_value: "'--foo' মান হিসেবে দিতে '-- --foo' লিখুন",
        not_a_number: "'--wait <SECS>'-এর জন্য অবৈধ মান 'x': এটা এমন সংখ্যা নয় যা kith পড়তে পারে",
        missing: "এগুলো দরকার, কিন্তু দেওয়া হয়নি:\n  <CONTACT>",
        usage: "ব্যবহার: kith log <CONTACT> [TEXT]",
        more: "আরও জানতে '--help' চেষ্টা করুন।",
        help: [
            "কমান্ড:",
            "বিকল্প:",
            "সাহায্য দেখান (সারাংশের জন্য '-h')",
            "[এনভায়রনমেন্ট ভেরিয়েবল: KITH_DB]",
            "[ডিফল্ট: 10]",
        ],
    },
];

#[test]
fn a_command_line_kith_cannot_read_is_said_in_the_language() {
    for w in &LANGUAGES {
        let out = run(&["serch", "Casals"], w.lang);
        assert_eq!(out.status.code(), Some(2));
        let err = text(&out.stderr);
        for part in [w.unknown_command, w.similar, w.more] {
            assert!(err.contains(part), "{}: {part:?} in:\n{err}", w.lang);
        }
        no_english_frame(&err);

        let err = text(&run(&["search", "--foo", "x"], w.lang).stderr);
        for part in [w.unknown_option, w.pass_as_value] {
            assert!(err.contains(part), "{}: {part:?} in:\n{err}", w.lang);
        }
        no_english_frame(&err);

        let err = text(&run(&["--wait", "x", "list"], w.lang).stderr);
        assert!(err.contains(w.not_a_number), "{}: {err}", w.lang);
        no_english_frame(&err);

        let err = text(&run(&["log"], w.lang).stderr);
        for part in [w.missing, w.usage] {
            assert!(err.contains(part), "{}: {part:?} in:\n{err}", w.lang);
        }
        no_english_frame(&err);
    }
}

#[test]
fn the_help_s_headings_and_notes_are_said_in_the_language() {
    for w in &LANGUAGES {
        for args in [&["--help"][..], &["owed", "--help"], &["search", "-h"]] {
            let out = run(args, w.lang);
            assert!(out.status.success(), "{args:?}");
            let help = text(&out.stdout);
            no_english_frame(&help);
        }
        let help = text(&run(&["--help"], w.lang).stdout);
        for part in w.help {
            assert!(help.contains(part), "{}: {part:?} in:\n{help}", w.lang);
        }
    }
}

/// English keeps clap's own layout, in kith's words.
#[test]
fn english_says_the_same_frame() {
    let err = text(&run(&["serch"], "C.UTF-8").stderr);
    assert!(err.starts_with("error: unknown command 'serch'"), "{err}");
    assert!(
        err.contains("tip: a similar command exists: 'search'"),
        "{err}"
    );
    assert!(err.contains("Usage: kith [OPTIONS] [COMMAND]"), "{err}");
    let help = text(&run(&["--help"], "C.UTF-8").stdout);
    for part in [
        "Usage: kith",
        "Commands:",
        "Options:",
        "[environment: KITH_DB]",
        "[default: 10]",
    ] {
        assert!(help.contains(part), "{part:?} in:\n{help}");
    }
}
