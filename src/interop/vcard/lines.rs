//! The first reading of a vCard file, before calcard sees it: bytes become text (UTF-8, UTF-16
//! by its BOM, or a line in a legacy charset), folded lines are joined, vCard 2.1's bare
//! parameters, quoted-printable values (with soft line breaks) and CHARSET are undone, and the
//! file is cut into cards, each property knowing the line it started on. A damaged card is named
//! with its line and reason, and the cards around it are still read.

use std::fmt;

/// One property of a card: `[group.]NAME;PARAM=v1,v2:value`, the value still escaped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Property {
    /// The 1-based line of the file where it starts.
    pub line: usize,
    pub group: Option<String>,
    /// Upper case.
    pub name: String,
    /// As the file wrote it (`X-ABLabel`), for writing it back.
    pub written_name: String,
    /// The name as the file wrote it, when that was not one other tools read (`X-GOOGLE TALK`).
    pub renamed_from: Option<String>,
    /// Parameter names upper case, values as written (quotes removed).
    pub params: Vec<(String, Vec<String>)>,
    pub value: String,
}

impl Property {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .and_then(|(_, v)| v.first())
            .map(String::as_str)
    }

    /// Every value of every parameter called `name`.
    pub fn param_values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.params
            .iter()
            .filter(move |(n, _)| n == name)
            .flat_map(|(_, v)| v.iter().map(String::as_str))
    }

    /// The value with vCard's text escapes undone (`\n`, `\,`, `\;`, `\\`).
    pub fn text(&self) -> String {
        unescape(&self.value)
    }
}

impl fmt::Display for Property {
    /// The property as one unfolded line calcard reads.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(g) = &self.group {
            write!(f, "{g}.")?;
        }
        f.write_str(&self.written_name)?;
        for (name, values) in &self.params {
            write!(f, ";{name}")?;
            for (i, v) in values.iter().enumerate() {
                f.write_str(if i == 0 { "=" } else { "," })?;
                if v.contains([',', ';', ':']) {
                    write!(f, "\"{}\"", v.replace('"', "'"))?;
                } else {
                    f.write_str(v)?;
                }
            }
        }
        write!(f, ":{}", self.value)
    }
}

