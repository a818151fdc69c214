//! The notebook of names in five scripts, and the text a row should show.

use crate::common::{self, at};
use kith::domain::Kind;
use kith::store::Store;
use kith::text::terminal_width;
use unicode_segmentation::UnicodeSegmentation;

/// Vowel signs the width tables count short (মা, না, রা, জা): the case that lost cells.
pub const BENGALI: &str = "আমার নাম রাজা";
pub const DEVANAGARI: &str = "लक्ष्मी नारायण";
pub const CATALAN: &str = "Marcel·lí Gràcia";
pub const CJK: &str = "山田 太郎";
/// Emoji without joiners (names with emoji ZWJ sequences: `emoji`).
pub const EMOJI: &str = "Zoë 🎂 Family 🌻";

/// Each name with its note, long enough to be cut in the timeline at either width.
pub const PEOPLE: [(&str, &str); 5] = [
    (
        BENGALI,
        "আমার নাম রাজা, আমি কলকাতায় থাকি আর মাছ ভাজা খেতে ভালোবাসি, তাই প্রতি রবিবার বাজারে যাই আর তাজা মাছ কিনি",
    ),
    (
        DEVANAGARI,
        "लक्ष्मी जी ने दिवाली के ऑर्डर के बारे में पूछा और अगले हफ़्ते तक नमूने भेजने को कहा, क्षमा सहित",
    ),
    (
        CATALAN,
        "En Marcel·lí vol col·laborar amb la fira de Sant Jordi i demana el preu a l'engròs del torró",
    ),
    (
        CJK,
        "山田さんは来週の展示会について電話で相談したいと言っていました。見積もりを送ること。",
    ),
    (
        EMOJI,
        "Zoë 🎉 loved the 🍰 cake; the whole 👪 family wants a bigger one next time 🙏 thanks",
    ),
];

/// A notebook of [`PEOPLE`], each with their note and a promise due before the screen's today.
pub fn store() -> (tempfile::TempDir, Store) {
    let (dir, store) = common::temp_store();
    for (name, note) in PEOPLE {
        let id = common::add(&store, name, Kind::Customer);
        common::log(&store, id, at(2026, 11, 20, 10, 0), note);
        common::promise(&store, id, (2026, 11, 20), &format!("ring {name}"));
    }
    (dir, store)
}

/// `text` as a row cut to `width` columns shows it: whole when it fits, else the longest run
/// of whole grapheme clusters that leaves a column for `…`, and the `…`.
pub fn cut(text: &str, width: usize) -> String {
    if terminal_width(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for g in text.graphemes(true) {
        if terminal_width(&out) + terminal_width(g) + 1 > width {
            break;
        }
        out.push_str(g);
    }
    out + "…"
}

/// `text` as the terminal emulator of the tests holds it: it keeps a vowel sign such as া in
/// its letter's cell, so the column a terminal draws the sign in reads as a blank after it.
pub fn in_emulator(text: &str) -> String {
    let mut out = String::new();
    for g in text.graphemes(true) {
        out.push_str(g);
        out.push_str(&" ".repeat(kith::text::extra_terminal_columns(g)));
    }
    out
}
