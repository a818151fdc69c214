//! The search line's little language: words to match, `key:value` filters, and a leading `#`
//! to search note text instead of contacts.

use crate::domain::{Invalid, Kind};
use crate::search::fold;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DueFilter {
    Overdue,
    Today,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    Kind(Kind),
    /// A tag, folded.
    Tag(String),
    /// Part of the company name, folded.
    Company(String),
    Due(DueFilter),
    /// No interaction for at least this many days.
    Quiet(u32),
    /// Archived contacts instead of those in use.
    Archived,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// Folded words; every one must match.
    pub words: Vec<String>,
    pub filters: Vec<Filter>,
    /// Search note text instead of contacts.
    pub notes: bool,
}

impl Query {
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.filters.is_empty()
    }

    pub fn archived(&self) -> bool {
        self.filters.contains(&Filter::Archived)
    }

    /// The words as one folded string, for note search.
    pub fn text(&self) -> String {
        self.words.join(" ")
    }
}

/// Reads a search line, setting aside a filter it cannot read: the query without it, and the
/// error that says why, so a typo shows a message and still a list.
pub fn parse_lenient(input: &str) -> (Query, Option<Invalid>) {
    let mut problem = None;
    let mut kept = Vec::new();
    for part in input.split_whitespace() {
        match parse(part) {
            Ok(_) => kept.push(part),
            Err(e) => {
                problem.get_or_insert(e);
            }
        }
    }
    let leading = if input.trim_start().starts_with('#')
        && !kept.first().is_some_and(|p| p.starts_with('#'))
    {
        "#"
    } else {
        ""
    };
    let query = parse(&format!("{leading}{}", kept.join(" "))).unwrap_or_default();
    (query, problem)
}

