//! Bytes into text and legacy encodings undone: a file in UTF-8, UTF-16 or a line at a time
//! in the charset its CHARSET names; quoted-printable values in their CHARSET; vCard 3.0's
//! `ENCODING=b` values as the `data:` URIs of 4.0.

use super::lines::Property;
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

/// Decodes quoted-printable values in their CHARSET and turns `ENCODING=b`/`BASE64` values into
/// the `data:` URIs of vCard 4.0, so what follows meets one form.
pub(super) fn undo_legacy_encoding(p: &mut Property) {
    let encoding = p.param("ENCODING").map(str::to_ascii_uppercase);
    let charset = p.param("CHARSET").map(str::to_string);
    match encoding.as_deref() {
        Some("QUOTED-PRINTABLE") => {
            let bytes = quoted_printable(&p.value);
            let text = match charset
                .as_deref()
                .and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes()))
            {
                Some(enc) => enc.decode_without_bom_handling(&bytes).0.into_owned(),
                None => match String::from_utf8(bytes) {
                    Ok(s) => s,
                    Err(e) => encoding_rs::WINDOWS_1252
                        .decode_without_bom_handling(e.as_bytes())
                        .0
                        .into_owned(),
                },
            };
            p.value = text
                .replace("\r\n", "\n")
                .replace('\r', "\n")
                .replace('\n', "\\n");
        }
        Some("B" | "BASE64") => {
            let data: String = p.value.chars().filter(|c| !c.is_whitespace()).collect();
            let media = p
                .params
                .iter()
                .find(|(n, _)| n == "TYPE")
                .and_then(|(_, v)| v.iter().find_map(|t| media_type(t)));
            if media.is_some() {
                p.params.retain(|(n, _)| n != "TYPE");
            }
            let media = media.unwrap_or("application/octet-stream");
            p.value = format!("data:{media};base64,{data}");
            p.params.retain(|(n, _)| n != "VALUE");
        }
        _ => {}
    }
    p.params.retain(|(n, _)| n != "ENCODING" && n != "CHARSET");
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

fn quoted_printable(value: &str) -> Vec<u8> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interop::vcard::lines::{Damage, RawCard, split_cards};

    fn cards(text: &str) -> Vec<Result<RawCard, Damage>> {
        split_cards(&decode_file(text.as_bytes()).0)
    }

    #[test]
    fn vcard_21_quoted_printable_with_soft_breaks_and_charset() {
        let got = cards(
            "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98=D0=B2;J=C3=B6=\r\nrg\r\nNOTE;QUOTED-PRINTABLE:Line one=0D=0A=\r\nLine two\r\nFN;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:N=FAria\r\nTEL;CELL;PREF:+34 600\r\nEND:VCARD\r\n",
        );
        let card = got[0].as_ref().unwrap();
        assert_eq!(card.version, "2.1");
        let p = &card.properties;
        assert_eq!(p[0].value, "Ив;Jörg");
        assert!(p[0].params.is_empty(), "{:?}", p[0].params);
        assert_eq!(p[1].text(), "Line one\nLine two");
        assert_eq!(p[2].value, "Núria");
        assert_eq!(
            p[3].params,
            [(
                "TYPE".to_string(),
                vec!["CELL".to_string(), "PREF".to_string()]
            )]
        );
        assert_eq!(p[3].line, 8);
    }

    #[test]
    fn base64_becomes_a_data_uri_and_utf16_and_latin1_files_are_read() {
        let got = cards(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:K\r\nKEY;ENCODING=b:AA==\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/\r\n 4AAQ\r\nEND:VCARD\r\n",
        );
        let p = &got[0].as_ref().unwrap().properties;
        assert_eq!(
            p[1].to_string(),
            "KEY:data:application/octet-stream;base64,AA=="
        );
        assert_eq!(p[2].to_string(), "PHOTO:data:image/jpeg;base64,/9j/4AAQ");
        let utf16: Vec<u8> = "\u{feff}BEGIN:VCARD\r\nFN:Núria\r\nEND:VCARD\r\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert!(decode_file(&utf16).0.contains("FN:Núria"));
        let (text, notes) =
            decode_file(b"BEGIN:VCARD\r\nFN;CHARSET=ISO-8859-1:N\xfaria\r\nEND:VCARD\r\n");
        assert!(
            text.contains("N\u{fa}ria") && notes[0].to_string().starts_with("line 2"),
            "{notes:?}"
        );
    }
}