pub fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A card as read: where it begins, its version and its properties (BEGIN, END and VERSION
/// left out).
#[derive(Debug, Clone)]
pub struct RawCard {
    pub line: usize,
    pub version: String,
    pub properties: Vec<Property>,
    /// The file ended before the card's END:VCARD.
    pub unterminated: bool,
}

/// Why a card, or a line between cards, could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damage {
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for Damage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// Text from a file's bytes: UTF-8 (a BOM is dropped), UTF-16 by its BOM, and otherwise each
/// line that is not UTF-8 read in the charset its CHARSET names, else Windows-1252. The notes
/// say which lines were read so.
pub fn decode_file(bytes: &[u8]) -> (String, Vec<String>) {
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
                        notes.push(format!(
                            "line {}: not UTF-8, read as {}",
                            n + 1,
                            encoding.name()
                        ));
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

/// Cuts `text` into cards. Each entry is a card or the damage that stopped one (or a line of
/// something else between cards); reading goes on after damage.
pub fn split_cards(text: &str) -> Vec<Result<RawCard, Damage>> {
    let mut out = Vec::new();
    let mut current: Option<(RawCard, Option<Damage>)> = None;
    for (line, logical) in logical_lines(text) {
        let upper = logical.trim().to_ascii_uppercase();
        if upper == "BEGIN:VCARD" {
            if let Some((card, damage)) = current.take() {
                out.push(Err(damage.unwrap_or(Damage {
                    line: card.line,
                    reason: format!("this card is not closed by END:VCARD before line {line}"),
                })));
            }
            current = Some((
                RawCard {
                    line,
                    version: String::new(),
                    properties: Vec::new(),
                    unterminated: false,
                },
                None,
            ));
            continue;
        }
        if upper == "END:VCARD" {
            match current.take() {
                Some((card, None)) => out.push(Ok(card)),
                Some((_, Some(damage))) => out.push(Err(damage)),
                None => out.push(Err(Damage {
                    line,
                    reason: "END:VCARD closes no card".into(),
                })),
            }
            continue;
        }
        let Some((card, damage)) = current.as_mut() else {
            if !logical.trim().is_empty() {
                out.push(Err(Damage {
                    line,
                    reason: format!("not part of any card: {}", shown(&logical)),
                }));
            }
            continue;
        };
        if damage.is_some() || logical.trim().is_empty() {
            continue;
        }
        match parse_property(line, &logical) {
            Ok(p) if p.name == "VERSION" => card.version = p.value.trim().to_string(),
            Ok(p) => card.properties.push(p),
            Err(reason) => *damage = Some(Damage { line, reason }),
        }
    }
    if let Some((mut card, damage)) = current {
        match damage {
            Some(d) => out.push(Err(d)),
            None => {
                card.unterminated = true;
                out.push(Ok(card));
            }
        }
    }
    out
}

fn shown(s: &str) -> String {
    let s: String = s.chars().take(60).collect();
    crate::domain::text::display_line(&s).into_owned()
}

/// Physical lines joined into logical ones, each with the line it starts on: a line beginning
/// with a space or tab continues the one before; a quoted-printable value ending in `=` goes
/// on in the next line (vCard 2.1's soft line break).
fn logical_lines(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut soft_break = false;
    for (n, raw) in text.split('\n').enumerate() {
        // CRLF, LF, and the CR CR LF some Windows tools write.
        let raw = raw.trim_end_matches('\r');
        let line = n + 1;
        if soft_break && let Some((_, last)) = out.last_mut() {
            last.pop(); // the `=`
            last.push_str(raw);
        } else if raw.starts_with([' ', '\t'])
            && let Some((_, last)) = out.last_mut()
        {
            last.push_str(&raw[1..]);
        } else {
            out.push((line, raw.to_string()));
        }
        soft_break = out
            .last()
            .is_some_and(|(_, l)| l.ends_with('=') && is_quoted_printable(l));
    }
    out
}

fn is_quoted_printable(line: &str) -> bool {
    let head = line.split(':').next().unwrap_or("");
    head.to_ascii_uppercase().contains("QUOTED-PRINTABLE")
}

/// Reads one logical line; vCard 2.1's bare parameters become `TYPE=` or `ENCODING=`, and
/// quoted-printable values are decoded in their CHARSET.
pub fn parse_property(line: usize, text: &str) -> Result<Property, String> {
    let colon = colon_outside_quotes(text)
        .ok_or_else(|| format!("not a vCard property (no ':'): {}", shown(text)))?;
    let (head, value) = (&text[..colon], &text[colon + 1..]);
    let mut parts = split_outside_quotes(head, ';').into_iter();
    let full_name = parts.next().unwrap_or_default();
    let (group, name) = match full_name.rsplit_once('.') {
        Some((g, n)) => (Some(g.to_string()), n),
        None => (None, full_name.as_str()),
    };
    // RFC 6350 allows letters, digits and `-`; producers write spaces, slashes and dots too
    // (`X-GOOGLE TALK`, `X-messaging/xmpp-All`, `some.other.value`). They are read, and the
    // name is made one other tools read (`X-GOOGLE-TALK`), which `renamed_from` tells.
    let valid = |s: &str| {
        !s.trim().is_empty()
            && !s
                .chars()
                .any(|c| c.is_control() || matches!(c, '"' | ',' | '='))
    };
    if !valid(name) || group.as_deref().is_some_and(|g| !valid(g)) {
        return Err(format!("'{}' is not a property name", shown(&full_name)));
    }
    let mut params: Vec<(String, Vec<String>)> = Vec::new();
    for part in parts {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let (pname, values) = match part.split_once('=') {
            Some((n, v)) => (
                n.trim().to_ascii_uppercase(),
                split_outside_quotes(v, ',')
                    .into_iter()
                    .map(|v| v.trim().trim_matches('"').to_string())
                    .collect(),
            ),
            // vCard 2.1 writes parameter values bare: `TEL;CELL;PREF`, `NOTE;QUOTED-PRINTABLE`.
            None => {
                let upper = part.to_ascii_uppercase();
                let name = match upper.as_str() {
                    "QUOTED-PRINTABLE" | "BASE64" | "8BIT" | "7BIT" | "B" => "ENCODING",
                    _ => "TYPE",
                };
                (name.to_string(), vec![part.to_string()])
            }
        };
        match params.iter_mut().find(|(n, _)| *n == pname) {
            Some((_, existing)) => existing.extend(values),
            None => params.push((pname, values)),
        }
    }
    let tidy = |s: &str| -> String {
        s.trim()
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c
                } else {
                    '-'
                }
            })
            .collect()
    };
    let (clean_group, clean_name) = (group.as_deref().map(tidy), tidy(name));
    let renamed_from = (clean_name != name || clean_group != group).then(|| full_name.clone());
    let mut p = Property {
        line,
        group: clean_group,
        name: clean_name.to_ascii_uppercase(),
        written_name: clean_name,
        params,
        value: value.to_string(),
        renamed_from,
    };
    undo_legacy_encoding(&mut p);
    Ok(p)
}

