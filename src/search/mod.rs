//! Finding people and notes by what a user types: text normalisation for matching and sorting.

pub mod duplicates;
pub mod index;
pub mod matcher;
pub mod query;
pub mod stored;

/// The line of a note that shows why it matched: the first holding one of `words` (a prefix
/// for the last), cut to about `max` characters around the match.
pub fn snippet(text: &str, words: &[String], max: usize) -> String {
    let matches = |line: &str| {
        let tokens = note_tokens(line);
        words.iter().enumerate().any(|(i, w)| {
            tokens.iter().any(|t| {
                if i + 1 == words.len() {
                    t.starts_with(w.as_str())
                } else {
                    t == w
                }
            })
        })
    };
    let line = text
        .lines()
        .find(|l| matches(l))
        .or_else(|| text.lines().find(|l| !l.trim().is_empty()))
        .unwrap_or("");
    let line = line.trim();
    if line.chars().count() <= max {
        return line.to_string();
    }
    // Start a little before the first matching word so it is in view.
    let lower = line.to_lowercase();
    let at = words
        .iter()
        .filter_map(|w| lower.find(w.as_str()))
        .min()
        .unwrap_or(0);
    // `at` counts bytes of the lower-cased line, which can be longer than the line itself
    // (Ⱥ is two bytes, ⱥ three), so it is turned into characters there, not in `line`.
    let start_char = lower
        .get(..at)
        .map_or(0, |before| before.chars().count())
        .saturating_sub(max / 4);
    let cut: String = line.chars().skip(start_char).take(max).collect();
    if start_char > 0 {
        format!("…{cut}")
    } else {
        cut
    }
}

pub use crate::text::{MAX_TOKEN_BYTES, fold, note_tokens};

#[cfg(test)]
mod tests {
    use super::snippet;

    #[test]
    fn a_line_that_grows_when_lower_cased_still_cuts_on_a_character() {
        let line = format!("Ⱥकx {}", "word ".repeat(20));
        let cut = snippet(&line, &["कx".to_string()], 10);
        assert!(cut.contains("कx"), "{cut}");
    }
}