/// Reads a search line. An unknown or malformed filter is an error naming the ones that exist.
pub fn parse(input: &str) -> Result<Query, Invalid> {
    let (notes, rest) = match input.trim_start().strip_prefix('#') {
        Some(rest) => (true, rest),
        None => (false, input),
    };
    let mut query = Query {
        notes,
        ..Query::default()
    };
    for part in rest.split_whitespace() {
        let filter = part
            .split_once(':')
            .filter(|(key, _)| !key.is_empty() && key.chars().all(|c| c.is_ascii_alphabetic()));
        let Some((key, value)) = filter else {
            let folded = fold(part);
            if !folded.is_empty() {
                query.words.push(folded);
            }
            continue;
        };
        let bad = |why: String| Invalid(crate::say!("query-bad-filter", part = part, why = why));
        let unknown = |key: &str| Invalid(crate::say!("query-unknown-filter", key = key));
        let value = value.trim();
        let key = key.to_ascii_lowercase();
        if !["kind", "tag", "company", "due", "quiet", "archived"].contains(&key.as_str()) {
            return Err(unknown(&key));
        }
        if value.is_empty() {
            continue; // still being typed
        }
        // While typing, the start of a value stands for the one value it begins.
        let one_of = |names: &[&'static str]| -> Option<&'static str> {
            let lower = value.to_lowercase();
            let mut found = names.iter().filter(|n| n.starts_with(&lower));
            match (found.next(), found.next()) {
                (Some(n), None) => Some(*n),
                _ => names.iter().find(|n| **n == lower).copied(),
            }
        };
        let f = match key.as_str() {
            "kind" => {
                let names: Vec<&'static str> = Kind::ALL.iter().map(|(_, n)| *n).collect();
                match one_of(&names) {
                    Some(name) => Filter::Kind(Kind::parse(name)?),
                    None => {
                        return Err(Kind::parse(value)
                            .err()
                            .unwrap_or_else(|| bad(crate::say!("query-unknown-kind"))));
                    }
                }
            }
            "tag" => Filter::Tag(fold(value.trim_start_matches('#'))),
            "company" => Filter::Company(fold(value)),
            "due" => match one_of(&["overdue", "today"]) {
                Some("overdue") => Filter::Due(DueFilter::Overdue),
                Some(_) => Filter::Due(DueFilter::Today),
                None => return Err(bad(crate::say!("query-due-values"))),
            },
            "quiet" => Filter::Quiet(
                value
                    .parse()
                    .map_err(|_| bad(crate::say!("query-quiet-values")))?,
            ),
            "archived" => match one_of(&["yes", "no"]) {
                Some("yes") => Filter::Archived,
                Some(_) => continue,
                None => return Err(bad(crate::say!("query-archived-values"))),
            },
            other => return Err(unknown(other)),
        };
        query.filters.push(f);
    }
    if !query.notes {
        query.words = joined_numbers(std::mem::take(&mut query.words));
    }
    Ok(query)
}

/// Pieces of one phone number typed or pasted with spaces (`+34 600 675 781`) are one word:
/// consecutive words made only of digits and `+ - ( ) .`, with a digit, are joined.
fn joined_numbers(words: Vec<String>) -> Vec<String> {
    let numeric = |w: &str| {
        w.chars().any(|c| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_digit() || "+-().".contains(c))
    };
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    let mut last_numeric = false;
    for word in words {
        let this = numeric(&word);
        match joined.last_mut() {
            Some(before) if this && last_numeric => before.push_str(&word),
            _ => joined.push(word),
        }
        last_numeric = this;
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_filters_combine() {
        let q = parse(
            "Forn kind:customer tag:#Wholesale company:PUIG due:overdue quiet:30 archived:yes",
        )
        .unwrap();
        assert_eq!(q.words, ["forn"]);
        assert_eq!(
            q.filters,
            [
                Filter::Kind(Kind::Customer),
                Filter::Tag("wholesale".into()),
                Filter::Company("puig".into()),
                Filter::Due(DueFilter::Overdue),
                Filter::Quiet(30),
                Filter::Archived,
            ]
        );
        assert!(!q.notes);
    }

    #[test]
    fn a_phone_number_typed_with_spaces_is_one_word() {
        let q = parse("+34 600 675 781").unwrap();
        assert_eq!(q.words, vec!["+34600675781"]);
        let q = parse("ana (93) 412-00 11 puig 7").unwrap();
        assert_eq!(q.words, vec!["ana", "(93)412-0011", "puig", "7"]);
        assert_eq!(parse("#600 111").unwrap().words, vec!["600", "111"]);
    }

    #[test]
    fn a_hash_searches_notes() {
        let q = parse("#Diwali invoice").unwrap();
        assert!(q.notes);
        assert_eq!(q.text(), "diwali invoice");
    }

    #[test]
    fn unknown_and_malformed_filters_are_clear_errors() {
        let e = parse("anita colour:red").unwrap_err();
        assert!(
            e.0.contains("unknown filter 'colour:'") && e.0.contains("kind:"),
            "{e}"
        );
        assert!(parse("kind:friend").unwrap_err().0.contains("unknown kind"));
        assert!(
            parse("quiet:soon")
                .unwrap_err()
                .0
                .contains("number of days")
        );
        assert!(
            parse("due:later")
                .unwrap_err()
                .0
                .contains("overdue or today")
        );
        assert_eq!(
            parse("tag: ana").unwrap().words,
            ["ana"],
            "a filter still being typed is ignored"
        );
        assert_eq!(
            parse("kind:cust").unwrap().filters,
            [Filter::Kind(Kind::Customer)],
            "the start of a kind"
        );
        assert_eq!(
            parse("due:over").unwrap().filters,
            [Filter::Due(DueFilter::Overdue)]
        );
    }

    #[test]
    fn a_lenient_read_sets_bad_filters_aside() {
        let (q, problem) = parse_lenient("anita colour:red kind:customer");
        assert_eq!(q.words, ["anita"]);
        assert_eq!(q.filters, [Filter::Kind(Kind::Customer)]);
        assert!(problem.unwrap().0.contains("unknown filter 'colour:'"));
        let (q, problem) = parse_lenient("#diwali bogus:1");
        assert!(q.notes && problem.is_some());
        assert_eq!(q.text(), "diwali");
    }

    #[test]
    fn colons_that_are_not_filters_are_words() {
        assert_eq!(parse("10:30").unwrap().words, ["10:30"]);
        assert_eq!(parse("ana@forn.cat").unwrap().words, ["ana@forn.cat"]);
    }
}
