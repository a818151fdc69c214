//! What reading a file noticed and worked around, as data: about the file as a whole
//! ([`FileNote`]) and about one card or row ([`CardNote`]). Each says itself in the words the
//! import report has always used (`Display`); text from the file is shown as it is, and made
//! inert by whoever prints it.

use std::fmt;

/// Something read leniently about a whole file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileNote {
    /// How the text of a CSV file was read, when it was not plain UTF-8.
    Encoding(EncodingNote),
    /// A line of a vCard file that was not UTF-8, read in the charset named (its CHARSET, else
    /// windows-1252).
    LineNotUtf8 { line: usize, read_as: &'static str },
    /// A card with nothing in it, passed over.
    EmptyCard { line: usize },
    /// Columns of a CSV file that hold values no field of a contact takes (never empty).
    UnknownColumns(Vec<String>),
    /// A CSV file's header row in another language, read as its English headings.
    HeadingsIn(&'static str),
}

impl fmt::Display for FileNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            FileNote::Encoding(note) => return note.fmt(f),
            FileNote::LineNotUtf8 { line, read_as } => {
                crate::say!("vcard-line-not-utf8", line = *line, read_as = *read_as)
            }
            FileNote::EmptyCard { line } => crate::say!("vcard-empty-card", line = *line),
            FileNote::UnknownColumns(columns) => {
                crate::say!("csv-unknown-columns", columns = columns.join(", "))
            }
            FileNote::HeadingsIn(language) => {
                crate::say!("csv-headings-in", language = *language)
            }
        })
    }
}

/// How a CSV file's text was read when it was not UTF-8 (or UTF-8 with its byte-order mark).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncodingNote {
    /// In the encoding its byte-order mark or the pattern of its NUL bytes shows (UTF-16).
    Marked(&'static str),
    /// Not UTF-8, and its high bytes run as Japanese does: read as Shift_JIS.
    LooksLikeShiftJis,
    /// Not UTF-8, and nothing else fits: read as windows-1252, what Outlook writes.
    Windows1252,
}

impl fmt::Display for EncodingNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            EncodingNote::Marked(name) => crate::say!("csv-read-as", encoding = *name),
            EncodingNote::LooksLikeShiftJis => crate::say!("csv-read-as-shift-jis"),
            EncodingNote::Windows1252 => crate::say!("csv-read-as-windows-1252"),
        })
    }
}

/// Something read leniently about one card (or CSV row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardNote {
    /// The card (or row) had no name and was named after another of its fields.
    NamedAfter {
        line: usize,
        from: NamedFrom,
        /// A CSV row rather than a vCard.
        row: bool,
    },
    /// A property name other tools cannot read, written as one they can (`X-GOOGLE-TALK`).
    PropertyRenamed {
        line: usize,
        was: String,
        /// The name as written now, with its group (`item1.X-GOOGLE-TALK`).
        written: String,
    },
    /// A birthday that is not a date, kept as written.
    BirthdayAsWritten {
        text: String,
        /// The card said it is words (`VALUE=text`), rather than a date kith could not read.
        in_words: bool,
    },
    /// The file ended before the card's END:VCARD; the card was read to the end of the file.
    Unterminated { line: usize },
    /// A CSV date kith could not read, kept as the vCard property would keep it.
    UnreadableDate {
        /// The column (`Birthday`, `Anniversary`).
        column: String,
    },
}

/// What a card without a name was named after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamedFrom {
    /// Its organisation (ORG, or the company column).
    Organisation,
    Email,
    Phone,
    /// Nothing to know it by: "Unnamed card (line N)".
    LineInTheFile,
}

impl NamedFrom {
    /// The key the message chooses its words by.
    fn key(self) -> &'static str {
        match self {
            NamedFrom::Organisation => "organisation",
            NamedFrom::Email => "email",
            NamedFrom::Phone => "phone",
            NamedFrom::LineInTheFile => "line",
        }
    }
}

impl fmt::Display for CardNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::say;
        f.write_str(&match self {
            CardNote::NamedAfter { line, from, row } => say!(
                "import-named-after",
                what = if *row { "row" } else { "card" },
                line = *line,
                from = from.key()
            ),
            CardNote::PropertyRenamed { line, was, written } => say!(
                "vcard-property-renamed",
                line = *line,
                was = was.as_str(),
                written = written.as_str()
            ),
            CardNote::BirthdayAsWritten {
                text,
                in_words: true,
            } => say!("import-birthday-in-words", text = text.as_str()),
            CardNote::BirthdayAsWritten {
                text,
                in_words: false,
            } => say!("import-birthday-as-written", text = text.as_str()),
            CardNote::Unterminated { line } => say!("vcard-unterminated", line = *line),
            CardNote::UnreadableDate { column } => {
                say!("csv-date-kept", column = column.to_lowercase())
            }
        })
    }
}
