//! Follow-ups captured from a note's own lines: `>> WHEN: WHAT` is a promise (I owe them),
//! `<< WHEN: WHAT` something they owe me. The lines stay in the note.

use super::{Direction, Invalid, parse_when};
use chrono::NaiveDate;

/// A follow-up read from a note line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Captured {
    pub due: NaiveDate,
    pub direction: Direction,
    pub text: String,
}

/// A capture line that could not be read, with its 1-based line number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaptureError {
    pub line: usize,
    pub problem: Invalid,
}

impl std::fmt::Display for CaptureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::say!(
            "capture-line",
            line = self.line,
            problem = self.problem.to_string()
        ))
    }
}

/// Every capture line of `note`, read relative to `today`.
pub fn capture_followups(note: &str, today: NaiveDate) -> (Vec<Captured>, Vec<CaptureError>) {
    let (mut found, mut errors) = (Vec::new(), Vec::new());
    for (index, line) in note.lines().enumerate() {
        let trimmed = line.trim_start();
        let (direction, rest) = if let Some(rest) = trimmed.strip_prefix(">>") {
            (Direction::Promise, rest)
        } else if let Some(rest) = trimmed.strip_prefix("<<") {
            (Direction::Request, rest)
        } else {
            continue;
        };
        let fail = |problem: Invalid| CaptureError {
            line: index + 1,
            problem,
        };
        let Some((when, what)) = rest.split_once(':') else {
            errors.push(fail(Invalid(crate::say!("capture-no-colon"))));
            continue;
        };
        let what = what.trim();
        if what.is_empty() {
            errors.push(fail(Invalid(crate::say!("capture-nothing-due"))));
            continue;
        }
        match parse_when(when, today) {
            Ok(due) => found.push(Captured {
                due,
                direction,
                text: what.to_string(),
            }),
            Err(e) => errors.push(fail(e)),
        }
    }
    (found, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    #[test]
    fn promise_and_request_lines_become_followups() {
        let note = "Talked about the Diwali order.\n>> fri: send the quote\n  << in 2 weeks: signed order back\nnothing else";
        let (found, errors) = capture_followups(note, today());
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            found,
            vec![
                Captured {
                    due: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
                    direction: Direction::Promise,
                    text: "send the quote".into()
                },
                Captured {
                    due: NaiveDate::from_ymd_opt(2026, 12, 6).unwrap(),
                    direction: Direction::Request,
                    text: "signed order back".into()
                },
            ]
        );
    }

    #[test]
    fn unreadable_lines_are_reported_with_their_number() {
        let note = "hello\n>> flurbday: send it\n>> fri send it\n>> fri:   \n>> 12-01: ok";
        let (found, errors) = capture_followups(note, today());
        assert_eq!(found.len(), 1);
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [2, 3, 4]);
        assert!(
            errors[0]
                .to_string()
                .starts_with("line 2: 'flurbday' is not a date"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn ordinary_text_with_arrows_inside_is_left_alone() {
        let (found, errors) = capture_followups("price went 10 >> 12: fine", today());
        assert!(found.is_empty() && errors.is_empty());
    }
}
