//! Devanagari and Bengali names in a loose Latin key, so `anita` and `aneeta` find अनीता,
//! `suman` finds সুমন, and अनीता finds অনীতা.
//!
//! Two steps. `romanise` writes the letters of both scripts in plain ASCII: a consonant carries
//! the inherent vowel `a` unless a vowel sign or a virama follows (and not at a word's end,
//! where Hindi and Bengali do not say it), long vowels are doubled (`ii`, `uu`, `aa`), the
//! anusvara and chandrabindu are `n` (`m` before p, b, m), the visarga `h`, a nukta turns its
//! letter into the sound it marks (ज़ `z`, फ़ `f`, ড় `r`, য় `y`). The two blocks share one
//! layout, so a letter is read by its place in its block. `phonetic` then folds romanised names
//! and Latin queries alike until the usual spellings of one name meet: an `h` that marks a
//! consonant aspirated goes (kh, sh, ph, th), `f` is `p`, `v`, `w` are `b` (Bengali writes both with ব), `z` is
//! `j`, `q` is `k`, `x` is `ks`; `ee` is `i`, `oo` is `u`; `a`, `o` and `e` (the inherent
//! vowel, which Bengali says and often spells `o`, Hindi drops inside a word, and English
//! spellings write `e`: Mukherjee) are kept only at a word's start (`e` as `i`); doubled letters are one. The key is loose on purpose: it says
//! which names may be meant, and an exact match ranks above it.

/// Whether `c` is a letter or sign of the Devanagari or Bengali block.
fn is_indic(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{09FF}')
}

/// Whether `s` holds a Devanagari or Bengali letter.
pub fn has_indic(s: &str) -> bool {
    !s.is_ascii() && s.chars().any(is_indic)
}

/// What a character of either block is, by its place in the block.
enum Sign {
    /// A consonant, written with these letters; it carries the inherent vowel.
    Consonant(&'static str),
    /// A vowel written as a letter of its own.
    Vowel(&'static str),
    /// A vowel sign after a consonant (it replaces the inherent vowel).
    Matra(&'static str),
    Virama,
    Nukta,
    /// Anusvara and chandrabindu: a nasal.
    Nasal,
    Visarga,
    Digit(char),
    /// A danda, or a sign with no sound of its own.
    Other(&'static str),
}

fn sign(c: char) -> Sign {
    let offset = (c as u32) & 0x7F;
    let bengali = (c as u32) >= 0x0980;
    match offset {
        0x01 | 0x02 => Sign::Nasal,
        0x03 => Sign::Visarga,
        0x04 | 0x05 => Sign::Vowel("a"),
        0x06 => Sign::Vowel("aa"),
        0x07 => Sign::Vowel("i"),
        0x08 => Sign::Vowel("ii"),
        0x09 => Sign::Vowel("u"),
        0x0A => Sign::Vowel("uu"),
        0x0B | 0x60 => Sign::Vowel("ri"),
        0x0C | 0x61 => Sign::Vowel("li"),
        0x0D..=0x0F => Sign::Vowel("e"),
        0x10 => Sign::Vowel("ai"),
        0x11..=0x13 => Sign::Vowel("o"),
        0x14 => Sign::Vowel("au"),
        0x15..=0x39 => Sign::Consonant(consonant(offset)),
        0x3C => Sign::Nukta,
        0x3E => Sign::Matra("aa"),
        0x3F => Sign::Matra("i"),
        0x40 => Sign::Matra("ii"),
        0x41 => Sign::Matra("u"),
        0x42 => Sign::Matra("uu"),
        0x43 | 0x44 => Sign::Matra("ri"),
        0x45..=0x47 => Sign::Matra("e"),
        0x48 => Sign::Matra("ai"),
        0x49..=0x4B => Sign::Matra("o"),
        0x4C => Sign::Matra("au"),
        0x4D => Sign::Virama,
        0x4E if bengali => Sign::Consonant("t"), // ৎ, khanda ta
        0x58 => Sign::Consonant("q"),
        0x59 => Sign::Consonant("kh"),
        0x5A => Sign::Consonant("g"),
        0x5B => Sign::Consonant("z"),
        0x5C => Sign::Consonant("r"),
        0x5D => Sign::Consonant("rh"),
        0x5E => Sign::Consonant("f"),
        0x5F => Sign::Consonant("y"),
        0x62 | 0x63 => Sign::Matra("li"),
        0x64 | 0x65 => Sign::Other(" "),
        0x66..=0x6F => Sign::Digit(char::from(b'0' + (offset - 0x66) as u8)),
        0x70 if bengali => Sign::Consonant("r"), // ৰ
        0x71 if bengali => Sign::Consonant("w"), // ৱ
        _ => Sign::Other(""),
    }
}

/// The consonants, in the order both blocks keep them (offsets 0x15 to 0x39).
fn consonant(offset: u32) -> &'static str {
    const CONSONANTS: [&str; 37] = [
        "k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n", // क … ञ
        "t", "th", "d", "dh", "n", "t", "th", "d", "dh", "n", // ट … न
        "n", "p", "ph", "b", "bh", "m", "y", "r", "r", "l", // ऩ … ल
        "l", "l", "v", "sh", "sh", "s", "h", // ळ … ह
    ];
    CONSONANTS[(offset - 0x15) as usize]
}

/// The sound a nukta gives the consonant written as `letters`.
fn with_nukta(letters: &str) -> &'static str {
    match letters {
        "k" => "q",
        "j" => "z",
        "ph" => "f",
        "d" => "r",
        "dh" => "rh",
        "y" => "y",
        "kh" => "kh",
        "g" => "g",
        _ => "",
    }
}

/// `s` with its Devanagari and Bengali letters written in ASCII (see the module's comment);
/// every other character is kept.
pub fn romanise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Whether the last letter written is a consonant still carrying its inherent vowel, and
    // where its letters start in `out`.
    let mut open: Option<usize> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if !is_indic(c) {
            open = None; // a word's last inherent vowel is not said
            out.push(c);
            continue;
        }
        let close = |out: &mut String, open: &mut Option<usize>| {
            if open.take().is_some() {
                out.push('a');
            }
        };
        match sign(c) {
            Sign::Consonant(letters) => {
                close(&mut out, &mut open);
                open = Some(out.len());
                out.push_str(letters);
            }
            Sign::Nukta => {
                if let Some(at) = open {
                    let changed = with_nukta(&out[at..]);
                    if !changed.is_empty() {
                        out.truncate(at);
                        out.push_str(changed);
                    }
                }
            }
            Sign::Matra(vowel) => {
                open = None;
                out.push_str(vowel);
            }
            Sign::Virama => open = None,
            Sign::Vowel(vowel) => {
                close(&mut out, &mut open);
                out.push_str(vowel);
            }
            Sign::Nasal => {
                close(&mut out, &mut open);
                let next = (chars.peek())
                    .filter(|n| is_indic(**n))
                    .map(|n| (*n as u32) & 0x7F);
                out.push_str(match next {
                    Some(0x2A..=0x2E) => "m",
                    Some(0x39) => "ng", // सिंह, Singh
                    _ => "n",
                });
            }
            Sign::Visarga => {
                close(&mut out, &mut open);
                out.push('h');
            }
            Sign::Digit(d) => {
                open = None;
                out.push(d);
            }
            Sign::Other(text) => {
                open = None;
                out.push_str(text);
            }
        }
    }
    out
}

