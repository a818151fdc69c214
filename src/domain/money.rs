//! Money as integer minor units plus an ISO 4217 code, so sums never drift.

use super::Invalid;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A three-letter ISO 4217 currency code, upper case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Currency(pub [u8; 3]);

impl Currency {
    pub fn parse(code: &str) -> Result<Self, Invalid> {
        let upper = code.trim().to_ascii_uppercase();
        let bytes = upper.as_bytes();
        if bytes.len() == 3 && bytes.iter().all(u8::is_ascii_uppercase) {
            Ok(Currency([bytes[0], bytes[1], bytes[2]]))
        } else {
            Err(Invalid(crate::say!("money-not-a-currency", code = code)))
        }
    }

    pub fn as_str(&self) -> &str {
        // Only ever built from ASCII letters (parse, or decoded records checked by is_valid).
        std::str::from_utf8(&self.0).unwrap_or("???")
    }

    pub fn is_valid(&self) -> bool {
        self.0.iter().all(u8::is_ascii_uppercase)
    }

    /// Digits after the decimal point in this currency's minor unit.
    pub fn decimals(&self) -> u32 {
        match self.as_str() {
            "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF"
            | "UGX" | "UYI" | "VND" | "VUV" | "XAF" | "XOF" | "XPF" => 0,
            "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
            _ => 2,
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An amount of money: `minor` units of `currency` (cents for EUR, paise for INR).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Amount {
    pub minor: i64,
    pub currency: Currency,
}

impl Amount {
    /// Parses `120.50 EUR`, `EUR 120.50`, `120,50 EUR` or `1200 INR`.
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let typed = crate::words::numbers::ascii_digits(input);
        Amount::parse_ascii(input, &typed)
    }

    /// [`Amount::parse`] of `typed`, its digits ASCII; `input` as typed, for the error.
    fn parse_ascii(input: &str, typed: &str) -> Result<Self, Invalid> {
        let bad =
            |why: String| Invalid(crate::say!("money-not-an-amount", input = input, why = why));
        let parts: Vec<&str> = typed.split_whitespace().collect();
        let (number, code) = match parts.as_slice() {
            [a, b] if a.chars().all(|c| c.is_ascii_alphabetic()) => (*b, *a),
            [a, b] => (*a, *b),
            _ => return Err(bad(crate::say!("money-needs-number-and-code"))),
        };
        let currency = Currency::parse(code)?;
        let decimals = currency.decimals();
        let (negative, digits) = match number.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, number),
        };
        let (whole, fraction) = match digits.split_once(['.', ',']) {
            Some((w, f)) => (w, f),
            None => (digits, ""),
        };
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) {
            return Err(bad(crate::say!("money-not-digits")));
        }
        if fraction.len() > decimals as usize {
            return Err(bad(crate::say!(
                "money-decimal-places",
                currency = currency.as_str(),
                decimals = decimals
            )));
        }
        let scale = 10i64.pow(decimals);
        let whole: i64 = whole
            .parse()
            .map_err(|_| bad(crate::say!("money-too-large")))?;
        let mut frac: i64 = if fraction.is_empty() {
            0
        } else {
            fraction
                .parse()
                .map_err(|_| bad(crate::say!("money-bad-decimals")))?
        };
        frac *= 10i64.pow(decimals - fraction.len() as u32);
        let minor = whole
            .checked_mul(scale)
            .and_then(|w| w.checked_add(frac))
            .ok_or_else(|| bad(crate::say!("money-too-large")))?;
        Ok(Amount {
            minor: if negative { -minor } else { minor },
            currency,
        })
    }
}

impl Amount {
    /// The amount as a person reads it in the language kith speaks: grouped as its locale
    /// groups (`1,00,000.50 INR` in Hindi and Bengali, `1.000,50 EUR` in Catalan), in its own
    /// digits when those were chosen; in English as [`Display`](fmt::Display) writes it, which
    /// files for other programs keep.
    pub fn shown(&self) -> String {
        let decimals = self.currency.decimals();
        let abs = self.minor.unsigned_abs();
        let scale = 10u64.pow(decimals);
        let fraction = (decimals > 0).then(|| (abs % scale, decimals as usize));
        let number = crate::words::numbers::decimal(self.minor < 0, abs / scale, fraction);
        format!("{number} {}", self.currency)
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let decimals = self.currency.decimals();
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        if decimals == 0 {
            write!(f, "{sign}{abs} {}", self.currency)
        } else {
            let scale = 10u64.pow(decimals);
            write!(
                f,
                "{sign}{}.{:0width$} {}",
                abs / scale,
                abs % scale,
                self.currency,
                width = decimals as usize
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_displays_amounts() {
        let a = Amount::parse("120.50 EUR").unwrap();
        assert_eq!(a.minor, 12050);
        assert_eq!(a.to_string(), "120.50 EUR");
        assert_eq!(Amount::parse("EUR 120,5").unwrap().minor, 12050);
        assert_eq!(
            Amount::parse("1200 inr").unwrap().to_string(),
            "1200.00 INR"
        );
        assert_eq!(Amount::parse("500 JPY").unwrap().to_string(), "500 JPY");
        assert_eq!(Amount::parse("1.250 KWD").unwrap().minor, 1250);
        assert_eq!(Amount::parse("-3.05 USD").unwrap().to_string(), "-3.05 USD");
    }

    #[test]
    fn rejects_bad_amounts() {
        for bad in [
            "",
            "12",
            "EUR",
            "12.345 EUR",
            "1.5 JPY",
            "1e3 EUR",
            "12 EURO",
            "abc EUR",
            "99999999999999999999 EUR",
        ] {
            assert!(Amount::parse(bad).is_err(), "{bad}");
        }
    }

    /// In English an amount is shown as it is written to files.
    #[test]
    fn english_shows_what_display_writes() {
        for text in [
            "1200 INR",
            "500 JPY",
            "-3.05 USD",
            "100000.5 EUR",
            "0.07 EUR",
        ] {
            let amount = Amount::parse(text).unwrap();
            assert_eq!(amount.shown(), amount.to_string(), "{text}");
        }
        assert_eq!(
            Amount::parse("१२००.५ EUR").unwrap().to_string(),
            "1200.50 EUR"
        );
    }
}