fn colon_outside_quotes(s: &str) -> Option<usize> {
    let mut quoted = false;
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b':' if !quoted => return Some(i),
            _ => {}
        }
    }
    None
}

fn split_outside_quotes(s: &str, sep: char) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    for c in s.chars() {
        if c == '"' {
            quoted = !quoted;
        }
        if c == sep && !quoted {
            out.push(String::new());
        } else if let Some(last) = out.last_mut() {
            last.push(c);
        }
    }
    out
}

/// Decodes quoted-printable values in their CHARSET and turns `ENCODING=b`/`BASE64` values into
/// the `data:` URIs of vCard 4.0, so what follows meets one form.
fn undo_legacy_encoding(p: &mut Property) {
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
    fn names_other_tools_cannot_read_are_made_readable_and_said() {
        let p = parse_property(4, "X-GOOGLE TALK;TYPE=WORK:gtalk").unwrap();
        assert_eq!(p.to_string(), "X-GOOGLE-TALK;TYPE=WORK:gtalk");
        assert_eq!(p.renamed_from.as_deref(), Some("X-GOOGLE TALK"));
        let p = parse_property(5, "some.other.value:1").unwrap();
        assert_eq!(p.to_string(), "some-other.value:1");
        assert_eq!(
            parse_property(6, "item1.X-ABLabel:Shop")
                .unwrap()
                .renamed_from,
            None
        );
    }

    #[test]
    fn bom_lf_lowercase_and_folding() {
        let got =
            cards("\u{feff}begin:vcard\nversion:3.0\nfn:Ana\n  Puig\nnote:a\n\tb\nend:vcard\n");
        let card = got[0].as_ref().unwrap();
        assert_eq!(card.properties[0].name, "FN");
        assert_eq!(card.properties[0].value, "Ana Puig");
        assert_eq!(card.properties[1].value, "ab");
        assert_eq!(card.properties[1].line, 5);
    }

    #[test]
    fn damage_names_the_line_and_reading_goes_on() {
        let got = cards(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:One\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Two\r\nno colon here\r\nEMAIL:x@y\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Three\r\nEND:VCARD\r\nstray\r\n",
        );
        assert_eq!(got.len(), 4);
        assert!(got[0].is_ok() && got[2].is_ok());
        let damage = got[1].as_ref().unwrap_err();
        assert_eq!(damage.line, 7);
        assert!(damage.reason.contains("no ':'"), "{damage}");
        assert_eq!(got[3].as_ref().unwrap_err().line, 13);
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
            text.contains("N\u{fa}ria") && notes[0].starts_with("line 2"),
            "{notes:?}"
        );
    }
}
