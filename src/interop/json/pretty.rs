//! The one JSON writer: serde_json's pretty layout, with hidden and controlling characters
//! escaped.

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};
use std::io::{self, Write};

/// serde_json's pretty layout, with [`crate::domain::text::is_hostile`] characters escaped.
struct InertFormatter<'a>(PrettyFormatter<'a>);

impl Formatter for InertFormatter<'_> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        // Printable ASCII, most of any text, is never hostile: written as it is.
        if fragment.bytes().all(|b| (b' '..=b'~').contains(&b)) {
            return writer.write_all(fragment.as_bytes());
        }
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if crate::domain::text::is_hostile(c) {
                writer.write_all(&fragment.as_bytes()[start..at])?;
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    write!(writer, "\\u{unit:04x}")?;
                }
                start = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    // The layout is PrettyFormatter's own.
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// `value` as pretty JSON and a newline, with hidden and controlling characters escaped: what
/// `--json`, the JSON backup and every other JSON kith writes go through.
pub fn write_pretty<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    let mut ser =
        serde_json::Serializer::with_formatter(&mut *out, InertFormatter(PrettyFormatter::new()));
    // serde_json hands back the io::Error itself, so a closed pipe stays a closed pipe.
    value.serialize(&mut ser).map_err(io::Error::from)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::write_pretty;

    fn json(value: &serde_json::Value) -> String {
        let mut out = Vec::new();
        write_pretty(&mut out, value).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn hidden_and_controlling_characters_are_escaped_and_read_back() {
        let hostile = "a\u{1b}]0;title\u{7}b\u{9b}2J\u{7f}\u{85}\u{202e}gnp.exe\u{2066}\u{200b}\
                       \u{200d}\u{feff}\u{2028}\u{e0041}\r\n\t\0z";
        let value = serde_json::json!({ "name": hostile, hostile: [hostile] });
        let written = json(&value);
        assert!(
            written
                .chars()
                .all(|c| c == '\n' || !crate::domain::text::is_hostile(c)),
            "{written:?}"
        );
        for escaped in [
            r"\u001b",
            r"\u009b",
            r"\u007f",
            r"\u0085",
            r"\u202e",
            r"\u2066",
            r"\u200b",
            r"\u200d",
            r"\ufeff",
            r"\u2028",
            r"\udb40\udc41",
        ] {
            assert!(written.contains(escaped), "{escaped} missing: {written}");
        }
        let back: serde_json::Value = serde_json::from_str(&written).unwrap();
        assert_eq!(back, value, "reads back to the same text");
    }

    #[test]
    fn plain_text_is_written_as_serde_json_writes_it() {
        let value = serde_json::json!({"name": "Núria Puig", "tags": ["অনিতা", "क्\u{200C}ष"]});
        let mut plain = serde_json::to_string_pretty(&value).unwrap();
        plain.push('\n');
        // A joiner is escaped even in Indic text (it is invisible) and reads back the same.
        assert_eq!(json(&value), plain.replace('\u{200C}', r"\u200c"));
    }
}
