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

/// One capture line of a note as read: its 1-based number, the date as typed, and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaptureLine {
    pub line: usize,
    pub when: String,
    pub read: Result<Captured, Invalid>,
}

/// Every capture line of `note`, read relative to `today`.
pub fn capture_followups(note: &str, today: NaiveDate) -> (Vec<Captured>, Vec<CaptureError>) {
    let (mut found, mut errors) = (Vec::new(), Vec::new());
    for line in capture_lines(note, today) {
        match line.read {
            Ok(captured) => found.push(captured),
            Err(problem) => errors.push(CaptureError {
                line: line.line,
                problem,
            }),
        }
    }
    (found, errors)
}

/// Each line of `note` that starts with `>>` or `<<`, in order, read relative to `today`: what
/// the editor says back beside the note, and what a save turns into follow-ups.
pub fn capture_lines(note: &str, today: NaiveDate) -> Vec<CaptureLine> {
    let mut lines = Vec::new();
    for (index, line) in note.lines().enumerate() {
        let trimmed = line.trim_start();
        let (direction, rest) = if let Some(rest) = trimmed.strip_prefix(">>") {
            (Direction::Promise, rest)
        } else if let Some(rest) = trimmed.strip_prefix("<<") {
            (Direction::Request, rest)
        } else {
            continue;
        };
        let (when, read) = read_line(direction, rest, today);
        lines.push(CaptureLine {
            line: index + 1,
            when,
            read,
        });
    }
    lines
}

/// The part of a capture line after its arrows: `WHEN: WHAT`.
fn read_line(
    direction: Direction,
    rest: &str,
    today: NaiveDate,
) -> (String, Result<Captured, Invalid>) {
    let Some((when, what)) = rest.split_once(':') else {
        return (
            rest.trim().to_string(),
            Err(Invalid(crate::say!("capture-no-colon"))),
        );
    };
    let what = what.trim();
    let read = if what.is_empty() {
        Err(Invalid(crate::say!("capture-nothing-due")))
    } else {
        parse_when(when, today).map(|due| Captured {
            due,
            direction,
            text: what.to_string(),
        })
    };
    (when.trim().to_string(), read)
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
