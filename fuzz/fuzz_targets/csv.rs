//! CSV import (Google and Outlook layouts), the reading side: any file is a list of contacts or
//! an error naming the line; what was read can be checked and written back out.
#![no_main]

use kith::interop::csv::{read_csv, write_csv};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let Ok(read) = read_csv(text, chrono::NaiveDateTime::MIN) else {
        return;
    };
    let mut contacts = Vec::new();
    for mut card in read.cards {
        if card.contact.normalize_and_validate().is_ok() {
            contacts.push(card.contact);
        }
    }
    let _ = write_csv(&contacts);
});
