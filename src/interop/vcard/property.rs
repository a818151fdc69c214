//! One property line read: `[group.]NAME;PARAM=v1,v2:value`, vCard 2.1's bare parameters
//! made `TYPE=` or `ENCODING=`, names other tools cannot read made readable.

use super::decode::{media_type, quoted_printable};
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

/// A value as an error message shows it: its first 60 characters, inert.
pub(super) fn shown(s: &str) -> String {
    let s: String = s.chars().take(60).collect();
    crate::domain::text::display_line(&s).into_owned()
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

/// A property value with its backslash escapes undone (`\n`, `\,`, `\;`, `\\`).
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

/// Reads one logical line; vCard 2.1's bare parameters become `TYPE=` or `ENCODING=`, and
/// quoted-printable values are decoded in their CHARSET.
pub fn parse_property(line: usize, text: &str) -> Result<Property, String> {
    let colon = colon_outside_quotes(text)
        .ok_or_else(|| crate::say!("vcard-no-colon", text = shown(text)))?;
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
        return Err(crate::say!(
            "vcard-bad-property-name",
            name = shown(&full_name)
        ));
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
