//! Bytes into text and legacy encodings undone: a file in UTF-8, UTF-16 or a line at a time
//! in the charset its CHARSET names; quoted-printable values in their CHARSET; vCard 3.0's
//! `ENCODING=b` values as the `data:` URIs of 4.0.

use crate::interop::notes::FileNote;

/// Text from a file's bytes: UTF-8 (a BOM is dropped), UTF-16 by its BOM, and otherwise each
/// line that is not UTF-8 read in the charset its CHARSET names, else Windows-1252. The notes
/// say which lines were read so.
pub fn decode_file(bytes: &[u8]) -> (String, Vec<FileNote>) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return (text.into_owned(), Vec::new());
    }
    // UTF-16 without a BOM: every other byte of ASCII text is NUL.
    if bytes.len() >= 4 && bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0 {
        let (text, _) = encoding_rs::UTF_16LE.decode_without_bom_handling(bytes);
        return (text.into_owned(), Vec::new());
    }
    if bytes.len() >= 4 && bytes[0] == 0 && bytes[2] == 0 && bytes[1] != 0 {
        let (text, _) = encoding_rs::UTF_16BE.decode_without_bom_handling(bytes);
        return (text.into_owned(), Vec::new());
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), Vec::new()),
        Err(_) => {
            let mut notes = Vec::new();
            let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
            for (n, line) in bytes.split_inclusive(|b| *b == b'\n').enumerate() {
                match std::str::from_utf8(line) {
                    Ok(text) => out.push_str(text),
                    Err(_) => {
                        let encoding = charset_of(line).unwrap_or(encoding_rs::WINDOWS_1252);
                        let (text, _) = encoding.decode_without_bom_handling(line);
                        out.push_str(&text);
                        notes.push(FileNote::LineNotUtf8 {
                            line: n + 1,
                            read_as: encoding.name(),
                        });
                    }
                }
            }
            (out, notes)
        }
    }
}

/// The encoding a line's `CHARSET=` parameter names.
fn charset_of(line: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &line[..line.iter().position(|b| *b == b':')?];
    let at = head
        .windows(8)
        .position(|w| w.eq_ignore_ascii_case(b"CHARSET="))?;
    let label: Vec<u8> = head[at + 8..]
        .iter()
        .take_while(|b| !matches!(b, b';' | b':'))
        .copied()
        .collect();
    encoding_rs::Encoding::for_label(&label)
}

/// The media type a vCard 3.0 `TYPE=` names for a photo, logo, sound or key (`JPEG`).
pub(crate) fn media_type(token: &str) -> Option<&'static str> {
    Some(match token.to_ascii_uppercase().as_str() {
        "JPEG" | "JPG" | "IMAGE/JPEG" => "image/jpeg",
        "PNG" | "IMAGE/PNG" => "image/png",
        "GIF" | "IMAGE/GIF" => "image/gif",
        "BMP" | "IMAGE/BMP" => "image/bmp",
        "TIFF" | "IMAGE/TIFF" => "image/tiff",
        "WAVE" | "WAV" | "AUDIO/WAV" => "audio/wav",
        "PGP" | "APPLICATION/PGP-KEYS" => "application/pgp-keys",
        // What calcard writes back as 3.0's TYPE=X509.
        "X509" => "application/x-x509-user-cert",
        "APPLICATION/PKIX-CERT" => "application/pkix-cert",
        _ => return None,
    })
}

pub(super) fn quoted_printable(value: &str) -> Vec<u8> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push(h << 4 | l);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}
