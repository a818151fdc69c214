//! The first reading of a vCard file, once its bytes are text (`decode`): folded lines are
//! joined (with vCard 2.1's quoted-printable soft line breaks), and the file is cut into cards,
//! each property (read by `property`) knowing the line it started on. A damaged card is named
//! with its line and reason, and the cards around it are still read.

use super::property::parse_property;
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

pub(super) fn shown(s: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn cards(text: &str) -> Vec<Result<RawCard, Damage>> {
        split_cards(&super::super::decode::decode_file(text.as_bytes()).0)
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
}
