//! Amounts (`120.50 EUR`, `EUR 120,5`) and currency codes: any text reads or is refused, and
//! an amount that reads shows as text that reads back as the same amount.
#![no_main]

use kith::domain::{Amount, Currency};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(amount) = Amount::parse(text) {
        let shown = amount.to_string();
        assert_eq!(Amount::parse(&shown), Ok(amount), "{shown}");
    }
    let _ = Currency::parse(text);
});
