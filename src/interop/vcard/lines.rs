//! The first reading of a vCard file, once its bytes are text (`decode`): folded lines are
//! joined (with vCard 2.1's quoted-printable soft line breaks), and the file is cut into cards,
//! each property (read by `property`) knowing the line it started on. A damaged card is named
//! with its line and reason, and the cards around it are still read.

use super::property::{Property, parse_property, shown};
use std::fmt;

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
        let said = crate::say!(
            "vcard-damage",
            line = self.line,
            reason = self.reason.as_str()
        );
        f.write_str(&said)
    }
}

impl Damage {
    /// Text outside any card, or no card at all: what a file that is no vCard file shows.
    pub fn is_outside_cards(&self) -> bool {
        self.reason == crate::say!("vcard-no-card")
            || self
                .reason
                .starts_with(&crate::say!("vcard-not-part-of-a-card", text = ""))
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
                    reason: crate::say!("vcard-not-closed-before", line = line),
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
                    reason: crate::say!("vcard-end-closes-no-card"),
                })),
            }
            continue;
        }
        let Some((card, damage)) = current.as_mut() else {
            if !logical.trim().is_empty() {
                out.push(Err(Damage {
                    line,
                    reason: crate::say!("vcard-not-part-of-a-card", text = shown(&logical)),
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
