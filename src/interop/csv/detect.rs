//! What a CSV file is before its rows are read: its encoding (UTF-8 with or without BOM, UTF-16
//! by BOM or by its NULs, Shift-JIS, else Windows-1252, which is what Outlook writes), its
//! delimiter (comma, semicolon or tab, as spreadsheets in different locales write them) and
//! the names other address books give to the columns kith reads.

use crate::interop::notes::EncodingNote;
use encoding_rs::Encoding;

/// The text of a CSV file, and a note when it was not UTF-8. `forced` is `--encoding`.
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> (String, Option<EncodingNote>) {
    if let Some(encoding) = forced {
        let (text, _, _) = encoding.decode(bytes);
        return (text.into_owned(), None);
    }
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let note = (encoding != encoding_rs::UTF_8).then(|| EncodingNote::Marked(encoding.name()));
        return (text.into_owned(), note);
    }
    let nul_at = |parity: usize| {
        bytes.len() >= 4
            && bytes
                .iter()
                .skip(parity)
                .step_by(2)
                .take(64)
                .filter(|b| **b == 0)
                .count()
                * 2
                > bytes.len().min(128) / 2
    };
    for (encoding, is) in [
        (encoding_rs::UTF_16LE, nul_at(1)),
        (encoding_rs::UTF_16BE, nul_at(0)),
    ] {
        if is {
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            return (
                text.into_owned(),
                Some(EncodingNote::Marked(encoding.name())),
            );
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_string(), None);
    }
    // Shift-JIS writes Japanese as runs of high bytes; Windows-1252 text has a high byte here
    // and there between ASCII letters (N\xfaria). Both decode, so the shape decides.
    let high: Vec<usize> = (0..bytes.len()).filter(|&i| bytes[i] >= 0x80).collect();
    let in_runs = high
        .iter()
        .filter(|&&i| {
            (i > 0 && bytes[i - 1] >= 0x80) || bytes.get(i + 1).is_some_and(|b| *b >= 0x80)
        })
        .count();
    let (japanese, _, errors) = encoding_rs::SHIFT_JIS.decode(bytes);
    if !errors
        && in_runs * 2 > high.len()
        && japanese
            .chars()
            .any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}'))
    {
        return (japanese.into_owned(), Some(EncodingNote::LooksLikeShiftJis));
    }
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    (text.into_owned(), Some(EncodingNote::Windows1252))
}

/// The delimiter of the header line: whichever of comma, semicolon and tab it holds most of,
/// outside quotes.
pub fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in header.bytes() {
        if b == b'"' {
            quoted = !quoted;
        }
        if !quoted && let Some(slot) = counts.iter_mut().find(|(d, _)| *d == b) {
            slot.1 += 1;
        }
    }
    counts
        .iter()
        .copied()
        .max_by_key(|(d, n)| (*n, *d == b','))
        .map_or(b',', |(d, _)| d)
}

/// The column name kith reads for a header other address books write: Thunderbird's, and the
/// other spellings of Outlook's and Google's.
pub fn canonical(header: &str) -> &str {
    match header {
        "Display Name" | "Full Name" => "Name",
        "Primary Email" | "Email" | "E-mail" | "Email Address" => "E-mail Address",
        "Secondary Email" => "E-mail 2 Address",
        "Work Phone" => "Business Phone",
        "Mobile Number" | "Home Mobile" => "Mobile Phone",
        "Fax Number" => "Business Fax",
        "Pager Number" => "Pager",
        "Organization" | "Organisation" => "Company",
        "Note" => "Notes",
        "Group" => "Group Membership",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_recognised() {
        let text = "Name,Notes\nNúria,Cafè\n";
        assert_eq!(decode(text.as_bytes(), None), (text.to_string(), None));
        let mut bom = vec![0xef, 0xbb, 0xbf];
        bom.extend_from_slice(text.as_bytes());
        assert_eq!(decode(&bom, None).0, text);
        for (bytes, name) in [
            (
                text.encode_utf16()
                    .flat_map(u16::to_le_bytes)
                    .collect::<Vec<u8>>(),
                "UTF-16LE",
            ),
            (
                text.encode_utf16()
                    .flat_map(u16::to_be_bytes)
                    .collect::<Vec<u8>>(),
                "UTF-16BE",
            ),
        ] {
            let (got, note) = decode(&bytes, None);
            assert_eq!(got, text);
            assert!(note.unwrap().to_string().contains(name));
            let mut with_bom = if name.ends_with("LE") {
                vec![0xff, 0xfe]
            } else {
                vec![0xfe, 0xff]
            };
            with_bom.extend_from_slice(&bytes);
            assert_eq!(decode(&with_bom, None).0, text);
        }
        let (latin, note) = decode(b"Name\nN\xfaria Caf\xe8 \x80\n", None);
        assert_eq!(latin, "Name\nNúria Cafè €\n");
        assert!(note.unwrap().to_string().contains("windows-1252"));
        let sjis = encoding_rs::SHIFT_JIS.encode("名前\n山田太郎\n").0;
        assert_eq!(decode(&sjis, None).0, "名前\n山田太郎\n");
        assert_eq!(
            decode(b"N\xfaria", Some(encoding_rs::WINDOWS_1252)).0,
            "Núria"
        );
    }

    #[test]
    fn delimiters_are_recognised() {
        assert_eq!(delimiter("Name,Notes\n"), b',');
        assert_eq!(delimiter("Nom;Cognoms;\"a,b\"\n"), b';');
        assert_eq!(delimiter("Name\tE-mail Address\n"), b'\t');
        assert_eq!(delimiter("Name\n"), b',');
    }
}
