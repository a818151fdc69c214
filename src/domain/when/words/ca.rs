//! The Catalan words of the date grammar, as the English ones they mean (`when/words/other.rs`
//! reads them): `avui`, `demà`, `ahir`, `demà passat`, the weekdays (`dilluns`, `dl.`), `dilluns
//! que ve`, `d'aquí a 3 dies`, `en 2 setmanes`, `la setmana que ve`, `el mes vinent`, `4 de
//! desembre`, `4 d'abril`.

/// Phrases of several words, as English ones (the longest are tried first).
pub(super) const PHRASES: &[(&str, &str)] = &[
    ("demà passat", "in 2 days"),
    ("d'aquí a", "in"),
    ("d'aquí", "in"),
    ("la setmana que ve", "next week"),
    ("la setmana vinent", "next week"),
    ("setmana que ve", "next week"),
    ("setmana vinent", "next week"),
    ("el mes que ve", "next month"),
    ("el mes vinent", "next month"),
    ("mes que ve", "next month"),
    ("mes vinent", "next month"),
];

/// Words, as English ones: an empty one is left out (`de` in `4 de desembre`).
pub(super) const WORDS: &[(&str, &str)] = &[
    ("avui", "today"),
    ("demà", "tomorrow"),
    ("ahir", "yesterday"),
    ("en", "in"),
    ("de", ""),
    ("el", ""),
    ("dia", "day"),
    ("dies", "days"),
    ("setmana", "week"),
    ("setmanes", "weeks"),
    ("mes", "month"),
    ("mesos", "months"),
    ("dilluns", "monday"),
    ("dimarts", "tuesday"),
    ("dimecres", "wednesday"),
    ("dijous", "thursday"),
    ("divendres", "friday"),
    ("dissabte", "saturday"),
    ("diumenge", "sunday"),
    ("dl", "monday"),
    ("dt", "tuesday"),
    ("dc", "wednesday"),
    ("dj", "thursday"),
    ("dv", "friday"),
    ("ds", "saturday"),
    ("dg", "sunday"),
    ("gener", "january"),
    ("gen", "january"),
    ("febrer", "february"),
    ("febr", "february"),
    ("març", "march"),
    ("abril", "april"),
    ("abr", "april"),
    ("maig", "may"),
    ("juny", "june"),
    ("juliol", "july"),
    ("agost", "august"),
    ("ag", "august"),
    ("setembre", "september"),
    ("set", "september"),
    ("octubre", "october"),
    ("novembre", "november"),
    ("desembre", "december"),
    ("des", "december"),
];

/// Words said after what they qualify: `dilluns que ve` is `next dilluns`.
pub(super) const AFTER: &[(&str, &str)] = &[("que ve", "next"), ("vinent", "next")];
