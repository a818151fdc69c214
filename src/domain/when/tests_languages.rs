//! Dates typed in Hindi, Bengali and Catalan, and in their digits, seen from Sunday 22
//! November 2026.

use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn reads(cases: &[(&str, NaiveDate)]) {
    for (typed, expected) in cases {
        assert_eq!(parse_when(typed, today()).ok(), Some(*expected), "{typed}");
    }
}

#[test]
fn catalan() {
    reads(&[
        ("avui", day(11, 22)),
        ("demà", day(11, 23)),
        ("Demà", day(11, 23)),
        ("ahir", day(11, 21)),
        ("demà passat", day(11, 24)),
        ("dilluns", day(11, 23)),
        ("dv.", day(11, 27)),
        ("divendres que ve", day(11, 27)),
        ("el divendres", day(11, 27)),
        ("d'aquí a 3 dies", day(11, 25)),
        ("d’aquí a 2 setmanes", day(12, 6)),
        ("en 1 mes", day(12, 22)),
        ("la setmana que ve", day(11, 29)),
        ("el mes vinent", day(12, 22)),
        ("4 de desembre", day(12, 4)),
        ("4 de des.", day(12, 4)),
        ("4 desembre 2026", day(12, 4)),
        ("1 d'abril", NaiveDate::from_ymd_opt(2027, 4, 1).unwrap()),
    ]);
}

#[test]
fn hindi() {
    reads(&[
        ("आज", day(11, 22)),
        ("कल", day(11, 23)),
        ("परसों", day(11, 24)),
        ("सोमवार", day(11, 23)),
        ("शुक्रवार को", day(11, 27)),
        ("अगले शुक्रवार", day(11, 27)),
        ("3 दिन में", day(11, 25)),
        ("३ दिन में", day(11, 25)),
        ("2 हफ़्ते बाद", day(12, 6)),
        ("2 हफ्ते में", day(12, 6)),
        ("अगले हफ़्ते", day(11, 29)),
        ("अगले सप्ताह", day(11, 29)),
        ("अगले महीने", day(12, 22)),
        ("4 दिसंबर", day(12, 4)),
        ("४ दिसम्बर", day(12, 4)),
        ("२०२६-१२-०४", day(12, 4)),
    ]);
}

#[test]
fn bengali() {
    reads(&[
        ("আজ", day(11, 22)),
        ("আগামীকাল", day(11, 23)),
        ("গতকাল", day(11, 21)),
        ("পরশু", day(11, 24)),
        ("সোমবার", day(11, 23)),
        ("আগামী শুক্রবার", day(11, 27)),
        ("৩ দিনে", day(11, 25)),
        ("৩ দিন পরে", day(11, 25)),
        ("2 সপ্তাহে", day(12, 6)),
        ("আগামী সপ্তাহে", day(11, 29)),
        ("আগামী মাসে", day(12, 22)),
        ("৪ ডিসেম্বর", day(12, 4)),
        ("২০২৬-১২-০৪", day(12, 4)),
    ]);
}

/// English reads as before, and a word of no language is still an error.
#[test]
fn english_is_untouched_and_nonsense_refused() {
    reads(&[
        ("in a week", day(11, 29)),
        ("4 dec", day(12, 4)),
        ("next month", day(12, 22)),
    ]);
    for typed in ["de", "que ve", "setmana", "दिन", "কাল", "week"] {
        assert!(parse_when(typed, today()).is_err(), "{typed}");
    }
}