/// The loose key of Latin text (lower case, as folded): the spellings of one name meet (see
/// the module's comment). Words are kept apart by single spaces; what is not an ASCII letter or
/// digit separates words.
pub fn phonetic(latin: &str) -> String {
    let mut out = String::with_capacity(latin.len());
    for word in latin.split(|c: char| !c.is_ascii_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        phonetic_word(word.as_bytes(), &mut out);
    }
    out
}

/// One word's key, added to `out`.
fn phonetic_word(word: &[u8], out: &mut String) {
    let start = out.len();
    let lower = |i: usize| word.get(i).map(u8::to_ascii_lowercase);
    let mut i = 0;
    while let Some(c) = lower(i) {
        i += 1;
        let sound: &str = match c {
            b'h' if i > 1 && lower(i - 2).is_some_and(aspirates) => "",
            b'e' if lower(i) == Some(b'e') => {
                i += 1;
                "i"
            }
            b'o' if lower(i) == Some(b'o') => {
                i += 1;
                "u"
            }
            b'a' | b'o' => {
                if out.len() == start {
                    "a"
                } else {
                    ""
                }
            }
            b'e' if out.len() > start => "",
            b'e' | b'i' => "i",
            b'f' => "p",
            b'v' | b'w' => "b",
            b'z' => "j",
            b'q' => "k",
            b'x' => "ks",
            _ => {
                out.push(c as char);
                continue;
            }
        };
        out.push_str(sound);
    }
    // Doubled letters are one.
    let mut key: Vec<u8> = out.as_bytes()[start..].to_vec();
    key.dedup();
    out.truncate(start);
    out.push_str(std::str::from_utf8(&key).expect("ASCII"));
}

/// Whether an `h` after `c` only marks it aspirated or hissed (kh, ch, sh, ph, th…).
fn aspirates(c: u8) -> bool {
    matches!(
        c,
        b'k' | b'g' | b'c' | b'j' | b't' | b'd' | b'p' | b'b' | b's' | b'h'
    )
}

/// The loose key of a name or a query word in any of Latin, Devanagari and Bengali: both
/// steps. `None` for text in another script (it has no key).
pub fn sound_key(s: &str) -> Option<String> {
    let roman = if has_indic(s) {
        romanise(s)
    } else {
        s.to_string()
    };
    roman.is_ascii().then(|| phonetic(&roman))
}

#[cfg(test)]
mod tests;
