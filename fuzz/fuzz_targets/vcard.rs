//! vCard import, the reading side: any file is a list of contacts or an error; what was read
//! can be checked as kith checks a new contact and written back out.
#![no_main]

use kith::interop::vcard::{read_cards, write_cards};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let now = chrono::NaiveDateTime::MIN;
    let Ok(cards) = read_cards(text, now) else {
        return;
    };
    let mut contacts = Vec::new();
    for mut card in cards {
        if card.contact.normalize_and_validate().is_ok() {
            contacts.push(card.contact);
        }
    }
    let _ = read_cards(&write_cards(&contacts, false), now);
    let _ = write_cards(&contacts, true);
});
