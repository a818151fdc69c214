//! The Bengali words of the date grammar, as the English ones they mean (`when/words/other.rs`
//! reads them): `আজ`, `আগামীকাল`, `গতকাল`, `পরশু`, the weekdays (`সোমবার`, `সোম`), `আগামী
//! সোমবার`, `৩ দিনে`, `৩ দিন পরে`, `২ সপ্তাহে`, `আগামী সপ্তাহে`, `আগামী মাসে`, `৪ ডিসেম্বর`.
//! `কাল` alone is left out: it is yesterday as often as tomorrow.

/// Phrases of several words, as English ones (the longest are tried first).
pub(super) const PHRASES: &[(&str, &str)] = &[];

/// Words, as English ones: an empty one is left out (`পরে` in `৩ দিন পরে`).
pub(super) const WORDS: &[(&str, &str)] = &[
    ("আজ", "today"),
    ("আজকে", "today"),
    ("আগামীকাল", "tomorrow"),
    ("গতকাল", "yesterday"),
    ("পরশু", "in 2 days"),
    ("আগামী", "next"),
    ("পরের", "next"),
    ("পরে", ""),
    ("পর", ""),
    ("মধ্যে", ""),
    ("দিন", "days"),
    ("দিনে", "days"),
    ("দিনের", "days"),
    ("সপ্তাহ", "weeks"),
    ("সপ্তাহে", "weeks"),
    ("মাস", "months"),
    ("মাসে", "months"),
    ("সোমবার", "monday"),
    ("মঙ্গলবার", "tuesday"),
    ("বুধবার", "wednesday"),
    ("বৃহস্পতিবার", "thursday"),
    ("শুক্রবার", "friday"),
    ("শনিবার", "saturday"),
    ("রবিবার", "sunday"),
    ("সোম", "monday"),
    ("মঙ্গল", "tuesday"),
    ("বুধ", "wednesday"),
    ("বৃহস্পতি", "thursday"),
    ("শুক্র", "friday"),
    ("শনি", "saturday"),
    ("রবি", "sunday"),
    ("জানুয়ারি", "january"),
    ("জানুয়ারী", "january"),
    ("ফেব্রুয়ারি", "february"),
    ("ফেব্রুয়ারী", "february"),
    ("মার্চ", "march"),
    ("এপ্রিল", "april"),
    ("মে", "may"),
    ("জুন", "june"),
    ("জুলাই", "july"),
    ("আগস্ট", "august"),
    ("সেপ্টেম্বর", "september"),
    ("অক্টোবর", "october"),
    ("নভেম্বর", "november"),
    ("ডিসেম্বর", "december"),
];

/// Words said after what they qualify (none in Bengali: `আগামী` comes first).
pub(super) const AFTER: &[(&str, &str)] = &[];
